schema "../../schema/profile.schema.json"

obligation misquoted {
  title "An amended passage the text does not hold"
  cite "err/26"
  text "States shall criminalise, without delay, every act."
  amended "immediately"
  require logic.t
}
