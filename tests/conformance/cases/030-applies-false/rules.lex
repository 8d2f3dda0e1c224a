# Verdict table, row "applies when F": not_applicable, whatever require and partial give.
ruleset "conformance" version "030"
schema "../../schema/profile.schema.json"

obligation applies_false_require_true {
  title "applies F, require T"
  cite "applies/1"
  applies when state.un_member
  require logic.t
}
obligation applies_false_require_unknown {
  title "applies F, require U"
  cite "applies/2"
  applies when state.un_member
  require logic.u
  partial when logic.u2
}
obligation applies_false_by_kleene {
  title "applies (U and F)"
  cite "applies/3"
  applies when logic.u and logic.f
  require logic.t
}
obligation applies_true_for_contrast {
  title "applies T, require T"
  cite "applies/4"
  applies when not state.un_member
  require logic.t
}
