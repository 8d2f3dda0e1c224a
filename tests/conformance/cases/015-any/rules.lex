# `any v in L where c`: true if c is true for any item; otherwise unknown if L is unknown or c
# is unknown for any item; otherwise false (so false for an empty list).
ruleset "conformance" version "015"
schema "../../schema/profile.schema.json"

obligation any_true { title "one item true" cite "any/1" require any p in programmes where not p.active }
obligation any_true_beats_unknown { title "one item true, one unknown" cite "any/2" require any p in programmes where p.funded and p.reach > 6 }
obligation any_false { title "no item true" cite "any/3" require any p in programmes where p.name == "Z" }
obligation any_unknown_reach { title "no item true, one unknown (absent)" cite "any/4" require any p in programmes where p.reach > 20 }
obligation any_unknown_funded { title "no item true, one unknown (not assessed)" cite "any/5" require any p in programmes where not p.funded }
obligation any_empty { title "empty list" cite "any/6" require any m in state.memberships where m == "AU" }
obligation any_missing { title "missing list" cite "any/7" require any d in reporting.submitted where d > 2000-01-01 }
