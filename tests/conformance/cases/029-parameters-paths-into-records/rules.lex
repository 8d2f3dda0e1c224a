# A parameter that is a path into records: its fields are read through it, also when the
# argument is a quantifier's item or a list.
ruleset "conformance" version "029"
schema "../../schema/profile.schema.json"

define body_ok(b) = b.exists and b.independent
define effective(p) = p.active and p.funded
define all_effective(l) = all p in l where effective(p)
define site_ok(s) = s.ok

obligation ombudsperson { title "A nested record as argument" cite "rec/1" require body_ok(institutions.ombudsperson) }
obligation coordination { title "Another record, a field false" cite "rec/2" require body_ok(institutions.coordination_mechanism) }
obligation register { title "An absent record" cite "rec/3" require body_ok(registers.offenders) }
obligation item_argument { title "A quantifier item as argument" cite "rec/4" require all p in programmes where effective(p) }
obligation list_argument { title "A list as argument" cite "rec/5" require all_effective(programmes) }
obligation nested_item_argument { title "An inner item as argument" cite "rec/6" require any p in programmes where any s in p.sites where site_ok(s) }
