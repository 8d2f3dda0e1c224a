# The tests of the obligations in c5.lex (`lexpact test --library rio`).

test "child_trafficking_definition: Palermo-conform" {
  as_of 2024-01-01
  profile {
    definitions: {
      child_trafficking: {
        defined: true,
        legal_ref: "Anti-Trafficking Act 2005, s. 2",
        child_age_threshold: 18,
        means_not_required: true,
        covers_sexual_exploitation: true,
        covers_internal_trafficking: true
      }
    }
  }
  expect child_trafficking_definition met
}

test "child_trafficking_definition: means required for children" {
  as_of 2024-01-01
  profile {
    definitions: {
      child_trafficking: {
        defined: true,
        child_age_threshold: 18,
        means_not_required: false,
        covers_sexual_exploitation: true
      }
    }
  }
  expect child_trafficking_definition partially_met
}

test "child_trafficking_definition: no definition" {
  as_of 2024-01-01
  profile { definitions: { child_trafficking: { defined: false } } }
  expect child_trafficking_definition not_met
}

test "child_trafficking_definition: means question not assessed" {
  as_of 2024-01-01
  profile {
    definitions: {
      child_trafficking: {
        defined: true,
        child_age_threshold: 18,
        covers_sexual_exploitation: true
      }
    }
  }
  expect child_trafficking_definition unknown
}

test "community_rehab_trafficking: programmes exist" {
  as_of 2024-01-01
  profile { services: { trafficked_children: { community_based_reintegration: true } } }
  expect community_rehab_trafficking met
}

test "community_rehab_trafficking: none" {
  as_of 2024-01-01
  profile { services: { trafficked_children: { community_based_reintegration: false } } }
  expect community_rehab_trafficking not_met
}

test "internal_and_crossborder_policy_repatriation_sop: complete" {
  as_of 2024-01-01
  profile {
    policy: { trafficking: { covers_cross_border: true, covers_internal: true } },
    victims: {
      repatriation_sop: {
        exists: true,
        needs_and_risk_assessment: true,
        best_interests_determination: true
      }
    }
  }
  expect internal_and_crossborder_policy_repatriation_sop met
}

test "internal_and_crossborder_policy_repatriation_sop: cross-border only" {
  as_of 2024-01-01
  profile {
    policy: { trafficking: { covers_cross_border: true, covers_internal: false } },
    victims: { repatriation_sop: { exists: true, needs_and_risk_assessment: true } }
  }
  expect internal_and_crossborder_policy_repatriation_sop partially_met
}

test "internal_and_crossborder_policy_repatriation_sop: nothing" {
  as_of 2024-01-01
  profile {
    policy: { trafficking: { covers_cross_border: false, covers_internal: false } },
    victims: { repatriation_sop: { exists: false } }
  }
  expect internal_and_crossborder_policy_repatriation_sop not_met
}

test "le_coordination_units_victim_guidelines: unit issuing guidelines" {
  as_of 2024-01-01
  profile {
    institutions: { trafficking_coordination_unit: { exists: true, issues_guidelines: true } }
  }
  expect le_coordination_units_victim_guidelines met
}

test "le_coordination_units_victim_guidelines: guidelines without a unit" {
  as_of 2024-01-01
  profile {
    institutions: { trafficking_coordination_unit: { exists: false } },
    policy: { trafficking: { investigation_guidelines: true, victim_treatment_guidelines: true } }
  }
  expect le_coordination_units_victim_guidelines met
}

test "le_coordination_units_victim_guidelines: investigation guidelines only" {
  as_of 2024-01-01
  profile {
    institutions: { trafficking_coordination_unit: { exists: false } },
    policy: { trafficking: { investigation_guidelines: true, victim_treatment_guidelines: false } }
  }
  expect le_coordination_units_victim_guidelines partially_met
}

test "le_coordination_units_victim_guidelines: nothing" {
  as_of 2024-01-01
  profile {
    institutions: { trafficking_coordination_unit: { exists: false } },
    policy: { trafficking: { investigation_guidelines: false, victim_treatment_guidelines: false } }
  }
  expect le_coordination_units_victim_guidelines not_met
}

test "guardian_for_unaccompanied_trafficked_child: within 24 hours" {
  as_of 2024-01-01
  profile {
    victims: {
      unaccompanied_trafficked_children: {
        guardian_required_by_law: true,
        guardian_time_limit_in_law: true,
        guardian_time_limit_days: 1
      }
    }
  }
  expect guardian_for_unaccompanied_trafficked_child met
}

test "guardian_for_unaccompanied_trafficked_child: immediately" {
  as_of 2024-01-01
  profile {
    victims: {
      unaccompanied_trafficked_children: {
        guardian_required_by_law: true,
        guardian_time_limit_in_law: true,
        guardian_time_limit_days: 0
      }
    }
  }
  expect guardian_for_unaccompanied_trafficked_child met
}

test "guardian_for_unaccompanied_trafficked_child: within 30 days" {
  as_of 2024-01-01
  profile {
    victims: {
      unaccompanied_trafficked_children: {
        guardian_required_by_law: true,
        guardian_time_limit_in_law: true,
        guardian_time_limit_days: 30
      }
    }
  }
  expect guardian_for_unaccompanied_trafficked_child partially_met
}

test "guardian_for_unaccompanied_trafficked_child: no time limit" {
  as_of 2024-01-01
  profile {
    victims: {
      unaccompanied_trafficked_children: {
        guardian_required_by_law: true,
        guardian_time_limit_in_law: false
      }
    }
  }
  expect guardian_for_unaccompanied_trafficked_child partially_met
}

test "guardian_for_unaccompanied_trafficked_child: no guardianship duty" {
  as_of 2024-01-01
  profile { victims: { unaccompanied_trafficked_children: { guardian_required_by_law: false } } }
  expect guardian_for_unaccompanied_trafficked_child not_met
}

test "guardian_for_unaccompanied_trafficked_child: time limit unknown" {
  as_of 2024-01-01
  profile {
    victims: {
      unaccompanied_trafficked_children: {
        guardian_required_by_law: true,
        guardian_time_limit_in_law: true
      }
    }
  }
  expect guardian_for_unaccompanied_trafficked_child unknown
}

test "trafficked_children_registration: all children registered" {
  as_of 2024-01-01
  profile {
    data: {
      trafficked_children_registration: { exists: true, covers_all_trafficked_children: true }
    }
  }
  expect trafficked_children_registration met
}

test "trafficked_children_registration: foreign children only" {
  as_of 2024-01-01
  profile {
    data: {
      trafficked_children_registration: { exists: true, covers_all_trafficked_children: false }
    }
  }
  expect trafficked_children_registration partially_met
}

test "trafficked_children_registration: none" {
  as_of 2024-01-01
  profile { data: { trafficked_children_registration: { exists: false } } }
  expect trafficked_children_registration not_met
}

test "trafficked_children_recovery_support: complete" {
  as_of 2024-01-01
  profile {
    services: {
      trafficked_children: {
        short_term_protection: true,
        economic_support: true,
        psychosocial_support: true,
        long_term_reintegration: true
      }
    }
  }
  expect trafficked_children_recovery_support met
}

test "trafficked_children_recovery_support: shelter only" {
  as_of 2024-01-01
  profile {
    services: {
      trafficked_children: {
        short_term_protection: true,
        economic_support: false,
        psychosocial_support: false,
        long_term_reintegration: false
      }
    }
  }
  expect trafficked_children_recovery_support partially_met
}

test "trafficked_children_recovery_support: none" {
  as_of 2024-01-01
  profile {
    services: {
      trafficked_children: {
        short_term_protection: false,
        economic_support: false,
        psychosocial_support: false,
        long_term_reintegration: false
      }
    }
  }
  expect trafficked_children_recovery_support not_met
}

test "trafficked_children_recovery_support: long-term support unknown" {
  as_of 2024-01-01
  profile {
    services: {
      trafficked_children: {
        short_term_protection: true,
        economic_support: true,
        psychosocial_support: true
      }
    }
  }
  expect trafficked_children_recovery_support unknown
}

test "evaluate_programmes_and_conducive_laws: complete" {
  as_of 2024-01-01
  profile {
    policy: {
      trafficking: {
        evaluation: {
          regular: true,
          involves_civil_society: true,
          involves_children: true,
          conducive_laws_reviewed: true
        }
      }
    }
  }
  expect evaluate_programmes_and_conducive_laws met
}

test "evaluate_programmes_and_conducive_laws: without children" {
  as_of 2024-01-01
  profile {
    policy: {
      trafficking: {
        evaluation: {
          regular: true,
          involves_civil_society: true,
          involves_children: false,
          conducive_laws_reviewed: true
        }
      }
    }
  }
  expect evaluate_programmes_and_conducive_laws partially_met
}

test "evaluate_programmes_and_conducive_laws: none" {
  as_of 2024-01-01
  profile {
    policy: {
      trafficking: {
        evaluation: {
          regular: false,
          involves_civil_society: false,
          involves_children: false,
          conducive_laws_reviewed: false
        }
      }
    }
  }
  expect evaluate_programmes_and_conducive_laws not_met
}

# Defect 11 (issue 17): internal trafficking was not required of the definition.
test "defect_11_trafficking_definition_must_cover_internal_trafficking" {
  as_of 2024-01-01
  profile {
    definitions: {
      child_trafficking: {
        defined: true,
        child_age_threshold: 18,
        means_not_required: true,
        covers_sexual_exploitation: true,
        covers_internal_trafficking: false
      }
    }
  }
  expect child_trafficking_definition partially_met
}

# Defect 12 (issue 17): "without delay" is read by the conventions table (at most 7 days), no
# longer stricter than "immediately".
test "defect_12_without_delay_is_not_stricter_than_immediately" {
  as_of 2024-01-01
  profile {
    victims: {
      unaccompanied_trafficked_children: {
        guardian_required_by_law: true,
        guardian_time_limit_in_law: true,
        guardian_time_limit_days: 5
      }
    }
  }
  expect guardian_for_unaccompanied_trafficked_child met
}

test "defect_12_without_delay_two_weeks_is_too_long" {
  as_of 2024-01-01
  profile {
    victims: {
      unaccompanied_trafficked_children: {
        guardian_required_by_law: true,
        guardian_time_limit_in_law: true,
        guardian_time_limit_days: 14
      }
    }
  }
  expect guardian_for_unaccompanied_trafficked_child partially_met
}

# Gap (issue 17): C.5-4's "to ensure that the best interests of the child are taken into
# account" was dropped.
test "gap_c5_4_repatriation_needs_best_interests_determination" {
  as_of 2024-01-01
  profile {
    policy: { trafficking: { covers_cross_border: true, covers_internal: true } },
    victims: {
      repatriation_sop: {
        exists: true,
        needs_and_risk_assessment: true,
        best_interests_determination: false
      }
    }
  }
  expect internal_and_crossborder_policy_repatriation_sop partially_met
}
