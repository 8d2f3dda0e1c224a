schema "../../schema/profile.schema.json"

obligation february {
  title "A date that does not exist"
  cite "err/13"
  require law.adopted <= 2013-02-30
}
