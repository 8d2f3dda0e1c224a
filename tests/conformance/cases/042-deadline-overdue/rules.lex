# Deadline table, rows "partially_met, not_met" (overdue once as_of > D) and "unknown" (unknown after D).
# as_of is 2014-01-01, the day after D.
ruleset "conformance" version "042"
schema "../../schema/profile.schema.json"

obligation not_met_after_due {
  title "Not met, D passed"
  cite "od/1"
  group "od"
  deadline 2013-12-31
  met on institutions.coordination_mechanism.established_date
  require institutions.coordination_mechanism.exists
}
obligation partially_met_after_due {
  title "Partially met, D passed"
  cite "od/2"
  group "od"
  deadline 2013-12-31
  met on institutions.ombudsperson.established_date
  require institutions.ombudsperson.exists
  partial when institutions.ombudsperson.planned
}
obligation unknown_after_due {
  title "Unknown, D passed"
  cite "od/3"
  group "od"
  deadline 2013-12-31
  met on registers.offenders.established_date
  require registers.offenders.exists
}
obligation not_met_after_window {
  title "Not met, the window closed"
  cite "od/4"
  group "od"
  deadline 2012-01-01 to 2013-12-31
  met on institutions.coordination_mechanism.established_date
  require institutions.coordination_mechanism.exists
}
