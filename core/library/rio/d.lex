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
