# Definitions without parameters: a named value and named conditions.
ruleset "conformance" version "026"
schema "../../schema/profile.schema.json"

define adult_age = 18
define consent_ok = law.age_of_consent >= adult_age
define has_body = institutions.coordination_mechanism.exists
define body_planned = institutions.coordination_mechanism.planned

obligation consent {
  title "Age of consent at least the adult age"
  cite "def/1"
  require consent_ok
}
obligation body {
  title "A coordination mechanism"
  cite "def/2"
  require has_body
  partial when body_planned
}
obligation marriage_age {
  title "A named value in a comparison"
  cite "def/3"
  require law.minimum_marriage_age == adult_age
}
obligation combined {
  title "Two definitions combined, one unknown"
  cite "def/4"
  require has_body or consent_ok or institutions.ombudsperson.exists
}
