# The tests of the obligations in b.lex (`lexpact test --library rio`).

test "treaty_body_initial_report_opsc: submitted within two years" {
  as_of 2024-01-01
  profile {
    treaties: { opsc: { status: "ratified", entry_into_force_date: 2004-03-15 } },
    followup: {
      treaty_body_reporting: {
        opsc_initial_report_submitted: true,
        opsc_initial_report_date: 2006-03-10
      }
    }
  }
  expect treaty_body_initial_report_opsc met
}

test "treaty_body_initial_report_opsc: submitted on the due day" {
  as_of 2024-01-01
  profile {
    treaties: { opsc: { status: "acceded", entry_into_force_date: 2004-03-15 } },
    followup: {
      treaty_body_reporting: {
        opsc_initial_report_submitted: true,
        opsc_initial_report_date: 2006-03-15
      }
    }
  }
  expect treaty_body_initial_report_opsc met
}

test "treaty_body_initial_report_opsc: submitted late" {
  as_of 2024-01-01
  profile {
    treaties: { opsc: { status: "ratified", entry_into_force_date: 2004-03-15 } },
    followup: {
      treaty_body_reporting: {
        opsc_initial_report_submitted: true,
        opsc_initial_report_date: 2009-11-02
      }
    }
  }
  expect treaty_body_initial_report_opsc partially_met
}

test "treaty_body_initial_report_opsc: entry into force on 29 February" {
  as_of 2024-01-01
  profile {
    treaties: { opsc: { status: "ratified", entry_into_force_date: 2004-02-29 } },
    followup: {
      treaty_body_reporting: {
        opsc_initial_report_submitted: true,
        opsc_initial_report_date: 2006-03-01
      }
    }
  }
  expect treaty_body_initial_report_opsc partially_met
}

test "treaty_body_initial_report_opsc: overdue, none submitted" {
  as_of 2024-01-01
  profile {
    treaties: { opsc: { status: "ratified", entry_into_force_date: 2020-01-01 } },
    followup: { treaty_body_reporting: { opsc_initial_report_submitted: false } }
  }
  expect treaty_body_initial_report_opsc not_met
}

test "treaty_body_initial_report_opsc: not yet due" {
  as_of 2024-01-01
  profile {
    treaties: { opsc: { status: "ratified", entry_into_force_date: 2023-06-01 } },
    followup: { treaty_body_reporting: { opsc_initial_report_submitted: false } }
  }
  expect treaty_body_initial_report_opsc not_applicable
}

test "treaty_body_initial_report_opsc: due day read on the evaluation date" {
  as_of 2025-06-02
  profile {
    as_of: 2024-01-01,
    treaties: { opsc: { status: "ratified", entry_into_force_date: 2023-06-01 } },
    followup: { treaty_body_reporting: { opsc_initial_report_submitted: false } }
  }
  expect treaty_body_initial_report_opsc not_met
}

test "treaty_body_initial_report_opsc: not a party" {
  as_of 2024-01-01
  profile { treaties: { opsc: { status: "signed" } } }
  expect treaty_body_initial_report_opsc not_applicable
}

test "treaty_body_initial_report_opsc: entry into force unknown" {
  as_of 2024-01-01
  profile {
    treaties: { opsc: { status: "ratified" } },
    followup: { treaty_body_reporting: { opsc_initial_report_submitted: false } }
  }
  expect treaty_body_initial_report_opsc unknown
}

test "treaty_body_periodic_reports: up to date" {
  as_of 2024-01-01
  profile {
    treaties: { crc: { status: "ratified" } },
    followup: { treaty_body_reporting: { crc_periodic_reports_up_to_date: true } }
  }
  expect treaty_body_periodic_reports met
}

test "treaty_body_periodic_reports: a report overdue" {
  as_of 2024-01-01
  profile {
    treaties: { crc: { status: "ratified" } },
    followup: { treaty_body_reporting: { crc_periodic_reports_up_to_date: false } }
  }
  expect treaty_body_periodic_reports not_met
}

test "treaty_body_periodic_reports: not a party" {
  as_of 2024-01-01
  profile { treaties: { crc: { status: "not_signed" } } }
  expect treaty_body_periodic_reports not_applicable
}

test "child_participation_structures: standing, resourced, at every level" {
  as_of 2024-01-01
  profile {
    institutions: {
      child_participation: {
        institutionalized: true,
        national_level: true,
        local_level: true,
        includes_children_affected_by_sexual_exploitation: true,
        resourced: true
      }
    }
  }
  expect child_participation_structures met
}

test "child_participation_structures: without resources of their own" {
  as_of 2024-01-01
  profile {
    institutions: {
      child_participation: {
        institutionalized: true,
        national_level: true,
        local_level: true,
        includes_children_affected_by_sexual_exploitation: true,
        resourced: false
      }
    }
  }
  expect child_participation_structures partially_met
}

test "child_participation_structures: one-off consultations only" {
  as_of 2024-01-01
  profile { institutions: { child_participation: { institutionalized: false } } }
  expect child_participation_structures not_met
}
