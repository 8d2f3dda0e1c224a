# The first version of a rule set; new/rules.lex is the second.
ruleset "conformance" version "diff-004 v1"
schema "../../schema/profile.schema.json"

obligation stricter {
  title "partially met under v1, not met under v2 (its partial condition dropped)"
  cite "versions/1"
  group "versions"
  require figures.a >= 10
  partial when figures.a >= 5
}
obligation laxer {
  title "not met under v1, met under v2 (a lower threshold)"
  cite "versions/2"
  group "versions"
  require figures.b >= 10
}
obligation dropped {
  title "only in v1"
  cite "versions/3"
  group "versions"
  require institutions.ombudsperson.exists
}
