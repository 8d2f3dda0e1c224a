# C.4 Sexual exploitation of children and adolescents in travel and tourism (8 bullets).
# Addressed to "States, UN agencies, NGOs, the private sector, academia, children and young
# people and other relevant actors"; the obligations below are the States' part. C.4-2
# (unregulated tourism), C.4-6 (vocational training near tourist destinations) and C.4-7
# (monitoring emerging destinations) are qualitative and not encoded (see coverage.tsv).

# Three alternative means are listed ("…; encourage the use of businesses …; and/or provide
# other incentives"). Met when the State supports sector codes of conduct (joining The Code is
# the example given) or has made child-protection standards mandatory; incentives alone are
# partial.
obligation tourism_codes_of_conduct {
  title "Support for professional codes of conduct in the tourism, travel and hotel sectors"
  cite "C.4-1"
  group "C.4"
  text "Encourage and support the tourism, travel and hotel sectors in adopting professional Codes of Conduct, for example by joining and implementing the Code of Conduct for the Protection of Children in Travel and Tourism; encourage the use of businesses that put in place appropriate child protection-focused corporate social responsibility strategies; and/or provide other incentives for those participating"
  require tourism.codes_of_conduct_supported or tourism.child_protection_standards == "mandatory"
  partial when tourism.incentives_for_child_protection
}

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

test "tourism_codes_of_conduct: incentives only" {
  as_of 2024-01-01
  profile {
    tourism: {
      codes_of_conduct_supported: false,
      child_protection_standards: "none",
      incentives_for_child_protection: true
    }
  }
  expect tourism_codes_of_conduct partially_met
}

test "tourism_codes_of_conduct: nothing" {
  as_of 2024-01-01
  profile {
    tourism: {
      codes_of_conduct_supported: false,
      child_protection_standards: "none",
      incentives_for_child_protection: false
    }
  }
  expect tourism_codes_of_conduct not_met
}

# "such as the Interpol 'green notice' system": using green notices suffices. A legal basis
# for notifying other States without taking part in a system is partial.
obligation travel_notification_system {
  title "Cooperation in an international travel notification system"
  cite "C.4-3"
  group "C.4"
  text "Cooperate in the establishment of an international travel notification system, such as the Interpol 'green notice' system, in accordance with applicable law and human rights standards"
  require cooperation.travel_notification.participates
      or cooperation.travel_notification.interpol_green_notices_used
  partial when cooperation.travel_notification.outbound_notification_law
}

test "travel_notification_system: green notices used" {
  as_of 2024-01-01
  profile {
    cooperation: { travel_notification: { participates: false, interpol_green_notices_used: true } }
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

# Only the legal precondition is decidable from a profile: the State's courts can try its
# nationals for all offences of sexual exploitation of children committed abroad, without
# waiting for a complaint or a foreign request. Whether cases are investigated and "vigorously
# pursued" is an implementation question. The same legal facts decide
# extraterritorial_jurisdiction (C.1(a)-4); the two bullets are reported separately.
define nationals_prosecutable_abroad = jurisdiction.extraterritorial.active_nationality
    and jurisdiction.extraterritorial.covers_all_sec_offences
    and not jurisdiction.extraterritorial.requires_complaint_or_official_request

obligation prosecute_nationals_abroad {
  title "Legal basis to investigate and charge nationals who sexually exploit children abroad"
  cite "C.4-4"
  group "C.4"
  text "Ensure investigation and, where sufficient evidence exists, that appropriate charges are brought and vigorously pursued against the State's nationals who are reported or alleged to have sexually exploited a child in a foreign country"
  require nationals_prosecutable_abroad
  partial when jurisdiction.extraterritorial.active_nationality
}

test "prosecute_nationals_abroad: nationals triable for all offences" {
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
  expect prosecute_nationals_abroad met
}

test "prosecute_nationals_abroad: only some offences" {
  as_of 2024-01-01
  profile {
    jurisdiction: {
      extraterritorial: {
        active_nationality: true,
        covers_all_sec_offences: false,
        requires_complaint_or_official_request: false
      }
    }
  }
  expect prosecute_nationals_abroad partially_met
}

test "prosecute_nationals_abroad: no nationality jurisdiction" {
  as_of 2024-01-01
  profile {
    jurisdiction: { extraterritorial: { active_nationality: false, passive_personality: true } }
  }
  expect prosecute_nationals_abroad not_met
}

obligation prohibit_sectt_advertising_alert_travellers {
  title "Advertising of sexual exploitation of children in tourism prohibited; travellers alerted to criminal sanctions"
  cite "C.4-5"
  group "C.4"
  text "Prohibit the production and dissemination of material advertising the sexual exploitation of children in tourism; but alert travellers to criminal sanctions that will apply in cases of sexual exploitation of children"
  require offences.sectt_advertising.prohibited and tourism.traveller_alerts
  partial when offences.sectt_advertising.prohibited or tourism.traveller_alerts
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

obligation institutional_cooperation_tourism {
  title "Coordinated response of government, law enforcement and NGOs to sexual exploitation of children in travel and tourism"
  cite "C.4-8"
  group "C.4"
  text "Encourage and support greater intra- and inter-institutional cooperation among government, law enforcement, NGOs and other relevant actors to develop a simplified, effective, coordinated response to the sexual exploitation of children and adolescents in travel and tourism."
  require institutions.sectt_coordination.exists
      and institutions.sectt_coordination.includes_law_enforcement
      and institutions.sectt_coordination.includes_ngos
  partial when institutions.sectt_coordination.exists
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
