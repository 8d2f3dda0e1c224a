# The tests of the obligations in icmec.lex (`lexpact test --library icmec`).

test "icmec: criterion 1 met" {
  as_of 2024-01-01
  profile {
    offences: {
      csam: { specific_legislation: true, legal_ref: "Child Sexual Abuse Material Act 2015" }
    }
  }
  expect icmec_specific_legislation met
}

test "icmec: criterion 1 not met (general obscenity law only)" {
  as_of 2024-01-01
  profile {
    offences: {
      csam: {
        specific_legislation: {
          value: false,
          note: "only the general obscenity offence of the Penal Code"
        }
      }
    }
  }
  expect icmec_specific_legislation not_met
}

test "icmec: criterion 1 unknown" {
  as_of 2024-01-01
  profile { offences: { csam: { criminalized: true } } }
  expect icmec_specific_legislation unknown
}

test "icmec: criterion 2 met" {
  as_of 2024-01-01
  profile { definitions: { csam: { defined: true } } }
  expect icmec_csam_definition met
}

test "icmec: criterion 2 not met" {
  as_of 2024-01-01
  profile { definitions: { csam: { defined: false } } }
  expect icmec_csam_definition not_met
}

test "icmec: criterion 3 met" {
  as_of 2024-01-01
  profile { offences: { csam: { technology_facilitated: true } } }
  expect icmec_technology_facilitated_offences met
}

test "icmec: criterion 3 not met" {
  as_of 2024-01-01
  profile { offences: { csam: { technology_facilitated: false } } }
  expect icmec_technology_facilitated_offences not_met
}

test "icmec: criterion 4 met" {
  as_of 2024-01-01
  profile { offences: { csam: { simple_possession_criminalized: true } } }
  expect icmec_simple_possession met
}

test "icmec: criterion 4 not met (possession only with intent to distribute)" {
  as_of 2024-01-01
  profile {
    offences: {
      csam: {
        simple_possession_criminalized: false,
        possession_with_intent_to_distribute_criminalized: true
      }
    }
  }
  expect icmec_simple_possession not_met
}

test "icmec: criterion 5 met" {
  as_of 2024-01-01
  profile { industry: { reporting_duty: { isps: true, recipient: "law_enforcement" } } }
  expect icmec_isp_reporting met
}

test "icmec: criterion 5 not met" {
  as_of 2024-01-01
  profile { industry: { reporting_duty: { isps: false } } }
  expect icmec_isp_reporting not_met
}

test "icmec: criterion 5 not assessed" {
  as_of 2024-01-01
  profile { industry: { reporting_duty: { isps: { status: "not_assessed" } } } }
  expect icmec_isp_reporting unknown
}

test "icmec: sufficient with all five criteria" {
  as_of 2024-01-01
  profile {
    offences: {
      csam: {
        specific_legislation: true,
        technology_facilitated: true,
        simple_possession_criminalized: true
      }
    },
    definitions: { csam: { defined: true } },
    industry: { reporting_duty: { isps: true } }
  }
  expect icmec_sufficient met
  expect icmec_isp_reporting met
}

test "icmec: sufficient without ISP reporting" {
  as_of 2024-01-01
  profile {
    offences: {
      csam: {
        specific_legislation: true,
        technology_facilitated: true,
        simple_possession_criminalized: true
      }
    },
    definitions: { csam: { defined: true } },
    industry: { reporting_duty: { isps: false } }
  }
  expect icmec_sufficient met
  expect icmec_isp_reporting not_met
}

test "icmec: legislation without a definition of CSAM" {
  as_of 2024-01-01
  profile {
    offences: {
      csam: {
        specific_legislation: true,
        technology_facilitated: true,
        simple_possession_criminalized: true
      }
    },
    definitions: { csam: { defined: false } }
  }
  expect icmec_sufficient partially_met
  expect icmec_csam_definition not_met
}

test "icmec: no CSAM-specific legislation" {
  as_of 2024-01-01
  profile {
    offences: {
      csam: {
        specific_legislation: false,
        technology_facilitated: false,
        simple_possession_criminalized: false
      }
    },
    definitions: { csam: { defined: false } }
  }
  expect icmec_sufficient not_met
}

test "icmec: possession offence not assessed" {
  as_of 2024-01-01
  profile {
    offences: { csam: { specific_legislation: true, technology_facilitated: true } },
    definitions: { csam: { defined: true } }
  }
  expect icmec_sufficient unknown
}
