# The tests of the obligations in d.lex (`lexpact test --library rio`).

test "annual_national_reporting_rio: report published last year" {
  as_of 2024-01-01
  profile {
    as_of: 2024-01-01,
    followup: {
      rio_reports: [
        { year: 2021, published: true, title: "Third national report on the Rio Pact" },
        { year: 2023, date: 2023-05-15, published: true, url: "https://example.org/rio-2023.pdf" }
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

test "annual_national_reporting_rio: report of the evaluation year, no date given" {
  as_of 2024-09-01
  profile {
    followup: {
      rio_reports: [{ year: 2024, published: true }],
      national_progress_discussions: true
    }
  }
  expect annual_national_reporting_rio met
}

test "annual_national_reporting_rio: report of last year without its date" {
  as_of 2024-09-01
  profile {
    followup: {
      rio_reports: [{ year: 2023, published: true }],
      national_progress_discussions: true
    }
  }
  expect annual_national_reporting_rio unknown
}

test "annual_national_reporting_rio: one year to the day, across a leap day" {
  as_of 2024-03-01
  profile {
    followup: {
      rio_reports: [{ year: 2023, date: 2023-03-01, published: true }],
      national_progress_discussions: true
    }
  }
  expect annual_national_reporting_rio met
}

# Defect 12 (issue 17): "annually" is read on the evaluation date, not the profile's `as_of`: a
# profile written in 2015 evaluated in 2024 has no current report.
test "defect_12_annually_reads_the_evaluation_date" {
  as_of 2024-06-01
  profile {
    as_of: 2015-01-01,
    followup: {
      rio_reports: [{ year: 2014, published: true }],
      national_progress_discussions: false
    }
  }
  expect annual_national_reporting_rio not_met
}

# Defect 12 (issue 17): a gap of 23 months is not annual, and an old report earns no credit.
test "defect_12_annually_does_not_tolerate_a_two_year_gap" {
  as_of 2024-06-01
  profile {
    as_of: 2024-06-01,
    followup: {
      rio_reports: [{ year: 2022, date: 2022-07-01, published: true }],
      national_progress_discussions: false
    }
  }
  expect annual_national_reporting_rio not_met
}
