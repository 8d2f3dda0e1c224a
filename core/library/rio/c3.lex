# C.3 Sexual exploitation of children and adolescents in prostitution (6 bullets).
# Addressed to "States, UN agencies, NGOs, the private sector, academia, children and young
# people and other relevant actors"; the obligations below are the States' part. C.3-6
# (research on the socialization of boys and men) is qualitative and not encoded.

# "International standards including the definition of the child": a child is every person
# under 18 (Pact footnote 1), consistently across laws; exploitation in prostitution is defined
# and offering, obtaining, procuring and providing a child for it are offences (OPSC arts 2(b)
# and 3(1)(b)).
obligation harmonize_child_prostitution_laws {
  title "Domestic laws harmonized with international standards on the definition of the child and on child prostitution"
  cite "C.3-1"
  group "C.3"
  text "Harmonize domestic laws in accordance with international standards including the definition of the child, and the sexual exploitation of children and adolescents in prostitution"
  indicator "lanzarote:3"
  indicator "lanzarote:19"
  amended "Harmonize domestic laws in accordance with international standards including the definition of the child, and the sexual exploitation of children and adolescents in prostitution"
  in each jurisdiction
  require definitions.child.age_threshold >= 18
      and definitions.child.consistent_across_laws
      and definitions.child_prostitution.defined
      and covers_all_children(definitions.child_prostitution)
      and offences.child_prostitution.offering_criminalized
      and offences.child_prostitution.obtaining_criminalized
      and offences.child_prostitution.procuring_criminalized
      and offences.child_prostitution.providing_criminalized
  partial when definitions.child_prostitution.defined
      or offences.child_prostitution.offering_criminalized
      or offences.child_prostitution.obtaining_criminalized
      or offences.child_prostitution.procuring_criminalized
      or offences.child_prostitution.providing_criminalized
}

# "any form of transaction": the buyer's offence must not be limited to payment in money; it
# must protect every child below 18. The buyer's offence is read at its own age
# (purchase_child_age_threshold), which is often lower than the child-prostitution
# definition's: the definition's age is no stand-in for it.
obligation criminalize_purchase_from_child {
  title "Purchase of sex, or any transaction to obtain sexual services, from a child a criminal offence"
  cite "C.3-2"
  group "C.3"
  text "Address the demand that leads to children being prostituted by making the purchase of sex or any form of transaction to obtain sexual services from a child a criminal transaction under criminal law"
  indicator "lanzarote:19"
  in each jurisdiction
  require offences.child_prostitution.purchase_criminalized
      and offences.child_prostitution.purchase_covers_any_form_of_transaction
      and offences.child_prostitution.purchase_child_age_threshold >= 18
  partial when offences.child_prostitution.purchase_criminalized
}

obligation gender_appropriate_programmes {
  title "Specialised, gender-appropriate care, recovery and rehabilitation programmes for girls and boys"
  cite "C.3-3"
  group "C.3"
  text "Establish specialized, gender-appropriate programmes to provide care, recovery and rehabilitation (including assessment of risk, prevention and response mechanisms) not only for girls but also for boys vulnerable to or victims of sexual exploitation in prostitution"
  indicator "lanzarote:14"
  in each jurisdiction
  require services.children_in_prostitution.programmes_exist
      and services.children_in_prostitution.gender_appropriate
      and services.children_in_prostitution.for_girls
      and services.children_in_prostitution.for_boys
      and services.children_in_prostitution.risk_assessment_prevention_response
  partial when services.children_in_prostitution.programmes_exist
}

# "Pilot and where appropriate replicate": piloting is unconditional and is what is required;
# "where appropriate" qualifies replication only, which is recorded
# (services.community_based_recovery.replicated) but not required, so no exception is offered.
# lint: expect(qualifier-without-exception, reason = "'where appropriate' qualifies replication
# only; piloting, which is required, is unconditional")
obligation alternative_care_models {
  title "Alternative, community-based models of care piloted"
  cite "C.3-4"
  group "C.3"
  text "Pilot and where appropriate replicate alternative models of care, such as community-based recovery, rehabilitation and reintegration"
  require services.community_based_recovery.piloted
}

# The health care is the checkable part; support for "local models of recovery, social work
# systems, realistic economic alternatives and cooperation among programmes" is qualitative.
obligation specialised_health_care {
  title "Specialised health care for children exploited in prostitution"
  cite "C.3-5"
  group "C.3"
  text "Provide specialized and appropriate health care for children who have been exploited in prostitution"
  indicator "lanzarote:14"
  in each jurisdiction
  require services.children_in_prostitution.specialised_health_care
}
