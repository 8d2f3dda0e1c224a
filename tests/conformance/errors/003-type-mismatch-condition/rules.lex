schema "../../schema/profile.schema.json"

obligation consent {
  title "A number where a condition is needed"
  cite "err/3"
  require law.age_of_consent
}
