# Indicators and amendment marks: metadata that changes no verdict and is carried in the
# result's identity, in the order written; absent from the JSON when an obligation has none.
ruleset "conformance" version "076"
schema "../../schema/profile.schema.json"

obligation crosswalked_and_amended {
  title "Two indicators and one amended passage"
  cite "meta/1"
  group "meta"
  text "States shall criminalise, **without delay**, every act."
  indicator "icmec:1"
  indicator "lanzarote:18"
  amended "without delay"
  require logic.t
}

obligation amended_without_text {
  title "An amended passage, no text to check it against"
  cite "meta/2"
  group "meta"
  amended "the word Pact in the title"
  require logic.f
}

obligation plain {
  title "Neither clause"
  cite "meta/3"
  group "meta"
  require logic.u
}
