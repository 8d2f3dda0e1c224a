# A `met on` date computed from the histories of the facts `require` reads (docs/language.md,
# "Deadlines"): the first day from which the whole requirement held without a break up to the
# evaluation date. Every obligation is due "by 2013".
ruleset "conformance" version "072"
schema "../../schema/profile.schema.json"

obligation independent_only_later {
  title "By 2013, establish an independent ombudsperson: established 2012, independent 2018"
  cite "computed/1"
  deadline 2013-01-01 to 2013-12-31
  require institutions.ombudsperson.exists and institutions.ombudsperson.independent
}
obligation met_on_clause_gives_way {
  title "The same requirement with its own met on: the establishment date"
  cite "computed/2"
  deadline 2013-01-01 to 2013-12-31
  met on institutions.ombudsperson.established_date
  require institutions.ombudsperson.exists and institutions.ombudsperson.independent
}
obligation met_on_clause_wins {
  title "A met on later than the day the histories give"
  cite "computed/2b"
  deadline 2013-01-01 to 2013-12-31
  met on 2013-09-01
  require registers.offenders.exists and registers.offenders.independent
}
obligation steps_back_over_a_constant_change {
  title "Independent throughout (a new source in 2012), established 2011"
  cite "computed/3"
  deadline 2013-01-01 to 2013-12-31
  require registers.offenders.exists and registers.offenders.independent
}
obligation met_inside_the_window {
  title "Established 2012, independent from mid-2013"
  cite "computed/4"
  deadline 2013-01-01 to 2013-12-31
  require institutions.coordination_mechanism.exists and institutions.coordination_mechanism.independent
}
obligation unknown_before_first_change {
  title "A history starting in 2012, with a fact without history"
  cite "computed/5"
  deadline 2013-01-01 to 2013-12-31
  require jurisdiction.extraterritorial.exists and logic.t
}
obligation unknown_before_a_late_change {
  title "A history starting in 2016, after the deadline"
  cite "computed/6"
  deadline 2013-01-01 to 2013-12-31
  require jurisdiction.extraterritorial.double_criminality_required
}
