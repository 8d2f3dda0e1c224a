# C.5 Trafficking and the sexual exploitation of children and adolescents (7 bullets).
# "we call on States, where appropriate with the support of UN agencies, NGOs, the private
# sector, academia, children and young people and other relevant actors to": "where
# appropriate" qualifies the support of the others, not the States' duties, so it is not an
# exception to the obligations below. C.5-2 (mobilising communities) is qualitative and not
# encoded (see coverage.tsv).

# "in accordance with obligations under the Palermo Protocol": art. 3(c) (for a child, no
# means need be proven) and 3(d) (a child is any person under 18); exploitation includes sexual
# exploitation (art. 3(a)). The Protocol's offences are established "independently of the
# transnational nature" of the act (UNTOC art. 34(2), applied to the Protocol by its art.
# 1(2)), so the definition must cover trafficking within the State too. C.5-4 checks the
# policies and programmes on internal trafficking, not the definition.
obligation child_trafficking_definition {
  title "Clear definition of child trafficking in line with the Palermo Protocol"
  cite "C.5-1"
  group "C.5"
  text "Adopt a clear definition of child trafficking in accordance with obligations under the Palermo Protocol and other relevant international instruments and standards, and take into consideration the OHCHR Principles and Guidelines on the Trafficking of Human Beings (including children)"
  in each jurisdiction
  require definitions.child_trafficking.defined
      and covers_all_children(definitions.child_trafficking)
      and definitions.child_trafficking.means_not_required
      and definitions.child_trafficking.covers_sexual_exploitation
      and definitions.child_trafficking.covers_internal_trafficking
  partial when definitions.child_trafficking.defined
}

obligation community_rehab_trafficking {
  title "Community-based rehabilitation and reintegration programmes for child victims of trafficking"
  cite "C.5-3"
  group "C.5"
  text "Pilot and adapt or replicate successful models of community-based rehabilitation and reintegration programmes for child victims of trafficking"
  in each jurisdiction
  require services.trafficked_children.community_based_reintegration
}

# "to ensure that the best interests of the child are taken into account" is the purpose the
# procedure must serve: a return decided without a best-interests determination (UNHCR's BID
# procedure, or an equivalent formal assessment) does not meet it, however careful the needs
# and risk assessment.
obligation internal_and_crossborder_policy_repatriation_sop {
  title "Policies on internal and cross-border child trafficking, with a standard operating procedure for safe repatriation based on a needs and risk assessment"
  cite "C.5-4"
  group "C.5"
  text "Establish policies and programmes that address not only cross-border but also internal trafficking of children and that include, among other elements, a standard operating procedure for the safe repatriation and return of children based on a careful assessment of the needs and risks to the child of returning to her/his place of origin to ensure that the best interests of the child are taken into account"
  require policy.trafficking.covers_cross_border
      and policy.trafficking.covers_internal
      and victims.repatriation_sop.exists
      and victims.repatriation_sop.needs_and_risk_assessment
      and victims.repatriation_sop.best_interests_determination
  partial when policy.trafficking.covers_cross_border
      or policy.trafficking.covers_internal
      or victims.repatriation_sop.exists
}

# "for example by establishing coordinating units": a unit with a mandate to issue the two kinds
# of guidelines suffices; so do the guidelines themselves, issued by another body. A unit
# without that mandate, or only one kind of guideline, is partial. The strengthening of
# cooperation as such is not decidable from a profile.
obligation le_coordination_units_victim_guidelines {
  title "Law enforcement cooperation on child trafficking: guidelines on investigation and on treating trafficked children as victims"
  cite "C.5-5"
  group "C.5"
  text "Continue strengthening cross-border and internal cooperation of law enforcement officials, for example by establishing coordinating units with a mandate to issue clear guidelines for investigation of cases of trafficking of children and for treating trafficked children not as criminals but as victims in need of protection"
  require institutions.trafficking_coordination_unit.exists and institutions.trafficking_coordination_unit.issues_guidelines
      or policy.trafficking.investigation_guidelines and policy.trafficking.victim_treatment_guidelines
  partial when institutions.trafficking_coordination_unit.exists
      or policy.trafficking.investigation_guidelines
      or policy.trafficking.victim_treatment_guidelines
}

# C.5-6 holds three duties ("that a guardian is appointed …, that an effective system of
# registration … is established, and that every trafficked child is provided with …"); each is
# an obligation with the cite C.5-6.
#
# "WITHOUT DELAY". The Pact gives no number; "without delay" is read by the library's
# conventions (conventions.md, without_delay_max_days in rio.lex): a legal duty to appoint the
# guardian within at most 7 days of the child's identification as an unaccompanied trafficked
# child (0 = at once). A duty to appoint with no time limit, or a longer one, is partial.

obligation guardian_for_unaccompanied_trafficked_child {
  title "Guardian appointed without delay for every unaccompanied trafficked child"
  cite "C.5-6"
  group "C.5"
  text "Take legislative and other measures to ensure that a guardian is appointed without delay for every unaccompanied trafficked child"
  in each jurisdiction
  require victims.unaccompanied_trafficked_children.guardian_required_by_law
      and victims.unaccompanied_trafficked_children.guardian_time_limit_in_law
      and victims.unaccompanied_trafficked_children.guardian_time_limit_days <= without_delay_max_days
  partial when victims.unaccompanied_trafficked_children.guardian_required_by_law
}

obligation trafficked_children_registration {
  title "Effective system of registration and documentation of all trafficked children"
  cite "C.5-6"
  group "C.5"
  text "that an effective system of registration and documentation of all trafficked children is established"
  require data.trafficked_children_registration.exists
      and data.trafficked_children_registration.covers_all_trafficked_children
  partial when data.trafficked_children_registration.exists
}

obligation trafficked_children_recovery_support {
  title "Short-term protection and long-term economic and psycho-social support for every trafficked child"
  cite "C.5-6"
  group "C.5"
  text "and that every trafficked child is provided with not only short-term protection but also with the necessary economic and psycho-social support for full and long-lasting recovery and social reintegration"
  indicator "lanzarote:14"
  in each jurisdiction
  require services.trafficked_children.short_term_protection
      and services.trafficked_children.economic_support
      and services.trafficked_children.psychosocial_support
      and services.trafficked_children.long_term_reintegration
  partial when services.trafficked_children.short_term_protection
      or services.trafficked_children.economic_support
      or services.trafficked_children.psychosocial_support
}

# The laws named ("for example laws on marriage, adoption and migration, …") illustrate the
# legislation to review; any review of conducive legislation counts.
obligation evaluate_programmes_and_conducive_laws {
  title "Regular evaluation, with civil society and children, of anti-trafficking programmes and policies and of conducive legislation"
  cite "C.5-7"
  group "C.5"
  text "Undertake and/or support, with the involvement of civil society and children, the regular evaluation of programmes and policies to prevent and stop the trafficking of children and of legislation that may have a conducive impact on trafficking, for example laws on marriage, adoption and migration, birth registration, accordance of citizenship, refugee or other status."
  require policy.trafficking.evaluation.regular
      and policy.trafficking.evaluation.involves_civil_society
      and policy.trafficking.evaluation.involves_children
      and policy.trafficking.evaluation.conducive_laws_reviewed
  partial when policy.trafficking.evaluation.regular
      or policy.trafficking.evaluation.conducive_laws_reviewed
}
