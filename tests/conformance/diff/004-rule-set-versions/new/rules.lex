# The second version of the rule set of this case.
ruleset "conformance" version "diff-004 v2"
schema "../../../schema/profile.schema.json"

obligation stricter {
  title "partially met under v1, not met under v2 (its partial condition dropped)"
  cite "versions/1"
  group "versions"
  require figures.a >= 10
}
obligation laxer {
  title "not met under v1, met under v2 (a lower threshold)"
  cite "versions/2"
  group "versions"
  require figures.b >= 5
}
obligation introduced {
  title "only in v2"
  cite "versions/4"
  group "versions"
  require institutions.coordination_mechanism.exists
}
