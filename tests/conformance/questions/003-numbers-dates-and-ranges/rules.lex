# Numbers are tried each side of the literals the rules compare with, dates each side of the
# date literals: `law.age_of_consent` 16 decides `ages`, `law.minimum_marriage_age` 18 only
# narrows it to `partially_met` or `met`; a sum of two missing figures is settled by neither.
ruleset "conformance" version "Q003"
schema "../../schema/profile.schema.json"

obligation ages {
  title "ages"
  cite "q3/1"
  require law.age_of_consent >= 16
  partial when law.minimum_marriage_age >= 18
}
obligation recent_law { title "adopted since 2010" cite "q3/2" require law.adopted >= 2010-01-01 }
obligation sum { title "a sum" cite "q3/3" require figures.a + figures.b > 10 }
