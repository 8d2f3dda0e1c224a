# Deadline table, row "met, met on <= FROM (or <= D without FROM)": on_time, no reading.
ruleset "conformance" version "037"
schema "../../schema/profile.schema.json"

obligation before_due {
  title "Met before a single deadline"
  cite "dl/1"
  deadline 2013-12-31
  met on institutions.coordination_mechanism.established_date
  require institutions.coordination_mechanism.exists
}
obligation on_due {
  title "Met on the day of a single deadline"
  cite "dl/2"
  deadline 2013-12-31
  met on institutions.ombudsperson.established_date
  require institutions.ombudsperson.exists
}
obligation before_window {
  title "Met before a window opens"
  cite "dl/3"
  deadline 2013-01-01 to 2013-12-31
  met on registers.offenders.established_date
  require registers.offenders.exists
}
obligation on_window_start {
  title "Met on the first day of a window"
  cite "dl/4"
  deadline 2013-01-01 to 2013-12-31
  met on treaties.crc.date
  require treaties.crc.status == "ratified"
}
