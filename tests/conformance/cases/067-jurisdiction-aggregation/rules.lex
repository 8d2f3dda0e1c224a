# The aggregation table (docs/language.md, "Jurisdictions"), one obligation per row, over three
# units: Amber, Birch and Cedar. Each obligation reads facts the units give differently.
ruleset "conformance" version "067"
schema "../../schema/profile.schema.json"

obligation all_met {
  title "Met in every unit"
  cite "agg/1"
  in each jurisdiction
  require institutions.ombudsperson.exists
}
obligation all_not_met {
  title "Not met in any unit"
  cite "agg/2"
  in each jurisdiction
  require institutions.coordination_mechanism.exists
}
obligation met_and_not_met {
  title "Met in Amber and Cedar, not met in Birch"
  cite "agg/3"
  in each jurisdiction
  require registers.offenders.exists
}
obligation one_unit_partially_met {
  title "Met in Amber and Cedar, partially met in Birch"
  cite "agg/4"
  in each jurisdiction
  require institutions.ombudsperson.independent
  partial when institutions.ombudsperson.planned
}
obligation one_unit_left_out {
  title "Not applicable in Amber, met in Birch and Cedar"
  cite "agg/5"
  in each jurisdiction
  applies when jurisdiction.extraterritorial.exists
  require jurisdiction.extraterritorial.double_criminality_required
}
obligation every_unit_left_out {
  title "Not applicable in every unit"
  cite "agg/6"
  in each jurisdiction
  applies when state.un_member
  require logic.t
}
obligation unknown_units {
  title "Met in Amber, unknown in Birch and Cedar"
  cite "agg/7"
  in each jurisdiction
  require registers.offenders.independent
}
obligation unknown_unit_partially_met_whatever {
  title "Not met in Amber and Cedar; Birch partially met or met"
  cite "agg/8"
  in each jurisdiction
  require institutions.coordination_mechanism.independent
  partial when institutions.coordination_mechanism.planned
}
obligation unknown_unit_not_met_whatever {
  title "Not met in Amber and Cedar; Birch not applicable or not met"
  cite "agg/9"
  in each jurisdiction
  applies when registers.offenders.planned
  require registers.offenders.staff > 0
}
obligation every_unit_may_be_left_out {
  title "Every unit not applicable or met"
  cite "agg/10"
  in each jurisdiction
  applies when logic.u
  require logic.t
}
obligation national_obligation {
  title "No clause: the national facts, not the units'"
  cite "agg/11"
  require institutions.ombudsperson.exists
}
obligation excused_nationally {
  title "An accepted exception excuses the State as a whole"
  cite "agg/12"
  exception "where appropriate"
  in each jurisdiction
  require logic.f
}
obligation met_late_in_one_unit {
  title "Met in every unit, the last one after the deadline"
  cite "agg/13"
  deadline 2013-12-31
  met on institutions.ombudsperson.established_date
  in each jurisdiction
  require institutions.ombudsperson.exists
}
obligation met_on_unknown_in_one_unit {
  title "Met in every unit, one of them on a date not known"
  cite "agg/14"
  deadline 2013-12-31
  met on institutions.coordination_mechanism.established_date
  in each jurisdiction
  require logic.t
}
