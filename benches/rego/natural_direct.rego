# `natural.rego` reading facts by direct reference (`input.offences.csam.criminalized`), as an
# OPA user would on a profile whose fact envelopes were unwrapped before evaluation: every
# envelope with a known value replaced by its value, and any other dropped, so that an unknown
# fact is absent (`benches/peers.rs` and `tests/rego_equivalence.rs` do this). The rules
# are those of `natural.rego`, line for line.

package natural_direct

import rego.v1

member_of(org) if org in input.state.regional_memberships

ratified(t) if input.treaties[t].status in {"ratified", "acceded", "succeeded"}

signed_or_ratified(t) if input.treaties[t].status in {"signed", "ratified", "acceded", "succeeded"}

working_towards(t) if input.treaties[t].status == "signed"

working_towards(t) if input.treaties[t].ratification_in_progress == true

coe_open_to(t) if member_of("CoE")

coe_open_to(t) if input.treaties[t].invited == true

coe_open_to(t) if signed_or_ratified(t)

coe_done(t) if ratified(t)

coe_done(t) if not coe_open_to(t)

covers_all_children(d) if input.definitions[d].child_age_threshold >= 18

has_extraterritorial_jurisdiction if input.jurisdiction.extraterritorial.active_nationality == true

has_extraterritorial_jurisdiction if input.jurisdiction.extraterritorial.active_habitual_residence == true

has_extraterritorial_jurisdiction if input.jurisdiction.extraterritorial.passive_personality == true

# An invoked exception whose review accepted it.
excepted(id) if {
	inv := input.exceptions[id]
	trim_space(inv.justification) != ""
	inv.review.status == "accepted"
}

agreement_covers_sec(a) if a.covers_sec == true

agreement_for(a, purpose) if purpose in a.purposes

law_agreement if {
	some a in input.cooperation.agreements
	agreement_covers_sec(a)
	some purpose in ["police_investigation", "mutual_legal_assistance", "extradition"]
	agreement_for(a, purpose)
}

victims_agreement if {
	some a in input.cooperation.agreements
	agreement_covers_sec(a)
	agreement_for(a, "victim_assistance")
}

sec_agreement if {
	some a in input.cooperation.agreements
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
	input.treaties.acrwc.status == "signed"
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
	input.offences.sexual_abuse.criminalized == true
	input.offences.child_prostitution.criminalized == true
	input.offences.csam.criminalized == true
	input.offences.child_trafficking.criminalized == true
}

default criminalize_all_sec := "not_met"

criminalize_all_sec := "met" if {
	sec_offences_criminalized
	input.definitions.child_trafficking.covers_sexual_exploitation == true
	covers_all_children("child_prostitution")
	covers_all_children("csam")
	covers_all_children("child_trafficking")
	not input.offences.marriage_exemption == true
	input.offences.sexual_abuse.gender_neutral == true
	input.definitions.age_of_consent.same_for_all_genders == true
} else := "partially_met" if {
	sec_offences_criminalized
}

default extraterritorial_jurisdiction := "not_met"

extraterritorial_jurisdiction := "met" if {
	input.jurisdiction.extraterritorial.active_nationality == true
	input.jurisdiction.extraterritorial.covers_all_sec_offences == true
	not input.jurisdiction.extraterritorial.requires_complaint_or_official_request == true
} else := "partially_met" if {
	has_extraterritorial_jurisdiction
}

default abolish_double_criminality := "not_met"

abolish_double_criminality := "met" if {
	input.jurisdiction.extraterritorial.active_nationality == true
	input.jurisdiction.extraterritorial.double_criminality == "not_required"
} else := "partially_met" if {
	has_extraterritorial_jurisdiction
	input.jurisdiction.extraterritorial.double_criminality in {"not_required", "required_in_some_cases"}
}

nationals_extradited_or_prosecuted if input.jurisdiction.extradition.nationals_extraditable == true

nationals_extradited_or_prosecuted if input.jurisdiction.extradition.prosecutes_if_not_extradited == true

default extradition_and_mla := "not_met"

extradition_and_mla := "met" if {
	input.jurisdiction.extradition.sec_offences_extraditable == true
	nationals_extradited_or_prosecuted
	input.jurisdiction.mutual_legal_assistance.legal_basis_exists == true
	input.jurisdiction.mutual_legal_assistance.covers_sec_offences == true
} else := "partially_met" if {
	input.jurisdiction.extradition.sec_offences_extraditable == true
} else := "partially_met" if {
	input.jurisdiction.mutual_legal_assistance.legal_basis_exists == true
}

# Victims and offenders.

default non_criminalization_child_victims := "not_met"

non_criminalization_child_victims := "met" if {
	input.victims.non_punishment.provision_exists == true
	input.victims.non_punishment.covers_prostitution_related_offences == true
	input.victims.non_punishment.covers_offences_committed_while_trafficked == true
	input.victims.non_punishment.applies_to_all_under_18 == true
	input.victims.victim_status_in_law == true
} else := "partially_met" if {
	input.victims.non_punishment.provision_exists == true
} else := "partially_met" if {
	input.victims.victim_status_in_law == true
}

default victim_privacy_identity := "not_met"

victim_privacy_identity := "met" if {
	input.victims.privacy.identity_protected_in_investigation == true
	input.victims.privacy.identity_protected_in_court == true
	input.victims.privacy.media_disclosure_prohibited == true
	input.victims.privacy.covers_child_perpetrators == true
} else := "partially_met" if {
	input.victims.privacy.identity_protected_in_investigation == true
} else := "partially_met" if {
	input.victims.privacy.identity_protected_in_court == true
} else := "partially_met" if {
	input.victims.privacy.media_disclosure_prohibited == true
}

default offender_management_programmes := "not_met"

offender_management_programmes := "met" if {
	input.offenders.risk_assessment == true
	input.offenders.management_programmes == true
	input.offenders.voluntary_rehabilitation_services == true
	input.offenders.reintegration_programmes == true
} else := "partially_met" if {
	input.offenders.risk_assessment == true
} else := "partially_met" if {
	input.offenders.management_programmes == true
} else := "partially_met" if {
	input.offenders.voluntary_rehabilitation_services == true
} else := "partially_met" if {
	input.offenders.reintegration_programmes == true
}

default sex_offender_register := "not_met"

sex_offender_register := "not_applicable" if {
	excepted("sex_offender_register")
} else := "met" if {
	input.offenders.register.exists == true
}

default children_sexually_harmful_behaviour := "not_met"

children_sexually_harmful_behaviour := "met" if {
	input.juvenile.sexually_harmful_behaviour.care_first_response == true
	input.juvenile.sexually_harmful_behaviour.programmes_exist == true
	input.juvenile.detention_last_resort_in_law == true
	input.juvenile.sexually_harmful_behaviour.carers_trained == true
} else := "partially_met" if {
	input.juvenile.sexually_harmful_behaviour.care_first_response == true
} else := "partially_met" if {
	input.juvenile.sexually_harmful_behaviour.programmes_exist == true
} else := "partially_met" if {
	input.juvenile.detention_last_resort_in_law == true
}

# Institutions, policy and services.

default specialised_police_units_training := "not_met"

specialised_police_units_training := "met" if {
	input.institutions.specialised_police_unit.exists == true
	input.training.law_enforcement.specialised_sec_training == true
	input.training.judiciary.specialised_sec_training == true
} else := "partially_met" if {
	input.institutions.specialised_police_unit.exists == true
} else := "partially_met" if {
	input.training.law_enforcement.specialised_sec_training == true
} else := "partially_met" if {
	input.training.judiciary.specialised_sec_training == true
}

default coordination_mechanism_2013 := "not_met"

coordination_mechanism_2013 := "met" if {
	input.institutions.coordination_mechanism.exists == true
	every level in ["national", "regional", "international"] {
		level in input.institutions.coordination_mechanism.levels
	}
	every participant in ["government_ministries", "ngos"] {
		participant in input.institutions.coordination_mechanism.participants
	}
} else := "partially_met" if {
	input.institutions.coordination_mechanism.exists == true
} else := "partially_met" if {
	input.institutions.coordination_mechanism.planned == true
	input.institutions.coordination_mechanism.planned_date <= "2013-12-31"
}

default national_plan_of_action := "not_met"

national_plan_of_action := "met" if {
	input.policy.npa_sec.exists == true
	input.policy.npa_sec.current == true
	input.policy.npa_sec.gender_sensitive == true
	input.policy.npa_sec.operational_plan == true
	input.policy.npa_sec.resources_allocated == true
	input.policy.npa_sec.responsible_actors_designated == true
	input.policy.npa_sec.covers_victim_support == true
} else := "partially_met" if {
	input.policy.npa_sec.exists == true
}

default birth_registration_immediate := "not_met"

birth_registration_immediate := "met" if {
	input.civil_registration.registration_compulsory == true
	input.civil_registration.registration_deadline_days <= 3
	input.civil_registration.covers_all_children_born_on_territory == true
} else := "partially_met" if {
	input.civil_registration.registration_compulsory == true
}

default helplines := "not_met"

helplines := "met" if {
	input.reporting.child_helpline.exists == true
	input.reporting.child_helpline.confidential == true
	input.reporting.child_helpline.accessible_in_care_and_justice_institutions == true
	input.reporting.child_helpline.refers_to_services == true
	input.reporting.child_helpline.operators_trained == true
	input.reporting.child_helpline.operators_supervised == true
} else := "partially_met" if {
	input.reporting.child_helpline.exists == true
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
	input.offences.csam.production_criminalized == true
	input.offences.csam.distribution_criminalized == true
} else := "partially_met" if {
	input.offences.csam.production_criminalized == true
} else := "partially_met" if {
	input.offences.csam.distribution_criminalized == true
}

default csam_receipt_possession := "not_met"

csam_receipt_possession := "met" if {
	input.offences.csam.receipt_criminalized == true
	input.offences.csam.simple_possession_criminalized == true
} else := "partially_met" if {
	input.offences.csam.receipt_criminalized == true
} else := "partially_met" if {
	input.offences.csam.simple_possession_criminalized == true
} else := "partially_met" if {
	input.offences.csam.possession_with_intent_to_distribute_criminalized == true
}

default isp_report_and_remove := "not_met"

isp_report_and_remove := "met" if {
	input.industry.reporting_duty.isps == true
	input.industry.reporting_duty.mobile_operators == true
	input.industry.reporting_duty.search_engines == true
	input.industry.removal_duty.isps == true
	input.industry.removal_duty.mobile_operators == true
	input.industry.removal_duty.search_engines == true
	input.industry.monitoring_indicators == true
} else := "partially_met" if {
	input.industry.reporting_duty.isps == true
} else := "partially_met" if {
	input.industry.removal_duty.isps == true
}

default harmonize_child_prostitution_laws := "not_met"

harmonize_child_prostitution_laws := "met" if {
	input.definitions.child.age_threshold >= 18
	input.definitions.child.consistent_across_laws == true
	input.definitions.child_prostitution.defined == true
	covers_all_children("child_prostitution")
	input.offences.child_prostitution.offering_criminalized == true
	input.offences.child_prostitution.obtaining_criminalized == true
	input.offences.child_prostitution.procuring_criminalized == true
	input.offences.child_prostitution.providing_criminalized == true
} else := "partially_met" if {
	input.definitions.child_prostitution.defined == true
} else := "partially_met" if {
	input.offences.child_prostitution.offering_criminalized == true
} else := "partially_met" if {
	input.offences.child_prostitution.obtaining_criminalized == true
} else := "partially_met" if {
	input.offences.child_prostitution.procuring_criminalized == true
} else := "partially_met" if {
	input.offences.child_prostitution.providing_criminalized == true
}

default tourism_codes_of_conduct := "not_met"

tourism_codes_of_conduct := "met" if {
	input.tourism.codes_of_conduct_supported == true
} else := "met" if {
	input.tourism.child_protection_standards == "mandatory"
} else := "met" if {
	input.tourism.child_protection_businesses_encouraged == true
} else := "met" if {
	input.tourism.incentives_for_child_protection == true
}

# Enforcement and trafficking.

default prosecute_nationals_abroad := "not_met"

prosecute_nationals_abroad := "met" if {
	input.jurisdiction.extraterritorial.active_nationality == true
	input.jurisdiction.extraterritorial.enforcement.cases_investigated >= input.jurisdiction.extraterritorial.enforcement.allegations_received
} else := "partially_met" if {
	input.jurisdiction.extraterritorial.enforcement.cases_investigated > 0
} else := "partially_met" if {
	input.jurisdiction.extraterritorial.enforcement.cases_prosecuted > 0
}

default le_coordination_units_victim_guidelines := "not_met"

le_coordination_units_victim_guidelines := "met" if {
	input.institutions.trafficking_coordination_unit.exists == true
	input.institutions.trafficking_coordination_unit.issues_guidelines == true
} else := "met" if {
	input.policy.trafficking.investigation_guidelines == true
	input.policy.trafficking.victim_treatment_guidelines == true
} else := "partially_met" if {
	input.institutions.trafficking_coordination_unit.exists == true
} else := "partially_met" if {
	input.policy.trafficking.investigation_guidelines == true
} else := "partially_met" if {
	input.policy.trafficking.victim_treatment_guidelines == true
}

default guardian_for_unaccompanied_trafficked_child := "not_met"

guardian_for_unaccompanied_trafficked_child := "met" if {
	input.victims.unaccompanied_trafficked_children.guardian_required_by_law == true
	input.victims.unaccompanied_trafficked_children.guardian_time_limit_in_law == true
	input.victims.unaccompanied_trafficked_children.guardian_time_limit_days <= 7
} else := "partially_met" if {
	input.victims.unaccompanied_trafficked_children.guardian_required_by_law == true
}
