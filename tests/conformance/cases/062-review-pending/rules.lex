# Exception review, status pending: while the review is pending the obligation is evaluated as usual, and the claim is shown beside the verdict.
# Each obligation has a deadline, so the deadline status is pinned too (as_of 2024-01-01).
ruleset "conformance" version "062"
schema "../../schema/profile.schema.json"

obligation register_overdue {
  title "Not met, due by 2013"
  cite "review/1"
  exception "where appropriate"
  deadline 2013-12-31
  met on registers.offenders.established_date
  require registers.offenders.exists
  partial when registers.offenders.planned
}
obligation ombudsperson_late {
  title "Met after its deadline"
  cite "review/2"
  exception "as appropriate"
  deadline 2013-12-31
  met on institutions.ombudsperson.established_date
  require institutions.ombudsperson.exists
}
obligation mechanism_not_due {
  title "Unknown, due by 2030"
  cite "review/3"
  exception "where possible"
  deadline 2030-12-31
  require institutions.coordination_mechanism.exists
}
