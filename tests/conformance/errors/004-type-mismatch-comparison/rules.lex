schema "../../schema/profile.schema.json"

obligation adopted {
  title "A date compared with a number"
  cite "err/4"
  require law.adopted < 18
}
