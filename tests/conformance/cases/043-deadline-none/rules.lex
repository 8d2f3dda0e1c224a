# Deadline table, row "not_applicable, or no deadline": none.
ruleset "conformance" version "043"
schema "../../schema/profile.schema.json"

obligation not_applicable_with_deadline {
  title "Does not apply; its deadline passed"
  cite "none/1"
  deadline 2013-12-31
  met on institutions.coordination_mechanism.established_date
  applies when state.un_member
  require institutions.coordination_mechanism.exists
}
obligation not_applicable_window {
  title "Does not apply; a window"
  cite "none/2"
  deadline 2013-01-01 to 2013-12-31
  met on institutions.coordination_mechanism.established_date
  applies when state.un_member
  require institutions.coordination_mechanism.exists
}
obligation no_deadline_not_met {
  title "No deadline, not met"
  cite "none/3"
  require institutions.coordination_mechanism.exists
}
obligation no_deadline_met {
  title "No deadline, met"
  cite "none/4"
  require not state.un_member
}
