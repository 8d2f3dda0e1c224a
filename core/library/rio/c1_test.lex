# The tests of the obligations in c1.lex (`lexpact test --library rio`).

test "ratify_crc and the four others: party to all five" {
  as_of 2024-01-01
  profile {
    treaties: {
      crc: { status: "ratified", ratification_date: 1990-09-24 },
      opsc: { status: "acceded", ratification_date: 2004-01-27 },
      ilo_c182: { status: "ratified" },
      palermo_tip: { status: "ratified" },
      cedaw: { status: "succeeded" }
    }
  }
  expect ratify_crc met
  expect ratify_opsc met
  expect ratify_ilo_c182 met
  expect ratify_palermo_tip met
  expect ratify_cedaw met
}

test "ratify_opsc: only signed" {
  as_of 2024-01-01
  profile {
    treaties: {
      crc: { status: "ratified" },
      opsc: { status: "signed", signature_date: 2002-09-06 },
      ilo_c182: { status: "ratified" },
      palermo_tip: { status: "ratified" },
      cedaw: { status: "ratified" }
    }
  }
  expect ratify_crc met
  expect ratify_opsc partially_met
}

test "ratify_crc and the four others: none signed, no process recorded" {
  as_of 2024-01-01
  profile {
    treaties: {
      crc: { status: "not_signed", ratification_in_progress: false },
      opsc: { status: "not_signed", ratification_in_progress: false },
      ilo_c182: { status: "not_signed", ratification_in_progress: false },
      palermo_tip: { status: "not_signed", ratification_in_progress: false },
      cedaw: { status: "withdrawn", ratification_in_progress: false }
    }
  }
  expect ratify_crc not_met
  expect ratify_opsc not_met
  expect ratify_ilo_c182 not_met
  expect ratify_palermo_tip not_met
  expect ratify_cedaw not_met
}

test "ratify_ilo_c182: not signed, whether a process is under way not recorded" {
  as_of 2024-01-01
  profile { treaties: { ilo_c182: { status: "not_signed" } } }
  expect ratify_ilo_c182 unknown
}

test "ratify_cedaw: status not assessed" {
  as_of 2024-01-01
  profile {
    treaties: {
      crc: { status: "ratified" },
      opsc: { status: "ratified" },
      ilo_c182: { status: "ratified" },
      palermo_tip: {
        status: {
          value: "ratified",
          source: { cite: "UN Treaty Collection, ch. XVIII-12-a", kind: "secondary" }
        }
      },
      cedaw: { status: { status: "not_assessed" } }
    }
  }
  expect ratify_palermo_tip met
  expect ratify_cedaw unknown
}

test "defect_2_exception_for_one_instrument_voids_only_that_instrument" {
  as_of 2024-01-01
  profile {
    treaties: {
      crc: { status: "ratified" },
      opsc: { status: "ratified" },
      ilo_c182: { status: "ratified" },
      palermo_tip: { status: "ratified" },
      cedaw: { status: "not_signed", ratification_in_progress: false }
    },
    exceptions: {
      ratify_cedaw: {
        justification: "CEDAW is judged not appropriate while its reservation regime is under review",
        source: { cite: "Ministry of Foreign Affairs, statement to parliament, 2021" },
        review: { status: "accepted", by: "National Child Rights Commission", date: 2022-03-01 }
      }
    }
  }
  expect ratify_cedaw not_applicable
  expect ratify_crc met
  expect ratify_opsc met
}

test "defect_2_exception_for_cedaw_leaves_the_crc_owed" {
  as_of 2024-01-01
  profile {
    treaties: {
      crc: { status: "not_signed", ratification_in_progress: false },
      cedaw: { status: "not_signed", ratification_in_progress: false }
    },
    exceptions: {
      ratify_cedaw: {
        justification: "CEDAW is judged not appropriate",
        review: { status: "accepted", by: "National Child Rights Commission", date: 2022-03-01 }
      }
    }
  }
  expect ratify_cedaw not_applicable
  expect ratify_crc not_met
}

test "defect_2_party_to_none_but_working_towards_ratification_is_partially_met" {
  as_of 2024-01-01
  profile {
    treaties: {
      crc: { status: "not_signed", ratification_in_progress: true },
      opsc: { status: "not_signed", ratification_in_progress: true },
      ilo_c182: {
        status: "not_signed",
        ratification_in_progress: {
          value: true,
          source: { cite: "Cabinet decision 14/2023 to ratify ILO C182", kind: "primary" }
        }
      },
      palermo_tip: { status: "not_signed", ratification_in_progress: true },
      cedaw: { status: "not_signed", ratification_in_progress: true }
    }
  }
  expect ratify_crc partially_met
  expect ratify_opsc partially_met
  expect ratify_ilo_c182 partially_met
  expect ratify_palermo_tip partially_met
  expect ratify_cedaw partially_met
}

test "ratify_crc and the four others: signed, not yet party" {
  as_of 2024-01-01
  profile {
    treaties: {
      crc: { status: "signed" },
      opsc: { status: "signed" },
      ilo_c182: { status: "signed" },
      palermo_tip: { status: "signed" },
      cedaw: { status: "signed" }
    }
  }
  expect ratify_crc partially_met
  expect ratify_opsc partially_met
  expect ratify_ilo_c182 partially_met
  expect ratify_palermo_tip partially_met
  expect ratify_cedaw partially_met
}

test "ratify_crc: exception contested, evaluated as usual" {
  as_of 2024-01-01
  profile {
    treaties: { crc: { status: "signed" }, opsc: { status: "ratified" } },
    exceptions: {
      ratify_crc: {
        justification: "Ratification of the CRC awaits a constitutional amendment; the OPSC is in force",
        review: {
          status: "contested",
          by: "National Child Rights Commission",
          note: "No amendment has been tabled"
        }
      }
    }
  }
  expect ratify_crc partially_met
  expect ratify_opsc met
}

test "ratify_crc: exception unreviewed, evaluated as usual" {
  as_of 2024-01-01
  profile {
    treaties: { crc: { status: "signed" }, opsc: { status: "ratified" } },
    exceptions: {
      ratify_crc: {
        justification: "Ratification of the CRC awaits a constitutional amendment; the OPSC is in force"
      }
    }
  }
  expect ratify_crc partially_met
}

test "ratify_regional_acrwc: AU member, party" {
  as_of 2024-01-01
  profile { state: { regional_memberships: ["AU"] }, treaties: { acrwc: { status: "ratified" } } }
  expect ratify_regional_acrwc met
}

test "ratify_regional_acrwc: AU member, signed only" {
  as_of 2024-01-01
  profile {
    state: { regional_memberships: ["AU", "SADC"] },
    treaties: { acrwc: { status: "signed" } }
  }
  expect ratify_regional_acrwc partially_met
}

test "ratify_regional_acrwc: AU member, not signed" {
  as_of 2024-01-01
  profile { state: { regional_memberships: ["AU"] }, treaties: { acrwc: { status: "not_signed" } } }
  expect ratify_regional_acrwc not_met
}

test "ratify_regional_acrwc: not an AU member" {
  as_of 2024-01-01
  profile { state: { regional_memberships: ["OAS"] } }
  expect ratify_regional_acrwc not_applicable
}

test "ratify_regional_acrwc: memberships unknown" {
  as_of 2024-01-01
  profile { treaties: { acrwc: { status: "not_signed" } } }
  expect ratify_regional_acrwc unknown
}

test "ratify_regional_asean_charter: ASEAN member, party" {
  as_of 2024-01-01
  profile {
    state: { regional_memberships: ["ASEAN"] },
    treaties: { asean_charter: { status: "ratified", ratification_date: 2008-02-20 } }
  }
  expect ratify_regional_asean_charter met
}

test "ratify_regional_asean_charter: ASEAN member, signed only" {
  as_of 2024-01-01
  profile {
    state: { regional_memberships: ["ASEAN"] },
    treaties: { asean_charter: { status: "signed", signature_date: 2007-11-20 } }
  }
  expect ratify_regional_asean_charter partially_met
}

test "ratify_regional_asean_charter: status unknown" {
  as_of 2024-01-01
  profile { state: { regional_memberships: ["ASEAN"] } }
  expect ratify_regional_asean_charter unknown
}

test "ratify_regional_asean_charter: not an ASEAN member" {
  as_of 2024-01-01
  profile { state: { regional_memberships: ["SAARC"] } }
  expect ratify_regional_asean_charter not_applicable
}

test "ratify_regional_inter_american: party to both" {
  as_of 2024-01-01
  profile {
    state: { regional_memberships: ["OAS", "MERCOSUR"] },
    treaties: {
      ia_traffic_minors_1994: { status: "ratified" },
      belem_do_para: { status: "ratified" }
    }
  }
  expect ratify_regional_inter_american met
}

test "ratify_regional_inter_american: only Belem do Para" {
  as_of 2024-01-01
  profile {
    state: { regional_memberships: ["OAS"] },
    treaties: {
      ia_traffic_minors_1994: { status: "not_signed" },
      belem_do_para: { status: "ratified" }
    }
  }
  expect ratify_regional_inter_american partially_met
}

test "ratify_regional_inter_american: neither" {
  as_of 2024-01-01
  profile {
    state: { regional_memberships: ["OAS", "CARICOM"] },
    treaties: {
      ia_traffic_minors_1994: { status: "not_signed" },
      belem_do_para: { status: "not_signed" }
    }
  }
  expect ratify_regional_inter_american not_met
}

test "ratify_regional_inter_american: not an OAS member" {
  as_of 2024-01-01
  profile { state: { regional_memberships: ["EU", "CoE"] } }
  expect ratify_regional_inter_american not_applicable
}

test "ratify_regional_saarc: SAARC member, party" {
  as_of 2024-01-01
  profile {
    state: { regional_memberships: ["SAARC"] },
    treaties: { saarc_trafficking_2002: { status: "ratified" } }
  }
  expect ratify_regional_saarc met
}

test "ratify_regional_saarc: SAARC member, signed only" {
  as_of 2024-01-01
  profile {
    state: { regional_memberships: ["SAARC"] },
    treaties: { saarc_trafficking_2002: { status: "signed", signature_date: 2002-01-05 } }
  }
  expect ratify_regional_saarc partially_met
}

test "ratify_regional_saarc: SAARC member, not signed" {
  as_of 2024-01-01
  profile {
    state: { regional_memberships: ["SAARC"] },
    treaties: { saarc_trafficking_2002: { status: "not_signed" } }
  }
  expect ratify_regional_saarc not_met
}

test "ratify_regional_saarc: not a SAARC member" {
  as_of 2024-01-01
  profile { state: { regional_memberships: ["ASEAN"] } }
  expect ratify_regional_saarc not_applicable
}

test "ratify_regional_coe: party to all three" {
  as_of 2024-01-01
  profile {
    state: { regional_memberships: ["CoE", "EU"] },
    treaties: {
      coe_cets197: { status: "ratified" },
      coe_ets185: { status: "ratified" },
      coe_cets201: { status: "ratified" }
    }
  }
  expect ratify_regional_coe met
}

test "ratify_regional_coe: member, party to Budapest only" {
  as_of 2024-01-01
  profile {
    state: { regional_memberships: ["CoE"] },
    treaties: {
      coe_cets197: { status: "not_signed" },
      coe_ets185: { status: "ratified" },
      coe_cets201: { status: "not_signed" }
    }
  }
  expect ratify_regional_coe partially_met
}

test "defect_3_non_member_party_to_budapest_and_not_invited_to_the_others_has_done_its_part" {
  as_of 2024-01-01
  profile {
    state: { regional_memberships: ["OAS"] },
    treaties: {
      coe_cets197: { status: "not_signed" },
      coe_ets185: { status: "acceded" },
      coe_cets201: { status: "not_signed" }
    }
  }
  expect ratify_regional_coe met
}

test "defect_3_non_member_without_invitation_or_signature_is_not_applicable" {
  as_of 2024-01-01
  profile {
    state: { regional_memberships: ["AU", "SADC"] },
    treaties: {
      coe_cets197: { status: "not_signed" },
      coe_ets185: { status: "not_signed" },
      coe_cets201: { status: "not_signed" }
    }
  }
  expect ratify_regional_coe not_applicable
}

test "defect_3_non_member_invited_to_accede_is_concerned" {
  as_of 2024-01-01
  profile {
    state: { regional_memberships: ["AU"] },
    treaties: {
      coe_cets197: { status: "not_signed" },
      coe_ets185: { status: "not_signed" },
      coe_cets201: {
        status: "not_signed",
        invited: {
          value: true,
          source: { cite: "Committee of Ministers, decision of 12 May 2021", kind: "primary" }
        }
      }
    }
  }
  expect ratify_regional_coe not_met
}

test "ratify_regional_coe: non-member that signed Lanzarote" {
  as_of 2024-01-01
  profile {
    state: { regional_memberships: ["OAS"] },
    treaties: {
      coe_cets197: { status: "not_signed" },
      coe_ets185: { status: "not_signed" },
      coe_cets201: { status: "signed" }
    }
  }
  expect ratify_regional_coe partially_met
}

test "ratify_regional_coe: none" {
  as_of 2024-01-01
  profile {
    state: { regional_memberships: ["CoE"] },
    treaties: {
      coe_cets197: { status: "not_signed" },
      coe_ets185: { status: "not_signed" },
      coe_cets201: { status: "not_signed" }
    }
  }
  expect ratify_regional_coe not_met
}

test "ratify_regional_coe: non-member invokes as appropriate, accepted" {
  as_of 2024-01-01
  profile {
    state: { regional_memberships: ["AU"] },
    exceptions: {
      ratify_regional_coe: {
        justification: "Not invited to accede; the African Charter and the OPSC are the framework followed",
        review: { status: "accepted", by: "Regional monitoring committee", date: 2023-06-30 }
      }
    }
  }
  expect ratify_regional_coe not_applicable
}

test "ratify_regional_coe: non-member invited to Lanzarote invokes as appropriate, review pending" {
  as_of 2024-01-01
  profile {
    state: { regional_memberships: ["AU"] },
    exceptions: {
      ratify_regional_coe: {
        justification: "Not in a position to accede yet; the African Charter and the OPSC are the framework followed",
        review: { status: "pending", by: "Regional monitoring committee" }
      }
    },
    treaties: { coe_cets201: { invited: true } }
  }
  expect ratify_regional_coe unknown
}

test "ratify_regional_coe: invocation without justification is ignored" {
  as_of 2024-01-01
  profile {
    state: { regional_memberships: ["CoE"] },
    treaties: {
      coe_cets197: { status: "not_signed" },
      coe_ets185: { status: "not_signed" },
      coe_cets201: { status: "not_signed" }
    },
    exceptions: { ratify_regional_coe: { justification: "" } }
  }
  expect ratify_regional_coe not_met
}

test "criminalize_all_sec: all forms, all under 18, no marriage exemption" {
  as_of 2024-01-01
  profile {
    definitions: {
      age_of_consent: { general: 14, same_for_all_genders: true },
      child_prostitution: { defined: true, child_age_threshold: 18 },
      csam: { defined: true, child_age_threshold: 18 },
      child_trafficking: {
        defined: true,
        child_age_threshold: 18,
        covers_sexual_exploitation: true
      }
    },
    offences: {
      marriage_exemption: false,
      sexual_abuse: {
        criminalized: { value: true, source: { cite: "Penal Code arts 217-218", kind: "primary" } },
        gender_neutral: true
      },
      child_prostitution: { criminalized: true },
      csam: { criminalized: true },
      child_trafficking: { criminalized: true }
    }
  }
  expect criminalize_all_sec met
}

test "defect_4_sexual_abuse_offence_protecting_girls_only_is_not_met" {
  as_of 2024-01-01
  profile {
    definitions: {
      age_of_consent: { general: 16, same_for_all_genders: true },
      child_prostitution: { child_age_threshold: 18 },
      csam: { child_age_threshold: 18 },
      child_trafficking: { child_age_threshold: 18, covers_sexual_exploitation: true }
    },
    offences: {
      marriage_exemption: false,
      sexual_abuse: {
        criminalized: true,
        gender_neutral: {
          value: false,
          source: { cite: "Penal Code art. 217", kind: "primary" },
          note: "The offence protects girls only"
        }
      },
      child_prostitution: { criminalized: true },
      csam: { criminalized: true },
      child_trafficking: { criminalized: true }
    }
  }
  expect criminalize_all_sec partially_met
}

test "defect_4_age_of_consent_differing_by_gender_is_not_met" {
  as_of 2024-01-01
  profile {
    definitions: {
      age_of_consent: { general: 16, same_for_all_genders: false },
      child_prostitution: { child_age_threshold: 18 },
      csam: { child_age_threshold: 18 },
      child_trafficking: { child_age_threshold: 18, covers_sexual_exploitation: true }
    },
    offences: {
      marriage_exemption: false,
      sexual_abuse: { criminalized: true, gender_neutral: true },
      child_prostitution: { criminalized: true },
      csam: { criminalized: true },
      child_trafficking: { criminalized: true }
    }
  }
  expect criminalize_all_sec partially_met
}

test "defect_4_one_offence_alone_is_not_partial" {
  as_of 2024-01-01
  profile {
    definitions: {
      age_of_consent: { general: 16, same_for_all_genders: true },
      child_prostitution: { child_age_threshold: 18 },
      csam: { child_age_threshold: 18 },
      child_trafficking: { child_age_threshold: 18, covers_sexual_exploitation: true }
    },
    offences: {
      marriage_exemption: false,
      sexual_abuse: { criminalized: true, gender_neutral: true },
      child_prostitution: { criminalized: false },
      csam: { criminalized: false },
      child_trafficking: { criminalized: false }
    }
  }
  expect criminalize_all_sec not_met
}

test "criminalize_all_sec: prostitution offence stops at the age of consent" {
  as_of 2024-01-01
  profile {
    definitions: {
      child_prostitution: { child_age_threshold: 16 },
      csam: { child_age_threshold: 18 },
      child_trafficking: { child_age_threshold: 18, covers_sexual_exploitation: true }
    },
    offences: {
      marriage_exemption: false,
      sexual_abuse: { criminalized: true },
      child_prostitution: { criminalized: true },
      csam: { criminalized: true },
      child_trafficking: { criminalized: true }
    }
  }
  expect criminalize_all_sec partially_met
}

test "criminalize_all_sec: marriage is a defence" {
  as_of 2024-01-01
  profile {
    definitions: {
      child_prostitution: { child_age_threshold: 18 },
      csam: { child_age_threshold: 18 },
      child_trafficking: { child_age_threshold: 18, covers_sexual_exploitation: true }
    },
    offences: {
      marriage_exemption: true,
      sexual_abuse: { criminalized: true },
      child_prostitution: { criminalized: true },
      csam: { criminalized: true },
      child_trafficking: { criminalized: true }
    }
  }
  expect criminalize_all_sec partially_met
}

test "criminalize_all_sec: no offences at all" {
  as_of 2024-01-01
  profile {
    offences: {
      sexual_abuse: { criminalized: false },
      child_prostitution: { criminalized: false },
      csam: { criminalized: false },
      child_trafficking: { criminalized: false }
    }
  }
  expect criminalize_all_sec not_met
}

test "criminalize_all_sec: thresholds unknown" {
  as_of 2024-01-01
  profile {
    offences: {
      marriage_exemption: false,
      sexual_abuse: { criminalized: true },
      child_prostitution: { criminalized: true },
      csam: { criminalized: true },
      child_trafficking: { criminalized: true }
    }
  }
  expect criminalize_all_sec unknown
}

test "extraterritorial_jurisdiction: nationality basis, all offences, no complaint needed" {
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
  expect extraterritorial_jurisdiction met
}

test "extraterritorial_jurisdiction: only after a complaint" {
  as_of 2024-01-01
  profile {
    jurisdiction: {
      extraterritorial: {
        active_nationality: true,
        covers_all_sec_offences: true,
        requires_complaint_or_official_request: true
      }
    }
  }
  expect extraterritorial_jurisdiction partially_met
}

test "extraterritorial_jurisdiction: none" {
  as_of 2024-01-01
  profile {
    jurisdiction: {
      extraterritorial: {
        active_nationality: false,
        active_habitual_residence: false,
        passive_personality: false
      }
    }
  }
  expect extraterritorial_jurisdiction not_met
}

test "extraterritorial_jurisdiction: scope not assessed" {
  as_of 2024-01-01
  profile {
    jurisdiction: {
      extraterritorial: { active_nationality: true, requires_complaint_or_official_request: false }
    }
  }
  expect extraterritorial_jurisdiction unknown
}

test "abolish_double_criminality: not required" {
  as_of 2024-01-01
  profile {
    jurisdiction: {
      extraterritorial: { active_nationality: true, double_criminality: "not_required" }
    }
  }
  expect abolish_double_criminality met
}

test "abolish_double_criminality: required for passive personality only" {
  as_of 2024-01-01
  profile {
    jurisdiction: {
      extraterritorial: {
        active_nationality: true,
        passive_personality: true,
        double_criminality: {
          value: "required_in_some_cases",
          note: "not required for nationals; required where the victim is a national"
        }
      }
    }
  }
  expect abolish_double_criminality partially_met
}

test "c1a4_passive_personality_only_meets_no_part_of_the_bullet" {
  as_of 2024-01-01
  profile {
    jurisdiction: {
      extraterritorial: {
        active_nationality: false,
        active_habitual_residence: false,
        passive_personality: {
          value: true,
          source: { cite: "Penal Code art. 7(2)", kind: "primary" },
          note: "Only offences against the State's nationals abroad"
        },
        covers_all_sec_offences: true,
        requires_complaint_or_official_request: false,
        double_criminality: "not_required"
      }
    }
  }
  expect extraterritorial_jurisdiction partially_met
  expect abolish_double_criminality partially_met
}

test "abolish_double_criminality: required" {
  as_of 2024-01-01
  profile {
    jurisdiction: { extraterritorial: { active_nationality: true, double_criminality: "required" } }
  }
  expect abolish_double_criminality not_met
}

test "abolish_double_criminality: no extraterritorial jurisdiction at all" {
  as_of 2024-01-01
  profile {
    jurisdiction: {
      extraterritorial: {
        active_nationality: false,
        active_habitual_residence: false,
        passive_personality: false
      }
    }
  }
  expect abolish_double_criminality not_met
}

test "abolish_double_criminality: requirement unknown" {
  as_of 2024-01-01
  profile { jurisdiction: { extraterritorial: { active_nationality: true } } }
  expect abolish_double_criminality unknown
}

test "extradition_and_mla: extradite or prosecute, and legal assistance" {
  as_of 2024-01-01
  profile {
    jurisdiction: {
      extradition: {
        sec_offences_extraditable: true,
        nationals_extraditable: false,
        prosecutes_if_not_extradited: true
      },
      mutual_legal_assistance: { legal_basis_exists: true, covers_sec_offences: true }
    }
  }
  expect extradition_and_mla met
}

test "extradition_and_mla: nationals shielded without a duty to prosecute" {
  as_of 2024-01-01
  profile {
    jurisdiction: {
      extradition: {
        sec_offences_extraditable: true,
        nationals_extraditable: false,
        prosecutes_if_not_extradited: false
      },
      mutual_legal_assistance: { legal_basis_exists: true, covers_sec_offences: true }
    }
  }
  expect extradition_and_mla partially_met
}

test "extradition_and_mla: neither" {
  as_of 2024-01-01
  profile {
    jurisdiction: {
      extradition: { sec_offences_extraditable: false },
      mutual_legal_assistance: { legal_basis_exists: false }
    }
  }
  expect extradition_and_mla not_met
}

test "extradition_and_mla: legal assistance unknown" {
  as_of 2024-01-01
  profile {
    jurisdiction: { extradition: { sec_offences_extraditable: true, nationals_extraditable: true } }
  }
  expect extradition_and_mla unknown
}

test "lead_le_agency_extraterritorial: designated" {
  as_of 2024-01-01
  profile {
    institutions: {
      lead_le_agency_extraterritorial: {
        designated: true,
        name: "Federal Police, Child Exploitation Unit",
        designated_date: 2010-03-01
      }
    }
  }
  expect lead_le_agency_extraterritorial met
}

test "lead_le_agency_extraterritorial: none designated" {
  as_of 2024-01-01
  profile { institutions: { lead_le_agency_extraterritorial: { designated: false } } }
  expect lead_le_agency_extraterritorial not_met
}

test "lead_le_agency_extraterritorial: not appropriate to national circumstances" {
  as_of 2024-01-01
  profile {
    institutions: { lead_le_agency_extraterritorial: { designated: false } },
    exceptions: {
      lead_le_agency_extraterritorial: {
        justification: "Small State: all sexual offences against children, domestic or abroad, are handled by the single national police force",
        source: { cite: "Police Act 2005, s. 4", kind: "primary" },
        review: { status: "accepted", by: "National Child Rights Commission", date: 2023-02-15 }
      }
    }
  }
  expect lead_le_agency_extraterritorial not_applicable
}

test "lead_le_agency_extraterritorial: exception contested, evaluated as usual" {
  as_of 2024-01-01
  profile {
    institutions: { lead_le_agency_extraterritorial: { designated: false } },
    exceptions: {
      lead_le_agency_extraterritorial: {
        justification: "Small State: all sexual offences against children, domestic or abroad, are handled by the single national police force",
        review: {
          status: "contested",
          by: "National Child Rights Commission",
          date: 2023-02-15,
          note: "No case committed abroad has been investigated since 2005"
        }
      }
    }
  }
  expect lead_le_agency_extraterritorial not_met
}

test "lead_le_agency_extraterritorial: unknown" {
  as_of 2024-01-01
  profile { institutions: { lead_le_agency_extraterritorial: { name: "National Crime Agency" } } }
  expect lead_le_agency_extraterritorial unknown
}

test "non_criminalization_child_victims: full protection" {
  as_of 2024-01-01
  profile {
    victims: {
      victim_status_in_law: true,
      non_punishment: {
        provision_exists: true,
        covers_prostitution_related_offences: true,
        covers_offences_committed_while_trafficked: true,
        applies_to_all_under_18: true
      }
    }
  }
  expect non_criminalization_child_victims met
}

test "non_criminalization_child_victims: only children under 16 protected" {
  as_of 2024-01-01
  profile {
    victims: {
      victim_status_in_law: true,
      non_punishment: {
        provision_exists: true,
        covers_prostitution_related_offences: true,
        covers_offences_committed_while_trafficked: true,
        applies_to_all_under_18: false
      }
    }
  }
  expect non_criminalization_child_victims partially_met
}

test "non_criminalization_child_victims: children prosecuted for prostitution" {
  as_of 2024-01-01
  profile { victims: { victim_status_in_law: false, non_punishment: { provision_exists: false } } }
  expect non_criminalization_child_victims not_met
}

test "non_criminalization_child_victims: nothing known" {
  as_of 2024-01-01
  profile {}
  expect non_criminalization_child_victims unknown
}

test "victim_privacy_identity: protected throughout" {
  as_of 2024-01-01
  profile {
    victims: {
      privacy: {
        identity_protected_in_investigation: true,
        identity_protected_in_court: true,
        media_disclosure_prohibited: true,
        covers_child_perpetrators: true
      }
    }
  }
  expect victim_privacy_identity met
}

test "victim_privacy_identity: media ban only" {
  as_of 2024-01-01
  profile {
    victims: {
      privacy: {
        identity_protected_in_investigation: false,
        identity_protected_in_court: false,
        media_disclosure_prohibited: true,
        covers_child_perpetrators: false
      }
    }
  }
  expect victim_privacy_identity partially_met
}

test "victim_privacy_identity: no protection" {
  as_of 2024-01-01
  profile {
    victims: {
      privacy: {
        identity_protected_in_investigation: false,
        identity_protected_in_court: false,
        media_disclosure_prohibited: false,
        covers_child_perpetrators: false
      }
    }
  }
  expect victim_privacy_identity not_met
}

test "defect_1_privacy_not_waivable_by_national_law" {
  as_of 2024-01-01
  profile {
    treaties: { opsc: { status: "ratified" } },
    victims: {
      privacy: {
        identity_protected_in_investigation: false,
        identity_protected_in_court: false,
        media_disclosure_prohibited: false,
        covers_child_perpetrators: false
      }
    },
    exceptions: {
      victim_privacy_identity: {
        justification: "National law does not provide for anonymity; open justice is a constitutional principle",
        review: { status: "accepted", by: "Constitutional review body", date: 2021-11-04 }
      }
    }
  }
  expect victim_privacy_identity not_met
}

test "victim_privacy_identity: a claim of national law changes nothing when facts are missing" {
  as_of 2024-01-01
  profile {
    victims: { privacy: { media_disclosure_prohibited: false } },
    exceptions: {
      victim_privacy_identity: {
        justification: "Constitutional principle of open justice; anonymity granted case by case by the court",
        review: { status: "contested", note: "Open justice does not require naming child victims" }
      }
    }
  }
  expect victim_privacy_identity unknown
}

test "offender_management_programmes: all four elements" {
  as_of 2024-01-01
  profile {
    offenders: {
      risk_assessment: true,
      management_programmes: true,
      voluntary_rehabilitation_services: true,
      reintegration_programmes: true
    }
  }
  expect offender_management_programmes met
}

test "offender_management_programmes: risk assessment only" {
  as_of 2024-01-01
  profile {
    offenders: {
      risk_assessment: true,
      management_programmes: false,
      voluntary_rehabilitation_services: false,
      reintegration_programmes: false
    }
  }
  expect offender_management_programmes partially_met
}

test "offender_management_programmes: none" {
  as_of 2024-01-01
  profile {
    offenders: {
      risk_assessment: false,
      management_programmes: false,
      voluntary_rehabilitation_services: false,
      reintegration_programmes: false
    }
  }
  expect offender_management_programmes not_met
}

test "offender_management_programmes: rehabilitation services not assessed" {
  as_of 2024-01-01
  profile {
    offenders: {
      risk_assessment: true,
      management_programmes: true,
      voluntary_rehabilitation_services: { status: "not_assessed" },
      reintegration_programmes: true
    }
  }
  expect offender_management_programmes unknown
}

test "sex_offender_register: established" {
  as_of 2024-01-01
  profile {
    offenders: {
      register: { exists: true, established_date: 2004-06-01, legal_ref: "Sex Offenders Act 2004" }
    }
  }
  expect sex_offender_register met
}

test "sex_offender_register: none" {
  as_of 2024-01-01
  profile { offenders: { register: { exists: false } } }
  expect sex_offender_register not_met
}

test "sex_offender_register: judged not appropriate" {
  as_of 2024-01-01
  profile {
    offenders: { register: { exists: false } },
    exceptions: {
      sex_offender_register: {
        justification: "Offender data are kept in the criminal record and screened for all child-related work; a register was judged unnecessary",
        source: { cite: "Ministry of Justice, Report 2019, p. 4" },
        review: { status: "accepted", by: "National Child Rights Commission", date: 2020-05-12 }
      }
    }
  }
  expect sex_offender_register not_applicable
}

test "sex_offender_register: exception contested, evaluated as usual" {
  as_of 2024-01-01
  profile {
    offenders: { register: { exists: false } },
    exceptions: {
      sex_offender_register: {
        justification: "Offender data are kept in the criminal record and screened for all child-related work; a register was judged unnecessary",
        review: {
          status: "contested",
          by: "National Child Rights Commission",
          note: "Screening covers employment only, not volunteering"
        }
      }
    }
  }
  expect sex_offender_register not_met
}

test "sex_offender_register: unknown" {
  as_of 2024-01-01
  profile { offenders: { register: { legal_ref: "draft bill" } } }
  expect sex_offender_register unknown
}

test "cross_border_offender_management: participates" {
  as_of 2024-01-01
  profile {
    offenders: { cross_border: { participates_in_system: true, data_sharing_legal_basis: true } }
  }
  expect cross_border_offender_management met
}

test "cross_border_offender_management: legal basis but no system" {
  as_of 2024-01-01
  profile {
    offenders: { cross_border: { participates_in_system: false, data_sharing_legal_basis: true } }
  }
  expect cross_border_offender_management partially_met
}

test "cross_border_offender_management: nothing" {
  as_of 2024-01-01
  profile {
    offenders: { cross_border: { participates_in_system: false, data_sharing_legal_basis: false } }
  }
  expect cross_border_offender_management not_met
}

test "cross_border_offender_management: exception accepted" {
  as_of 2024-01-01
  profile {
    exceptions: {
      cross_border_offender_management: {
        justification: "Island State without land borders; offender travel handled through Interpol notices",
        review: { status: "accepted", by: "Regional monitoring committee", date: 2022-09-01 }
      }
    }
  }
  expect cross_border_offender_management not_applicable
}

test "cross_border_offender_management: exception pending, evaluated as usual" {
  as_of 2024-01-01
  profile {
    offenders: { cross_border: { participates_in_system: false, data_sharing_legal_basis: true } },
    exceptions: {
      cross_border_offender_management: {
        justification: "Island State without land borders; offender travel handled through Interpol notices",
        review: { status: "pending", by: "Regional monitoring committee" }
      }
    }
  }
  expect cross_border_offender_management partially_met
}

test "children_sexually_harmful_behaviour: all elements" {
  as_of 2024-01-01
  profile {
    juvenile: {
      detention_last_resort_in_law: true,
      sexually_harmful_behaviour: {
        care_first_response: true,
        programmes_exist: true,
        carers_trained: true
      }
    }
  }
  expect children_sexually_harmful_behaviour met
}

test "children_sexually_harmful_behaviour: last resort only" {
  as_of 2024-01-01
  profile {
    juvenile: {
      detention_last_resort_in_law: true,
      sexually_harmful_behaviour: {
        care_first_response: false,
        programmes_exist: false,
        carers_trained: false
      }
    }
  }
  expect children_sexually_harmful_behaviour partially_met
}

test "children_sexually_harmful_behaviour: none" {
  as_of 2024-01-01
  profile {
    juvenile: {
      detention_last_resort_in_law: false,
      sexually_harmful_behaviour: {
        care_first_response: false,
        programmes_exist: false,
        carers_trained: false
      }
    }
  }
  expect children_sexually_harmful_behaviour not_met
}

test "children_sexually_harmful_behaviour: training unknown" {
  as_of 2024-01-01
  profile {
    juvenile: {
      detention_last_resort_in_law: true,
      sexually_harmful_behaviour: { care_first_response: true, programmes_exist: true }
    }
  }
  expect children_sexually_harmful_behaviour unknown
}

test "interpol_icse_focal_point: all elements" {
  as_of 2024-01-01
  profile {
    institutions: {
      interpol_icse: { connected: true, contributes: true, connected_date: 2012-05-01 },
      sec_data_focal_point: { designated: true, shares_with_interpol: true }
    },
    cooperation: {
      agreements: [
        {
          name: "Bilateral police MoU",
          kind: "bilateral",
          covers_sec: true,
          purposes: ["police_investigation"]
        },
        {
          name: "Regional police cooperation convention",
          kind: "regional",
          covers_sec: true,
          purposes: ["police_investigation", "information_exchange"]
        }
      ]
    }
  }
  expect interpol_icse_focal_point met
}

test "interpol_icse_focal_point: connected, no focal point, bilateral agreements only" {
  as_of 2024-01-01
  profile {
    institutions: {
      interpol_icse: { connected: true, contributes: false },
      sec_data_focal_point: { designated: false, shares_with_interpol: false }
    },
    cooperation: {
      agreements: [
        {
          name: "Bilateral police MoU",
          kind: "bilateral",
          covers_sec: true,
          purposes: ["police_investigation"]
        }
      ]
    }
  }
  expect interpol_icse_focal_point partially_met
}

test "interpol_icse_focal_point: not connected" {
  as_of 2024-01-01
  profile {
    institutions: {
      interpol_icse: { connected: false, contributes: false },
      sec_data_focal_point: { designated: false, shares_with_interpol: false }
    },
    cooperation: { agreements: [] }
  }
  expect interpol_icse_focal_point not_met
}

test "interpol_icse_focal_point: agreements not listed" {
  as_of 2024-01-01
  profile {
    institutions: {
      interpol_icse: { connected: true, contributes: true },
      sec_data_focal_point: { designated: true, shares_with_interpol: true }
    }
  }
  expect interpol_icse_focal_point unknown
}

test "specialised_police_units_training: unit and training" {
  as_of 2024-01-01
  profile {
    institutions: { specialised_police_unit: { exists: true, established_date: 2006-01-01 } },
    training: {
      law_enforcement: { specialised_sec_training: true, mandatory: true },
      judiciary: { specialised_sec_training: true }
    }
  }
  expect specialised_police_units_training met
}

test "specialised_police_units_training: unit without judicial training" {
  as_of 2024-01-01
  profile {
    institutions: { specialised_police_unit: { exists: true } },
    training: {
      law_enforcement: { specialised_sec_training: true },
      judiciary: { specialised_sec_training: false }
    }
  }
  expect specialised_police_units_training partially_met
}

test "specialised_police_units_training: none" {
  as_of 2024-01-01
  profile {
    institutions: { specialised_police_unit: { exists: false } },
    training: {
      law_enforcement: { specialised_sec_training: false },
      judiciary: { specialised_sec_training: false }
    }
  }
  expect specialised_police_units_training not_met
}

test "coordination_mechanism_2013: established 2011, on time" {
  as_of 2024-01-01
  profile {
    institutions: {
      coordination_mechanism: {
        exists: true,
        established_date: 2011-05-01,
        levels: ["national", "regional", "international"],
        participants: ["government_ministries", "ngos", "un_agencies", "private_sector"]
      }
    }
  }
  expect coordination_mechanism_2013 met on_time
}

test "coordination_mechanism_2013: established mid-2013, on time under end-of-year reading" {
  as_of 2024-01-01
  profile {
    institutions: {
      coordination_mechanism: {
        exists: true,
        established_date: 2013-06-30,
        levels: ["national", "regional", "international"],
        participants: ["government_ministries", "ngos"]
      }
    }
  }
  expect coordination_mechanism_2013 met on_time
}

test "coordination_mechanism_2013: established 2015, late" {
  as_of 2024-01-01
  profile {
    institutions: {
      coordination_mechanism: {
        exists: true,
        established_date: 2015-03-01,
        levels: ["national", "regional", "international"],
        participants: ["government_ministries", "ngos", "childrens_organizations"]
      }
    }
  }
  expect coordination_mechanism_2013 met late
}

test "coordination_mechanism_2013: national level only, overdue" {
  as_of 2024-01-01
  profile {
    institutions: {
      coordination_mechanism: {
        exists: true,
        established_date: 2010-01-01,
        levels: ["national"],
        participants: ["government_ministries", "ngos"]
      }
    }
  }
  expect coordination_mechanism_2013 partially_met overdue
}

test "coordination_mechanism_2013: none yet in 2012, not due" {
  as_of 2012-06-01
  profile { institutions: { coordination_mechanism: { exists: false, planned: false } } }
  expect coordination_mechanism_2013 not_met not_due
}

test "coordination_mechanism_2013: none in 2024, overdue" {
  as_of 2024-01-01
  profile { institutions: { coordination_mechanism: { exists: false, planned: false } } }
  expect coordination_mechanism_2013 not_met overdue
}

test "coordination_mechanism_2013: date of establishment unknown" {
  as_of 2024-01-01
  profile {
    institutions: {
      coordination_mechanism: {
        exists: true,
        levels: ["national", "regional", "international"],
        participants: ["government_ministries", "ngos"]
      }
    }
  }
  expect coordination_mechanism_2013 met unknown
}

test "child_protection_system: holistic system" {
  as_of 2024-01-01
  profile {
    policy: {
      child_protection_system: {
        exists: true,
        framework_law: true,
        covers_all_forms_of_violence: true
      }
    }
  }
  expect child_protection_system met
}

test "child_protection_system: framework law only" {
  as_of 2024-01-01
  profile { policy: { child_protection_system: { exists: false, framework_law: true } } }
  expect child_protection_system partially_met
}

test "child_protection_system: none" {
  as_of 2024-01-01
  profile { policy: { child_protection_system: { exists: false, framework_law: false } } }
  expect child_protection_system not_met
}

test "referral_mechanism: multi-sectoral with a protocol" {
  as_of 2024-01-01
  profile {
    institutions: {
      referral_mechanism: {
        exists: true,
        multisectoral: true,
        written_protocol: true,
        nationwide: false
      }
    }
  }
  expect referral_mechanism met
}

test "referral_mechanism: informal referral only" {
  as_of 2024-01-01
  profile {
    institutions: {
      referral_mechanism: { exists: true, multisectoral: true, written_protocol: false }
    }
  }
  expect referral_mechanism partially_met
}

test "referral_mechanism: none" {
  as_of 2024-01-01
  profile { institutions: { referral_mechanism: { exists: false } } }
  expect referral_mechanism not_met
}

test "national_plan_of_action: complete plan in force" {
  as_of 2024-01-01
  profile {
    policy: {
      npa_sec: {
        exists: true,
        form: "integrated",
        title: "National Plan to End Violence against Children 2021-2025",
        adopted_date: 2021-02-01,
        period_start: 2021-01-01,
        period_end: 2025-12-31,
        current: true,
        gender_sensitive: true,
        operational_plan: true,
        resources_allocated: true,
        responsible_actors_designated: true,
        covers_victim_support: true
      }
    }
  }
  expect national_plan_of_action met
}

test "national_plan_of_action: expired plan" {
  as_of 2024-01-01
  profile {
    policy: {
      npa_sec: {
        exists: true,
        form: "standalone",
        period_start: 2010-01-01,
        period_end: 2015-12-31,
        current: false,
        gender_sensitive: true,
        operational_plan: true,
        resources_allocated: false,
        responsible_actors_designated: true,
        covers_victim_support: true
      }
    }
  }
  expect national_plan_of_action partially_met
}

test "national_plan_of_action: no plan" {
  as_of 2024-01-01
  profile { policy: { npa_sec: { exists: false } } }
  expect national_plan_of_action not_met
}

test "national_plan_of_action: budget unknown" {
  as_of 2024-01-01
  profile {
    policy: {
      npa_sec: {
        exists: true,
        current: true,
        gender_sensitive: true,
        operational_plan: true,
        responsible_actors_designated: true,
        covers_victim_support: true
      }
    }
  }
  expect national_plan_of_action unknown
}

test "data_and_databases: collected, shared, contributed" {
  as_of 2024-01-01
  profile {
    data: {
      sec: {
        collection_system: true,
        disaggregated_by_sex_and_age: true,
        shared: true,
        contributes_to_databases: true
      }
    }
  }
  expect data_and_databases met
}

test "data_and_databases: collected but not shared" {
  as_of 2024-01-01
  profile {
    data: { sec: { collection_system: true, shared: false, contributes_to_databases: false } }
  }
  expect data_and_databases partially_met
}

test "data_and_databases: nothing" {
  as_of 2024-01-01
  profile {
    data: { sec: { collection_system: false, shared: false, contributes_to_databases: false } }
  }
  expect data_and_databases not_met
}

test "csr_supply_chain: policies, supply-chain standards, monitoring" {
  as_of 2024-01-01
  profile {
    policy: {
      csr: {
        policies_exist: true,
        sectors: ["tourism", "financial_services", "internet_services"],
        supply_chain_standards: true,
        independent_monitoring: true
      }
    }
  }
  expect csr_supply_chain met
}

test "csr_supply_chain: policies without monitoring" {
  as_of 2024-01-01
  profile {
    policy: {
      csr: { policies_exist: true, supply_chain_standards: true, independent_monitoring: false }
    }
  }
  expect csr_supply_chain partially_met
}

test "csr_supply_chain: none" {
  as_of 2024-01-01
  profile { policy: { csr: { policies_exist: false, supply_chain_standards: false } } }
  expect csr_supply_chain not_met
}

test "harmful_practices_child_marriage: programmes exist" {
  as_of 2024-01-01
  profile {
    policy: {
      harmful_practices_programmes: {
        exists: true,
        community_based: true,
        covers_child_marriage: true
      }
    }
  }
  expect harmful_practices_child_marriage met
}

test "harmful_practices_child_marriage: none" {
  as_of 2024-01-01
  profile {
    policy: { harmful_practices_programmes: { exists: false } },
    definitions: {
      marriage: { minimum_age: 18, exceptions_allowed: true, minimum_age_with_exceptions: 15 }
    }
  }
  expect harmful_practices_child_marriage not_met
}

test "harmful_practices_child_marriage: unknown" {
  as_of 2024-01-01
  profile {
    policy: {
      harmful_practices_programmes: {
        exists: { status: "unknown", note: "ministry did not answer" }
      }
    }
  }
  expect harmful_practices_child_marriage unknown
}

test "birth_registration_immediate: within 3 days, all children" {
  as_of 2024-01-01
  profile {
    civil_registration: {
      registration_compulsory: true,
      registration_deadline_days: 3,
      covers_all_children_born_on_territory: true,
      free_of_charge: true,
      completeness_percent: 99.5,
      completeness_year: 2022
    }
  }
  expect birth_registration_immediate met
}

test "birth_registration_immediate: 60 days allowed" {
  as_of 2024-01-01
  profile {
    civil_registration: {
      registration_compulsory: true,
      registration_deadline_days: 60,
      covers_all_children_born_on_territory: true
    }
  }
  expect birth_registration_immediate partially_met
}

test "birth_registration_immediate: children of irregular migrants excluded" {
  as_of 2024-01-01
  profile {
    civil_registration: {
      registration_compulsory: true,
      registration_deadline_days: 30,
      covers_all_children_born_on_territory: false
    }
  }
  expect birth_registration_immediate partially_met
}

test "birth_registration_immediate: not compulsory" {
  as_of 2024-01-01
  profile { civil_registration: { registration_compulsory: false } }
  expect birth_registration_immediate not_met
}

test "birth_registration_immediate: period unknown" {
  as_of 2024-01-01
  profile {
    civil_registration: {
      registration_compulsory: true,
      covers_all_children_born_on_territory: true
    }
  }
  expect birth_registration_immediate unknown
}

test "reporting_system_2013: established 2009" {
  as_of 2024-01-01
  profile {
    reporting: {
      system: {
        exists: true,
        established_date: 2009-09-01,
        accessible_to_children: true,
        follow_up_procedure: true,
        links_to_victim_support: true
      },
      mandatory_reporting: {
        exists: true,
        professions: ["teachers", "health_professionals", "social_workers"]
      }
    }
  }
  expect reporting_system_2013 met on_time
}

test "reporting_system_2013: established 2016" {
  as_of 2024-01-01
  profile {
    reporting: {
      system: {
        exists: true,
        established_date: 2016-01-15,
        accessible_to_children: true,
        follow_up_procedure: true,
        links_to_victim_support: true
      }
    }
  }
  expect reporting_system_2013 met late
}

test "reporting_system_2013: mandatory reporting only" {
  as_of 2024-01-01
  profile {
    reporting: {
      system: { exists: false, planned: false },
      mandatory_reporting: { exists: true, in_force_date: 2011-01-01 }
    }
  }
  expect reporting_system_2013 partially_met overdue
}

test "reporting_system_2013: nothing" {
  as_of 2024-01-01
  profile {
    reporting: { system: { exists: false, planned: false }, mandatory_reporting: { exists: false } }
  }
  expect reporting_system_2013 not_met overdue
}

test "helplines: all elements" {
  as_of 2024-01-01
  profile {
    reporting: {
      child_helpline: {
        exists: true,
        channels: ["telephone", "chat"],
        toll_free: true,
        confidential: true,
        accessible_in_care_and_justice_institutions: true,
        refers_to_services: true,
        operators_trained: true,
        operators_supervised: true,
        child_helpline_international_member: true
      }
    }
  }
  expect helplines met
}

test "helplines: not reachable from detention centres" {
  as_of 2024-01-01
  profile {
    reporting: {
      child_helpline: {
        exists: true,
        confidential: true,
        accessible_in_care_and_justice_institutions: false,
        refers_to_services: true,
        operators_trained: true,
        operators_supervised: true
      }
    }
  }
  expect helplines partially_met
}

test "helplines: none" {
  as_of 2024-01-01
  profile { reporting: { child_helpline: { exists: false } } }
  expect helplines not_met
}

test "childrens_rights_institution_2013: ombudsperson since 2000" {
  as_of 2024-01-01
  profile {
    institutions: {
      child_rights_institution: {
        exists: true,
        type: "childrens_ombudsperson",
        established_date: 2000-01-01,
        independent: true,
        mandate_covers_sec: true,
        accepts_complaints_from_children: true
      }
    }
  }
  expect childrens_rights_institution_2013 met on_time
}

test "childrens_rights_institution_2013: NHRI focal point created December 2013" {
  as_of 2024-01-01
  profile {
    institutions: {
      child_rights_institution: {
        exists: true,
        type: "nhri_focal_point",
        established_date: 2013-12-31,
        independent: true,
        mandate_covers_sec: true,
        accepts_complaints_from_children: true
      }
    }
  }
  expect childrens_rights_institution_2013 met on_time
}

test "childrens_rights_institution_2013: ministry department, not independent" {
  as_of 2024-01-01
  profile {
    institutions: {
      child_rights_institution: {
        exists: true,
        type: "other_equivalent",
        established_date: 2011-01-01,
        independent: false
      }
    }
  }
  expect childrens_rights_institution_2013 partially_met overdue
}

test "defect_6_general_ombudsperson_without_mandate_or_complaints_route_is_not_met" {
  as_of 2024-01-01
  profile {
    institutions: {
      child_rights_institution: {
        exists: true,
        type: "general_ombudsperson_focal_point",
        established_date: 2005-04-01,
        independent: true,
        mandate_covers_sec: false,
        accepts_complaints_from_children: false
      }
    }
  }
  expect childrens_rights_institution_2013 partially_met overdue
}

test "defect_6_children_cannot_file_complaints" {
  as_of 2024-01-01
  profile {
    institutions: {
      child_rights_institution: {
        exists: true,
        type: "nhri_focal_point",
        established_date: 2005-04-01,
        independent: true,
        mandate_covers_sec: true,
        accepts_complaints_from_children: {
          value: false,
          source: { cite: "NHRI Act (2004) s. 12", kind: "primary" },
          note: "Complaints only through a parent or legal guardian"
        }
      }
    }
  }
  expect childrens_rights_institution_2013 partially_met overdue
}

test "defect_5a_met_on_is_the_day_the_whole_requirement_held" {
  as_of 2024-01-01
  profile {
    institutions: {
      child_rights_institution: {
        exists: true,
        type: "childrens_ombudsperson",
        established_date: 2010-01-01,
        independent: true,
        mandate_covers_sec: {
          history: [
            { value: false, until: 2017-07-01 },
            {
              value: true,
              from: 2017-07-01,
              source: { cite: "Ombudsperson Act amendment (2017) s. 3" }
            }
          ]
        },
        accepts_complaints_from_children: true
      }
    }
  }
  expect childrens_rights_institution_2013 met late
}

test "coordination_mechanism_2013: international level added after 2013, late" {
  as_of 2024-01-01
  profile {
    institutions: {
      coordination_mechanism: {
        exists: true,
        established_date: 2011-03-01,
        levels: {
          history: [
            { value: ["national", "regional"], until: 2016-01-01 },
            { value: ["national", "regional", "international"], from: 2016-01-01 }
          ]
        },
        participants: ["government_ministries", "ngos"]
      }
    }
  }
  expect coordination_mechanism_2013 met late
}

test "childrens_rights_institution_2013: bill tabled, as of 2013" {
  as_of 2013-06-01
  profile {
    institutions: {
      child_rights_institution: { exists: false, planned: true, planned_date: 2013-02-14 }
    }
  }
  expect childrens_rights_institution_2013 partially_met not_due
}

test "childrens_rights_institution_2013: bill tabled in 2012, still pending in 2024" {
  as_of 2024-01-01
  profile {
    institutions: {
      child_rights_institution: { exists: false, planned: true, planned_date: 2012-05-02 }
    }
  }
  expect childrens_rights_institution_2013 partially_met overdue
}

test "defect_5b_plan_made_after_the_deadline_earns_nothing" {
  as_of 2025-01-01
  profile {
    institutions: {
      child_rights_institution: {
        exists: false,
        planned: {
          value: true,
          source: { cite: "Children's Commissioner Bill, first reading, 2024" }
        },
        planned_date: 2024-11-20
      },
      coordination_mechanism: { exists: false, planned: true, planned_date: 2020-01-15 }
    },
    reporting: {
      system: { exists: false, planned: true, planned_date: 2019-06-01 },
      mandatory_reporting: { exists: false }
    },
    cooperation: {
      regional_child_protection_mechanism: {
        participates: false,
        planned: true,
        planned_date: 2016-09-30
      }
    }
  }
  expect childrens_rights_institution_2013 not_met overdue
  expect coordination_mechanism_2013 not_met overdue
  expect reporting_system_2013 not_met overdue
  expect regional_monitoring_mechanism_2013 not_met overdue
}

test "childrens_rights_institution_2013: plan without a date" {
  as_of 2024-01-01
  profile { institutions: { child_rights_institution: { exists: false, planned: true } } }
  expect childrens_rights_institution_2013 unknown overdue
}

test "victim_recovery_services: complete" {
  as_of 2024-01-01
  profile {
    services: {
      child_victims: {
        exists: true,
        legal_entitlement: true,
        without_discrimination: true,
        economic_support: true,
        psychosocial_support: true,
        multidisciplinary_teams: true
      }
    }
  }
  expect victim_recovery_services met
}

test "victim_recovery_services: no economic support" {
  as_of 2024-01-01
  profile {
    services: {
      child_victims: {
        exists: true,
        without_discrimination: true,
        economic_support: false,
        psychosocial_support: true,
        multidisciplinary_teams: true
      }
    }
  }
  expect victim_recovery_services partially_met
}

test "victim_recovery_services: none" {
  as_of 2024-01-01
  profile { services: { child_victims: { exists: false } } }
  expect victim_recovery_services not_met
}

test "services_accessible_inclusive: reaches every group" {
  as_of 2024-01-01
  profile {
    services: {
      child_victims: {
        exists: true,
        child_sensitive: true,
        gender_sensitive: true,
        reaches: {
          children_with_special_needs: true,
          ethnic_minority_children: true,
          indigenous_children: true,
          refugee_and_asylum_seeking_children: true,
          children_in_domestic_service: true,
          street_children: true
        }
      }
    }
  }
  expect services_accessible_inclusive met
}

test "defect_7_group_stated_not_present_with_a_source" {
  as_of 2024-01-01
  profile {
    services: {
      child_victims: {
        exists: true,
        child_sensitive: true,
        gender_sensitive: true,
        reaches: {
          children_with_special_needs: true,
          ethnic_minority_children: true,
          indigenous_children: false,
          refugee_and_asylum_seeking_children: true,
          children_in_domestic_service: true,
          street_children: true
        },
        groups_not_present: {
          indigenous_children: {
            value: true,
            source: { cite: "National Statistics Office, Census 2020, table 4.1", kind: "primary" },
            note: "No indigenous population recorded"
          }
        }
      }
    }
  }
  expect services_accessible_inclusive met
}

test "defect_7_a_group_the_services_do_not_reach_is_not_excused_without_a_statement" {
  as_of 2024-01-01
  profile {
    services: {
      child_victims: {
        exists: true,
        child_sensitive: true,
        gender_sensitive: true,
        reaches: {
          children_with_special_needs: true,
          ethnic_minority_children: true,
          indigenous_children: false,
          refugee_and_asylum_seeking_children: true,
          children_in_domestic_service: true,
          street_children: true
        },
        groups_not_present: { street_children: false }
      }
    }
  }
  expect services_accessible_inclusive partially_met
}

test "services_accessible_inclusive: asylum seekers excluded" {
  as_of 2024-01-01
  profile {
    services: {
      child_victims: {
        exists: true,
        child_sensitive: true,
        gender_sensitive: true,
        reaches: {
          children_with_special_needs: true,
          ethnic_minority_children: true,
          indigenous_children: true,
          refugee_and_asylum_seeking_children: false,
          children_in_domestic_service: true,
          street_children: true
        }
      }
    }
  }
  expect services_accessible_inclusive partially_met
}

test "services_accessible_inclusive: no services" {
  as_of 2024-01-01
  profile { services: { child_victims: { exists: false } } }
  expect services_accessible_inclusive not_met
}

test "services_accessible_inclusive: outreach not assessed" {
  as_of 2024-01-01
  profile {
    services: { child_victims: { exists: true, child_sensitive: true, gender_sensitive: true } }
  }
  expect services_accessible_inclusive unknown
}

test "regional_monitoring_mechanism_2013: member since 2013-01-01" {
  as_of 2024-01-01
  profile {
    cooperation: {
      regional_child_protection_mechanism: {
        participates: true,
        name: "Regional Working Group on Child Protection",
        joined_date: 2013-01-01,
        covers_sec: true,
        monitors_progress: true
      }
    }
  }
  expect regional_monitoring_mechanism_2013 met on_time
}

test "regional_monitoring_mechanism_2013: joined 2014" {
  as_of 2024-01-01
  profile {
    cooperation: {
      regional_child_protection_mechanism: {
        participates: true,
        joined_date: 2014-02-01,
        covers_sec: true,
        monitors_progress: true
      }
    }
  }
  expect regional_monitoring_mechanism_2013 met late
}

test "regional_monitoring_mechanism_2013: mechanism without monitoring" {
  as_of 2024-01-01
  profile {
    cooperation: {
      regional_child_protection_mechanism: {
        participates: true,
        joined_date: 2010-01-01,
        covers_sec: true,
        monitors_progress: false
      }
    }
  }
  expect regional_monitoring_mechanism_2013 partially_met overdue
}

test "regional_monitoring_mechanism_2013: none" {
  as_of 2024-01-01
  profile {
    cooperation: { regional_child_protection_mechanism: { participates: false, planned: false } }
  }
  expect regional_monitoring_mechanism_2013 not_met overdue
}

test "international_cooperation: enforcement and victim assistance" {
  as_of 2024-01-01
  profile {
    cooperation: {
      agreements: [
        {
          name: "Regional convention on mutual assistance",
          kind: "regional",
          covers_sec: true,
          purposes: ["mutual_legal_assistance", "extradition"]
        },
        {
          name: "Bilateral MoU on child victims of trafficking",
          kind: "bilateral",
          covers_sec: true,
          purposes: ["victim_assistance", "repatriation"]
        }
      ]
    }
  }
  expect international_cooperation met
}

test "international_cooperation: enforcement only" {
  as_of 2024-01-01
  profile {
    cooperation: {
      agreements: [
        {
          name: "Extradition treaty",
          kind: "bilateral",
          covers_sec: true,
          purposes: ["extradition"]
        }
      ]
    }
  }
  expect international_cooperation partially_met
}

test "international_cooperation: no arrangements" {
  as_of 2024-01-01
  profile { cooperation: { agreements: [] } }
  expect international_cooperation not_met
}

test "international_cooperation: scope of an arrangement unknown" {
  as_of 2024-01-01
  profile {
    cooperation: {
      agreements: [
        {
          name: "Police cooperation agreement",
          kind: "bilateral",
          purposes: ["police_investigation"]
        }
      ]
    }
  }
  expect international_cooperation unknown
}

test "provide_assistance_when_able: provides" {
  as_of 2024-01-01
  profile { cooperation: { assistance_to_other_states: { provides: true } } }
  expect provide_assistance_when_able met
}

test "provide_assistance_when_able: does not provide" {
  as_of 2024-01-01
  profile { cooperation: { assistance_to_other_states: { provides: false } } }
  expect provide_assistance_when_able not_met
}

test "provide_assistance_when_able: not in a position to do so" {
  as_of 2024-01-01
  profile {
    cooperation: { assistance_to_other_states: { provides: false } },
    exceptions: {
      provide_assistance_when_able: {
        justification: "Least developed country; itself a recipient of official development assistance",
        source: { cite: "UN list of least developed countries, 2023", kind: "secondary" },
        review: {
          status: "accepted",
          by: "Regional monitoring committee",
          date: 2023-10-02,
          note: "On the UN list of least developed countries"
        }
      }
    }
  }
  expect provide_assistance_when_able not_applicable
}

test "provide_assistance_when_able: exception contested, evaluated as usual" {
  as_of 2024-01-01
  profile {
    cooperation: { assistance_to_other_states: { provides: false } },
    exceptions: {
      provide_assistance_when_able: {
        justification: "Budget constraints",
        review: {
          status: "contested",
          by: "Regional monitoring committee",
          note: "A high-income State; budget constraints alone do not show it is not in a position to do so"
        }
      }
    }
  }
  expect provide_assistance_when_able not_met
}

# Defect 12 (issue 17): "immediately" is read by the conventions table (at most 3 days), the
# strictest of the urgency readings; a 15-day registration period is a period, not immediate.
test "defect_12_immediately_is_the_strictest_urgency_reading" {
  as_of 2024-01-01
  profile {
    civil_registration: {
      registration_compulsory: true,
      registration_deadline_days: 15,
      covers_all_children_born_on_territory: true
    }
  }
  expect birth_registration_immediate partially_met
}

# Defect 5 (issue 17): during 2013 a "by 2013" institution that is not there is not_due on the
# window's last day, and the report flags that the window reading applies; before 2013 and
# after it, no flag.
test "defect_5_by_2013_window_reading_is_flagged_during_2013" {
  as_of 2013-06-30
  profile { institutions: { coordination_mechanism: { exists: false, planned: false } } }
  expect coordination_mechanism_2013 not_met not_due
  expect coordination_mechanism_2013 in_window
}

test "defect_5_by_2013_window_flag_only_inside_the_window" {
  as_of 2014-01-01
  profile { institutions: { coordination_mechanism: { exists: false, planned: false } } }
  expect coordination_mechanism_2013 not_met overdue
  expect coordination_mechanism_2013 not in_window
}

# The crosswalk (issue 17): ECPAT's Extraterritoriality & Extradition indicator rates the three
# obligations of C.1(a)-4 in one rating; the lead agency of C.1(a)-5 is no part of it.
test "crosswalk_c1a_4_carries_ecpats_extraterritoriality_indicator" {
  as_of 2024-01-01
  profile {}
  expect extraterritorial_jurisdiction indicator "ecpat:extraterritoriality-extradition"
  expect abolish_double_criminality indicator "ecpat:extraterritoriality-extradition"
  expect extradition_and_mla indicator "ecpat:extraterritoriality-extradition"
  expect lead_le_agency_extraterritorial not indicator "ecpat:extraterritoriality-extradition"
}
