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
  require definitions.csam.defined
      and covers_all_children(definitions.csam)
      and definitions.csam.covers_real_or_simulated_sexual_activity
      and definitions.csam.covers_sexual_parts_for_sexual_purposes
  partial when definitions.csam.defined
}

test "csam_definition: OPSC-conform definition" {
  as_of 2024-01-01
  profile {
    definitions: {
      csam: {
        defined: true,
        legal_ref: "Penal Code art. 240(4)",
        child_age_threshold: 18,
        covers_real_or_simulated_sexual_activity: true,
        covers_sexual_parts_for_sexual_purposes: true
      }
    }
  }
  expect csam_definition met
}

test "csam_definition: definition stops at 16" {
  as_of 2024-01-01
  profile {
    definitions: {
      csam: {
        defined: true,
        child_age_threshold: 16,
        covers_real_or_simulated_sexual_activity: true,
        covers_sexual_parts_for_sexual_purposes: true
      }
    }
  }
  expect csam_definition partially_met
}

test "csam_definition: no definition" {
  as_of 2024-01-01
  profile { definitions: { csam: { defined: false } } }
  expect csam_definition not_met
}

test "csam_definition: threshold unknown" {
  as_of 2024-01-01
  profile {
    definitions: {
      csam: {
        defined: true,
        covers_real_or_simulated_sexual_activity: true,
        covers_sexual_parts_for_sexual_purposes: true
      }
    }
  }
  expect csam_definition unknown
}

# C.2-2 lists several distinct duties; each is an obligation with the cite C.2-2.
obligation csam_production_distribution {
  title "Production and distribution of child pornography criminalized"
  cite "C.2-2"
  group "C.2"
  text "Criminalize the production, distribution … of child pornography"
  require offences.csam.production_criminalized and offences.csam.distribution_criminalized
  partial when offences.csam.production_criminalized or offences.csam.distribution_criminalized
}

test "csam_production_distribution: both" {
  as_of 2024-01-01
  profile { offences: { csam: { production_criminalized: true, distribution_criminalized: true } } }
  expect csam_production_distribution met
}

test "csam_production_distribution: production only" {
  as_of 2024-01-01
  profile {
    offences: { csam: { production_criminalized: true, distribution_criminalized: false } }
  }
  expect csam_production_distribution partially_met
}

test "csam_production_distribution: neither" {
  as_of 2024-01-01
  profile {
    offences: { csam: { production_criminalized: false, distribution_criminalized: false } }
  }
  expect csam_production_distribution not_met
}

obligation csam_receipt_possession {
  title "Receipt and simple possession of child pornography criminalized"
  cite "C.2-2"
  group "C.2"
  text "Criminalize the production, distribution, receipt and possession of child pornography"
  require offences.csam.receipt_criminalized and offences.csam.simple_possession_criminalized
  partial when offences.csam.receipt_criminalized
      or offences.csam.simple_possession_criminalized
      or offences.csam.possession_with_intent_to_distribute_criminalized
}

test "csam_receipt_possession: receipt and simple possession" {
  as_of 2024-01-01
  profile {
    offences: { csam: { receipt_criminalized: true, simple_possession_criminalized: true } }
  }
  expect csam_receipt_possession met
}

test "csam_receipt_possession: possession only with intent to distribute" {
  as_of 2024-01-01
  profile {
    offences: {
      csam: {
        receipt_criminalized: false,
        simple_possession_criminalized: false,
        possession_with_intent_to_distribute_criminalized: true
      }
    }
  }
  expect csam_receipt_possession partially_met
}

test "csam_receipt_possession: possession lawful" {
  as_of 2024-01-01
  profile {
    offences: {
      csam: {
        receipt_criminalized: false,
        simple_possession_criminalized: false,
        possession_with_intent_to_distribute_criminalized: false
      }
    }
  }
  expect csam_receipt_possession not_met
}

test "csam_receipt_possession: receipt unknown" {
  as_of 2024-01-01
  profile { offences: { csam: { simple_possession_criminalized: true } } }
  expect csam_receipt_possession unknown
}

obligation csam_access_viewing {
  title "Consumption, access and viewing of child pornography criminalized"
  cite "C.2-2"
  group "C.2"
  text "as well as the consumption, access and viewing of such materials where there has been no physical contact"
  require offences.csam.accessing_criminalized and offences.csam.viewing_criminalized
  partial when offences.csam.accessing_criminalized or offences.csam.viewing_criminalized
}

test "csam_access_viewing: both" {
  as_of 2024-01-01
  profile { offences: { csam: { accessing_criminalized: true, viewing_criminalized: true } } }
  expect csam_access_viewing met
}

test "csam_access_viewing: access but not viewing by streaming" {
  as_of 2024-01-01
  profile { offences: { csam: { accessing_criminalized: true, viewing_criminalized: false } } }
  expect csam_access_viewing partially_met
}

test "csam_access_viewing: neither" {
  as_of 2024-01-01
  profile { offences: { csam: { accessing_criminalized: false, viewing_criminalized: false } } }
  expect csam_access_viewing not_met
}

obligation csam_virtual_representations {
  title "Offences cover virtual images and sexually exploitative representations of children"
  cite "C.2-2"
  group "C.2"
  text "including virtual images and the sexually exploitative representation of children"
  require offences.csam.criminalized
      and definitions.csam.covers_virtual_images
      and definitions.csam.covers_sexually_exploitative_representations
  partial when offences.csam.criminalized
      and (definitions.csam.covers_virtual_images or definitions.csam.covers_sexually_exploitative_representations)
}

test "csam_virtual_representations: both covered" {
  as_of 2024-01-01
  profile {
    offences: { csam: { criminalized: true } },
    definitions: {
      csam: { covers_virtual_images: true, covers_sexually_exploitative_representations: true }
    }
  }
  expect csam_virtual_representations met
}

test "csam_virtual_representations: virtual images only" {
  as_of 2024-01-01
  profile {
    offences: { csam: { criminalized: true } },
    definitions: {
      csam: { covers_virtual_images: true, covers_sexually_exploitative_representations: false }
    }
  }
  expect csam_virtual_representations partially_met
}

test "csam_virtual_representations: real children only" {
  as_of 2024-01-01
  profile {
    offences: { csam: { criminalized: true } },
    definitions: {
      csam: { covers_virtual_images: false, covers_sexually_exploitative_representations: false }
    }
  }
  expect csam_virtual_representations not_met
}

# Any form of liability (criminal, civil or administrative) counts: the text says "legal
# liability".
obligation csam_corporate_liability {
  title "Legal liability of corporations and companies for child pornography"
  cite "C.2-2"
  group "C.2"
  text "extending legal liability to entities such as corporations and companies in case of responsibility for or involvement in the production and/or dissemination of such materials"
  require offences.csam.legal_person_liability.exists
}

test "csam_corporate_liability: administrative liability" {
  as_of 2024-01-01
  profile {
    offences: { csam: { legal_person_liability: { exists: true, type: "administrative" } } }
  }
  expect csam_corporate_liability met
}

test "csam_corporate_liability: none" {
  as_of 2024-01-01
  profile { offences: { csam: { legal_person_liability: { exists: false } } } }
  expect csam_corporate_liability not_met
}

test "csam_corporate_liability: not assessed" {
  as_of 2024-01-01
  profile { offences: { csam: { legal_person_liability: { exists: { status: "not_assessed" } } } } }
  expect csam_corporate_liability unknown
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
  require offences.csam.technology_facilitated
      and offences.grooming.criminalized
      and offences.grooming.online_covered
      and offences.grooming.covers_online_abuse
      and institutions.victim_identification_unit.exists
  partial when offences.csam.technology_facilitated
      or offences.grooming.criminalized
      or institutions.victim_identification_unit.exists
}

test "csam_tech_facilitated_and_grooming: all elements" {
  as_of 2024-01-01
  profile {
    offences: {
      csam: { technology_facilitated: true },
      grooming: { criminalized: true, online_covered: true, covers_online_abuse: true }
    },
    institutions: { victim_identification_unit: { exists: true } }
  }
  expect csam_tech_facilitated_and_grooming met
}

test "csam_tech_facilitated_and_grooming: grooming only for a physical meeting" {
  as_of 2024-01-01
  profile {
    offences: {
      csam: { technology_facilitated: true },
      grooming: { criminalized: true, online_covered: true, covers_online_abuse: false }
    },
    institutions: { victim_identification_unit: { exists: true } }
  }
  expect csam_tech_facilitated_and_grooming partially_met
}

test "csam_tech_facilitated_and_grooming: nothing" {
  as_of 2024-01-01
  profile {
    offences: { csam: { technology_facilitated: false }, grooming: { criminalized: false } },
    institutions: { victim_identification_unit: { exists: false } }
  }
  expect csam_tech_facilitated_and_grooming not_met
}

# =============================================================================================
# C.2-4 and C.2-5: awareness and education
# =============================================================================================

obligation awareness_online_risks {
  title "Education and awareness on online risks for children, parents and teachers, with help and reporting information and effectiveness indicators"
  cite "C.2-4"
  group "C.2"
  text "Conduct educational and awareness-raising actions focusing on children, parents, teachers, youth organizations and others working with and for children with a view to improving understanding of the risks of sexually exploitative use of the Internet, mobile telephones and other technologies, such actions to include information for children on how to protect themselves, get help and report incidences of child pornography and online exploitation, and indicators and evaluations to identify the effectiveness of such programmes"
  require policy.online_safety_awareness.exists
      and policy.online_safety_awareness.targets_children
      and policy.online_safety_awareness.targets_parents_and_teachers
      and policy.online_safety_awareness.includes_help_and_reporting_information
      and policy.online_safety_awareness.effectiveness_indicators
  partial when policy.online_safety_awareness.exists
}

test "awareness_online_risks: complete" {
  as_of 2024-01-01
  profile {
    policy: {
      online_safety_awareness: {
        exists: true,
        targets_children: true,
        targets_parents_and_teachers: true,
        includes_help_and_reporting_information: true,
        effectiveness_indicators: true
      }
    }
  }
  expect awareness_online_risks met
}

test "awareness_online_risks: not evaluated" {
  as_of 2024-01-01
  profile {
    policy: {
      online_safety_awareness: {
        exists: true,
        targets_children: true,
        targets_parents_and_teachers: true,
        includes_help_and_reporting_information: true,
        effectiveness_indicators: false
      }
    }
  }
  expect awareness_online_risks partially_met
}

test "awareness_online_risks: none" {
  as_of 2024-01-01
  profile { policy: { online_safety_awareness: { exists: false } } }
  expect awareness_online_risks not_met
}

# The curriculum is the checkable part; promotion "through youth organizations and at official
# meeting points for children" is recorded (education.online_safety_through_youth_organizations)
# but not required.
obligation online_safety_curriculum {
  title "Online safety on the school curriculum"
  cite "C.2-5"
  group "C.2"
  text "Put online safety on the curriculum in schools, and promote it through youth organizations and at official meeting points for children"
  require education.online_safety_in_curriculum
}

test "online_safety_curriculum: in the curriculum" {
  as_of 2024-01-01
  profile {
    education: { online_safety_in_curriculum: true, online_safety_curriculum_mandatory: true }
  }
  expect online_safety_curriculum met
}

test "online_safety_curriculum: not in the curriculum" {
  as_of 2024-01-01
  profile {
    education: {
      online_safety_in_curriculum: false,
      online_safety_through_youth_organizations: true
    }
  }
  expect online_safety_curriculum not_met
}

test "online_safety_curriculum: unknown" {
  as_of 2024-01-01
  profile { education: { online_safety_through_youth_organizations: true } }
  expect online_safety_curriculum unknown
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
  require industry.reporting_duty.isps
      and industry.reporting_duty.mobile_operators
      and industry.reporting_duty.search_engines
      and industry.removal_duty.isps
      and industry.removal_duty.mobile_operators
      and industry.removal_duty.search_engines
      and industry.monitoring_indicators
  partial when industry.reporting_duty.isps or industry.removal_duty.isps
}

test "isp_report_and_remove: all actors, both duties, indicators" {
  as_of 2024-01-01
  profile {
    industry: {
      reporting_duty: {
        isps: true,
        mobile_operators: true,
        search_engines: true,
        recipient: "law_enforcement"
      },
      removal_duty: { isps: true, mobile_operators: true, search_engines: true },
      monitoring_indicators: true
    }
  }
  expect isp_report_and_remove met
}

test "isp_report_and_remove: ISPs must report, nothing else" {
  as_of 2024-01-01
  profile {
    industry: {
      reporting_duty: {
        isps: true,
        mobile_operators: false,
        search_engines: false,
        recipient: "other_mandated_agency"
      },
      removal_duty: { isps: false, mobile_operators: false, search_engines: false },
      monitoring_indicators: false
    }
  }
  expect isp_report_and_remove partially_met
}

test "isp_report_and_remove: no duties" {
  as_of 2024-01-01
  profile {
    industry: {
      reporting_duty: { isps: false, mobile_operators: false, search_engines: false },
      removal_duty: { isps: false, mobile_operators: false, search_engines: false }
    }
  }
  expect isp_report_and_remove not_met
}

test "isp_report_and_remove: search engines unknown" {
  as_of 2024-01-01
  profile {
    industry: {
      reporting_duty: { isps: true, mobile_operators: true },
      removal_duty: { isps: true, mobile_operators: true },
      monitoring_indicators: true
    }
  }
  expect isp_report_and_remove unknown
}

obligation industry_codes {
  title "Support for voluntary industry codes of conduct, and legal tools enabling child protection measures"
  cite "C.2-7"
  group "C.2"
  text "Encourage and support Internet service providers, mobile phone companies, Internet cafes and other relevant actors to develop and implement, with the meaningful participation of parents, children and adolescents, voluntary Codes of Conduct and other corporate social responsibility mechanisms and develop legal tools for enabling the adoption of child protection measures in these businesses."
  require industry.codes_of_conduct.state_support
      and industry.legal_tools_for_child_protection_measures
  partial when industry.codes_of_conduct.state_support
      or industry.legal_tools_for_child_protection_measures
}

test "industry_codes: support and legal tools" {
  as_of 2024-01-01
  profile {
    industry: {
      codes_of_conduct: { state_support: true, participation_of_parents_and_children: true },
      legal_tools_for_child_protection_measures: true
    }
  }
  expect industry_codes met
}

test "industry_codes: support without legal tools" {
  as_of 2024-01-01
  profile {
    industry: {
      codes_of_conduct: { state_support: true },
      legal_tools_for_child_protection_measures: false
    }
  }
  expect industry_codes partially_met
}

test "industry_codes: none" {
  as_of 2024-01-01
  profile {
    industry: {
      codes_of_conduct: { state_support: false },
      legal_tools_for_child_protection_measures: false
    }
  }
  expect industry_codes not_met
}

# =============================================================================================
# C.2-10 and C.2-11: demand reduction, hotlines
# =============================================================================================

obligation demand_reduction_messaging {
  title "Messages on the law for potential users of child abuse images; programmes to reduce demand"
  cite "C.2-10"
  group "C.2"
  text "Develop and disseminate messages informing potential users of legislation on viewing child abuse images and develop programmes to reduce the demand for such images"
  require policy.csam_demand_reduction.deterrence_messages
      and policy.csam_demand_reduction.programmes
  partial when policy.csam_demand_reduction.deterrence_messages
      or policy.csam_demand_reduction.programmes
}

test "demand_reduction_messaging: messages and programmes" {
  as_of 2024-01-01
  profile { policy: { csam_demand_reduction: { deterrence_messages: true, programmes: true } } }
  expect demand_reduction_messaging met
}

test "demand_reduction_messaging: warning pages only" {
  as_of 2024-01-01
  profile { policy: { csam_demand_reduction: { deterrence_messages: true, programmes: false } } }
  expect demand_reduction_messaging partially_met
}

test "demand_reduction_messaging: none" {
  as_of 2024-01-01
  profile { policy: { csam_demand_reduction: { deterrence_messages: false, programmes: false } } }
  expect demand_reduction_messaging not_met
}

# "moving where possible towards harmonized numbers and URLs" is qualified by "where possible"
# and not required.
obligation online_hotlines {
  title "State support for hotlines where the public, including children, can report online sexual exploitation"
  cite "C.2-11"
  group "C.2"
  text "Encourage and support telephone and online hotlines to enable the public, including children, to report the sexual exploitation of children and adolescents online"
  require reporting.online_hotline.exists
      and reporting.online_hotline.state_supported
      and reporting.online_hotline.accessible_to_children
  partial when reporting.online_hotline.exists
}

test "online_hotlines: supported hotline open to children" {
  as_of 2024-01-01
  profile {
    reporting: {
      online_hotline: {
        exists: true,
        state_supported: true,
        accessible_to_children: true,
        inhope_member: true
      }
    }
  }
  expect online_hotlines met
}

test "online_hotlines: hotline without State support" {
  as_of 2024-01-01
  profile {
    reporting: {
      online_hotline: { exists: true, state_supported: false, accessible_to_children: true }
    }
  }
  expect online_hotlines partially_met
}

test "online_hotlines: none" {
  as_of 2024-01-01
  profile { reporting: { online_hotline: { exists: false } } }
  expect online_hotlines not_met
}
