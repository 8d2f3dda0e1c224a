# Operator precedence, loosest first: or, and, not, comparison, + -, * /, unary minus.
ruleset "conformance" version "051"
schema "../../schema/profile.schema.json"

obligation not_before_and { title "not T and F = (not T) and F" cite "prec/1" require not logic.t and logic.f }
obligation not_before_and_2 { title "not F and T = (not F) and T" cite "prec/2" require not logic.f and logic.t }
obligation and_before_or { title "T or F and F = T or (F and F)" cite "prec/3" require logic.t or logic.f and logic.f2 }
obligation and_before_or_2 { title "F and F or T = (F and F) or T" cite "prec/4" require logic.f and logic.f2 or logic.t }
obligation comparison_inside_not { title "not a == 3 = not (a == 3)" cite "prec/5" require not figures.a == 3 }
obligation arithmetic_before_comparison { title "a + 1 > 3" cite "prec/6" require figures.a + 1 > 3 }
obligation minus_binds_tightest { title "-a * 2 == -6" cite "prec/7" require -figures.a * 2 == -6 }
obligation or_chain { title "F or F or T" cite "prec/8" require logic.f or logic.f2 or logic.t }
obligation parenthesised_or { title "(T or F) and F" cite "prec/9" require (logic.t or logic.f) and logic.f2 }
