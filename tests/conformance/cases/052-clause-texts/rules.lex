# Every descriptive clause, with escapes, in an unusual order; clause words as field names.
ruleset "conformance" version "052"
schema "../../schema/profile.schema.json"

obligation described {
  require law.title == "Penal Code" and figures.count >= 2
  weight 0.25
  text "States \"should\" establish:\n\t- a law\\a code"
  group "C.4 (b)"
  cite "C.4(b)-7"
  title "All the descriptive clauses"
}
obligation minimal {
  title "Only the required clauses"
  cite "C.4(b)-8"
  require law.title != ""
}
