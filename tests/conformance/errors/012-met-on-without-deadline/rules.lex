schema "../../schema/profile.schema.json"

obligation no_deadline {
  title "met on without a deadline"
  cite "err/12"
  met on institutions.ombudsperson.established_date
  require institutions.ombudsperson.exists
}
