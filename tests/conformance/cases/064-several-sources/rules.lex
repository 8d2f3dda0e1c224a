# Several sources per fact: the report lists the envelope's `source` first, then each item of
# its `sources`; a plain value has none.
ruleset "conformance" version "064"
schema "../../schema/profile.schema.json"

obligation statute_and_report {
  title "A fact with a primary source and a secondary one"
  cite "sources/1"
  require jurisdiction.extraterritorial.exists
}
obligation sources_only {
  title "A fact with a list of sources and no source"
  cite "sources/2"
  require not jurisdiction.extraterritorial.double_criminality_required
}
obligation plain_value {
  title "A plain value"
  cite "sources/3"
  require state.un_member
}
obligation list_item_sources {
  title "A list item with sources"
  cite "sources/4"
  require "OAS" in state.memberships
}
obligation unknown_with_sources {
  title "An unknown fact keeps its sources"
  cite "sources/5"
  require registers.offenders.exists
}
