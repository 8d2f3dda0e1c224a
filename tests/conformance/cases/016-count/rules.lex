# `count v in L where c`: the number of items for which c is true; unknown if L is unknown or
# c is unknown for any item. `count v in L` counts the items.
ruleset "conformance" version "016"
schema "../../schema/profile.schema.json"

obligation count_where { title "count with where" cite "count/1" require (count p in programmes where p.active) == 2 }
obligation count_all_items { title "count without where" cite "count/2" require (count p in programmes) == 3 }
obligation count_unknown_item { title "count with an unknown condition" cite "count/3" require (count p in programmes where p.funded) >= 2 }
obligation count_empty { title "count of an empty list" cite "count/4" require (count m in state.memberships) == 0 }
obligation count_empty_where { title "count with where of an empty list" cite "count/5" require (count m in state.memberships where m == "AU") == 0 }
obligation count_missing { title "count of a missing list" cite "count/6" require (count d in reporting.submitted) > 0 }
obligation count_unknown_items_no_where { title "count without where counts unknown items too" cite "count/7" require (count v in figures.values) == 2 }
obligation count_arithmetic { title "a count in arithmetic" cite "count/8" require (count p in programmes where p.active) * 2 - 1 == 3 }
