# Verdicts ordered not_met < partially_met < met; an unknown verdict stands for its range.
ruleset "conformance" version "diff-001"
schema "../../schema/profile.schema.json"

obligation known_improves {
  title "not met, then met"
  cite "marks/1"
  group "known"
  require figures.a >= 10
  partial when figures.a >= 5
}
obligation known_regresses {
  title "met, then partially met"
  cite "marks/2"
  group "known"
  require figures.b >= 10
  partial when figures.b >= 5
}
obligation unknown_settles_best {
  title "unknown (not met or met), then met"
  cite "marks/3"
  group "unknown"
  require institutions.coordination_mechanism.exists
}
obligation unknown_settles_worst {
  title "unknown (not met or met), then not met"
  cite "marks/4"
  group "unknown"
  require registers.offenders.exists
}
obligation unknown_settles_between {
  title "unknown (not met or met), then partially met: neither better nor worse"
  cite "marks/5"
  group "unknown"
  require law.age_of_consent >= 16
  partial when law.minimum_marriage_age >= 18
}
obligation stops_applying {
  title "met, then not applicable: neither better nor worse"
  cite "marks/6"
  group "applies"
  applies when state.un_member
  require institutions.ombudsperson.exists
}
obligation only_a_source_changes {
  title "met on both dates, from another source: unchanged"
  cite "marks/7"
  group "known"
  require figures.count >= 1
}
