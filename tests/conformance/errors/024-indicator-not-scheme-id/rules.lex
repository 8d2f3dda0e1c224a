schema "../../schema/profile.schema.json"

obligation bad_indicator {
  title "An indicator with a capital in its scheme"
  cite "err/24"
  indicator "ICMEC:1"
  require logic.t
}
