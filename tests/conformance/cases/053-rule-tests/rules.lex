# `test` blocks next to the rules: they compile with the rules and all pass (the harness runs
# them); they do not appear in the report.
ruleset "conformance" version "053"
schema "../../schema/profile.schema.json"

obligation body_2013 {
  title "A body by 2013"
  cite "t/1"
  deadline 2013-01-01 to 2013-12-31
  met on institutions.coordination_mechanism.established_date
  require institutions.coordination_mechanism.exists
  partial when institutions.coordination_mechanism.planned
}

test "inline profile with a bare date" {
  as_of 2024-01-01
  profile { institutions: { coordination_mechanism: { exists: true, established_date: 2013-06-01 } } }
  expect body_2013 met on_time
}

test "planned only, before the deadline" {
  as_of 2013-03-01
  profile { institutions: { coordination_mechanism: { exists: false, planned: true } } }
  expect body_2013 partially_met not_due
}

test "the case's own profile file" {
  profile "profile.json"
  expect body_2013 met late
}
