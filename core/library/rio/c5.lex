# C.5 Trafficking and the sexual exploitation of children and adolescents (7 bullets).
# "we call on States, where appropriate with the support of UN agencies, NGOs, the private
# sector, academia, children and young people and other relevant actors to": "where
# appropriate" qualifies the support of the others, not the States' duties, so it is not an
# exception to the obligations below. C.5-2 (mobilising communities) is qualitative and not
# encoded (see coverage.tsv).

# "in accordance with obligations under the Palermo Protocol": art. 3(c) (for a child, no
# means need be proven) and 3(d) (a child is any person under 18); exploitation includes sexual
# exploitation (art. 3(a)). Internal trafficking is checked under C.5-4.
obligation child_trafficking_definition {
  title "Clear definition of child trafficking in line with the Palermo Protocol"
  cite "C.5-1"
  group "C.5"
  text "Adopt a clear definition of child trafficking in accordance with obligations under the Palermo Protocol and other relevant international instruments and standards, and take into consideration the OHCHR Principles and Guidelines on the Trafficking of Human Beings (including children)"
  require definitions.child_trafficking.defined
      and covers_all_children(definitions.child_trafficking)
      and definitions.child_trafficking.means_not_required
      and definitions.child_trafficking.covers_sexual_exploitation
  partial when definitions.child_trafficking.defined
}

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

obligation community_rehab_trafficking {
  title "Community-based rehabilitation and reintegration programmes for child victims of trafficking"
  cite "C.5-3"
  group "C.5"
  text "Pilot and adapt or replicate successful models of community-based rehabilitation and reintegration programmes for child victims of trafficking"
  require services.trafficked_children.community_based_reintegration
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

obligation internal_and_crossborder_policy_repatriation_sop {
  title "Policies on internal and cross-border child trafficking, with a standard operating procedure for safe repatriation based on a needs and risk assessment"
  cite "C.5-4"
  group "C.5"
  text "Establish policies and programmes that address not only cross-border but also internal trafficking of children and that include, among other elements, a standard operating procedure for the safe repatriation and return of children based on a careful assessment of the needs and risks to the child of returning to her/his place of origin to ensure that the best interests of the child are taken into account"
  require policy.trafficking.covers_cross_border
      and policy.trafficking.covers_internal
      and victims.repatriation_sop.exists
      and victims.repatriation_sop.needs_and_risk_assessment
  partial when policy.trafficking.covers_cross_border
      or policy.trafficking.covers_internal
      or victims.repatriation_sop.exists
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

# "for example by establishing coordinating units": a unit with a mandate to issue the two kinds
# of guidelines suffices; so do the guidelines themselves, issued by another body. A unit
# without that mandate, or only one kind of guideline, is partial. The strengthening of
# cooperation as such is not decidable from a profile.
obligation le_coordination_units_victim_guidelines {
  title "Law enforcement cooperation on child trafficking: guidelines on investigation and on treating trafficked children as victims"
  cite "C.5-5"
  group "C.5"
  text "Continue strengthening cross-border and internal cooperation of law enforcement officials, for example by establishing coordinating units with a mandate to issue clear guidelines for investigation of cases of trafficking of children and for treating trafficked children not as criminals but as victims in need of protection"
  require institutions.trafficking_coordination_unit.exists and institutions.trafficking_coordination_unit.issues_guidelines
      or policy.trafficking.investigation_guidelines and policy.trafficking.victim_treatment_guidelines
  partial when institutions.trafficking_coordination_unit.exists
      or policy.trafficking.investigation_guidelines
      or policy.trafficking.victim_treatment_guidelines
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

# C.5-6 holds three duties ("that a guardian is appointed …, that an effective system of
# registration … is established, and that every trafficked child is provided with …"); each is
# an obligation with the cite C.5-6.
#
# "WITHOUT DELAY". The Pact gives no number. This library reads it as a legal duty to appoint
# the guardian within at most 3 days of the child's identification as an unaccompanied
# trafficked child (guardian_appointment_max_days; 0 = immediately). A duty to appoint with no
# time limit, or a longer one, is partial. The threshold is a project reading, not a figure of
# the Pact: change it here if a different one is adopted.
define guardian_appointment_max_days = 3

obligation guardian_for_unaccompanied_trafficked_child {
  title "Guardian appointed without delay for every unaccompanied trafficked child"
  cite "C.5-6"
  group "C.5"
  text "Take legislative and other measures to ensure that a guardian is appointed without delay for every unaccompanied trafficked child"
  require victims.unaccompanied_trafficked_children.guardian_required_by_law
      and victims.unaccompanied_trafficked_children.guardian_time_limit_in_law
      and victims.unaccompanied_trafficked_children.guardian_time_limit_days <= guardian_appointment_max_days
  partial when victims.unaccompanied_trafficked_children.guardian_required_by_law
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

obligation trafficked_children_registration {
  title "Effective system of registration and documentation of all trafficked children"
  cite "C.5-6"
  group "C.5"
  text "that an effective system of registration and documentation of all trafficked children is established"
  require data.trafficked_children_registration.exists
      and data.trafficked_children_registration.covers_all_trafficked_children
  partial when data.trafficked_children_registration.exists
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

obligation trafficked_children_recovery_support {
  title "Short-term protection and long-term economic and psycho-social support for every trafficked child"
  cite "C.5-6"
  group "C.5"
  text "and that every trafficked child is provided with not only short-term protection but also with the necessary economic and psycho-social support for full and long-lasting recovery and social reintegration"
  require services.trafficked_children.short_term_protection
      and services.trafficked_children.economic_support
      and services.trafficked_children.psychosocial_support
      and services.trafficked_children.long_term_reintegration
  partial when services.trafficked_children.short_term_protection
      or services.trafficked_children.economic_support
      or services.trafficked_children.psychosocial_support
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

# The laws named ("for example laws on marriage, adoption and migration, …") illustrate the
# legislation to review; any review of conducive legislation counts.
obligation evaluate_programmes_and_conducive_laws {
  title "Regular evaluation, with civil society and children, of anti-trafficking programmes and policies and of conducive legislation"
  cite "C.5-7"
  group "C.5"
  text "Undertake and/or support, with the involvement of civil society and children, the regular evaluation of programmes and policies to prevent and stop the trafficking of children and of legislation that may have a conducive impact on trafficking, for example laws on marriage, adoption and migration, birth registration, accordance of citizenship, refugee or other status."
  require policy.trafficking.evaluation.regular
      and policy.trafficking.evaluation.involves_civil_society
      and policy.trafficking.evaluation.involves_children
      and policy.trafficking.evaluation.conducive_laws_reviewed
  partial when policy.trafficking.evaluation.regular
      or policy.trafficking.evaluation.conducive_laws_reviewed
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
