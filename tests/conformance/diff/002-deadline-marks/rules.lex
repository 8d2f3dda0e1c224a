# With the verdict unchanged, the deadline status decides: overdue -> late, on_time or not_due,
# and late -> on_time, are improvements; the reverse moves regressions; others changes.
ruleset "conformance" version "diff-002"
schema "../../schema/profile.schema.json"

obligation late_then_on_time {
  title "met late, then on time once the record of its date is corrected"
  cite "deadline/1"
  group "deadlines"
  deadline 2013-12-31
  met on institutions.ombudsperson.established_date
  require institutions.ombudsperson.exists
}
obligation not_due_then_overdue {
  title "not met before its deadline, then after it"
  cite "deadline/2"
  group "deadlines"
  deadline 2024-01-01
  require registers.offenders.exists
}
obligation overdue_on_both_dates {
  title "not met after its deadline on both dates: unchanged"
  cite "deadline/3"
  group "deadlines"
  deadline 2013-12-31
  require registers.offenders.planned
}
obligation date_becomes_known {
  title "met on a date not known, then known: neither better nor worse"
  cite "deadline/4"
  group "deadlines"
  deadline 2013-12-31
  met on institutions.coordination_mechanism.established_date
  require institutions.coordination_mechanism.exists
}
