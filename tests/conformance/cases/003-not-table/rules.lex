# The `not` table of docs/language.md, and `not` repeated.
ruleset "conformance" version "003"
schema "../../schema/profile.schema.json"

obligation not_t { title "not T" cite "not/1" group "not" require not logic.t }
obligation not_f { title "not F" cite "not/2" group "not" require not logic.f }
obligation not_u { title "not U" cite "not/3" group "not" require not logic.u }
obligation not_not_t { title "not not T" cite "not/4" group "not" require not not logic.t }
obligation not_not_u { title "not not U (not assessed)" cite "not/5" group "not" require not not logic.u2 }
