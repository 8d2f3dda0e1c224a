# Quantifiers over lists written in the rules (of literals, facts and records).
ruleset "conformance" version "056"
schema "../../schema/profile.schema.json"

define organisations = ["AU", "OAS"]

obligation all_literals { title "all over numbers" cite "ql/1" require all x in [1, 2, 3] where x > 0 }
obligation any_facts { title "any over facts" cite "ql/2" require any b in [institutions.coordination_mechanism.exists, institutions.ombudsperson.exists] where b }
obligation all_facts_unknown { title "all over a true and an unknown fact" cite "ql/3" require all b in [logic.t, logic.u] where b }
obligation all_facts_false { title "all over a false and an unknown fact" cite "ql/4" require all b in [logic.f, logic.u] where b }
obligation count_mixed { title "count over facts and a literal" cite "ql/5" require (count x in [figures.a, figures.b, 7] where x > 5) == 2 }
obligation count_no_where { title "count without where over a literal list" cite "ql/6" require (count x in [logic.u, logic.t]) == 2 }
obligation any_records { title "any over records" cite "ql/7" require any r in [institutions.coordination_mechanism, institutions.ombudsperson] where r.exists }
obligation defined_list { title "any over a defined list" cite "ql/8" require any c in organisations where c in state.memberships }
