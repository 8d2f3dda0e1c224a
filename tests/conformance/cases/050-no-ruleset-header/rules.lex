# No `ruleset` declaration: the report names the rule set after its first file.
schema "../../schema/profile.schema.json"

obligation un_member {
  title "A UN member"
  cite "hdr/2"
  require state.un_member
}
