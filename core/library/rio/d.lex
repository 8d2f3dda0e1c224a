# D. Follow-up (2 bullets): "We commit ourselves to the most effective follow-up to this Plan
# of Action:". D-2 (the international level: supporting special mandate holders, encouraging the
# private sector to join the UN Global Compact) is not decidable from a legal profile and is not
# encoded (see coverage.tsv).

# "ANNUALLY" is read by the library's conventions (conventions.md, annual_max_days in rio.lex):
# the latest published report is at most one year old on the evaluation date (the date the
# report is made for, not the profile's own `as_of`). A report's `date` decides; a report
# whose `date` is not given counts when its `year` is the evaluation year, is too old when
# its year is two or more years back, and leaves the obligation unknown in between. An older
# report earns nothing: the commitment is a rhythm. One of the two elements (a current report,
# or national discussions of progress) without the other is partial.
define rio_report_current(r) = r.published
    and r.year >= year(evaluation_date()) - 1
    and (r.year == year(evaluation_date()) and not is_known(r.date) or days_between(r.date, evaluation_date()) >= 0 and days_between(r.date, evaluation_date()) <= annual_max_days)

obligation annual_national_reporting_rio {
  title "Annual national reporting on the implementation of the Rio Declaration and Plan of Action, and national discussions on progress"
  cite "D-1"
  group "D"
  text "at the national level, inter alia, by annually reporting on the measures taken for the implementation of the Rio Declaration and Plan of Action and promoting/initiating discussions on the progress made and the remaining challenges"
  require (any r in followup.rio_reports where rio_report_current(r))
      and followup.national_progress_discussions
  partial when (any r in followup.rio_reports where rio_report_current(r))
      or followup.national_progress_discussions
}
