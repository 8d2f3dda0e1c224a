# A quantifier's variable standing for a scalar item (strings, envelopes, dates).
ruleset "conformance" version "018"
schema "../../schema/profile.schema.json"

obligation any_au { title "a plain item" cite "item/1" require any m in state.memberships where m == "AU" }
obligation any_oas { title "an item in an envelope" cite "item/2" require any m in state.memberships where m == "OAS" }
obligation all_non_empty { title "an item not assessed" cite "item/3" require all m in state.memberships where m != "" }
obligation count_eu { title "count with an item not assessed" cite "item/4" require (count m in state.memberships where m == "EU") == 0 }
obligation reports_recent { title "all dates after 2010" cite "item/5" require all d in reporting.submitted where d >= 2010-01-01 }
obligation reports_2015 { title "count of dates in 2015" cite "item/6" require (count d in reporting.submitted where year(d) == 2015) == 1 }
