# Definitions with parameters: paths, values and conditions as arguments.
ruleset "conformance" version "027"
schema "../../schema/profile.schema.json"

define ratified(t) = t.status in ["ratified", "acceded"]
define at_least(n, min) = n >= min
define either(a, b) = a or b

obligation crc { title "CRC ratified" cite "param/1" require ratified(treaties.crc) }
obligation opsc { title "OPSC acceded" cite "param/2" require ratified(treaties.opsc) }
obligation opac { title "OPAC only signed" cite "param/3" require ratified(treaties.opac) }
obligation cedaw { title "CEDAW absent" cite "param/4" require ratified(treaties.cedaw) }
obligation consent_age { title "A fact and a literal as arguments" cite "param/5" require at_least(law.age_of_consent, 16) }
obligation sum_argument { title "An expression as argument" cite "param/6" require at_least(figures.a + figures.b, 10) }
obligation calls_as_arguments { title "Calls as arguments" cite "param/7" require either(ratified(treaties.opac), ratified(treaties.crc)) }
obligation unknown_argument { title "An unknown argument" cite "param/8" require either(ratified(treaties.opac), ratified(treaties.cedaw)) }
