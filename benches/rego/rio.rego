# Obligations of the Rio de Janeiro Pact (the `rio` library of Lexpact) in Rego, for the
# benchmark against regorus (`benches/peers.rs`) and the verdict equality test
# (`tests/rego_equivalence.rs`). Each obligation here is the rule of the `.lex` file it is named
# after, clause for clause; the ids are the library's.
#
# Rego's `undefined` is not Kleene's `unknown` (a missing fact would make a rule silently
# undefined, i.e. false), so truth values are explicit numbers: 0 false, 0.5 unknown, 1 true.
# Strong Kleene logic is then `and` = min, `or` = max, `not` = 1 - x. A fact is unknown when it
# is absent, null, or an envelope whose status is not `known`, as in Lexpact.

package rio

import rego.v1

U := 0.5

# The value of the fact at `path` below `base`, unwrapped from its envelope; undefined when the
# fact is unknown.
valat(base, path) := v if {
	is_object(base)
	r := object.get(base, path, null)
	is_object(r)
	object.get(r, "status", "known") == "known"
	v := object.get(r, "value", null)
	v != null
}

valat(base, path) := r if {
	is_object(base)
	r := object.get(base, path, null)
	not is_object(r)
	r != null
}

# A yes/no fact.
bt(base, path) := 1 if {
	valat(base, path) == true
} else := 0 if {
	valat(base, path) == false
} else := U

b(path) := bt(input, path)

# not
n(x) := 1 - x

# A number fact compared with a number.
ge(path, k) := 1 if {
	v := valat(input, path)
	is_number(v)
	v >= k
} else := 0 if {
	is_number(valat(input, path))
} else := U

gt(path, k) := 1 if {
	v := valat(input, path)
	is_number(v)
	v > k
} else := 0 if {
	is_number(valat(input, path))
} else := U

# A number fact compared with another.
ge_fact(a, c) := 1 if {
	x := valat(input, a)
	y := valat(input, c)
	is_number(x)
	is_number(y)
	x >= y
} else := 0 if {
	is_number(valat(input, a))
	is_number(valat(input, c))
} else := U

le(path, k) := 1 if {
	v := valat(input, path)
	is_number(v)
	v <= k
} else := 0 if {
	is_number(valat(input, path))
} else := U

# A text fact equal to a text.
eq(path, s) := 1 if {
	valat(input, path) == s
} else := 0 if {
	is_string(valat(input, path))
} else := U

# A text fact in a list written in the rules.
one_of(path, list) := 1 if {
	v := valat(input, path)
	is_string(v)
	v in list
} else := 0 if {
	is_string(valat(input, path))
} else := U

# An item of a list of the profile: a plain value or an envelope.
item(x) := v if {
	is_object(x)
	object.get(x, "status", "known") == "known"
	v := object.get(x, "value", null)
	v != null
}

item(x) := x if {
	not is_object(x)
	x != null
}

# A text in a list fact: true if a known item equals it, unknown if not and some item is
# unknown (or the list is), false otherwise.
has(base, path, s) := 1 if {
	l := valat(base, path)
	is_array(l)
	some x in l
	item(x) == s
} else := 0 if {
	l := valat(base, path)
	is_array(l)
	count([x | some x in l; not item(x)]) == 0
} else := U

member_of(org) := has(input, ["state", "regional_memberships"], org)

ratified(t) := one_of(["treaties", t, "status"], ["ratified", "acceded", "succeeded"])

signed_or_ratified(t) := one_of(["treaties", t, "status"], ["signed", "ratified", "acceded", "succeeded"])

# Signed, or a ratification process recorded under way (a missing record is unknown).
working_towards_ratification(t) := max([eq(["treaties", t, "status"], "signed"), b(["treaties", t, "ratification_in_progress"])])

# `is_known(x) and x`: true only when the fact is known and true, never unknown.
known_true(path) := 1 if {
	valat(input, path) == true
} else := 0

# `is_known(t.status) and signed_or_ratified(t)`: never unknown.
known_signed_or_ratified(t) := 1 if {
	v := valat(input, ["treaties", t, "status"])
	is_string(v)
	v in ["signed", "ratified", "acceded", "succeeded"]
} else := 0

# A Council of Europe convention open to the State: a member, or a recorded invitation or
# treaty action.
coe_open_to(t) := max([member_of("CoE"), known_true(["treaties", t, "invited"]), known_signed_or_ratified(t)])

# `x.planned and x.planned_date <= 2013-12-31`: a plan made by the end of the window.
made_by_2013(base) := min([b(array.concat(base, ["planned"])), date_le(array.concat(base, ["planned_date"]), "2013-12-31")])

# A date fact on or before a date (dates are ISO strings, ordered as text).
date_le(path, d) := 1 if {
	v := valat(input, path)
	is_string(v)
	v <= d
} else := 0 if {
	is_string(valat(input, path))
} else := U

covers_all_children(d) := ge(["definitions", d, "child_age_threshold"], 18)

has_extraterritorial_jurisdiction := max([
	b(["jurisdiction", "extraterritorial", "active_nationality"]),
	b(["jurisdiction", "extraterritorial", "active_habitual_residence"]),
	b(["jurisdiction", "extraterritorial", "passive_personality"]),
])

enforcement := ["jurisdiction", "extraterritorial", "enforcement"]

every_allegation_investigated := ge_fact(
	array.concat(enforcement, ["cases_investigated"]),
	array.concat(enforcement, ["allegations_received"]),
)

some_allegations_pursued := max([
	gt(array.concat(enforcement, ["cases_investigated"]), 0),
	gt(array.concat(enforcement, ["cases_prosecuted"]), 0),
])

# `any a in cooperation.agreements where ...`: the largest value over the items, false for an
# empty list, unknown when the list is.
agreements_any(kind) := max(array.concat([0], [agreement(kind, a) | some a in l])) if {
	l := valat(input, ["cooperation", "agreements"])
	is_array(l)
} else := U

agreement("law", a) := min([
	bt(a, ["covers_sec"]),
	max([
		has(a, ["purposes"], "police_investigation"),
		has(a, ["purposes"], "mutual_legal_assistance"),
		has(a, ["purposes"], "extradition"),
	]),
])

agreement("victims", a) := min([bt(a, ["covers_sec"]), has(a, ["purposes"], "victim_assistance")])

agreement("sec", a) := bt(a, ["covers_sec"])

# A justified invocation of the obligation's qualifier whose review accepted it: only then is
# the obligation not applicable. A contested, pending or unreviewed one leaves it evaluated.
excepted(id) if {
	inv := input.exceptions[id]
	is_object(inv)
	j := object.get(inv, "justification", "")
	is_string(j)
	trim_space(j) != ""
	review := object.get(inv, "review", {})
	is_object(review)
	object.get(review, "status", "") == "accepted"
}

# The values a condition may take: itself when known, both when unknown.
completions(x) := [0, 1] if {
	x == U
} else := [x]

# The verdict of known conditions.
known_verdict(a, r, p) := "not_applicable" if {
	a == 0
} else := "met" if {
	r == 1
} else := "partially_met" if {
	p == 1
} else := "not_met"

# Every verdict some truth values of the unknown conditions give (a missing `applies when`
# counts as true, a missing `partial when` as false).
outcomes(id, o) := {"not_applicable"} if {
	o.exception
	excepted(id)
} else := {known_verdict(a, r, p) |
	some a in completions(object.get(o, "applies", 1))
	some r in completions(o.require)
	some p in completions(object.get(o, "partial", 0))
}

# The only verdict the conditions allow, or `unknown`.
verdict(id, o) := v if {
	s := outcomes(id, o)
	count(s) == 1
	some v in s
} else := "unknown"

range_order := ["not_applicable", "not_met", "partially_met", "met"]

verdicts := {id: verdict(id, o) | some id, o in obligations}

# The range of each unknown verdict, in the report's order.
ranges := {id: [v | some v in range_order; v in s] |
	some id, o in obligations
	s := outcomes(id, o)
	count(s) > 1
}

obligations := {
	"ratify_crc": {
		"exception": true,
		"require": ratified("crc"),
		"partial": working_towards_ratification("crc"),
	},
	"ratify_opsc": {
		"exception": true,
		"require": ratified("opsc"),
		"partial": working_towards_ratification("opsc"),
	},
	"ratify_ilo_c182": {
		"exception": true,
		"require": ratified("ilo_c182"),
		"partial": working_towards_ratification("ilo_c182"),
	},
	"ratify_palermo_tip": {
		"exception": true,
		"require": ratified("palermo_tip"),
		"partial": working_towards_ratification("palermo_tip"),
	},
	"ratify_cedaw": {
		"exception": true,
		"require": ratified("cedaw"),
		"partial": working_towards_ratification("cedaw"),
	},
	"ratify_regional_acrwc": {
		"exception": true,
		"applies": member_of("AU"),
		"require": ratified("acrwc"),
		"partial": eq(["treaties", "acrwc", "status"], "signed"),
	},
	"ratify_regional_inter_american": {
		"exception": true,
		"applies": member_of("OAS"),
		"require": min([ratified("ia_traffic_minors_1994"), ratified("belem_do_para")]),
		"partial": max([signed_or_ratified("ia_traffic_minors_1994"), signed_or_ratified("belem_do_para")]),
	},
	"ratify_regional_coe": {
		"exception": true,
		"applies": max([coe_open_to("coe_cets197"), coe_open_to("coe_ets185"), coe_open_to("coe_cets201")]),
		"require": min([
			max([ratified("coe_cets197"), n(coe_open_to("coe_cets197"))]),
			max([ratified("coe_ets185"), n(coe_open_to("coe_ets185"))]),
			max([ratified("coe_cets201"), n(coe_open_to("coe_cets201"))]),
		]),
		"partial": max([signed_or_ratified("coe_cets197"), signed_or_ratified("coe_ets185"), signed_or_ratified("coe_cets201")]),
	},
	"criminalize_all_sec": {
		"exception": false,
		"require": min([
			b(["offences", "sexual_abuse", "criminalized"]),
			b(["offences", "child_prostitution", "criminalized"]),
			b(["offences", "csam", "criminalized"]),
			b(["offences", "child_trafficking", "criminalized"]),
			b(["definitions", "child_trafficking", "covers_sexual_exploitation"]),
			covers_all_children("child_prostitution"),
			covers_all_children("csam"),
			covers_all_children("child_trafficking"),
			n(b(["offences", "marriage_exemption"])),
			b(["offences", "sexual_abuse", "gender_neutral"]),
			b(["definitions", "age_of_consent", "same_for_all_genders"]),
		]),
		"partial": min([
			b(["offences", "sexual_abuse", "criminalized"]),
			b(["offences", "child_prostitution", "criminalized"]),
			b(["offences", "csam", "criminalized"]),
			b(["offences", "child_trafficking", "criminalized"]),
		]),
	},
	"extraterritorial_jurisdiction": {
		"exception": false,
		"require": min([
			b(["jurisdiction", "extraterritorial", "active_nationality"]),
			b(["jurisdiction", "extraterritorial", "covers_all_sec_offences"]),
			n(b(["jurisdiction", "extraterritorial", "requires_complaint_or_official_request"])),
		]),
		"partial": has_extraterritorial_jurisdiction,
	},
	"abolish_double_criminality": {
		"exception": false,
		"require": min([b(["jurisdiction", "extraterritorial", "active_nationality"]), eq(["jurisdiction", "extraterritorial", "double_criminality"], "not_required")]),
		"partial": min([
			has_extraterritorial_jurisdiction,
			one_of(["jurisdiction", "extraterritorial", "double_criminality"], ["not_required", "required_in_some_cases"]),
		]),
	},
	"extradition_and_mla": {
		"exception": false,
		"require": min([
			b(["jurisdiction", "extradition", "sec_offences_extraditable"]),
			max([b(["jurisdiction", "extradition", "nationals_extraditable"]), b(["jurisdiction", "extradition", "prosecutes_if_not_extradited"])]),
			b(["jurisdiction", "mutual_legal_assistance", "legal_basis_exists"]),
			b(["jurisdiction", "mutual_legal_assistance", "covers_sec_offences"]),
		]),
		"partial": max([b(["jurisdiction", "extradition", "sec_offences_extraditable"]), b(["jurisdiction", "mutual_legal_assistance", "legal_basis_exists"])]),
	},
	"non_criminalization_child_victims": {
		"exception": false,
		"require": min([
			b(["victims", "non_punishment", "provision_exists"]),
			b(["victims", "non_punishment", "covers_prostitution_related_offences"]),
			b(["victims", "non_punishment", "covers_offences_committed_while_trafficked"]),
			b(["victims", "non_punishment", "applies_to_all_under_18"]),
			b(["victims", "victim_status_in_law"]),
		]),
		"partial": max([b(["victims", "non_punishment", "provision_exists"]), b(["victims", "victim_status_in_law"])]),
	},
	"victim_privacy_identity": {
		"exception": false,
		"require": min([
			b(["victims", "privacy", "identity_protected_in_investigation"]),
			b(["victims", "privacy", "identity_protected_in_court"]),
			b(["victims", "privacy", "media_disclosure_prohibited"]),
			b(["victims", "privacy", "covers_child_perpetrators"]),
		]),
		"partial": max([
			b(["victims", "privacy", "identity_protected_in_investigation"]),
			b(["victims", "privacy", "identity_protected_in_court"]),
			b(["victims", "privacy", "media_disclosure_prohibited"]),
		]),
	},
	"offender_management_programmes": {
		"exception": false,
		"require": min([
			b(["offenders", "risk_assessment"]), b(["offenders", "management_programmes"]),
			b(["offenders", "voluntary_rehabilitation_services"]), b(["offenders", "reintegration_programmes"]),
		]),
		"partial": max([
			b(["offenders", "risk_assessment"]), b(["offenders", "management_programmes"]),
			b(["offenders", "voluntary_rehabilitation_services"]), b(["offenders", "reintegration_programmes"]),
		]),
	},
	"sex_offender_register": {
		"exception": true,
		"require": b(["offenders", "register", "exists"]),
	},
	"children_sexually_harmful_behaviour": {
		"exception": false,
		"require": min([
			b(["juvenile", "sexually_harmful_behaviour", "care_first_response"]),
			b(["juvenile", "sexually_harmful_behaviour", "programmes_exist"]),
			b(["juvenile", "detention_last_resort_in_law"]),
			b(["juvenile", "sexually_harmful_behaviour", "carers_trained"]),
		]),
		"partial": max([
			b(["juvenile", "sexually_harmful_behaviour", "care_first_response"]),
			b(["juvenile", "sexually_harmful_behaviour", "programmes_exist"]),
			b(["juvenile", "detention_last_resort_in_law"]),
		]),
	},
	"specialised_police_units_training": {
		"exception": false,
		"require": min([
			b(["institutions", "specialised_police_unit", "exists"]),
			b(["training", "law_enforcement", "specialised_sec_training"]),
			b(["training", "judiciary", "specialised_sec_training"]),
		]),
		"partial": max([
			b(["institutions", "specialised_police_unit", "exists"]),
			b(["training", "law_enforcement", "specialised_sec_training"]),
			b(["training", "judiciary", "specialised_sec_training"]),
		]),
	},
	"coordination_mechanism_2013": {
		"exception": false,
		"require": min([
			b(["institutions", "coordination_mechanism", "exists"]),
			has(input, ["institutions", "coordination_mechanism", "levels"], "national"),
			has(input, ["institutions", "coordination_mechanism", "levels"], "regional"),
			has(input, ["institutions", "coordination_mechanism", "levels"], "international"),
			has(input, ["institutions", "coordination_mechanism", "participants"], "government_ministries"),
			has(input, ["institutions", "coordination_mechanism", "participants"], "ngos"),
		]),
		"partial": max([b(["institutions", "coordination_mechanism", "exists"]), made_by_2013(["institutions", "coordination_mechanism"])]),
	},
	"national_plan_of_action": {
		"exception": false,
		"require": min([
			b(["policy", "npa_sec", "exists"]), b(["policy", "npa_sec", "current"]),
			b(["policy", "npa_sec", "gender_sensitive"]), b(["policy", "npa_sec", "operational_plan"]),
			b(["policy", "npa_sec", "resources_allocated"]), b(["policy", "npa_sec", "responsible_actors_designated"]),
			b(["policy", "npa_sec", "covers_victim_support"]),
		]),
		"partial": b(["policy", "npa_sec", "exists"]),
	},
	"birth_registration_immediate": {
		"exception": false,
		"require": min([
			b(["civil_registration", "registration_compulsory"]),
			le(["civil_registration", "registration_deadline_days"], 3),
			b(["civil_registration", "covers_all_children_born_on_territory"]),
		]),
		"partial": b(["civil_registration", "registration_compulsory"]),
	},
	"helplines": {
		"exception": false,
		"require": min([
			b(["reporting", "child_helpline", "exists"]),
			b(["reporting", "child_helpline", "confidential"]),
			b(["reporting", "child_helpline", "accessible_in_care_and_justice_institutions"]),
			b(["reporting", "child_helpline", "refers_to_services"]),
			b(["reporting", "child_helpline", "operators_trained"]),
			b(["reporting", "child_helpline", "operators_supervised"]),
		]),
		"partial": b(["reporting", "child_helpline", "exists"]),
	},
	"international_cooperation": {
		"exception": false,
		"require": min([agreements_any("law"), agreements_any("victims")]),
		"partial": agreements_any("sec"),
	},
	"csam_production_distribution": {
		"exception": false,
		"require": min([b(["offences", "csam", "production_criminalized"]), b(["offences", "csam", "distribution_criminalized"])]),
		"partial": max([b(["offences", "csam", "production_criminalized"]), b(["offences", "csam", "distribution_criminalized"])]),
	},
	"csam_receipt_possession": {
		"exception": false,
		"require": min([b(["offences", "csam", "receipt_criminalized"]), b(["offences", "csam", "simple_possession_criminalized"])]),
		"partial": max([
			b(["offences", "csam", "receipt_criminalized"]),
			b(["offences", "csam", "simple_possession_criminalized"]),
			b(["offences", "csam", "possession_with_intent_to_distribute_criminalized"]),
		]),
	},
	"isp_report_and_remove": {
		"exception": false,
		"require": min([
			b(["industry", "reporting_duty", "isps"]), b(["industry", "reporting_duty", "mobile_operators"]),
			b(["industry", "reporting_duty", "search_engines"]), b(["industry", "removal_duty", "isps"]),
			b(["industry", "removal_duty", "mobile_operators"]), b(["industry", "removal_duty", "search_engines"]),
			b(["industry", "monitoring_indicators"]),
		]),
		"partial": max([b(["industry", "reporting_duty", "isps"]), b(["industry", "removal_duty", "isps"])]),
	},
	"harmonize_child_prostitution_laws": {
		"exception": false,
		"require": min([
			ge(["definitions", "child", "age_threshold"], 18),
			b(["definitions", "child", "consistent_across_laws"]),
			b(["definitions", "child_prostitution", "defined"]),
			covers_all_children("child_prostitution"),
			b(["offences", "child_prostitution", "offering_criminalized"]),
			b(["offences", "child_prostitution", "obtaining_criminalized"]),
			b(["offences", "child_prostitution", "procuring_criminalized"]),
			b(["offences", "child_prostitution", "providing_criminalized"]),
		]),
		"partial": max([
			b(["definitions", "child_prostitution", "defined"]),
			b(["offences", "child_prostitution", "offering_criminalized"]),
			b(["offences", "child_prostitution", "obtaining_criminalized"]),
			b(["offences", "child_prostitution", "procuring_criminalized"]),
			b(["offences", "child_prostitution", "providing_criminalized"]),
		]),
	},
	"tourism_codes_of_conduct": {
		"exception": false,
		"require": max([
			b(["tourism", "codes_of_conduct_supported"]),
			eq(["tourism", "child_protection_standards"], "mandatory"),
			b(["tourism", "child_protection_businesses_encouraged"]),
			b(["tourism", "incentives_for_child_protection"]),
		]),
	},
	"prosecute_nationals_abroad": {
		"exception": false,
		"require": min([b(["jurisdiction", "extraterritorial", "active_nationality"]), every_allegation_investigated]),
		"partial": some_allegations_pursued,
	},
	"le_coordination_units_victim_guidelines": {
		"exception": false,
		"require": max([
			min([b(["institutions", "trafficking_coordination_unit", "exists"]), b(["institutions", "trafficking_coordination_unit", "issues_guidelines"])]),
			min([b(["policy", "trafficking", "investigation_guidelines"]), b(["policy", "trafficking", "victim_treatment_guidelines"])]),
		]),
		"partial": max([
			b(["institutions", "trafficking_coordination_unit", "exists"]),
			b(["policy", "trafficking", "investigation_guidelines"]),
			b(["policy", "trafficking", "victim_treatment_guidelines"]),
		]),
	},
	"guardian_for_unaccompanied_trafficked_child": {
		"exception": false,
		"require": min([
			b(["victims", "unaccompanied_trafficked_children", "guardian_required_by_law"]),
			b(["victims", "unaccompanied_trafficked_children", "guardian_time_limit_in_law"]),
			le(["victims", "unaccompanied_trafficked_children", "guardian_time_limit_days"], 7),
		]),
		"partial": b(["victims", "unaccompanied_trafficked_children", "guardian_required_by_law"]),
	},
}
