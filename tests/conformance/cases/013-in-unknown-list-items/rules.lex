# `x in L` with x known and some items of L unknown: true if x equals a known item,
# otherwise unknown (false needs every item known).
ruleset "conformance" version "013"
schema "../../schema/profile.schema.json"

obligation found_despite_unknown { title "found among known items" cite "inl/1" require "AU" in state.memberships }
obligation not_found_unknown_items { title "not found, some items unknown" cite "inl/2" require "OAS" in state.memberships }
obligation not_in_unknown_items { title "not in, some items unknown" cite "inl/3" require "OAS" not in state.memberships }
obligation not_in_found { title "not in, found" cite "inl/4" require "AU" not in state.memberships }
obligation number_found { title "number found" cite "inl/5" require figures.a in figures.values }
obligation number_unknown { title "number not found, an item not assessed" cite "inl/6" require figures.b in figures.values }
obligation literal_found { title "found in a literal list with an unknown item" cite "inl/7" require figures.a in [figures.unset, figures.a] }
obligation literal_unknown { title "not found in a literal list with an unknown item" cite "inl/8" require figures.b in [figures.a, figures.unset] }
obligation literal_all_known { title "not found in a literal list of known items" cite "inl/9" require figures.b in [figures.a, 5] }
