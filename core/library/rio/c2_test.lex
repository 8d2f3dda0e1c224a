# The tests of the obligations in c2.lex (`lexpact test --library rio`).

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

test "online_hotlines: supported hotline children cannot use" {
  as_of 2024-01-01
  profile {
    reporting: {
      online_hotline: { exists: true, state_supported: true, accessible_to_children: false }
    }
  }
  expect online_hotlines partially_met
}

test "online_hotlines: none" {
  as_of 2024-01-01
  profile { reporting: { online_hotline: { exists: false } } }
  expect online_hotlines not_met
}

# Gap (issue 17): C.2-7's "with the meaningful participation of parents, children and
# adolescents" was dropped.
test "gap_c2_7_industry_codes_need_participation_of_parents_and_children" {
  as_of 2024-01-01
  profile {
    industry: {
      codes_of_conduct: { state_support: true, participation_of_parents_and_children: false },
      legal_tools_for_child_protection_measures: true
    }
  }
  expect industry_codes partially_met
}

# Defect 13 (issue 17): a hotline the State does not support is no State measure.
test "defect_13_hotline_without_state_support_is_not_partial" {
  as_of 2024-01-01
  profile {
    reporting: {
      online_hotline: { exists: true, state_supported: false, accessible_to_children: true }
    }
  }
  expect online_hotlines not_met
}

# Defect 13 (issue 17): C.2-2 is five obligations but one bullet. With C.2-2 met and C.2-1 not,
# the summaries count five obligations met but one bullet met, beside one bullet not met.
test "defect_13_a_split_bullet_counts_once" {
  as_of 2024-01-01
  profile {
    definitions: {
      csam: {
        defined: false,
        covers_virtual_images: true,
        covers_sexually_exploitative_representations: true
      }
    },
    offences: {
      csam: {
        criminalized: true,
        production_criminalized: true,
        distribution_criminalized: true,
        receipt_criminalized: true,
        simple_possession_criminalized: true,
        accessing_criminalized: true,
        viewing_criminalized: true,
        legal_person_liability: { exists: true }
      }
    }
  }
  expect csam_definition not_met
  expect 5 obligations met in "C.2"
  expect 1 bullet met in "C.2"
  expect 1 bullet not_met in "C.2"
}

# The crosswalk (issue 17): the report carries each obligation's indicators, those of its own
# duty only (criterion 2 of ICMEC is the definition, C.2-1).
test "crosswalk_csam_production_carries_its_indicators" {
  as_of 2024-01-01
  profile {}
  expect csam_production_distribution indicator "icmec:1"
  expect csam_production_distribution indicator "lanzarote:20"
  expect csam_production_distribution not indicator "icmec:2"
  expect csam_definition indicator "icmec:2"
}

# The crosswalk to the Out of the Shadows Index (issue 17): the three sub-indicators of its
# indicator 4.4, laws against online child sexual violence, each on the obligations whose duty
# it scores, and not on the offline offences beside them.
test "crosswalk_online_offences_carry_out_of_the_shadows_sub_indicators" {
  as_of 2024-01-01
  profile {}
  expect csam_tech_facilitated_and_grooming indicator "ots:4.4.1"
  expect csam_tech_facilitated_and_grooming indicator "ots:4.4.2"
  expect csam_definition indicator "ots:4.4.2"
  expect csam_receipt_possession indicator "ots:4.4.2"
  expect isp_report_and_remove indicator "ots:4.4.3"
  expect isp_report_and_remove not indicator "ots:4.4.2"
  expect csam_access_viewing not indicator "ots:4.4.2"
}
