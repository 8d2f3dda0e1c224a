schema "../../schema/profile.schema.json"

obligation no_require {
  title "No require clause"
  cite "err/10"
  partial when logic.t
}
