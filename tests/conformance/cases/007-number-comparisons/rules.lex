# The six comparison operators on known numbers.
ruleset "conformance" version "007"
schema "../../schema/profile.schema.json"

obligation eq { title "==" cite "cmp/1" require figures.a == 18 }
obligation eq_decimal { title "== with a decimal literal" cite "cmp/2" require figures.a == 18.0 }
obligation eq_false { title "== false" cite "cmp/3" require figures.a == figures.b }
obligation ne { title "!=" cite "cmp/4" require figures.a != figures.b }
obligation lt { title "<" cite "cmp/5" require figures.b < figures.a }
obligation lt_equal { title "< on equal values" cite "cmp/6" require figures.a < 18 }
obligation le { title "<=" cite "cmp/7" require figures.a <= 18 }
obligation gt { title "> on equal values" cite "cmp/8" require figures.a > 18 }
obligation ge { title ">=" cite "cmp/9" require figures.a >= 18 }
obligation negative { title "against a negative literal" cite "cmp/10" require figures.zero > -1 }
obligation decimal_fact { title "a decimal fact" cite "cmp/11" require figures.b == 16.5 }
