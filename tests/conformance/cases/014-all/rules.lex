# `all v in L where c`: false if c is false for any item; otherwise unknown if L is unknown or
# c is unknown for any item; otherwise true (so true for an empty list).
# Programmes: A active+funded, B active+funded not assessed, C not active+funded (no reach).
ruleset "conformance" version "014"
schema "../../schema/profile.schema.json"

obligation all_true { title "every item true" cite "all/1" require all p in programmes where p.name != "Z" }
obligation all_false_item { title "one item false" cite "all/2" require all p in programmes where p.active }
obligation all_false_beats_unknown { title "one item false, one unknown" cite "all/3" require all p in programmes where p.funded and p.active }
obligation all_unknown_item { title "one item unknown, none false" cite "all/4" require all p in programmes where p.funded }
obligation all_empty { title "empty list" cite "all/5" require all m in state.memberships where m == "AU" }
obligation all_missing { title "missing list" cite "all/6" require all d in reporting.submitted where d > 2000-01-01 }
