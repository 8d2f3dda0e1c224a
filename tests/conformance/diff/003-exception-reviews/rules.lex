# Only an accepted review makes an obligation not_applicable; every change of an exception, its
# justification or its review lists the obligation.
ruleset "conformance" version "diff-003"
schema "../../schema/profile.schema.json"

obligation review_accepted {
  title "exception pending, then accepted: not applicable"
  cite "exception/1"
  group "exceptions"
  exception "where appropriate"
  require registers.offenders.exists
}
obligation review_contested {
  title "exception accepted, then contested: evaluated again"
  cite "exception/2"
  group "exceptions"
  exception "where appropriate"
  require institutions.ombudsperson.exists
}
obligation review_pending_to_contested {
  title "exception pending, then contested: the verdict stays"
  cite "exception/3"
  group "exceptions"
  exception "as appropriate"
  require institutions.coordination_mechanism.exists
}
obligation exception_withdrawn {
  title "exception invoked, then withdrawn"
  cite "exception/4"
  group "exceptions"
  exception "as appropriate"
  require figures.a >= 1
}
