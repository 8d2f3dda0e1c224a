# C.2 Child pornography/child abuse images (11 bullets).
# Addressed to "States, UN agencies, NGOs, the private sector, academia, children and young
# people and other relevant actors"; the obligations below are the States' part. Footnote 3 of
# the Pact treats 'child abuse images' and 'child pornography' as the same thing; the profile
# calls it child sexual abuse material (csam). C.2-8 (incentives for image-tracing technology)
# and C.2-9 (public/private partnership for investigative technology) are qualitative and not
# encoded (see coverage.tsv).

# =============================================================================================
# C.2-1 and C.2-2: definition and offences
# =============================================================================================

# "International standards": OPSC art. 2(c) ("any representation, by whatever means, of a child
# engaged in real or simulated explicit sexual activities or any representation of the sexual
# parts of a child for primarily sexual purposes") and a child being every person under 18.
obligation csam_definition {
  title "Clear legal definition of child pornography (child sexual abuse material)"
  cite "C.2-1"
  group "C.2"
  text "Adopt a clear definition of child pornography in accordance with international standards."
  indicator "icmec:2"
  indicator "lanzarote:20"
  indicator "ots:4.4.2"
  in each jurisdiction
  require definitions.csam.defined
      and covers_all_children(definitions.csam)
      and definitions.csam.covers_real_or_simulated_sexual_activity
      and definitions.csam.covers_sexual_parts_for_sexual_purposes
  partial when definitions.csam.defined
}

# C.2-2 lists several distinct duties; each is an obligation with the cite C.2-2.
obligation csam_production_distribution {
  title "Production and distribution of child pornography criminalized"
  cite "C.2-2"
  group "C.2"
  text "Criminalize the production, distribution … of child pornography"
  indicator "icmec:1"
  indicator "lanzarote:20"
  indicator "ots:4.4.2"
  in each jurisdiction
  require offences.csam.production_criminalized and offences.csam.distribution_criminalized
  partial when offences.csam.production_criminalized or offences.csam.distribution_criminalized
}

obligation csam_receipt_possession {
  title "Receipt and simple possession of child pornography criminalized"
  cite "C.2-2"
  group "C.2"
  text "Criminalize the production, distribution, receipt and possession of child pornography"
  indicator "icmec:4"
  indicator "lanzarote:20"
  indicator "ots:4.4.2"
  in each jurisdiction
  require offences.csam.receipt_criminalized and offences.csam.simple_possession_criminalized
  partial when offences.csam.receipt_criminalized
      or offences.csam.simple_possession_criminalized
      or offences.csam.possession_with_intent_to_distribute_criminalized
}

obligation csam_access_viewing {
  title "Consumption, access and viewing of child pornography criminalized"
  cite "C.2-2"
  group "C.2"
  text "as well as the consumption, access and viewing of such materials where there has been no physical contact"
  indicator "lanzarote:20"
  in each jurisdiction
  require offences.csam.accessing_criminalized and offences.csam.viewing_criminalized
  partial when offences.csam.accessing_criminalized or offences.csam.viewing_criminalized
}

obligation csam_virtual_representations {
  title "Offences cover virtual images and sexually exploitative representations of children"
  cite "C.2-2"
  group "C.2"
  text "including virtual images and the sexually exploitative representation of children"
  indicator "lanzarote:20"
  in each jurisdiction
  require offences.csam.criminalized
      and definitions.csam.covers_virtual_images
      and definitions.csam.covers_sexually_exploitative_representations
  partial when offences.csam.criminalized
      and (definitions.csam.covers_virtual_images or definitions.csam.covers_sexually_exploitative_representations)
}

# Any form of liability (criminal, civil or administrative) counts: the text says "legal
# liability".
obligation csam_corporate_liability {
  title "Legal liability of corporations and companies for child pornography"
  cite "C.2-2"
  group "C.2"
  text "extending legal liability to entities such as corporations and companies in case of responsibility for or involvement in the production and/or dissemination of such materials"
  indicator "lanzarote:26"
  in each jurisdiction
  require offences.csam.legal_person_liability.exists
}

# =============================================================================================
# C.2-3: technology-facilitated offences, grooming, victim identification
# =============================================================================================

# The "specific and targeted actions" checked are the legal and institutional ones: offences
# that expressly reach technology-facilitated child pornography, a grooming offence covering
# grooming through the Internet and for online as well as off-line abuse, and specialised
# victim identification ("should be made a high priority").
obligation csam_tech_facilitated_and_grooming {
  title "Technology-facilitated child pornography and grooming for online and off-line abuse addressed; victim identification by specialised staff"
  cite "C.2-3"
  group "C.2"
  text "Undertake specific and targeted actions to prevent and stop child pornography and the use of the Internet and new technologies for the grooming of children into online and off-line abuse and for the production and dissemination of child pornography and other materials. Victim identification and support and care by specialized staff should be made a high priority"
  indicator "icmec:3"
  indicator "lanzarote:23"
  indicator "ots:4.4.1"
  indicator "ots:4.4.2"
  require offences.csam.technology_facilitated
      and offences.grooming.criminalized
      and offences.grooming.online_covered
      and offences.grooming.covers_online_abuse
      and institutions.victim_identification_unit.exists
  partial when offences.csam.technology_facilitated
      or offences.grooming.criminalized
      or institutions.victim_identification_unit.exists
}

# =============================================================================================
# C.2-4 and C.2-5: awareness and education
# =============================================================================================

obligation awareness_online_risks {
  title "Education and awareness on online risks for children, parents and teachers, with help and reporting information and effectiveness indicators"
  cite "C.2-4"
  group "C.2"
  text "Conduct educational and awareness-raising actions focusing on children, parents, teachers, youth organizations and others working with and for children with a view to improving understanding of the risks of sexually exploitative use of the Internet, mobile telephones and other technologies, such actions to include information for children on how to protect themselves, get help and report incidences of child pornography and online exploitation, and indicators and evaluations to identify the effectiveness of such programmes"
  indicator "lanzarote:6"
  indicator "lanzarote:8"
  require policy.online_safety_awareness.exists
      and policy.online_safety_awareness.targets_children
      and policy.online_safety_awareness.targets_parents_and_teachers
      and policy.online_safety_awareness.includes_help_and_reporting_information
      and policy.online_safety_awareness.effectiveness_indicators
  partial when policy.online_safety_awareness.exists
}

# The curriculum is the checkable part; promotion "through youth organizations and at official
# meeting points for children" is recorded (education.online_safety_through_youth_organizations)
# but not required.
obligation online_safety_curriculum {
  title "Online safety on the school curriculum"
  cite "C.2-5"
  group "C.2"
  text "Put online safety on the curriculum in schools, and promote it through youth organizations and at official meeting points for children"
  indicator "lanzarote:6"
  require education.online_safety_in_curriculum
}

# =============================================================================================
# C.2-6 and C.2-7: industry
# =============================================================================================

# The actors named (ISPs, mobile phone companies, search engines) must be required by law both
# to report and to remove; "other relevant actors" is open-ended and not checked. Indicators to
# monitor results are part of the bullet. A duty on ISPs alone is partial.
obligation isp_report_and_remove {
  title "Legal duty of Internet service providers, mobile phone companies and search engines to report and remove child pornography"
  cite "C.2-6"
  group "C.2"
  text "Take the necessary legislative measures to require Internet service providers, mobile phone companies, search engines and other relevant actors to report and remove child pornography websites and child sexual abuse images, and develop indicators to monitor results and enhance efforts."
  indicator "icmec:5"
  indicator "ots:4.4.3"
  require industry.reporting_duty.isps
      and industry.reporting_duty.mobile_operators
      and industry.reporting_duty.search_engines
      and industry.removal_duty.isps
      and industry.removal_duty.mobile_operators
      and industry.removal_duty.search_engines
      and industry.monitoring_indicators
  partial when industry.reporting_duty.isps or industry.removal_duty.isps
}

# "with the meaningful participation of parents, children and adolescents" is how the codes
# must be developed: support for codes made without it is partial.
obligation industry_codes {
  title "Support for voluntary industry codes of conduct, and legal tools enabling child protection measures"
  cite "C.2-7"
  group "C.2"
  text "Encourage and support Internet service providers, mobile phone companies, Internet cafes and other relevant actors to develop and implement, with the meaningful participation of parents, children and adolescents, voluntary Codes of Conduct and other corporate social responsibility mechanisms and develop legal tools for enabling the adoption of child protection measures in these businesses."
  indicator "lanzarote:9"
  require industry.codes_of_conduct.state_support
      and industry.codes_of_conduct.participation_of_parents_and_children
      and industry.legal_tools_for_child_protection_measures
  partial when industry.codes_of_conduct.state_support
      or industry.legal_tools_for_child_protection_measures
}

# =============================================================================================
# C.2-10 and C.2-11: demand reduction, hotlines
# =============================================================================================

obligation demand_reduction_messaging {
  title "Messages on the law for potential users of child abuse images; programmes to reduce demand"
  cite "C.2-10"
  group "C.2"
  text "Develop and disseminate messages informing potential users of legislation on viewing child abuse images and develop programmes to reduce the demand for such images"
  indicator "lanzarote:7"
  indicator "lanzarote:8"
  require policy.csam_demand_reduction.deterrence_messages
      and policy.csam_demand_reduction.programmes
  partial when policy.csam_demand_reduction.deterrence_messages
      or policy.csam_demand_reduction.programmes
}

# "moving where possible towards harmonized numbers and URLs" is qualified by "where possible"
# and not required. The duty is the State's ("Encourage and support"): a hotline run without
# any State support is not a State measure and earns no partial; a supported hotline children
# cannot use is partial.
obligation online_hotlines {
  title "State support for hotlines where the public, including children, can report online sexual exploitation"
  cite "C.2-11"
  group "C.2"
  text "Encourage and support telephone and online hotlines to enable the public, including children, to report the sexual exploitation of children and adolescents online"
  indicator "lanzarote:12"
  indicator "lanzarote:13"
  require reporting.online_hotline.exists
      and reporting.online_hotline.state_supported
      and reporting.online_hotline.accessible_to_children
  partial when reporting.online_hotline.exists and reporting.online_hotline.state_supported
}
