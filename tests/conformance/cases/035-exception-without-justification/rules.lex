# An invoked exception without a justification is ignored, with a warning.
ruleset "conformance" version "035"
schema "../../schema/profile.schema.json"

obligation no_justification {
  title "Invoked with a source but no justification"
  cite "exc/1"
  exception "where appropriate"
  require registers.offenders.exists
  partial when registers.offenders.planned
}
obligation empty_justification {
  title "Invoked with an empty justification"
  cite "exc/2"
  exception "where appropriate"
  require logic.t
}
obligation blank_justification {
  title "Invoked with a blank justification"
  cite "exc/3"
  exception "where appropriate"
  require logic.u
}
