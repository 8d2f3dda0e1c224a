# A comparison with an unknown operand is unknown, whatever the operator and type.
ruleset "conformance" version "008"
schema "../../schema/profile.schema.json"

obligation eq_unknown_left { title "U == 18" cite "cmpu/1" require figures.unset == 18 }
obligation ne_unknown_left { title "U != 18" cite "cmpu/2" require figures.unset != 18 }
obligation lt_unknown_right { title "18 < U" cite "cmpu/3" require figures.a < figures.unset }
obligation ge_both_unknown { title "U >= U" cite "cmpu/4" require figures.unset >= figures.b }
obligation string_unknown { title "string == U" cite "cmpu/5" require state.name == "Ruritania" }
obligation date_unknown { title "date <= U" cite "cmpu/6" require law.adopted <= 2013-12-31 }
obligation bool_unknown { title "U == true" cite "cmpu/7" require logic.u == true }
obligation known_for_contrast { title "known == 18" cite "cmpu/8" require figures.a == 18 }
