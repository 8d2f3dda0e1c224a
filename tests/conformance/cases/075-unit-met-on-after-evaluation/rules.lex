# A `met on` date after the evaluation date, read in a unit and nationally: each reading adds an
# obligation warning, the unit's named after the unit.
ruleset "conformance" version "075"
schema "../../schema/profile.schema.json"

obligation ombudsperson_in_each_unit {
  title "By 2013, an ombudsperson in every province, met on its establishment date"
  cite "late-reading/1"
  deadline 2013-12-31
  met on institutions.ombudsperson.established_date
  in each jurisdiction
  require institutions.ombudsperson.exists
}
obligation national_ombudsperson {
  title "By 2013, a national ombudsperson, met on its establishment date"
  cite "late-reading/2"
  deadline 2013-12-31
  met on institutions.ombudsperson.established_date
  require institutions.ombudsperson.exists
}
