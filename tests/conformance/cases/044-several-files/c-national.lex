# Third file, a national team's: no schema declaration of its own, definitions shared both ways.
define national_body = institutions.ombudsperson.exists

obligation national_ombudsperson {
  title "A national ombudsperson"
  cite "files/4"
  group "national"
  require national_body and ratified(treaties.opsc)
}
