# A profile with histories for some facts only, evaluated as of a date earlier than its own:
# the facts with a history are read on that date, the others as they stood on the profile's.
ruleset "conformance" version "074"
schema "../../schema/profile.schema.json"

obligation fact_with_history {
  title "Read from the history: false until 2015"
  cite "anachronism/3"
  require logic.t
}
obligation fact_without_history {
  title "Read as the profile gives it"
  cite "anachronism/4"
  require not logic.f
}
