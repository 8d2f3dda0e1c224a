# Verdict table, `partial when` rows: it only counts when require is false.
ruleset "conformance" version "033"
schema "../../schema/profile.schema.json"

obligation f_partial_t { title "require F, partial T" cite "part/1" require logic.f partial when logic.t }
obligation f_partial_f { title "require F, partial F" cite "part/2" require logic.f partial when logic.f2 }
obligation f_partial_u { title "require F, partial U" cite "part/3" require logic.f partial when logic.u }
obligation t_partial_u { title "require T, partial U" cite "part/4" require logic.t partial when logic.u }
obligation t_partial_f { title "require T, partial F" cite "part/5" require logic.t partial when logic.f }
obligation u_partial_t { title "require U, partial T" cite "part/6" require logic.u partial when logic.t }
obligation u_partial_f { title "require U, partial F" cite "part/7" require logic.u partial when logic.f }
obligation f_no_partial { title "require F, no partial" cite "part/8" applies when logic.t require logic.f }
