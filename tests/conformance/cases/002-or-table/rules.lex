# Every row of the `or` table of docs/language.md ("Three-valued logic").
# logic.t, logic.t2 are true; logic.f, logic.f2 false; logic.u is absent, logic.u2 "unknown".
ruleset "conformance" version "002"
schema "../../schema/profile.schema.json"

obligation or_tt { title "T or T" cite "or/1" group "or" require logic.t or logic.t2 }
obligation or_tf { title "T or F" cite "or/2" group "or" require logic.t or logic.f }
obligation or_tu { title "T or U" cite "or/3" group "or" require logic.t or logic.u }
obligation or_ft { title "F or T" cite "or/4" group "or" require logic.f or logic.t }
obligation or_ff { title "F or F" cite "or/5" group "or" require logic.f or logic.f2 }
obligation or_fu { title "F or U" cite "or/6" group "or" require logic.f or logic.u }
obligation or_ut { title "U or T" cite "or/7" group "or" require logic.u or logic.t }
obligation or_uf { title "U or F" cite "or/8" group "or" require logic.u or logic.f }
obligation or_uu { title "U or U" cite "or/9" group "or" require logic.u or logic.u2 }
