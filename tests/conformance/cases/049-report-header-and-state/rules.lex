# The ruleset header (with escapes) and the profile's state name are repeated in the report.
ruleset "Rio \"Pact\" conformance" version "draft of 28 November 2008\tr2"
schema "../../schema/profile.schema.json"

obligation un_member {
  title "A UN member"
  cite "hdr/1"
  require state.un_member
}
