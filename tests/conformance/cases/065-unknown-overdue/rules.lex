# An unknown verdict after its due date is overdue when no completion of its missing facts
# could make it met (its range holds only not_met and partially_met), and unknown otherwise.
ruleset "conformance" version "065"
schema "../../schema/profile.schema.json"

obligation cannot_be_met {
  title "require false, partial when unknown: not met or partially met"
  cite "overdue/1"
  deadline 2013-12-31
  require logic.f
  partial when logic.u
}
obligation could_be_met {
  title "require unknown, partial when true: partially met or met"
  cite "overdue/2"
  deadline 2013-12-31
  require logic.u
  partial when logic.t
}
obligation could_not_apply {
  title "applies when unknown, require false: not applicable or not met"
  cite "overdue/3"
  deadline 2013-12-31
  applies when state.un_member
  require logic.f
}
obligation cannot_be_met_not_yet_due {
  title "The same as cannot_be_met, due by 2030"
  cite "overdue/4"
  deadline 2030-12-31
  require logic.f
  partial when logic.u
}
obligation cannot_be_met_in_window {
  title "Cannot be met, the window closed"
  cite "overdue/5"
  deadline 2012-01-01 to 2013-12-31
  require logic.f
  partial when logic.u2
}
