# Every row of the `and` table of docs/language.md ("Three-valued logic").
# logic.t, logic.t2 are true; logic.f, logic.f2 false; logic.u is absent, logic.u2 "unknown".
ruleset "conformance" version "001"
schema "../../schema/profile.schema.json"

obligation and_tt { title "T and T" cite "and/1" group "and" require logic.t and logic.t2 }
obligation and_tf { title "T and F" cite "and/2" group "and" require logic.t and logic.f }
obligation and_tu { title "T and U" cite "and/3" group "and" require logic.t and logic.u }
obligation and_ft { title "F and T" cite "and/4" group "and" require logic.f and logic.t }
obligation and_ff { title "F and F" cite "and/5" group "and" require logic.f and logic.f2 }
obligation and_fu { title "F and U" cite "and/6" group "and" require logic.f and logic.u }
obligation and_ut { title "U and T" cite "and/7" group "and" require logic.u and logic.t }
obligation and_uf { title "U and F" cite "and/8" group "and" require logic.u and logic.f }
obligation and_uu { title "U and U" cite "and/9" group "and" require logic.u and logic.u2 }
