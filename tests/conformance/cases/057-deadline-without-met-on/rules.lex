# Deadline table, row "met, no `met on` clause": on_time while as_of <= D, unknown after.
# as_of is 2014-01-01.
ruleset "conformance" version "057"
schema "../../schema/profile.schema.json"

obligation met_before_due {
  title "Met, no met-on clause, D ahead"
  cite "nmo/1"
  deadline 2014-06-30
  require institutions.ombudsperson.exists
}
obligation met_on_due_day {
  title "Met, no met-on clause, as_of is D"
  cite "nmo/2"
  deadline 2014-01-01
  require institutions.ombudsperson.exists
}
obligation met_after_due {
  title "Met, no met-on clause, D passed"
  cite "nmo/3"
  deadline 2013-12-31
  require institutions.ombudsperson.exists
}
obligation not_met_after_due {
  title "Not met, no met-on clause, D passed"
  cite "nmo/4"
  deadline 2013-12-31
  require institutions.coordination_mechanism.exists
}
