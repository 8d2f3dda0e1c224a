schema "../../schema/profile.schema.json"

obligation broken {
  title "An operator with nothing after it"
  cite "err/16"
  require logic.t and
}
