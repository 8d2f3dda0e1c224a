# Arithmetic with an unknown operand is unknown, even where the other operand would decide.
ruleset "conformance" version "021"
schema "../../schema/profile.schema.json"

obligation add_unknown { title "a + U" cite "arithu/1" require figures.a + figures.unset > 0 }
obligation times_zero_unknown { title "U * 0" cite "arithu/2" require figures.unset * 0 == 0 }
obligation negate_unknown { title "-U" cite "arithu/3" require -figures.b < 0 }
obligation both_unknown { title "U - U" cite "arithu/4" require figures.unset - figures.b == 0 }
obligation divide_by_unknown { title "a / U" cite "arithu/5" require figures.a / figures.unset > 1 }
