# Quantifiers inside quantifiers, over nested lists of records.
ruleset "conformance" version "017"
schema "../../schema/profile.schema.json"

obligation any_all { title "a programme whose sites are all ok" cite "nest/1" require any p in programmes where all s in p.sites where s.ok }
obligation all_all { title "every site of every programme ok" cite "nest/2" require all p in programmes where all s in p.sites where s.ok }
obligation all_any { title "every programme has an ok site" cite "nest/3" require all p in programmes where any s in p.sites where s.ok }
obligation count_nested_unknown { title "programmes with two sites (one programme lists none)" cite "nest/4" require (count p in programmes where (count s in p.sites) >= 2) == 2 }
obligation count_nested_guarded { title "programmes with two sites, D excluded" cite "nest/5" require (count p in programmes where p.name != "D" and (count s in p.sites) >= 2) == 2 }
obligation outer_variable_inside { title "the outer item read inside the inner where" cite "nest/6" require any p in programmes where any s in p.sites where s.ok and p.name == "B" }
obligation inner_region { title "a site in Africa" cite "nest/7" require any p in programmes where any s in p.sites where s.region == "africa" }
