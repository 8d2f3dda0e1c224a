# Verdict table, row "applies when U": unknown, whatever require and partial give.
ruleset "conformance" version "031"
schema "../../schema/profile.schema.json"

obligation applies_unknown_require_true {
  title "applies U, require T"
  cite "appliesu/1"
  applies when state.un_member
  require logic.t
}
obligation applies_unknown_require_false {
  title "applies U, require F, partial T"
  cite "appliesu/2"
  applies when state.un_member
  require logic.f
  partial when logic.t
}
obligation applies_unknown_require_unknown {
  title "applies U, require U"
  cite "appliesu/3"
  applies when state.un_member or logic.f
  require logic.u
}
