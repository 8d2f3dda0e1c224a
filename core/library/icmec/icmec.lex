# ICMEC's five criteria for legislation on child sexual abuse material.
#
# SOURCE. International Centre for Missing & Exploited Children (ICMEC), "Child Sexual Abuse
# Material: Model Legislation & Global Review", 9th Edition (2018). Its global legislative
# review looks at whether national legislation:
#   (1) exists with specific regard to CSAM;
#   (2) provides a definition of CSAM;
#   (3) criminalizes technology-facilitated CSAM offenses;
#   (4) criminalizes the knowing possession of CSAM, regardless of the intent to distribute; and
#   (5) requires Internet Service Providers (ISPs) to report suspected CSAM to law enforcement or
#       to some other mandated agency.
# The same five criteria have been used since the 1st Edition (2006, "Child Pornography: Model
# Legislation & Global Review"); editions before the 9th word them for "child pornography" and
# "computer-facilitated" offences. The `text` of each obligation quotes the 9th Edition wording.
#
# "SUFFICIENT". ICMEC's reviews count a country as having "legislation deemed sufficient to
# combat child pornography offenses" when its legislation meets all five criteria or all but the
# last one (ISP reporting): in other words when it meets criteria 1 to 4. icmec_sufficient
# encodes that method; its `text` quotes ICMEC's phrase. It is partially met when
# CSAM-specific legislation exists (criterion 1) but one of criteria 2-4 is not met, matching
# ICMEC's distinction between countries with some legislation and those with none.
#
# INDICATORS. Each criterion's obligation carries `indicator "icmec:N"` (criterion N), so that
# `lexpact check --by-indicator icmec` groups results as the review does; the rating carries
# `icmec:rating`, its own column in the review's tables rather than a sixth criterion.
#
# The facts are the same as those the Rio library reads (schema lexpact/legal-profile/v1), so a
# profile is checked against both instruments without duplication.

ruleset "icmec" version "Child Sexual Abuse Material: Model Legislation & Global Review, 9th Edition (2018): the five criteria of the global legislative review"
schema "lexpact/legal-profile/v1"

define icmec_criterion_1 = offences.csam.specific_legislation
define icmec_criterion_2 = definitions.csam.defined
define icmec_criterion_3 = offences.csam.technology_facilitated
define icmec_criterion_4 = offences.csam.simple_possession_criminalized
define icmec_criterion_5 = industry.reporting_duty.isps

obligation icmec_specific_legislation {
  title "Legislation specific to child sexual abuse material"
  cite "criterion 1"
  group "ICMEC"
  text "national legislation … exists with specific regard to CSAM"
  indicator "icmec:1"
  require icmec_criterion_1
}

obligation icmec_csam_definition {
  title "Legal definition of child sexual abuse material"
  cite "criterion 2"
  group "ICMEC"
  text "national legislation … provides a definition of CSAM"
  indicator "icmec:2"
  require icmec_criterion_2
}

obligation icmec_technology_facilitated_offences {
  title "Technology-facilitated CSAM offences criminalized"
  cite "criterion 3"
  group "ICMEC"
  text "national legislation … criminalizes technology-facilitated CSAM offenses"
  indicator "icmec:3"
  require icmec_criterion_3
}

obligation icmec_simple_possession {
  title "Knowing possession of CSAM criminalized regardless of intent to distribute"
  cite "criterion 4"
  group "ICMEC"
  text "national legislation … criminalizes the knowing possession of CSAM, regardless of the intent to distribute"
  indicator "icmec:4"
  require icmec_criterion_4
}

obligation icmec_isp_reporting {
  title "ISPs required to report suspected CSAM to law enforcement or another mandated agency"
  cite "criterion 5"
  group "ICMEC"
  text "national legislation … requires Internet Service Providers (ISPs) to report suspected CSAM to law enforcement or to some other mandated agency"
  indicator "icmec:5"
  require icmec_criterion_5
}

obligation icmec_sufficient {
  title "Legislation sufficient to combat CSAM offences (criteria 1 to 4, per ICMEC's method)"
  cite "criteria 1-4"
  group "ICMEC"
  text "legislation deemed sufficient to combat child pornography offenses"
  indicator "icmec:rating"
  require icmec_criterion_1 and icmec_criterion_2 and icmec_criterion_3 and icmec_criterion_4
  partial when icmec_criterion_1
}
