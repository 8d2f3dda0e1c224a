# A two-obligation rule set to start from; the full Pact is `--library rio`.
ruleset "quickstart" version "draft of 28 November 2008"
schema "profile.schema.json"

obligation abolish_double_criminality {
  title "Extraterritorial jurisdiction without double criminality"
  cite "C.1(a)-4"
  group "C.1"
  require jurisdiction.extraterritorial.exists
      and not jurisdiction.extraterritorial.double_criminality_required
  partial when jurisdiction.extraterritorial.exists
}

obligation childrens_ombudsperson {
  title "Independent children's rights institution, by 2013"
  cite "C.1(a)-24"
  group "C.1"
  deadline 2013-01-01 to 2013-12-31
  met on institutions.childrens_ombudsperson.established_on
  require institutions.childrens_ombudsperson.exists
}

test "double criminality still required" {
  as_of 2024-01-01
  profile {
    jurisdiction: { extraterritorial: { exists: true, double_criminality_required: true } }
  }
  expect abolish_double_criminality partially_met
}

test "ombudsperson set up in mid-2013" {
  as_of 2024-01-01
  profile { institutions: { childrens_ombudsperson: { exists: true, established_on: 2013-06-30 } } }
  expect childrens_ombudsperson met on_time
}
