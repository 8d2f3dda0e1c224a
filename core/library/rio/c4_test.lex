# The tests of the obligations in c4.lex (`lexpact test --library rio`).

test "tourism_codes_of_conduct: The Code promoted" {
  as_of 2024-01-01
  profile { tourism: { codes_of_conduct_supported: true, child_protection_standards: "voluntary" } }
  expect tourism_codes_of_conduct met
}

test "tourism_codes_of_conduct: mandatory standards" {
  as_of 2024-01-01
  profile {
    tourism: { codes_of_conduct_supported: false, child_protection_standards: "mandatory" }
  }
  expect tourism_codes_of_conduct met
}

test "tourism_codes_of_conduct: nothing" {
  as_of 2024-01-01
  profile {
    tourism: {
      codes_of_conduct_supported: false,
      child_protection_standards: "none",
      incentives_for_child_protection: false,
      child_protection_businesses_encouraged: false
    }
  }
  expect tourism_codes_of_conduct not_met
}

test "travel_notification_system: green notices used" {
  as_of 2024-01-01
  profile {
    cooperation: {
      travel_notification: {
        participates: false,
        interpol_green_notices_used: true,
        outbound_notification_law: true,
        human_rights_safeguards: true
      }
    }
  }
  expect travel_notification_system met
}

test "travel_notification_system: law only" {
  as_of 2024-01-01
  profile {
    cooperation: {
      travel_notification: {
        participates: false,
        interpol_green_notices_used: false,
        outbound_notification_law: true
      }
    }
  }
  expect travel_notification_system partially_met
}

test "travel_notification_system: none" {
  as_of 2024-01-01
  profile {
    cooperation: {
      travel_notification: {
        participates: false,
        interpol_green_notices_used: false,
        outbound_notification_law: false
      }
    }
  }
  expect travel_notification_system not_met
}

test "prosecute_nationals_abroad: no allegation received in the period" {
  as_of 2024-01-01
  profile {
    jurisdiction: {
      extraterritorial: {
        active_nationality: true,
        enforcement: { allegations_received: 0, cases_investigated: 0, cases_prosecuted: 0 }
      }
    }
  }
  expect prosecute_nationals_abroad met
}

test "prosecute_nationals_abroad: allegations, none investigated" {
  as_of 2024-01-01
  profile {
    jurisdiction: {
      extraterritorial: {
        active_nationality: true,
        enforcement: { allegations_received: 7, cases_investigated: 0, cases_prosecuted: 0 }
      }
    }
  }
  expect prosecute_nationals_abroad not_met
}

test "prosecute_nationals_abroad: no nationality jurisdiction" {
  as_of 2024-01-01
  profile {
    jurisdiction: {
      extraterritorial: {
        active_nationality: false,
        passive_personality: true,
        enforcement: { allegations_received: 2, cases_investigated: 0, cases_prosecuted: 0 }
      }
    }
  }
  expect prosecute_nationals_abroad not_met
}

test "prohibit_sectt_advertising_alert_travellers: both" {
  as_of 2024-01-01
  profile {
    offences: { sectt_advertising: { prohibited: true } },
    tourism: { traveller_alerts: true }
  }
  expect prohibit_sectt_advertising_alert_travellers met
}

test "prohibit_sectt_advertising_alert_travellers: prohibition without alerts" {
  as_of 2024-01-01
  profile {
    offences: { sectt_advertising: { prohibited: true } },
    tourism: { traveller_alerts: false }
  }
  expect prohibit_sectt_advertising_alert_travellers partially_met
}

test "prohibit_sectt_advertising_alert_travellers: neither" {
  as_of 2024-01-01
  profile {
    offences: { sectt_advertising: { prohibited: false } },
    tourism: { traveller_alerts: false }
  }
  expect prohibit_sectt_advertising_alert_travellers not_met
}

test "prohibit_sectt_advertising_alert_travellers: alerts unknown" {
  as_of 2024-01-01
  profile { offences: { sectt_advertising: { prohibited: true } } }
  expect prohibit_sectt_advertising_alert_travellers unknown
}

test "institutional_cooperation_tourism: joint network" {
  as_of 2024-01-01
  profile {
    institutions: {
      sectt_coordination: { exists: true, includes_law_enforcement: true, includes_ngos: true }
    }
  }
  expect institutional_cooperation_tourism met
}

test "institutional_cooperation_tourism: government only" {
  as_of 2024-01-01
  profile {
    institutions: {
      sectt_coordination: { exists: true, includes_law_enforcement: true, includes_ngos: false }
    }
  }
  expect institutional_cooperation_tourism partially_met
}

test "institutional_cooperation_tourism: none" {
  as_of 2024-01-01
  profile { institutions: { sectt_coordination: { exists: false } } }
  expect institutional_cooperation_tourism not_met
}

# Defect 9 (issue 17): "in accordance with applicable law and human rights standards" was not
# read, so a notification system with no safeguards was met.
test "defect_9_travel_notification_needs_legal_basis" {
  as_of 2024-01-01
  profile {
    cooperation: {
      travel_notification: {
        participates: true,
        interpol_green_notices_used: true,
        outbound_notification_law: true,
        human_rights_safeguards: false
      }
    }
  }
  expect travel_notification_system partially_met
}

test "defect_9_travel_notification_without_any_legal_basis" {
  as_of 2024-01-01
  profile {
    cooperation: {
      travel_notification: {
        participates: true,
        outbound_notification_law: false,
        human_rights_safeguards: true
      }
    }
  }
  expect travel_notification_system partially_met
}

# Defect 10 (issue 17): C.4-4 was met on the statute facts of C.1(a)-4 with no enforcement data.
test "defect_10_nationals_abroad_needs_enforcement_data" {
  as_of 2024-01-01
  profile {
    jurisdiction: {
      extraterritorial: {
        active_nationality: true,
        covers_all_sec_offences: true,
        requires_complaint_or_official_request: false,
        enforcement: {
          period: "2019-2023",
          allegations_received: 12,
          cases_investigated: 3,
          cases_prosecuted: 1
        }
      }
    }
  }
  expect prosecute_nationals_abroad partially_met
}

test "defect_10_nationals_abroad_no_enforcement_data_is_unknown" {
  as_of 2024-01-01
  profile {
    jurisdiction: {
      extraterritorial: {
        active_nationality: true,
        covers_all_sec_offences: true,
        requires_complaint_or_official_request: false
      }
    }
  }
  expect prosecute_nationals_abroad unknown
}

test "defect_10_nationals_abroad_every_allegation_investigated" {
  as_of 2024-01-01
  profile {
    jurisdiction: {
      extraterritorial: {
        active_nationality: true,
        covers_all_sec_offences: false,
        enforcement: { allegations_received: 4, cases_investigated: 4, cases_prosecuted: 2 }
      }
    }
  }
  expect prosecute_nationals_abroad met
}

# Defect 13 (issue 17): "and/or provide other incentives" makes incentives alone enough, and the
# middle clause (businesses with child-protection strategies) was not read.
test "defect_13_tourism_incentives_alone_meet_the_and_or" {
  as_of 2024-01-01
  profile {
    tourism: {
      codes_of_conduct_supported: false,
      child_protection_standards: "none",
      incentives_for_child_protection: true
    }
  }
  expect tourism_codes_of_conduct met
}

test "defect_13_tourism_businesses_with_child_protection_strategies_encouraged" {
  as_of 2024-01-01
  profile {
    tourism: {
      codes_of_conduct_supported: false,
      child_protection_standards: "none",
      incentives_for_child_protection: false,
      child_protection_businesses_encouraged: true
    }
  }
  expect tourism_codes_of_conduct met
}

# Defect 8 (issue 17): the obligations resting on a passage the draft marks as a late amendment
# (bold inside a sentence) carry the mark in the report; a bold lead-in verb is formatting.
test "defect_8_late_amendments_are_marked" {
  as_of 2024-01-01
  profile {}
  expect harmonize_child_prostitution_laws amended
  expect travel_notification_system amended "such as the Interpol 'green notice' system, in accordance with applicable law and human rights standards"
  expect institutional_cooperation_tourism amended
  expect criminalize_purchase_from_child not amended
  expect tourism_codes_of_conduct not amended
}
