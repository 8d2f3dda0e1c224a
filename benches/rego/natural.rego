# The obligations of `rio.rego` (the same 27 of the `rio` library) written as an OPA user would
# write them: two truth values, `default ... := "not_met"` and `else` chains, a fact that is
# absent (or an envelope without a known value) is simply undefined, so it reads as false, and
# `not` of an absent fact is true. A fact envelope is unwrapped by `fact`.
#
# This is the fair peer of the benchmark (`benches/peers.rs`): no three-valued bookkeeping.
# `natural_direct.rego` is the same policy reading facts by direct reference on a profile whose
# envelopes were unwrapped beforehand. `tests/rego_equivalence.rs` checks that both give
# Lexpact's verdict wherever Lexpact's is definite, and counts what they claim where it is not.

package natural

import rego.v1

# The value of the fact at `path`: the plain value, or the envelope's `value` when its status
# (if any) is `known`.
fact(path) := v if {
	v := unwrap(object.get(input, path, null))
	v != null
}

unwrap(x) := x.value if {
	is_object(x)
	object.get(x, "status", "known") == "known"
}

unwrap(x) := x if not is_object(x)

yes(path) if fact(path) == true

# A text among the items of a list fact.
listed(path, s) if {
	some x in fact(path)
	unwrap(x) == s
}

member_of(org) if listed(["state", "regional_memberships"], org)

ratified(t) if fact(["treaties", t, "status"]) in {"ratified", "acceded", "succeeded"}

signed_or_ratified(t) if fact(["treaties", t, "status"]) in {"signed", "ratified", "acceded", "succeeded"}

working_towards(t) if fact(["treaties", t, "status"]) == "signed"

working_towards(t) if yes(["treaties", t, "ratification_in_progress"])

coe_open_to(t) if member_of("CoE")

coe_open_to(t) if yes(["treaties", t, "invited"])

coe_open_to(t) if signed_or_ratified(t)

coe_done(t) if ratified(t)

coe_done(t) if not coe_open_to(t)

covers_all_children(d) if fact(["definitions", d, "child_age_threshold"]) >= 18

has_extraterritorial_jurisdiction if yes(["jurisdiction", "extraterritorial", "active_nationality"])

has_extraterritorial_jurisdiction if yes(["jurisdiction", "extraterritorial", "active_habitual_residence"])

has_extraterritorial_jurisdiction if yes(["jurisdiction", "extraterritorial", "passive_personality"])

# An invoked exception whose review accepted it.
excepted(id) if {
	inv := input.exceptions[id]
	trim_space(inv.justification) != ""
	inv.review.status == "accepted"
}

agreement_covers_sec(a) if unwrap(a.covers_sec) == true

agreement_for(a, purpose) if {
	some p in a.purposes
	unwrap(p) == purpose
}

law_agreement if {
	some a in fact(["cooperation", "agreements"])
	agreement_covers_sec(a)
	some purpose in ["police_investigation", "mutual_legal_assistance", "extradition"]
	agreement_for(a, purpose)
}

victims_agreement if {
	some a in fact(["cooperation", "agreements"])
	agreement_covers_sec(a)
	agreement_for(a, "victim_assistance")
}

sec_agreement if {
	some a in fact(["cooperation", "agreements"])
	agreement_covers_sec(a)
}

verdicts := {
	"ratify_crc": ratify_crc,
	"ratify_opsc": ratify_opsc,
	"ratify_ilo_c182": ratify_ilo_c182,
	"ratify_palermo_tip": ratify_palermo_tip,
	"ratify_cedaw": ratify_cedaw,
	"ratify_regional_acrwc": ratify_regional_acrwc,
	"ratify_regional_inter_american": ratify_regional_inter_american,
	"ratify_regional_coe": ratify_regional_coe,
	"criminalize_all_sec": criminalize_all_sec,
	"extraterritorial_jurisdiction": extraterritorial_jurisdiction,
	"abolish_double_criminality": abolish_double_criminality,
	"extradition_and_mla": extradition_and_mla,
	"non_criminalization_child_victims": non_criminalization_child_victims,
	"victim_privacy_identity": victim_privacy_identity,
	"offender_management_programmes": offender_management_programmes,
	"sex_offender_register": sex_offender_register,
	"children_sexually_harmful_behaviour": children_sexually_harmful_behaviour,
	"specialised_police_units_training": specialised_police_units_training,
	"coordination_mechanism_2013": coordination_mechanism_2013,
	"national_plan_of_action": national_plan_of_action,
	"birth_registration_immediate": birth_registration_immediate,
	"helplines": helplines,
	"international_cooperation": international_cooperation,
	"csam_production_distribution": csam_production_distribution,
	"csam_receipt_possession": csam_receipt_possession,
	"isp_report_and_remove": isp_report_and_remove,
	"harmonize_child_prostitution_laws": harmonize_child_prostitution_laws,
	"tourism_codes_of_conduct": tourism_codes_of_conduct,
	"prosecute_nationals_abroad": prosecute_nationals_abroad,
	"le_coordination_units_victim_guidelines": le_coordination_units_victim_guidelines,
	"guardian_for_unaccompanied_trafficked_child": guardian_for_unaccompanied_trafficked_child,
}

# The five core instruments.

default ratify_crc := "not_met"

ratify_crc := "not_applicable" if {
	excepted("ratify_crc")
} else := "met" if {
	ratified("crc")
} else := "partially_met" if {
	working_towards("crc")
}

default ratify_opsc := "not_met"

ratify_opsc := "not_applicable" if {
	excepted("ratify_opsc")
} else := "met" if {
	ratified("opsc")
} else := "partially_met" if {
	working_towards("opsc")
}

default ratify_ilo_c182 := "not_met"

ratify_ilo_c182 := "not_applicable" if {
	excepted("ratify_ilo_c182")
} else := "met" if {
	ratified("ilo_c182")
} else := "partially_met" if {
	working_towards("ilo_c182")
}

default ratify_palermo_tip := "not_met"

ratify_palermo_tip := "not_applicable" if {
	excepted("ratify_palermo_tip")
} else := "met" if {
	ratified("palermo_tip")
} else := "partially_met" if {
	working_towards("palermo_tip")
}

default ratify_cedaw := "not_met"

ratify_cedaw := "not_applicable" if {
	excepted("ratify_cedaw")
} else := "met" if {
	ratified("cedaw")
} else := "partially_met" if {
	working_towards("cedaw")
}

# Regional instruments.

default ratify_regional_acrwc := "not_met"

ratify_regional_acrwc := "not_applicable" if {
	not member_of("AU")
} else := "not_applicable" if {
	excepted("ratify_regional_acrwc")
} else := "met" if {
	ratified("acrwc")
} else := "partially_met" if {
	fact(["treaties", "acrwc", "status"]) == "signed"
}

default ratify_regional_inter_american := "not_met"

ratify_regional_inter_american := "not_applicable" if {
	not member_of("OAS")
} else := "not_applicable" if {
	excepted("ratify_regional_inter_american")
} else := "met" if {
	ratified("ia_traffic_minors_1994")
	ratified("belem_do_para")
} else := "partially_met" if {
	some t in ["ia_traffic_minors_1994", "belem_do_para"]
	signed_or_ratified(t)
}

coe_treaties := ["coe_cets197", "coe_ets185", "coe_cets201"]

default ratify_regional_coe := "not_met"

ratify_regional_coe := "not_applicable" if {
	every t in coe_treaties {
		not coe_open_to(t)
	}
} else := "not_applicable" if {
	excepted("ratify_regional_coe")
} else := "met" if {
	every t in coe_treaties {
		coe_done(t)
	}
} else := "partially_met" if {
	some t in coe_treaties
	signed_or_ratified(t)
}

# Criminal law and jurisdiction.

sec_offences_criminalized if {
	yes(["offences", "sexual_abuse", "criminalized"])
	yes(["offences", "child_prostitution", "criminalized"])
	yes(["offences", "csam", "criminalized"])
	yes(["offences", "child_trafficking", "criminalized"])
}

default criminalize_all_sec := "not_met"

criminalize_all_sec := "met" if {
	sec_offences_criminalized
	yes(["definitions", "child_trafficking", "covers_sexual_exploitation"])
	covers_all_children("child_prostitution")
	covers_all_children("csam")
	covers_all_children("child_trafficking")
	not yes(["offences", "marriage_exemption"])
	yes(["offences", "sexual_abuse", "gender_neutral"])
	yes(["definitions", "age_of_consent", "same_for_all_genders"])
} else := "partially_met" if {
	sec_offences_criminalized
}

default extraterritorial_jurisdiction := "not_met"

extraterritorial_jurisdiction := "met" if {
	yes(["jurisdiction", "extraterritorial", "active_nationality"])
	yes(["jurisdiction", "extraterritorial", "covers_all_sec_offences"])
	not yes(["jurisdiction", "extraterritorial", "requires_complaint_or_official_request"])
} else := "partially_met" if {
	has_extraterritorial_jurisdiction
}

default abolish_double_criminality := "not_met"

abolish_double_criminality := "met" if {
	yes(["jurisdiction", "extraterritorial", "active_nationality"])
	fact(["jurisdiction", "extraterritorial", "double_criminality"]) == "not_required"
} else := "partially_met" if {
	has_extraterritorial_jurisdiction
	fact(["jurisdiction", "extraterritorial", "double_criminality"]) in {"not_required", "required_in_some_cases"}
}

nationals_extradited_or_prosecuted if yes(["jurisdiction", "extradition", "nationals_extraditable"])

nationals_extradited_or_prosecuted if yes(["jurisdiction", "extradition", "prosecutes_if_not_extradited"])

default extradition_and_mla := "not_met"

extradition_and_mla := "met" if {
	yes(["jurisdiction", "extradition", "sec_offences_extraditable"])
	nationals_extradited_or_prosecuted
	yes(["jurisdiction", "mutual_legal_assistance", "legal_basis_exists"])
	yes(["jurisdiction", "mutual_legal_assistance", "covers_sec_offences"])
} else := "partially_met" if {
	yes(["jurisdiction", "extradition", "sec_offences_extraditable"])
} else := "partially_met" if {
	yes(["jurisdiction", "mutual_legal_assistance", "legal_basis_exists"])
}

# Victims and offenders.

default non_criminalization_child_victims := "not_met"

non_criminalization_child_victims := "met" if {
	yes(["victims", "non_punishment", "provision_exists"])
	yes(["victims", "non_punishment", "covers_prostitution_related_offences"])
	yes(["victims", "non_punishment", "covers_offences_committed_while_trafficked"])
	yes(["victims", "non_punishment", "applies_to_all_under_18"])
	yes(["victims", "victim_status_in_law"])
} else := "partially_met" if {
	yes(["victims", "non_punishment", "provision_exists"])
} else := "partially_met" if {
	yes(["victims", "victim_status_in_law"])
}

default victim_privacy_identity := "not_met"

victim_privacy_identity := "met" if {
	yes(["victims", "privacy", "identity_protected_in_investigation"])
	yes(["victims", "privacy", "identity_protected_in_court"])
	yes(["victims", "privacy", "media_disclosure_prohibited"])
	yes(["victims", "privacy", "covers_child_perpetrators"])
} else := "partially_met" if {
	yes(["victims", "privacy", "identity_protected_in_investigation"])
} else := "partially_met" if {
	yes(["victims", "privacy", "identity_protected_in_court"])
} else := "partially_met" if {
	yes(["victims", "privacy", "media_disclosure_prohibited"])
}

default offender_management_programmes := "not_met"

offender_management_programmes := "met" if {
	yes(["offenders", "risk_assessment"])
	yes(["offenders", "management_programmes"])
	yes(["offenders", "voluntary_rehabilitation_services"])
	yes(["offenders", "reintegration_programmes"])
} else := "partially_met" if {
	yes(["offenders", "risk_assessment"])
} else := "partially_met" if {
	yes(["offenders", "management_programmes"])
} else := "partially_met" if {
	yes(["offenders", "voluntary_rehabilitation_services"])
} else := "partially_met" if {
	yes(["offenders", "reintegration_programmes"])
}

default sex_offender_register := "not_met"

sex_offender_register := "not_applicable" if {
	excepted("sex_offender_register")
} else := "met" if {
	yes(["offenders", "register", "exists"])
}

default children_sexually_harmful_behaviour := "not_met"

children_sexually_harmful_behaviour := "met" if {
	yes(["juvenile", "sexually_harmful_behaviour", "care_first_response"])
	yes(["juvenile", "sexually_harmful_behaviour", "programmes_exist"])
	yes(["juvenile", "detention_last_resort_in_law"])
	yes(["juvenile", "sexually_harmful_behaviour", "carers_trained"])
} else := "partially_met" if {
	yes(["juvenile", "sexually_harmful_behaviour", "care_first_response"])
} else := "partially_met" if {
	yes(["juvenile", "sexually_harmful_behaviour", "programmes_exist"])
} else := "partially_met" if {
	yes(["juvenile", "detention_last_resort_in_law"])
}

# Institutions, policy and services.

default specialised_police_units_training := "not_met"

specialised_police_units_training := "met" if {
	yes(["institutions", "specialised_police_unit", "exists"])
	yes(["training", "law_enforcement", "specialised_sec_training"])
	yes(["training", "judiciary", "specialised_sec_training"])
} else := "partially_met" if {
	yes(["institutions", "specialised_police_unit", "exists"])
} else := "partially_met" if {
	yes(["training", "law_enforcement", "specialised_sec_training"])
} else := "partially_met" if {
	yes(["training", "judiciary", "specialised_sec_training"])
}

default coordination_mechanism_2013 := "not_met"

coordination_mechanism_2013 := "met" if {
	yes(["institutions", "coordination_mechanism", "exists"])
	every level in ["national", "regional", "international"] {
		listed(["institutions", "coordination_mechanism", "levels"], level)
	}
	every participant in ["government_ministries", "ngos"] {
		listed(["institutions", "coordination_mechanism", "participants"], participant)
	}
} else := "partially_met" if {
	yes(["institutions", "coordination_mechanism", "exists"])
} else := "partially_met" if {
	yes(["institutions", "coordination_mechanism", "planned"])
	fact(["institutions", "coordination_mechanism", "planned_date"]) <= "2013-12-31"
}

default national_plan_of_action := "not_met"

national_plan_of_action := "met" if {
	yes(["policy", "npa_sec", "exists"])
	yes(["policy", "npa_sec", "current"])
	yes(["policy", "npa_sec", "gender_sensitive"])
	yes(["policy", "npa_sec", "operational_plan"])
	yes(["policy", "npa_sec", "resources_allocated"])
	yes(["policy", "npa_sec", "responsible_actors_designated"])
	yes(["policy", "npa_sec", "covers_victim_support"])
} else := "partially_met" if {
	yes(["policy", "npa_sec", "exists"])
}

default birth_registration_immediate := "not_met"

birth_registration_immediate := "met" if {
	yes(["civil_registration", "registration_compulsory"])
	fact(["civil_registration", "registration_deadline_days"]) <= 3
	yes(["civil_registration", "covers_all_children_born_on_territory"])
} else := "partially_met" if {
	yes(["civil_registration", "registration_compulsory"])
}

default helplines := "not_met"

helplines := "met" if {
	yes(["reporting", "child_helpline", "exists"])
	yes(["reporting", "child_helpline", "confidential"])
	yes(["reporting", "child_helpline", "accessible_in_care_and_justice_institutions"])
	yes(["reporting", "child_helpline", "refers_to_services"])
	yes(["reporting", "child_helpline", "operators_trained"])
	yes(["reporting", "child_helpline", "operators_supervised"])
} else := "partially_met" if {
	yes(["reporting", "child_helpline", "exists"])
}

default international_cooperation := "not_met"

international_cooperation := "met" if {
	law_agreement
	victims_agreement
} else := "partially_met" if {
	sec_agreement
}

# Child sexual abuse material, industry and tourism.

default csam_production_distribution := "not_met"

csam_production_distribution := "met" if {
	yes(["offences", "csam", "production_criminalized"])
	yes(["offences", "csam", "distribution_criminalized"])
} else := "partially_met" if {
	yes(["offences", "csam", "production_criminalized"])
} else := "partially_met" if {
	yes(["offences", "csam", "distribution_criminalized"])
}

default csam_receipt_possession := "not_met"

csam_receipt_possession := "met" if {
	yes(["offences", "csam", "receipt_criminalized"])
	yes(["offences", "csam", "simple_possession_criminalized"])
} else := "partially_met" if {
	yes(["offences", "csam", "receipt_criminalized"])
} else := "partially_met" if {
	yes(["offences", "csam", "simple_possession_criminalized"])
} else := "partially_met" if {
	yes(["offences", "csam", "possession_with_intent_to_distribute_criminalized"])
}

default isp_report_and_remove := "not_met"

isp_report_and_remove := "met" if {
	yes(["industry", "reporting_duty", "isps"])
	yes(["industry", "reporting_duty", "mobile_operators"])
	yes(["industry", "reporting_duty", "search_engines"])
	yes(["industry", "removal_duty", "isps"])
	yes(["industry", "removal_duty", "mobile_operators"])
	yes(["industry", "removal_duty", "search_engines"])
	yes(["industry", "monitoring_indicators"])
} else := "partially_met" if {
	yes(["industry", "reporting_duty", "isps"])
} else := "partially_met" if {
	yes(["industry", "removal_duty", "isps"])
}

default harmonize_child_prostitution_laws := "not_met"

harmonize_child_prostitution_laws := "met" if {
	fact(["definitions", "child", "age_threshold"]) >= 18
	yes(["definitions", "child", "consistent_across_laws"])
	yes(["definitions", "child_prostitution", "defined"])
	covers_all_children("child_prostitution")
	yes(["offences", "child_prostitution", "offering_criminalized"])
	yes(["offences", "child_prostitution", "obtaining_criminalized"])
	yes(["offences", "child_prostitution", "procuring_criminalized"])
	yes(["offences", "child_prostitution", "providing_criminalized"])
} else := "partially_met" if {
	yes(["definitions", "child_prostitution", "defined"])
} else := "partially_met" if {
	yes(["offences", "child_prostitution", "offering_criminalized"])
} else := "partially_met" if {
	yes(["offences", "child_prostitution", "obtaining_criminalized"])
} else := "partially_met" if {
	yes(["offences", "child_prostitution", "procuring_criminalized"])
} else := "partially_met" if {
	yes(["offences", "child_prostitution", "providing_criminalized"])
}

default tourism_codes_of_conduct := "not_met"

tourism_codes_of_conduct := "met" if {
	yes(["tourism", "codes_of_conduct_supported"])
} else := "met" if {
	fact(["tourism", "child_protection_standards"]) == "mandatory"
} else := "met" if {
	yes(["tourism", "child_protection_businesses_encouraged"])
} else := "met" if {
	yes(["tourism", "incentives_for_child_protection"])
}

# Enforcement and trafficking.

default prosecute_nationals_abroad := "not_met"

prosecute_nationals_abroad := "met" if {
	yes(["jurisdiction", "extraterritorial", "active_nationality"])
	fact(["jurisdiction", "extraterritorial", "enforcement", "cases_investigated"]) >= fact(["jurisdiction", "extraterritorial", "enforcement", "allegations_received"])
} else := "partially_met" if {
	fact(["jurisdiction", "extraterritorial", "enforcement", "cases_investigated"]) > 0
} else := "partially_met" if {
	fact(["jurisdiction", "extraterritorial", "enforcement", "cases_prosecuted"]) > 0
}

default le_coordination_units_victim_guidelines := "not_met"

le_coordination_units_victim_guidelines := "met" if {
	yes(["institutions", "trafficking_coordination_unit", "exists"])
	yes(["institutions", "trafficking_coordination_unit", "issues_guidelines"])
} else := "met" if {
	yes(["policy", "trafficking", "investigation_guidelines"])
	yes(["policy", "trafficking", "victim_treatment_guidelines"])
} else := "partially_met" if {
	yes(["institutions", "trafficking_coordination_unit", "exists"])
} else := "partially_met" if {
	yes(["policy", "trafficking", "investigation_guidelines"])
} else := "partially_met" if {
	yes(["policy", "trafficking", "victim_treatment_guidelines"])
}

default guardian_for_unaccompanied_trafficked_child := "not_met"

guardian_for_unaccompanied_trafficked_child := "met" if {
	yes(["victims", "unaccompanied_trafficked_children", "guardian_required_by_law"])
	yes(["victims", "unaccompanied_trafficked_children", "guardian_time_limit_in_law"])
	fact(["victims", "unaccompanied_trafficked_children", "guardian_time_limit_days"]) <= 7
} else := "partially_met" if {
	yes(["victims", "unaccompanied_trafficked_children", "guardian_required_by_law"])
}
