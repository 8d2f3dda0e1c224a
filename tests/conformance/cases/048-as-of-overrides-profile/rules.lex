# The caller's as_of wins over the profile's.
ruleset "conformance" version "048"
schema "../../schema/profile.schema.json"

obligation body_by_2013 {
  title "A body by the end of 2013"
  cite "asof/2"
  deadline 2013-12-31
  met on institutions.coordination_mechanism.established_date
  require institutions.coordination_mechanism.exists
}
