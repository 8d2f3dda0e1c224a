schema "../../schema/profile.schema.json"

obligation indicator_twice {
  title "The same indicator named twice"
  cite "err/25"
  indicator "icmec:1"
  indicator "icmec:2"
  indicator "icmec:1"
  require logic.t
}
