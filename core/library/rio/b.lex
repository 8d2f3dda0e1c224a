# B. Declaration (10 bullets): pledges of all the participants, governments among them. Two are
# decidable from a legal profile and encoded here: B-6 (cooperation with human rights bodies,
# read as the State's reporting to the treaty bodies) and B-7 (structures for child
# participation). The others are listed in coverage.tsv.

# B-6. The State's part in the bodies' "efforts to promote and review reports on the
# implementation of measures against the sexual exploitation of children" is to submit those
# reports. The OPSC fixes the first one: a report "within two years following the entry into
# force of the Protocol for that State Party" (art. 12(1)), a deadline computed from the
# State's own entry-into-force date, not a date of the Pact. While that day is to come and no
# report is in, nothing is owed yet (not_applicable). A report submitted after the due day is
# partial; none after it, not_met. Support of regional and national bodies is qualitative.
define opsc_initial_report_due = add_years(treaties.opsc.entry_into_force_date, 2)

obligation treaty_body_initial_report_opsc {
  title "Initial report under the OPSC submitted within two years of its entry into force for the State"
  cite "B-6"
  group "B"
  text "We will cooperate with and support international, regional and national human rights bodies in efforts to promote and review reports on the implementation of measures against the sexual exploitation of children and adolescents."
  applies when ratified(treaties.opsc)
      and (followup.treaty_body_reporting.opsc_initial_report_submitted or evaluation_date() > opsc_initial_report_due)
  require followup.treaty_body_reporting.opsc_initial_report_submitted
      and followup.treaty_body_reporting.opsc_initial_report_date <= opsc_initial_report_due
  partial when followup.treaty_body_reporting.opsc_initial_report_submitted
}

# After its initial report, a State reports on the OPSC in its periodic reports under the CRC
# (OPSC art. 12(2)), due every five years (CRC art. 44(1)(b)). A State with a periodic report
# overdue does not cooperate in the review the bullet names.
obligation treaty_body_periodic_reports {
  title "No periodic report to the Committee on the Rights of the Child overdue"
  cite "B-6"
  group "B"
  text "We will cooperate with and support international, regional and national human rights bodies in efforts to promote and review reports on the implementation of measures against the sexual exploitation of children and adolescents."
  applies when ratified(treaties.crc)
  require followup.treaty_body_reporting.crc_periodic_reports_up_to_date
}

# B-7. "institutionalize meaningful child participation in a sustainable way at all levels,
# including for child victims of or at risk of sexual exploitation, for example through
# adequately resourced child and youth advisory committees, community-based programmes and
# peer-to-peer initiatives": standing structures set up by law or policy (not a one-off
# consultation), at the national and at the local level ("at all levels"), open to children
# affected by sexual exploitation, with resources of their own ("adequately resourced",
# "sustainable"). The forms named are examples: any standing structure counts. Structures that
# lack a level, the affected children or resources are partial.
obligation child_participation_structures {
  title "Standing, resourced structures for child participation at every level, open to children affected by sexual exploitation"
  cite "B-7"
  group "B"
  text "We will support measures and structures to institutionalize meaningful child participation in a sustainable way at all levels, including for child victims of or at risk of sexual exploitation, for example through adequately resourced child and youth advisory committees, community-based programmes and peer-to-peer initiatives."
  indicator "lanzarote:9"
  require institutions.child_participation.institutionalized
      and institutions.child_participation.national_level
      and institutions.child_participation.local_level
      and institutions.child_participation.includes_children_affected_by_sexual_exploitation
      and institutions.child_participation.resourced
  partial when institutions.child_participation.institutionalized
}
