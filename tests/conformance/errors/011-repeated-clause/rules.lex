schema "../../schema/profile.schema.json"

obligation twice {
  title "A clause twice"
  cite "err/11"
  require logic.t
  require logic.f
}
