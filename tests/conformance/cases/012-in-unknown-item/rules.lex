# `in` with an unknown item, or an unknown list, is unknown.
ruleset "conformance" version "012"
schema "../../schema/profile.schema.json"

obligation in_unknown_item { title "U in [1, 2]" cite "inu/1" require figures.unset in [1, 2] }
obligation not_in_unknown_item { title "U not in [1, 2]" cite "inu/2" require figures.unset not in [1, 2] }
obligation unknown_in_empty { title "U in []" cite "inu/3" require figures.unset in [] }
obligation unknown_in_profile_list { title "U in a known profile list" cite "inu/4" require state.name in state.memberships }
obligation known_in_missing_list { title "known in a missing list" cite "inu/5" require 3 in figures.values }
obligation known_not_in_missing_list { title "known not in a missing list" cite "inu/6" require 3 not in figures.values }
obligation unknown_in_missing_list { title "U in a missing list" cite "inu/7" require figures.unset in figures.values }
