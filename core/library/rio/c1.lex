# C.1 General — list (a) "We call on all States to:" (29 bullets).
# Lists (b)-(h) are addressed to the Committee on the Rights of the Child, other UN and regional
# bodies, the Human Rights Council, special mandate holders, UN agencies and NGOs, international
# financial institutions and religious communities: they are not State obligations and are only
# listed in coverage.tsv. Bullets C.1(a)-12 (corruption) and C.1(a)-21 (engaging children on
# values and norms) are qualitative and not encoded (see coverage.tsv).

# =============================================================================================
# C.1(a)-1 and C.1(a)-2: ratification
# =============================================================================================

# Working towards ratification without being bound yet: signed, or a ratification or accession
# process recorded as under way (a bill of approval before parliament, a decision to accede).
# A missing record of such a process is unknown, as any missing fact.
define working_towards_ratification(t) = t.status == "signed" or t.ratification_in_progress

# "Continue working towards ratification … including as appropriate" five instruments. The
# qualifier "as appropriate" lets a State justify why one instrument is not appropriate for it;
# that justification says nothing about the others, so the bullet is split into one obligation
# per instrument, each with its own exception: an accepted claim that CEDAW is not appropriate
# voids `ratify_cedaw` only. Each is met when the State is a party; "continue working towards"
# is partially met when it has signed, or a ratification or accession process is recorded as
# under way (treaties.<x>.ratification_in_progress); not met otherwise. The UN Convention
# against Transnational Organized Crime is named only as the convention the Palermo Protocol
# supplements (being a party to it is a precondition of being a party to the Protocol), so it
# is not required separately.
obligation ratify_crc {
  title "Ratification of the Convention on the Rights of the Child"
  cite "C.1(a)-1"
  group "C.1"
  text "Continue working towards ratification of relevant international instruments, including as appropriate the United Nations Convention on the Rights of the Child"
  exception "as appropriate"
  require ratified(treaties.crc)
  partial when working_towards_ratification(treaties.crc)
}

obligation ratify_opsc {
  title "Ratification of the Optional Protocol on the Sale of Children, Child Prostitution and Child Pornography"
  cite "C.1(a)-1"
  group "C.1"
  text "Continue working towards ratification of relevant international instruments, including as appropriate … the Optional Protocol on the Sale of Children, Child Prostitution and Child Pornography"
  exception "as appropriate"
  require ratified(treaties.opsc)
  partial when working_towards_ratification(treaties.opsc)
}

obligation ratify_ilo_c182 {
  title "Ratification of ILO Convention 182 on the Worst Forms of Child Labour"
  cite "C.1(a)-1"
  group "C.1"
  text "Continue working towards ratification of relevant international instruments, including as appropriate … ILO Convention 182 (1999) on the Worst forms of Child Labour"
  exception "as appropriate"
  require ratified(treaties.ilo_c182)
  partial when working_towards_ratification(treaties.ilo_c182)
}

obligation ratify_palermo_tip {
  title "Ratification of the UN Protocol to Prevent, Suppress and Punish Trafficking in Persons (Palermo Protocol)"
  cite "C.1(a)-1"
  group "C.1"
  text "Continue working towards ratification of relevant international instruments, including as appropriate … the UN Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women and Children, supplementing the UN Convention against Transnational Organized Crime"
  exception "as appropriate"
  require ratified(treaties.palermo_tip)
  partial when working_towards_ratification(treaties.palermo_tip)
}

obligation ratify_cedaw {
  title "Ratification of the Convention on the Elimination of Discrimination against Women"
  cite "C.1(a)-1"
  group "C.1"
  text "Continue working towards ratification of relevant international instruments, including as appropriate … the Convention on the Elimination of Discrimination against Women"
  exception "as appropriate"
  require ratified(treaties.cedaw)
  partial when working_towards_ratification(treaties.cedaw)
}

# C.1(a)-2 names instruments open to the members of one regional organisation, so it is split
# by region and each part applies only to members (state.regional_memberships). The three
# Council of Europe conventions are, in the Pact's words, "conventions which can be ratified by
# States non-members of the Council of Europe", but a non-member can accede only when the
# Committee of Ministers invites it (or, for a convention open to signature by non-members
# that took part in drafting it, once it has signed): a non-member cannot work towards them
# alone. See ratify_regional_coe.

obligation ratify_regional_acrwc {
  title "Ratification of the African Charter on the Rights and Welfare of the Child (AU members)"
  cite "C.1(a)-2"
  group "C.1"
  text "Continue working towards ratification of relevant international instruments, including as appropriate the African Charter on the Rights and Welfare of Children"
  exception "as appropriate"
  applies when member_of("AU")
  require ratified(treaties.acrwc)
  partial when treaties.acrwc.status == "signed"
}

obligation ratify_regional_asean_charter {
  title "Ratification of the ASEAN Charter (ASEAN members)"
  cite "C.1(a)-2"
  group "C.1"
  text "Continue working towards ratification of relevant international instruments, including as appropriate … the ASEAN Charter"
  exception "as appropriate"
  applies when member_of("ASEAN")
  require ratified(treaties.asean_charter)
  partial when treaties.asean_charter.status == "signed"
}

obligation ratify_regional_inter_american {
  title "Ratification of the Inter-American Conventions on International Traffic in Minors and on Violence against Women (OAS members)"
  cite "C.1(a)-2"
  group "C.1"
  text "Continue working towards ratification of relevant international instruments, including as appropriate … the Inter-American Human Rights Conventions on International Traffic of Minors and on Violence against Women"
  exception "as appropriate"
  applies when member_of("OAS")
  require ratified(treaties.ia_traffic_minors_1994) and ratified(treaties.belem_do_para)
  partial when signed_or_ratified(treaties.ia_traffic_minors_1994)
      or signed_or_ratified(treaties.belem_do_para)
}

obligation ratify_regional_saarc {
  title "Ratification of the SAARC Convention on Trafficking in Women and Children for Prostitution (SAARC members)"
  cite "C.1(a)-2"
  group "C.1"
  text "Continue working towards ratification of relevant international instruments, including as appropriate … the SAARC Convention on Preventing and Combating Trafficking in Women and Children for Prostitution"
  exception "as appropriate"
  applies when member_of("SAARC")
  require ratified(treaties.saarc_trafficking_2002)
  partial when treaties.saarc_trafficking_2002.status == "signed"
}

# A Council of Europe convention is open to the State when it is a member, or when the profile
# records an invitation to accede or a signature or accession. Only a recorded invitation or
# treaty action counts: `is_known` keeps a missing record from making the convention open.
define coe_open_to(t) = member_of("CoE")
    or is_known(t.invited) and t.invited
    or is_known(t.status) and signed_or_ratified(t)

# Applies to members of the Council of Europe, and to a non-member only for the conventions the
# profile records it as invited to accede to (treaties.<x>.invited) or as having signed or
# joined. A non-member with no such record is not concerned (not_applicable): it cannot accede
# on its own, and marking it down would count what it cannot do. Among the conventions open to
# the State, every one must be ratified; signing or joining one is partial.
obligation ratify_regional_coe {
  title "Ratification of the Council of Europe Conventions on trafficking (CETS 197), cybercrime (ETS 185) and sexual exploitation and abuse of children (CETS 201)"
  cite "C.1(a)-2"
  group "C.1"
  text "Continue working towards ratification of relevant international instruments, including as appropriate … the Council of Europe Conventions on Action against Trafficking in Human Beings, on Cybercrime and on the Protection of Children against Sexual Exploitation and Sexual Abuse, conventions which can be ratified by States non-members of the Council of Europe"
  indicator "lanzarote:45"
  indicator "lanzarote:46"
  exception "as appropriate"
  applies when coe_open_to(treaties.coe_cets197)
      or coe_open_to(treaties.coe_ets185)
      or coe_open_to(treaties.coe_cets201)
  require (ratified(treaties.coe_cets197) or not coe_open_to(treaties.coe_cets197))
      and (ratified(treaties.coe_ets185) or not coe_open_to(treaties.coe_ets185))
      and (ratified(treaties.coe_cets201) or not coe_open_to(treaties.coe_cets201))
  partial when signed_or_ratified(treaties.coe_cets197)
      or signed_or_ratified(treaties.coe_ets185)
      or signed_or_ratified(treaties.coe_cets201)
}

# =============================================================================================
# C.1(a)-3: definition and criminalization of all acts of sexual exploitation
# =============================================================================================

# Met when sexual abuse, exploitation in prostitution, child sexual abuse material and child
# trafficking for sexual purposes are offences; when the definitions of the exploitation
# offences protect every person under 18 ("irrespective of any set age of consent"); when
# marriage to the child is no defence ("or marriage"); and when the sexual-abuse offence
# protects children of every sex and gender alike: the offence is gender neutral and the age of
# consent, which sets the ages it covers, is the same for all ("in accordance with existing
# international standards": CRC arts. 2 and 34). The level of the age of consent is not judged:
# no international standard fixes it (CETS 201 art. 18(2) leaves it to each State), and the
# exploitation offences must reach every child under 18 whatever it is. Grooming is checked
# under C.2-3. Partial only when every one of the four acts is an offence and what falls short
# is their reach (ages, marriage, gender): "all acts" is not partly met by one offence.
obligation criminalize_all_sec {
  title "All acts of sexual exploitation of children criminalized, irrespective of age of consent or marriage"
  cite "C.1(a)-3"
  group "C.1"
  text "Define, prohibit and criminalize, in accordance with existing international standards, all acts of sexual exploitation of children and adolescents in their jurisdiction, irrespective of any set age of consent or marriage"
  indicator "lanzarote:18"
  indicator "lanzarote:19"
  indicator "lanzarote:20"
  indicator "lanzarote:21"
  indicator "lanzarote:22"
  indicator "lanzarote:23"
  in each jurisdiction
  require offences.sexual_abuse.criminalized
      and offences.child_prostitution.criminalized
      and offences.csam.criminalized
      and offences.child_trafficking.criminalized
      and definitions.child_trafficking.covers_sexual_exploitation
      and covers_all_children(definitions.child_prostitution)
      and covers_all_children(definitions.csam)
      and covers_all_children(definitions.child_trafficking)
      and not offences.marriage_exemption
      and offences.sexual_abuse.gender_neutral
      and definitions.age_of_consent.same_for_all_genders
  partial when offences.sexual_abuse.criminalized
      and offences.child_prostitution.criminalized
      and offences.csam.criminalized
      and offences.child_trafficking.criminalized
}

# =============================================================================================
# C.1(a)-4: extraterritorial jurisdiction, double criminality, extradition and legal assistance
# =============================================================================================

# "Effective" extraterritorial jurisdiction: jurisdiction over the State's nationals abroad for
# all offences of sexual exploitation of children, without a prior complaint by the victim or a
# request from the State where the offence was committed. Jurisdiction on other bases only
# (residence, victim nationality) is partial.
obligation extraterritorial_jurisdiction {
  title "Effective extraterritorial jurisdiction over sexual exploitation of children"
  cite "C.1(a)-4"
  group "C.1"
  text "Establish effective extraterritorial jurisdiction … for offences of sexual exploitation of children and adolescents"
  indicator "ecpat:extraterritoriality-extradition"
  indicator "lanzarote:25"
  require jurisdiction.extraterritorial.active_nationality
      and jurisdiction.extraterritorial.covers_all_sec_offences
      and not jurisdiction.extraterritorial.requires_complaint_or_official_request
  partial when has_extraterritorial_jurisdiction
}

# Double criminality matters for offences committed abroad by the State's own nationals (the
# travelling offender the bullet is about): met only when that jurisdiction exists without the
# requirement. Jurisdiction without the requirement on other bases only (habitual residence,
# the victim's nationality), or with the requirement kept in some cases, is partial; with no
# extraterritorial jurisdiction at all the obligation is not met.
obligation abolish_double_criminality {
  title "No double criminality requirement for extraterritorial offences"
  cite "C.1(a)-4"
  group "C.1"
  text "abolishing the requirement of double criminality for offences of sexual exploitation of children and adolescents"
  indicator "ecpat:extraterritoriality-extradition"
  indicator "lanzarote:25"
  require jurisdiction.extraterritorial.active_nationality
      and jurisdiction.extraterritorial.double_criminality == "not_required"
  partial when has_extraterritorial_jurisdiction
      and jurisdiction.extraterritorial.double_criminality in ["not_required", "required_in_some_cases"]
}

obligation extradition_and_mla {
  title "Effective extradition and mutual legal assistance for sexual exploitation offences"
  cite "C.1(a)-4"
  group "C.1"
  text "and facilitate effective extradition and mutual legal assistance, in order to achieve effective prosecution of perpetrators and appropriate sanctions"
  indicator "ecpat:extraterritoriality-extradition"
  indicator "lanzarote:38"
  require jurisdiction.extradition.sec_offences_extraditable
      and (jurisdiction.extradition.nationals_extraditable or jurisdiction.extradition.prosecutes_if_not_extradited)
      and jurisdiction.mutual_legal_assistance.legal_basis_exists
      and jurisdiction.mutual_legal_assistance.covers_sec_offences
  partial when jurisdiction.extradition.sec_offences_extraditable
      or jurisdiction.mutual_legal_assistance.legal_basis_exists
}

# =============================================================================================
# C.1(a)-5 to C.1(a)-7: enforcement agency, child victims, privacy
# =============================================================================================

obligation lead_le_agency_extraterritorial {
  title "Lead law enforcement agency for extraterritorial laws"
  cite "C.1(a)-5"
  group "C.1"
  text "Designate a lead law enforcement agency, where appropriate to national circumstances, to proactively enforce extraterritorial laws related to sexual exploitation of children and adolescents"
  exception "where appropriate to national circumstances"
  require institutions.lead_le_agency_extraterritorial.designated
}

obligation non_criminalization_child_victims {
  title "Child victims not criminalized, and given the status of victim in law"
  cite "C.1(a)-6"
  group "C.1"
  text "Ensure that child victims of sexual exploitation are not criminalized or punished for crimes committed in the course of their exploitation, but are given the status of victim in law and are treated accordingly"
  in each jurisdiction
  require victims.non_punishment.provision_exists
      and victims.non_punishment.covers_prostitution_related_offences
      and victims.non_punishment.covers_offences_committed_while_trafficked
      and victims.non_punishment.applies_to_all_under_18
      and victims.victim_status_in_law
  partial when victims.non_punishment.provision_exists or victims.victim_status_in_law
}

# "taking into account relevant national laws and procedures" says how the privacy is to be
# protected (through the State's own procedures), not whether: it conditions no part of the
# duty, so no exception is offered (see READING CONVENTIONS in rio.lex). For parties to the
# OPSC the duty is binding in any case (art. 8(1)(e)).
obligation victim_privacy_identity {
  title "Privacy and identity protection of child victims and child perpetrators"
  cite "C.1(a)-7"
  group "C.1"
  text "Promote and defend the privacy of child victims and child perpetrators of sexual exploitation, taking into account relevant national laws and procedures, to protect their identity in investigatory or court proceedings or from disclosure by the media"
  indicator "lanzarote:31"
  in each jurisdiction
  require victims.privacy.identity_protected_in_investigation
      and victims.privacy.identity_protected_in_court
      and victims.privacy.media_disclosure_prohibited
      and victims.privacy.covers_child_perpetrators
  partial when victims.privacy.identity_protected_in_investigation
      or victims.privacy.identity_protected_in_court
      or victims.privacy.media_disclosure_prohibited
}

# =============================================================================================
# C.1(a)-8: sex offenders (split in three)
# =============================================================================================

# The programmes part is unconditional. "as appropriate" inside the parenthesis qualifies the
# criminal sanctions that rehabilitation must not replace, not the State's duty. "where
# appropriate" qualifies only the registers and the cross-border systems, which are therefore
# separate obligations with that exception.
# lint: expect(qualifier-without-exception, reason = "'as appropriate' qualifies the criminal
# sanctions that rehabilitation must not replace, not the duty to have the programmes")
obligation offender_management_programmes {
  title "Mechanisms and programmes addressing sex offender behaviour and preventing recidivism"
  cite "C.1(a)-8"
  group "C.1"
  text "Establish and implement international, regional and national legal mechanisms and programmes for addressing sex offender behaviour and preventing recidivism, including through risk assessment and offender management programmes, the provision of voluntary extended and comprehensive rehabilitation services (in addition to but not in lieu of criminal sanctions as appropriate), safe reintegration of convicted offenders"
  indicator "lanzarote:15"
  indicator "lanzarote:16"
  indicator "lanzarote:17"
  require offenders.risk_assessment
      and offenders.management_programmes
      and offenders.voluntary_rehabilitation_services
      and offenders.reintegration_programmes
  partial when offenders.risk_assessment
      or offenders.management_programmes
      or offenders.voluntary_rehabilitation_services
      or offenders.reintegration_programmes
}

obligation sex_offender_register {
  title "Sex offender register"
  cite "C.1(a)-8"
  group "C.1"
  text "and for this purpose establish where appropriate sex offender registers"
  indicator "lanzarote:37"
  in each jurisdiction
  exception "where appropriate"
  require offenders.register.exists
}

obligation cross_border_offender_management {
  title "Cross-border sex offender management system"
  cite "C.1(a)-8"
  group "C.1"
  text "and for this purpose establish where appropriate sex offender registers and cross-border sex offender management systems"
  indicator "lanzarote:37"
  indicator "lanzarote:38"
  exception "where appropriate"
  require offenders.cross_border.participates_in_system
  partial when offenders.cross_border.data_sharing_legal_basis
}

# =============================================================================================
# C.1(a)-9: children with sexually harmful behaviour
# =============================================================================================

obligation children_sexually_harmful_behaviour {
  title "Care first, not criminalization, for children with sexually harmful behaviour; detention as a last resort"
  cite "C.1(a)-9"
  group "C.1"
  text "Ensure that children and adolescents exhibiting sexually harmful behaviour receive appropriate care and attention as a first option through appropriate gender-sensitive and child-focused measures and programmes that will not criminalize them but will balance their best interest with due regard for the safety of others, and ensure compliance with the principle that depriving children of liberty should be pursued only as a measure of last resort, and ensure that those responsible for the care of such children are equipped with relevant training and skills"
  indicator "lanzarote:16"
  require juvenile.sexually_harmful_behaviour.care_first_response
      and juvenile.sexually_harmful_behaviour.programmes_exist
      and juvenile.detention_last_resort_in_law
      and juvenile.sexually_harmful_behaviour.carers_trained
  partial when juvenile.sexually_harmful_behaviour.care_first_response
      or juvenile.sexually_harmful_behaviour.programmes_exist
      or juvenile.detention_last_resort_in_law
}

# =============================================================================================
# C.1(a)-10 and C.1(a)-11: Interpol, focal point, police units and training
# =============================================================================================

# "multilateral agreements especially for police investigation work": any arrangement that is
# not bilateral (regional or wider) and provides for police investigation counts.
obligation interpol_icse_focal_point {
  title "Contribution to the Interpol child abuse images database; national data focal point; multilateral police agreements"
  cite "C.1(a)-10"
  group "C.1"
  text "Support and contribute to the Interpol international child abuse images database and nominate a responsible national focal point person or unit to collect national data on sexual exploitation of children and adolescents, and systematically share this information with Interpol in order to support cross-border (international) law enforcement action and strengthen its effectiveness, and adopt multilateral agreements especially for police investigation work"
  indicator "lanzarote:10"
  require institutions.interpol_icse.contributes
      and institutions.sec_data_focal_point.designated
      and institutions.sec_data_focal_point.shares_with_interpol
      and (any a in cooperation.agreements where a.kind != "bilateral" and "police_investigation" in a.purposes)
  partial when institutions.interpol_icse.connected
      or institutions.interpol_icse.contributes
      or institutions.sec_data_focal_point.designated
}

obligation specialised_police_units_training {
  title "Special police units or children's desks; specialised training of judicial and law enforcement personnel"
  cite "C.1(a)-11"
  group "C.1"
  text "Establish special units/children's desks within police forces to address sexual crimes against children, and provide specialized training to judicial and law enforcement personnel"
  indicator "lanzarote:34"
  indicator "lanzarote:36"
  require institutions.specialised_police_unit.exists
      and training.law_enforcement.specialised_sec_training
      and training.judiciary.specialised_sec_training
  partial when institutions.specialised_police_unit.exists
      or training.law_enforcement.specialised_sec_training
      or training.judiciary.specialised_sec_training
}

# =============================================================================================
# The four "by 2013" bullets: C.1(a)-13, C.1(a)-22, C.1(a)-24, C.1(a)-27
# =============================================================================================
#
# READING OF "BY 2013". The text does not say whether "by 2013" means by the start or by the end
# of 2013, so the deadline is the window 2013-01-01 to 2013-12-31:
# - met on or before 2013-01-01: on time under any reading (deadline status on_time);
# - met inside the window (2013-01-02 to 2013-12-31): on time only under the end-of-year reading
#   (on_time, reported with reading "end_of_window");
# - met after 2013-12-31: late;
# - not met: not_due while as_of <= 2013-12-31, overdue after.
#
# WHEN THE REQUIREMENT WAS MET. The deadline attaches to the whole requirement (an independent
# institution with its mandate and complaints route, a mechanism at every level), not to the
# founding of a body. The engine dates it from the facts' histories: when they show that
# `require` held in full only from a day later than the `met on` clause's date, that day is
# the date (basis "history"). The `met on` clause (the date the body was established or
# joined) is kept for profiles without histories: it is the earliest day the requirement can
# have held, so a body founded after 2013 is late whatever its features, and without a history
# the profile says the body has had its recorded features since it was established. A profile
# that knows a feature came later gives that fact's history, and the later day then counts.
#
# HOW LONG A PLAN COUNTS. "planned" earns partially_met only for a plan formally made (a bill
# tabled, a decision recorded) no later than the end of the deadline window, 2013-12-31
# (planned_date, read through made_by_2013). A plan made by then shows the work was under way by
# the deadline, and still gives partially_met, overdue, while the plan stands; a plan first made
# after the deadline is no step towards meeting it and earns nothing: the State is not_met,
# overdue. A plan without a recorded date leaves the verdict unknown between those two.

# The last day of the "by 2013" window, and the test of a plan made by then.
define by_2013_end = 2013-12-31

define made_by_2013(x) = x.planned and x.planned_date <= by_2013_end

# Levels and participants: the text lists national, regional and international levels, all three
# required; of the participants it lists, at least government ministries and NGOs must take part
# (a minimum reading of "enhanced cooperation among government ministries, … NGOs, …").
obligation coordination_mechanism_2013 {
  title "Coordination mechanisms at national, regional and international levels, established by 2013"
  cite "C.1(a)-13"
  group "C.1"
  text "Establish by 2013 concrete mechanisms and/or processes to facilitate coordination at national, regional and international levels for enhanced cooperation among government ministries, funding bodies UN agencies, NGOs, the private sector, workers' and employers' organizations, the media, children's organisations and other representatives of civil society with a view to enabling and supporting concrete action to prevent and stop the sexual exploitation of children and adolescents"
  indicator "lanzarote:10"
  deadline 2013-01-01 to 2013-12-31
  met on institutions.coordination_mechanism.established_date
  require institutions.coordination_mechanism.exists
      and "national" in institutions.coordination_mechanism.levels
      and "regional" in institutions.coordination_mechanism.levels
      and "international" in institutions.coordination_mechanism.levels
      and "government_ministries" in institutions.coordination_mechanism.participants
      and "ngos" in institutions.coordination_mechanism.participants
  partial when institutions.coordination_mechanism.exists
      or made_by_2013(institutions.coordination_mechanism)
}

# =============================================================================================
# C.1(a)-14 to C.1(a)-20: systems, plans, data, business, harmful practices, birth registration
# =============================================================================================

obligation child_protection_system {
  title "Holistic national child protection system"
  cite "C.1(a)-14"
  group "C.1"
  text "Increase efforts to address the sexual exploitation of children and adolescents through the development of holistic national child protection systems that aim to protect children from all forms of violence and abuse"
  require policy.child_protection_system.exists
      and policy.child_protection_system.covers_all_forms_of_violence
  partial when policy.child_protection_system.exists or policy.child_protection_system.framework_law
}

obligation referral_mechanism {
  title "Multi-sectoral referral mechanisms for child victims"
  cite "C.1(a)-15"
  group "C.1"
  text "Emphasize prevention of sexual exploitation of children and adolescents, while reinforcing or establishing multi-sectoral referral mechanisms to provide comprehensive support and services to children who have been victimized in sexual exploitation"
  indicator "lanzarote:11"
  require institutions.referral_mechanism.exists
      and institutions.referral_mechanism.multisectoral
      and institutions.referral_mechanism.written_protocol
  partial when institutions.referral_mechanism.exists
}

# A plan counts only while it is in force (`current`); the elements are those the bullet lists
# ("such blueprints to include …").
obligation national_plan_of_action {
  title "National Plan of Action on sexual exploitation of children"
  cite "C.1(a)-16"
  group "C.1"
  text "Develop National Plans of Action on the sexual exploitation of children and adolescents, or include these in existing relevant planning frameworks, such blueprints to include gender-sensitive strategies and operational plans, targeted resources and designated responsible actors for implementation of initiatives to prevent and stop the sexual exploitation of children and adolescents and provide support for child victims of sexual exploitation"
  require policy.npa_sec.exists
      and policy.npa_sec.current
      and policy.npa_sec.gender_sensitive
      and policy.npa_sec.operational_plan
      and policy.npa_sec.resources_allocated
      and policy.npa_sec.responsible_actors_designated
      and policy.npa_sec.covers_victim_support
  partial when policy.npa_sec.exists
}

obligation data_and_databases {
  title "Collection and sharing of reliable information; contribution to databases on victims and perpetrators"
  cite "C.1(a)-17"
  group "C.1"
  text "Initiate and support the collection and sharing of reliable information and cross-border cooperation, and contribute to databases on victims and perpetrators, to enhance assistance to children and address the demand sex with children, in accordance with applicable laws"
  indicator "lanzarote:10"
  indicator "lanzarote:37"
  require data.sec.collection_system and data.sec.shared and data.sec.contributes_to_databases
  partial when data.sec.collection_system or data.sec.contributes_to_databases
}

# "where appropriate" qualifies the support of UN agencies, NGOs and others ("Develop, where
# appropriate with the support of …, policies and programmes"), not the duty to develop them:
# no exception is offered.
obligation csr_supply_chain {
  title "Policies promoting corporate social responsibility; child-rights standards through the supply chain with independent monitoring"
  cite "C.1(a)-18"
  group "C.1"
  text "Develop, where appropriate with the support of UN agencies, NGOs, civil society organizations and the private sector, workers' and employers' organizations, policies and programmes to promote and support corporate social responsibility of enterprises operating inter alia in tourism, travel, transport and financial services, and of communication, media, Internet services, advertising and entertainment sectors; in this regard ensure that child-rights focused policies, standards and codes of conduct are implemented throughout the supply chain and include an independent monitoring mechanism"
  indicator "lanzarote:9"
  require policy.csr.policies_exist
      and policy.csr.supply_chain_standards
      and policy.csr.independent_monitoring
  partial when policy.csr.policies_exist
}

# The phenomena listed ("for example, discrimination …, harmful traditional practices, child
# marriage and social norms") are illustrations: any such policies or programmes meet the
# bullet. The marriage age itself is recorded in definitions.marriage for information.
obligation harmful_practices_child_marriage {
  title "Policies and programmes on discrimination, harmful traditional practices, child marriage and condoning social norms"
  cite "C.1(a)-19"
  group "C.1"
  text "Promote and support policies and programmes, including community-based programmes, to address phenomena that contribute to the sexual exploitation of children and adolescents including, for example, discrimination (including on the basis of sex), harmful traditional practices, child marriage and social norms that condone sexual exploitation of children and adolescents"
  require policy.harmful_practices_programmes.exists
}

# "IMMEDIATELY AFTER BIRTH". The Pact gives no number of days; "immediately" is read by the
# library's conventions (conventions.md, immediately_max_days in rio.lex): a legal registration
# period of at most 3 days after birth. A longer legal period, or none, is a partial measure
# when registration is compulsory. Completeness of registration (an outcome) is recorded but
# not required.

obligation birth_registration_immediate {
  title "Registration of every child born on the territory immediately after birth"
  cite "C.1(a)-20"
  group "C.1"
  text "Ensure that all children born on their territory are registered immediately after birth"
  in each jurisdiction
  require civil_registration.registration_compulsory
      and civil_registration.registration_deadline_days <= immediately_max_days
      and civil_registration.covers_all_children_born_on_territory
  partial when civil_registration.registration_compulsory
}

# =============================================================================================
# C.1(a)-22 to C.1(a)-26: reporting, helplines, children's rights institutions, services
# =============================================================================================

# "for example by instituting mandatory reporting" is one means: mandatory reporting alone
# covers reporting but not follow-up and support, so on its own it gives partially_met.
# Deadline: see READING OF "BY 2013" above.
obligation reporting_system_2013 {
  title "Effective and accessible system for reporting, follow-up and support, established by 2013"
  cite "C.1(a)-22"
  group "C.1"
  text "Establish by 2013 an effective and accessible system for reporting, follow up and support for child victims of suspected or actual incidents of sexual exploitation, for example by instituting mandatory reporting for people in positions of responsibility for the welfare of children"
  indicator "lanzarote:12"
  deadline 2013-01-01 to 2013-12-31
  met on reporting.system.established_date
  require reporting.system.exists
      and reporting.system.accessible_to_children
      and reporting.system.follow_up_procedure
      and reporting.system.links_to_victim_support
  partial when reporting.system.exists
      or made_by_2013(reporting.system)
      or reporting.mandatory_reporting.exists
}

obligation helplines {
  title "Confidential child helplines, accessible in care and justice institutions, with trained and supervised operators"
  cite "C.1(a)-23"
  group "C.1"
  text "Develop or enhance accessibility of existing telephone or web-based helplines, in particular for children in care and justice institutions, to encourage children and carers to confidentially report sexual exploitation and seek referral to appropriate services, and ensure that the operators of such reporting mechanisms are adequately trained and supervised"
  indicator "lanzarote:13"
  in each jurisdiction
  require reporting.child_helpline.exists
      and reporting.child_helpline.confidential
      and reporting.child_helpline.accessible_in_care_and_justice_institutions
      and reporting.child_helpline.refers_to_services
      and reporting.child_helpline.operators_trained
      and reporting.child_helpline.operators_supervised
  partial when reporting.child_helpline.exists
}

# Met by an independent institution of any of the forms named (children's ombudsperson or
# equivalent, focal point in an NHRI or general ombudsperson office) whose mandate covers the
# sexual exploitation of children and to which children can complain: the bullet gives these
# bodies "a key role in the independent monitoring" of action against sexual exploitation and
# in "filing complaints before these institutions", and points to CRC General Comment No. 2,
# which asks that they be able to consider individual complaints, including from children
# directly. A body without that mandate or that route (a general ombudsperson with neither,
# say) is partial. The power to secure remedies (can_provide_remedies) is recorded but not
# required: the bullet asks for a role in complaints, not a court.
# Deadline and plans: see READING OF "BY 2013" above.
# lint: expect(qualifier-without-exception, reason = "'where necessary' bears on the remedies
# the institutions help secure in a case, not on the duty to establish them")
obligation childrens_rights_institution_2013 {
  title "Independent children's rights institution, with a mandate over sexual exploitation and a complaints route for children, established by 2013"
  cite "C.1(a)-24"
  group "C.1"
  text "Establish by 2013 independent children's rights institutions such as children's ombudspersons or equivalents or focal points on children's rights in national human rights institutions or general ombudsperson offices, highlighting the importance for States Parties to the UN Convention on the Rights of the Child of General Comment No 2 of the Committee on the Rights of the Child; these bodies should play a key role in the independent monitoring of actions taken for the prevention of sexual exploitation of children and adolescents, protection of children from such exploitation … and in ensuring, where necessary, that child victims have effective remedies and redress, including the possibility of filing complaints before these institutions"
  indicator "lanzarote:10"
  deadline 2013-01-01 to 2013-12-31
  met on institutions.child_rights_institution.established_date
  require institutions.child_rights_institution.exists
      and institutions.child_rights_institution.independent
      and institutions.child_rights_institution.mandate_covers_sec
      and institutions.child_rights_institution.accepts_complaints_from_children
  partial when institutions.child_rights_institution.exists
      or made_by_2013(institutions.child_rights_institution)
}

obligation victim_recovery_services {
  title "Child protection services with economic and psycho-social support for all child victims"
  cite "C.1(a)-25"
  group "C.1"
  text "Strengthen existing national child protection services or establish new ones in order to provide all child victims of sexual exploitation, without discrimination, with the necessary economic and psycho-social support for their full physical and psychological recovery and social reintegration; such services to be provided by well trained multi-disciplinary teams of professionals"
  indicator "lanzarote:14"
  in each jurisdiction
  require services.child_victims.exists
      and services.child_victims.without_discrimination
      and services.child_victims.economic_support
      and services.child_victims.psychosocial_support
      and services.child_victims.multidisciplinary_teams
  partial when services.child_victims.exists
}

# The groups are those the bullet names; "such as those in domestic service or living on the
# streets" illustrates hard-to-reach children and is checked through those two groups.
# "accessible, appropriately resourced, comprehensive" are qualities that a legal profile cannot
# establish and are not required. A group counts as reached when the services reach it, or when
# the profile states, with a source, that the group is not present in the State
# (services.child_victims.groups_not_present). `reaches` answers only whether the services
# reach the group: absence is never inferred from it, and a missing statement of absence is no
# statement (is_known), so it neither excuses a group nor makes the verdict unknown.
define reaches_group(reached, not_present) = reached or is_known(not_present) and not_present

obligation services_accessible_inclusive {
  title "Services child- and gender-sensitive and reaching all children, including the most vulnerable"
  cite "C.1(a)-26"
  group "C.1"
  text "Ensure that these services are accessible, appropriately resourced, comprehensive, child- and gender-sensitive, and reach all children including children with special needs, from ethnic minorities, indigenous or Aboriginal children, refugee or asylum-seeking and hard-to-reach children such as those in domestic service or living on the streets and others with specific vulnerabilities"
  indicator "lanzarote:2"
  in each jurisdiction
  require services.child_victims.exists
      and services.child_victims.child_sensitive
      and services.child_victims.gender_sensitive
      and reaches_group(services.child_victims.reaches.children_with_special_needs, services.child_victims.groups_not_present.children_with_special_needs)
      and reaches_group(services.child_victims.reaches.ethnic_minority_children, services.child_victims.groups_not_present.ethnic_minority_children)
      and reaches_group(services.child_victims.reaches.indigenous_children, services.child_victims.groups_not_present.indigenous_children)
      and reaches_group(services.child_victims.reaches.refugee_and_asylum_seeking_children, services.child_victims.groups_not_present.refugee_and_asylum_seeking_children)
      and reaches_group(services.child_victims.reaches.children_in_domestic_service, services.child_victims.groups_not_present.children_in_domestic_service)
      and reaches_group(services.child_victims.reaches.street_children, services.child_victims.groups_not_present.street_children)
  partial when services.child_victims.exists
      and (services.child_victims.child_sensitive or services.child_victims.gender_sensitive)
}

# =============================================================================================
# C.1(a)-27 to C.1(a)-29: regional mechanisms, international cooperation, assistance
# =============================================================================================

# A State meets this by taking part in such a regional mechanism; `met on` is the date it began
# taking part. Deadline: see READING OF "BY 2013" above.
obligation regional_monitoring_mechanism_2013 {
  title "Regional mechanism for exchange, coordination and monitoring of progress on child protection, by 2013"
  cite "C.1(a)-27"
  group "C.1"
  text "Establish by 2013 regional mechanisms for exchange, coordination and monitoring of progress on child protection including against sexual exploitation in order to review progress and strengthen follow-up on the implementation of the recommendations made"
  indicator "lanzarote:39"
  deadline 2013-01-01 to 2013-12-31
  met on cooperation.regional_child_protection_mechanism.joined_date
  require cooperation.regional_child_protection_mechanism.participates
      and cooperation.regional_child_protection_mechanism.covers_sec
      and cooperation.regional_child_protection_mechanism.monitors_progress
  partial when cooperation.regional_child_protection_mechanism.participates
      or made_by_2013(cooperation.regional_child_protection_mechanism)
}

# Two purposes are required: law enforcement against perpetrators ("prevention, detection,
# investigation, prosecution and punishment") and assistance to child victims. "as appropriate"
# qualifies repatriation only, which is therefore not required (and no exception is offered, so
# the rest of the bullet cannot be waived).
# lint: expect(qualifier-without-exception, reason = "'as appropriate' qualifies repatriation
# only, which is not required")
obligation international_cooperation {
  title "International cooperation arrangements against perpetrators and for the assistance of child victims"
  cite "C.1(a)-28"
  group "C.1"
  text "Take all necessary steps to strengthen international cooperation by multilateral, regional and bilateral arrangements for the prevention, detection, investigation, prosecution and punishment of those responsible for acts of sexual exploitation of children and adolescents; and for the assistance of child victims in their physical and psychological recovery, social reintegration and, as appropriate, repatriation"
  indicator "lanzarote:38"
  require (any a in cooperation.agreements where a.covers_sec and ("police_investigation" in a.purposes or "mutual_legal_assistance" in a.purposes or "extradition" in a.purposes))
      and (any b in cooperation.agreements where b.covers_sec and "victim_assistance" in b.purposes)
  partial when any c in cooperation.agreements where c.covers_sec
}

obligation provide_assistance_when_able {
  title "Financial, technical and other assistance to address sexual exploitation of children"
  cite "C.1(a)-29"
  group "C.1"
  text "Provide, when in a position to do so, financial, technical and other assistance through existing multilateral, regional, bilateral and other programmes for addressing the sexual exploitation of children and adolescents"
  indicator "lanzarote:38"
  exception "when in a position to do so"
  require cooperation.assistance_to_other_states.provides
}
