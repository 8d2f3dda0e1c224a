# Division by zero is unknown (and then behaves as any unknown in logic).
ruleset "conformance" version "020"
schema "../../schema/profile.schema.json"

obligation div_zero_fact { title "a / zero" cite "div0/1" require figures.a / figures.zero == 0 }
obligation div_zero_literal { title "a / 0" cite "div0/2" require figures.a / 0 > 1 }
obligation div_zero_or_true { title "(a / 0 > 1) or T" cite "div0/3" require figures.a / 0 > 1 or logic.t }
obligation div_zero_and_false { title "(a / 0 > 1) and F" cite "div0/4" require figures.a / 0 > 1 and logic.f }
obligation div_zero_is_not_known { title "not is_known(a / 0)" cite "div0/5" require not is_known(figures.a / 0) }
obligation zero_divided { title "0 / a" cite "div0/6" require figures.zero / figures.a == 0 }
