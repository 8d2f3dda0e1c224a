# Deadline table, row "met inside the window (FROM, D]": on_time with reading end_of_window.
ruleset "conformance" version "038"
schema "../../schema/profile.schema.json"

obligation inside_window {
  title "Met inside the window"
  cite "eow/1"
  deadline 2013-01-01 to 2013-12-31
  met on institutions.coordination_mechanism.established_date
  require institutions.coordination_mechanism.exists
}
obligation on_window_end {
  title "Met on the last day of the window"
  cite "eow/2"
  deadline 2013-01-01 to 2013-12-31
  met on institutions.ombudsperson.established_date
  require institutions.ombudsperson.exists
}
obligation day_after_window_start {
  title "Met the day after the window opens"
  cite "eow/3"
  deadline 2013-01-01 to 2013-12-31
  met on registers.offenders.established_date
  require registers.offenders.exists
}
