# `in` and `not in` with known values, on literal lists and on lists of the profile.
ruleset "conformance" version "011"
schema "../../schema/profile.schema.json"

obligation in_literal_true { title "in a literal list: found" cite "in/1" require figures.a in [1, 2, 3] }
obligation in_literal_false { title "in a literal list: not found" cite "in/2" require figures.a in [1, 2] }
obligation not_in_literal_true { title "not in a literal list: not found" cite "in/3" require figures.a not in [1, 2] }
obligation not_in_literal_false { title "not in a literal list: found" cite "in/4" require figures.a not in [3] }
obligation in_profile_true { title "in a profile list: found" cite "in/5" require "AU" in state.memberships }
obligation in_profile_false { title "in a profile list: not found" cite "in/6" require "OAS" in state.memberships }
obligation not_in_profile { title "not in a profile list" cite "in/7" require "OAS" not in state.memberships }
obligation in_empty_literal { title "in an empty list" cite "in/8" require figures.a in [] }
obligation date_in_list { title "a date in a list of dates" cite "in/9" require law.adopted in [2010-01-01, 2015-06-30] }
obligation fact_in_list_of_facts { title "a fact in a list of facts" cite "in/10" require figures.a in [figures.b, figures.a] }
