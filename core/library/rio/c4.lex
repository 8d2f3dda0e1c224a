# C.4 Sexual exploitation of children and adolescents in travel and tourism (8 bullets).
# Addressed to "States, UN agencies, NGOs, the private sector, academia, children and young
# people and other relevant actors"; the obligations below are the States' part. C.4-2
# (unregulated tourism), C.4-6 (vocational training near tourist destinations) and C.4-7
# (monitoring emerging destinations) are qualitative and not encoded (see coverage.tsv).
# Encoding notes of the second edition (issue 17): C.4-1 reads all three means of its "and/or";
# C.4-3 reads its legal and human-rights condition; C.4-4 reads enforcement figures.

# Three means are listed and joined by "and/or" ("encourage and support … Codes of Conduct …;
# encourage the use of businesses that put in place … child protection-focused corporate social
# responsibility strategies; and/or provide other incentives"): any one of them, or several,
# meets the bullet. Supporting sector codes of conduct (joining The Code is the example given)
# or making child-protection standards mandatory (which goes further than encouraging codes)
# is the first; encouraging the use of businesses with child-protection strategies the second;
# other incentives the third. No means is partial: the bullet asks for none of them in full.
obligation tourism_codes_of_conduct {
  title "Support for professional codes of conduct in the tourism, travel and hotel sectors"
  cite "C.4-1"
  group "C.4"
  text "Encourage and support the tourism, travel and hotel sectors in adopting professional Codes of Conduct, for example by joining and implementing the Code of Conduct for the Protection of Children in Travel and Tourism; encourage the use of businesses that put in place appropriate child protection-focused corporate social responsibility strategies; and/or provide other incentives for those participating"
  indicator "ecpat:protection-standards-travel-and-tourism"
  indicator "lanzarote:9"
  require tourism.codes_of_conduct_supported
      or tourism.child_protection_standards == "mandatory"
      or tourism.child_protection_businesses_encouraged
      or tourism.incentives_for_child_protection
}

# "such as the Interpol 'green notice' system": using green notices suffices for the system.
# "in accordance with applicable law and human rights standards" is read as a condition of
# every notification, not as a manner: the State needs a legal basis for notifying other States
# (outbound_notification_law) and safeguards of data protection and proportionality
# (human_rights_safeguards). Taking part without them, or a legal basis without taking part, is
# partial.
obligation travel_notification_system {
  title "Cooperation in an international travel notification system"
  cite "C.4-3"
  group "C.4"
  text "Cooperate in the establishment of an international travel notification system, such as the Interpol 'green notice' system, in accordance with applicable law and human rights standards"
  amended "such as the Interpol 'green notice' system, in accordance with applicable law and human rights standards"
  require (cooperation.travel_notification.participates or cooperation.travel_notification.interpol_green_notices_used)
      and cooperation.travel_notification.outbound_notification_law
      and cooperation.travel_notification.human_rights_safeguards
  partial when cooperation.travel_notification.participates
      or cooperation.travel_notification.interpol_green_notices_used
      or cooperation.travel_notification.outbound_notification_law
}

# An enforcement bullet: "Ensure investigation … against the State's nationals who are reported
# or alleged …". The statute (which offences, without complaint or foreign request) is C.1(a)-4's
# and is not read again here, so one legal gap is not counted twice; only jurisdiction over
# nationals at all, without which no charge can be brought, is read. The enforcement figures of
# one stated period decide: every allegation received was investigated. Whether charges
# followed depends on the evidence ("where sufficient evidence exists"), so the number
# prosecuted is recorded but not compared with the allegations. Some investigations, or some
# prosecutions, short of every allegation are partial. Without the figures the bullet is
# unknown: a statute is not proof of investigation.
define every_allegation_investigated(e) = e.cases_investigated >= e.allegations_received

define some_allegations_pursued(e) = e.cases_investigated > 0 or e.cases_prosecuted > 0

obligation prosecute_nationals_abroad {
  title "Legal basis to investigate and charge nationals who sexually exploit children abroad"
  cite "C.4-4"
  group "C.4"
  text "Ensure investigation and, where sufficient evidence exists, that appropriate charges are brought and vigorously pursued against the State's nationals who are reported or alleged to have sexually exploited a child in a foreign country"
  indicator "lanzarote:25"
  require jurisdiction.extraterritorial.active_nationality
      and every_allegation_investigated(jurisdiction.extraterritorial.enforcement)
  partial when some_allegations_pursued(jurisdiction.extraterritorial.enforcement)
}

obligation prohibit_sectt_advertising_alert_travellers {
  title "Advertising of sexual exploitation of children in tourism prohibited; travellers alerted to criminal sanctions"
  cite "C.4-5"
  group "C.4"
  text "Prohibit the production and dissemination of material advertising the sexual exploitation of children in tourism; but alert travellers to criminal sanctions that will apply in cases of sexual exploitation of children"
  indicator "lanzarote:8"
  require offences.sectt_advertising.prohibited and tourism.traveller_alerts
  partial when offences.sectt_advertising.prohibited or tourism.traveller_alerts
}

obligation institutional_cooperation_tourism {
  title "Coordinated response of government, law enforcement and NGOs to sexual exploitation of children in travel and tourism"
  cite "C.4-8"
  group "C.4"
  text "Encourage and support greater intra- and inter-institutional cooperation among government, law enforcement, NGOs and other relevant actors to develop a simplified, effective, coordinated response to the sexual exploitation of children and adolescents in travel and tourism."
  indicator "lanzarote:10"
  amended "Encourage and support greater intra- and inter-institutional cooperation among government, law enforcement, NGOs and other relevant actors to develop a simplified, effective, coordinated response to the sexual exploitation of children and adolescents in travel and tourism."
  require institutions.sectt_coordination.exists
      and institutions.sectt_coordination.includes_law_enforcement
      and institutions.sectt_coordination.includes_ngos
  partial when institutions.sectt_coordination.exists
}
