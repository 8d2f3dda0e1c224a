schema "../../schema/profile.schema.json"

obligation adopted {
  title "days_between with one argument"
  cite "err/6"
  require days_between(law.adopted) > 0
}
