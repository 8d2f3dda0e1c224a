# Deadline table, rows "partially_met, not_met" and "unknown": not_due while as_of <= D.
# as_of is 2013-06-01.
ruleset "conformance" version "041"
schema "../../schema/profile.schema.json"

obligation not_met_before_due {
  title "Not met, D ahead"
  cite "nd/1"
  deadline 2013-12-31
  met on institutions.coordination_mechanism.established_date
  require institutions.coordination_mechanism.exists
}
obligation partially_met_before_due {
  title "Partially met, D ahead"
  cite "nd/2"
  deadline 2013-12-31
  met on institutions.ombudsperson.established_date
  require institutions.ombudsperson.exists
  partial when institutions.ombudsperson.planned
}
obligation unknown_before_due {
  title "Unknown, D ahead"
  cite "nd/3"
  deadline 2013-12-31
  met on registers.offenders.established_date
  require registers.offenders.exists
}
obligation not_met_on_due_day {
  title "Not met, as_of is D"
  cite "nd/4"
  deadline 2013-06-01
  met on institutions.coordination_mechanism.established_date
  require institutions.coordination_mechanism.exists
}
obligation not_met_inside_window {
  title "Not met, as_of inside the window"
  cite "nd/5"
  deadline 2013-01-01 to 2013-12-31
  met on institutions.coordination_mechanism.established_date
  require institutions.coordination_mechanism.exists
}
obligation met_before_as_of {
  title "Met, D ahead"
  cite "nd/6"
  deadline 2013-12-31
  met on treaties.crc.date
  require treaties.crc.status in ["ratified", "acceded"]
}
