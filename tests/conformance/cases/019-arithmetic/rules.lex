# + - * / on known numbers, precedence, associativity and unary minus.
ruleset "conformance" version "019"
schema "../../schema/profile.schema.json"

obligation add { title "a + b" cite "arith/1" require figures.a + figures.b == 14 }
obligation sub { title "a - b" cite "arith/2" require figures.a - figures.b == 6 }
obligation mul { title "a * b" cite "arith/3" require figures.a * figures.b == 40 }
obligation div { title "a / b" cite "arith/4" require figures.a / figures.b == 2.5 }
obligation precedence { title "* before +" cite "arith/5" require figures.a + figures.b * 2 == 18 }
obligation parentheses { title "parentheses first" cite "arith/6" require (figures.a + figures.b) * 2 == 28 }
obligation sub_left_assoc { title "- is left-associative" cite "arith/7" require figures.a - figures.b - 1 == 5 }
obligation div_left_assoc { title "/ is left-associative" cite "arith/8" require figures.a / figures.b / 2 == 1.25 }
obligation negation { title "unary minus" cite "arith/9" require -figures.a + 3 == -7 }
obligation double_negation { title "unary minus twice" cite "arith/10" require --figures.b == 4 }
obligation decimal_literal { title "a decimal literal" cite "arith/11" require figures.b * 0.5 == 2 }
obligation compare_false { title "a false comparison of a quotient" cite "arith/12" require figures.a / figures.b > 3 }
