# == and != compare booleans too.
ruleset "conformance" version "054"
schema "../../schema/profile.schema.json"

obligation true_eq_true { title "T == T" cite "beq/1" require logic.t == logic.t2 }
obligation true_ne_false { title "T != F" cite "beq/2" require logic.t != logic.f }
obligation false_eq_literal { title "F == false" cite "beq/3" require logic.f == false }
obligation true_eq_false_literal { title "T == false" cite "beq/4" require logic.t == false }
obligation comparison_as_operand { title "(a > 1) == T" cite "beq/5" require (figures.a > 1) == logic.t }
