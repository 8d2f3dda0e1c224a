# Deadline table, row "met, met on > D": late.
ruleset "conformance" version "039"
schema "../../schema/profile.schema.json"

obligation day_late {
  title "Met the day after a single deadline"
  cite "late/1"
  group "late"
  deadline 2013-12-31
  met on institutions.coordination_mechanism.established_date
  require institutions.coordination_mechanism.exists
}
obligation after_window {
  title "Met after a window closed"
  cite "late/2"
  group "late"
  deadline 2013-01-01 to 2013-12-31
  met on institutions.ombudsperson.established_date
  require institutions.ombudsperson.exists
}
