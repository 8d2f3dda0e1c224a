schema "../../schema/profile.schema.json"

obligation body {
  title "A coordination mechanism"
  cite "err/1"
  require institutions.coordination_mechanism.exsts
}
