# A profile that describes the law on one date, evaluated as of an earlier one: the facts stay
# those of the profile's date, and the report says so.
ruleset "conformance" version "073"
schema "../../schema/profile.schema.json"

obligation ombudsperson {
  title "An ombudsperson"
  cite "anachronism/1"
  require institutions.ombudsperson.exists
}
obligation ombudsperson_by_2013 {
  title "By 2013, an ombudsperson, met on its establishment date"
  cite "anachronism/2"
  deadline 2013-01-01 to 2013-12-31
  met on institutions.ombudsperson.established_date
  require institutions.ombudsperson.exists
}
