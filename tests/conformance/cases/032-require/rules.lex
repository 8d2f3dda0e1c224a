# Verdict table, rows "applies T or absent" with require T, F, U (no partial).
ruleset "conformance" version "032"
schema "../../schema/profile.schema.json"

obligation require_true { title "require T" cite "req/1" applies when logic.t2 require logic.t }
obligation require_false { title "require F" cite "req/2" applies when logic.t2 require logic.f }
obligation require_unknown { title "require U" cite "req/3" applies when logic.t2 require logic.u }
obligation require_true_no_applies { title "require T, no applies" cite "req/4" require logic.t }
obligation require_false_no_applies { title "require F, no applies" cite "req/5" require logic.f }
obligation require_unknown_no_applies { title "require U, no applies" cite "req/6" require logic.u }
