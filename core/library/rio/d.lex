# D. Follow-up (2 bullets): "We commit ourselves to the most effective follow-up to this Plan
# of Action:". D-2 (the international level: supporting special mandate holders, encouraging the
# private sector to join the UN Global Compact) is not decidable from a legal profile and is not
# encoded (see coverage.tsv).

# "ANNUALLY". Checked against the profile's own `as_of` date (the day the profile describes): a
# report published in that calendar year or the year before keeps the annual rhythm. Any earlier
# report only is partial. The profile must carry `as_of` for this obligation to be decided.
obligation annual_national_reporting_rio {
  title "Annual national reporting on the implementation of the Rio Declaration and Plan of Action, and national discussions on progress"
  cite "D-1"
  group "D"
  text "at the national level, inter alia, by annually reporting on the measures taken for the implementation of the Rio Declaration and Plan of Action and promoting/initiating discussions on the progress made and the remaining challenges"
  require (any r in followup.rio_reports where r.published and r.year >= year(as_of) - 1)
      and followup.national_progress_discussions
  partial when any r in followup.rio_reports where r.published
}

test "annual_national_reporting_rio: report published last year" {
  as_of 2024-01-01
  profile {
    as_of: 2024-01-01,
    followup: {
      rio_reports: [
        { year: 2021, published: true, title: "Third national report on the Rio Pact" },
        { year: 2023, published: true, url: "https://example.org/rio-2023.pdf" }
      ],
      national_progress_discussions: true
    }
  }
  expect annual_national_reporting_rio met
}

test "annual_national_reporting_rio: last report 2015" {
  as_of 2024-01-01
  profile {
    as_of: 2024-01-01,
    followup: {
      rio_reports: [{ year: 2015, published: true }],
      national_progress_discussions: true
    }
  }
  expect annual_national_reporting_rio partially_met
}

test "annual_national_reporting_rio: never reported" {
  as_of 2024-01-01
  profile { as_of: 2024-01-01, followup: { rio_reports: [], national_progress_discussions: false } }
  expect annual_national_reporting_rio not_met
}

test "annual_national_reporting_rio: profile without its as_of date" {
  as_of 2024-01-01
  profile {
    followup: {
      rio_reports: [{ year: 2015, published: true }],
      national_progress_discussions: true
    }
  }
  expect annual_national_reporting_rio unknown
}
