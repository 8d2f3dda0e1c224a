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

obligation prohibit_sectt_advertising_alert_travellers {
  title "Advertising of sexual exploitation of children in tourism prohibited; travellers alerted to criminal sanctions"
  cite "C.4-5"
  group "C.4"
  text "Prohibit the production and dissemination of material advertising the sexual exploitation of children in tourism; but alert travellers to criminal sanctions that will apply in cases of sexual exploitation of children"
  require offences.sectt_advertising.prohibited and tourism.traveller_alerts
  partial when offences.sectt_advertising.prohibited or tourism.traveller_alerts
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
