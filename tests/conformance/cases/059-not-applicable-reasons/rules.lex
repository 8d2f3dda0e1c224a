# Why an obligation is not_applicable: `applies when` false (reason applies_when), or an
# exception a review accepted (reason exception, which wins over `applies when`).
ruleset "conformance" version "059"
schema "../../schema/profile.schema.json"

obligation not_concerned {
  title "applies when false"
  cite "reason/1"
  applies when logic.f
  require logic.t
}
obligation excused {
  title "An accepted exception"
  cite "reason/2"
  exception "where appropriate"
  require logic.f
}
obligation excused_and_not_concerned {
  title "An accepted exception, applies when false as well"
  cite "reason/3"
  exception "where appropriate"
  applies when logic.f
  require logic.f
}
obligation contested_and_not_concerned {
  title "A contested exception, applies when false"
  cite "reason/4"
  exception "where appropriate"
  applies when logic.f
  require logic.t
}
obligation maybe_not_concerned {
  title "applies when unknown"
  cite "reason/5"
  applies when state.un_member
  require logic.t
}
obligation concerned {
  title "applies when true"
  cite "reason/6"
  applies when logic.t
  require logic.t
}
