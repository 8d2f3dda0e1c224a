# Without an as_of from the caller, the profile's own `as_of` is used.
ruleset "conformance" version "047"
schema "../../schema/profile.schema.json"

obligation body_by_2013 {
  title "A body by the end of 2013"
  cite "asof/1"
  deadline 2013-12-31
  met on institutions.coordination_mechanism.established_date
  require institutions.coordination_mechanism.exists
}
