# Weights and groups: shown per result; the summary and the groups count verdicts,
# late and overdue. as_of is 2014-01-01.
ruleset "conformance" version "045"
schema "../../schema/profile.schema.json"

obligation c1_met {
  title "C.1, met, weight 2"
  cite "w/1"
  group "C.1"
  weight 2
  require logic.t
}
obligation c1_late {
  title "C.1, met late"
  cite "w/2"
  group "C.1"
  deadline 2013-12-31
  met on institutions.ombudsperson.established_date
  require institutions.ombudsperson.exists
}
obligation c1_overdue {
  title "C.1, not met after its deadline"
  cite "w/3"
  group "C.1"
  deadline 2013-06-30
  met on institutions.coordination_mechanism.established_date
  require institutions.coordination_mechanism.exists
}
obligation c2_unknown {
  title "C.2, unknown, weight 0.5"
  cite "w/4"
  group "C.2"
  weight 0.5
  require logic.u
}
obligation c2_partial {
  title "C.2, partially met, weight 1.5"
  cite "w/5"
  group "C.2"
  weight 1.5
  require logic.f
  partial when logic.t
}
obligation ungrouped_not_applicable {
  title "No group, not applicable"
  cite "w/6"
  applies when logic.f
  require logic.t
}
obligation ungrouped_not_met {
  title "No group, not met"
  cite "w/7"
  require logic.f
}
