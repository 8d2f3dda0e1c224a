# An exception invoked for an obligation with no `exception` clause is ignored, with a warning.
ruleset "conformance" version "036"
schema "../../schema/profile.schema.json"

obligation no_clause {
  title "An obligation without a conditional qualifier"
  cite "exc/4"
  require registers.offenders.exists
}
obligation no_clause_met {
  title "Another one, met"
  cite "exc/5"
  require logic.t
}
