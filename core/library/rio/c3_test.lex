# The tests of the obligations in c3.lex (`lexpact test --library rio`).

test "harmonize_child_prostitution_laws: harmonized" {
  as_of 2024-01-01
  profile {
    definitions: {
      child: { age_threshold: 18, consistent_across_laws: true },
      child_prostitution: { defined: true, child_age_threshold: 18 }
    },
    offences: {
      child_prostitution: {
        offering_criminalized: true,
        obtaining_criminalized: true,
        procuring_criminalized: true,
        providing_criminalized: true
      }
    }
  }
  expect harmonize_child_prostitution_laws met
}

test "harmonize_child_prostitution_laws: labour law still uses 15" {
  as_of 2024-01-01
  profile {
    definitions: {
      child: {
        age_threshold: 18,
        consistent_across_laws: {
          value: false,
          note: "Labour Code art. 2 defines a child as under 15"
        }
      },
      child_prostitution: { defined: true, child_age_threshold: 18 }
    },
    offences: {
      child_prostitution: {
        offering_criminalized: true,
        obtaining_criminalized: true,
        procuring_criminalized: true,
        providing_criminalized: true
      }
    }
  }
  expect harmonize_child_prostitution_laws partially_met
}

test "harmonize_child_prostitution_laws: nothing specific to children" {
  as_of 2024-01-01
  profile {
    definitions: {
      child: { age_threshold: 18, consistent_across_laws: false },
      child_prostitution: { defined: false }
    },
    offences: {
      child_prostitution: {
        offering_criminalized: false,
        obtaining_criminalized: false,
        procuring_criminalized: false,
        providing_criminalized: false
      }
    }
  }
  expect harmonize_child_prostitution_laws not_met
}

test "harmonize_child_prostitution_laws: general definition unknown" {
  as_of 2024-01-01
  profile {
    definitions: { child_prostitution: { defined: true, child_age_threshold: 18 } },
    offences: {
      child_prostitution: {
        offering_criminalized: true,
        obtaining_criminalized: true,
        procuring_criminalized: true,
        providing_criminalized: true
      }
    }
  }
  expect harmonize_child_prostitution_laws unknown
}

test "criminalize_purchase_from_child: any transaction, all under 18" {
  as_of 2024-01-01
  profile {
    offences: {
      child_prostitution: {
        purchase_criminalized: true,
        purchase_covers_any_form_of_transaction: true,
        purchase_child_age_threshold: 18
      }
    },
    definitions: { child_prostitution: { child_age_threshold: 18 } }
  }
  expect criminalize_purchase_from_child met
}

test "criminalize_purchase_from_child: money only" {
  as_of 2024-01-01
  profile {
    offences: {
      child_prostitution: {
        purchase_criminalized: true,
        purchase_covers_any_form_of_transaction: false
      }
    },
    definitions: { child_prostitution: { child_age_threshold: 18 } }
  }
  expect criminalize_purchase_from_child partially_met
}

test "criminalize_purchase_from_child: buyer not punishable" {
  as_of 2024-01-01
  profile { offences: { child_prostitution: { purchase_criminalized: false } } }
  expect criminalize_purchase_from_child not_met
}

test "criminalize_purchase_from_child: scope unknown" {
  as_of 2024-01-01
  profile { offences: { child_prostitution: { purchase_criminalized: true } } }
  expect criminalize_purchase_from_child unknown
}

test "gender_appropriate_programmes: for girls and boys" {
  as_of 2024-01-01
  profile {
    services: {
      children_in_prostitution: {
        programmes_exist: true,
        gender_appropriate: true,
        for_girls: true,
        for_boys: true,
        risk_assessment_prevention_response: true
      }
    }
  }
  expect gender_appropriate_programmes met
}

test "gender_appropriate_programmes: girls only" {
  as_of 2024-01-01
  profile {
    services: {
      children_in_prostitution: {
        programmes_exist: true,
        gender_appropriate: true,
        for_girls: true,
        for_boys: false,
        risk_assessment_prevention_response: true
      }
    }
  }
  expect gender_appropriate_programmes partially_met
}

test "gender_appropriate_programmes: none" {
  as_of 2024-01-01
  profile { services: { children_in_prostitution: { programmes_exist: false } } }
  expect gender_appropriate_programmes not_met
}

test "alternative_care_models: piloted" {
  as_of 2024-01-01
  profile { services: { community_based_recovery: { piloted: true, replicated: false } } }
  expect alternative_care_models met
}

test "alternative_care_models: not piloted" {
  as_of 2024-01-01
  profile { services: { community_based_recovery: { piloted: false } } }
  expect alternative_care_models not_met
}

test "alternative_care_models: unknown" {
  as_of 2024-01-01
  profile { services: { community_based_recovery: { replicated: false } } }
  expect alternative_care_models unknown
}

test "specialised_health_care: provided" {
  as_of 2024-01-01
  profile { services: { children_in_prostitution: { specialised_health_care: true } } }
  expect specialised_health_care met
}

test "specialised_health_care: not provided" {
  as_of 2024-01-01
  profile { services: { children_in_prostitution: { specialised_health_care: false } } }
  expect specialised_health_care not_met
}

test "specialised_health_care: unknown" {
  as_of 2024-01-01
  profile {
    services: { children_in_prostitution: { specialised_health_care: { status: "unknown" } } }
  }
  expect specialised_health_care unknown
}

# Defect 13 (issue 17): the buyer's offence has its own age, often lower than the definition's.
test "defect_13_buyer_offence_reads_its_own_age" {
  as_of 2024-01-01
  profile {
    definitions: { child_prostitution: { defined: true, child_age_threshold: 18 } },
    offences: {
      child_prostitution: {
        purchase_criminalized: true,
        purchase_covers_any_form_of_transaction: true,
        purchase_child_age_threshold: 16
      }
    }
  }
  expect criminalize_purchase_from_child partially_met
}
