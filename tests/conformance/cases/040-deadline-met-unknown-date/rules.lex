# Deadline table, row "met, met on unknown": unknown, with the met-on facts missing.
ruleset "conformance" version "040"
schema "../../schema/profile.schema.json"

obligation met_date_absent {
  title "Met, the date absent, deadline passed"
  cite "mu/1"
  deadline 2012-12-31
  met on institutions.coordination_mechanism.established_date
  require institutions.coordination_mechanism.exists
}
obligation met_date_not_assessed {
  title "Met, the date not assessed, deadline still ahead"
  cite "mu/2"
  deadline 2013-12-31
  met on institutions.ombudsperson.established_date
  require institutions.ombudsperson.exists
}
obligation not_met_date_absent {
  title "Not met: the met-on date is not asked for"
  cite "mu/3"
  deadline 2013-12-31
  met on registers.offenders.established_date
  require registers.offenders.exists
}
