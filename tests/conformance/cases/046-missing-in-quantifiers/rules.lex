# Missing facts from quantifiers: the unknown items that could change the result, no others.
# Programmes: A funded absent + not active; B funded not assessed + active; C funded + active.
ruleset "conformance" version "046"
schema "../../schema/profile.schema.json"

obligation any_lists_unknown_items { title "any, no true item, two unknown" cite "mq/1" require any p in programmes where not p.funded }
obligation all_false_hides_unknown { title "all, a false item" cite "mq/2" require all p in programmes where p.funded and p.active }
obligation any_true_hides_unknown { title "any, a true item" cite "mq/3" require any p in programmes where p.funded }
obligation count_lists_unknown_items { title "count, two unknown" cite "mq/4" require (count p in programmes where p.funded) > 0 }
obligation decided_items_not_listed { title "all, A decided by its other field" cite "mq/5" require all p in programmes where p.funded or not p.active }
