# is_known(x): true if the fact (or expression) has a value, false if not; never unknown.
ruleset "conformance" version "025"
schema "../../schema/profile.schema.json"

obligation known_true { title "a true fact is known" cite "known/1" require is_known(logic.t) }
obligation known_false { title "a false fact is known" cite "known/2" require is_known(logic.f) }
obligation absent_not_known { title "an absent fact" cite "known/3" require is_known(logic.u) }
obligation not_assessed_not_known { title "a fact not assessed" cite "known/4" require is_known(logic.u2) }
obligation null_not_known { title "a null fact" cite "known/5" require is_known(logic.f2) }
obligation absence_is_the_finding { title "absence as the finding" cite "known/6" require not is_known(logic.u) }
obligation record_known { title "a record" cite "known/7" require is_known(institutions.ombudsperson) }
obligation record_absent { title "an absent record" cite "known/8" require is_known(institutions.coordination_mechanism) }
obligation empty_list_known { title "an empty list" cite "known/9" require is_known(state.memberships) }
obligation expression_unknown { title "an expression with an absent operand" cite "known/10" require is_known(figures.a + 1) }
obligation in_logic { title "is_known in logic with an unknown" cite "known/11" require is_known(logic.u) or logic.u2 }
