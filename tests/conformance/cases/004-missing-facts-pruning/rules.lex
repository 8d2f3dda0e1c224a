# Missing facts are listed only when their absence made a deciding condition unknown.
ruleset "conformance" version "004"
schema "../../schema/profile.schema.json"

obligation false_and_missing {
  title "a and b, a false, b missing"
  cite "missing/1"
  require logic.f and logic.u
}
obligation true_or_missing {
  title "a or b, a true, b missing"
  cite "missing/2"
  require logic.t or logic.u
}
obligation decided_part_not_asked {
  title "(F and U) or U"
  cite "missing/3"
  require (logic.f and logic.u) or logic.u2
}
obligation decided_or_not_asked {
  title "(T or U) and U"
  cite "missing/4"
  require (logic.t or logic.u) and logic.u2
}
obligation false_last_decides {
  title "U and U and F"
  cite "missing/5"
  require logic.u and logic.u2 and logic.f
}
obligation partial_after_decided_require {
  title "require F (with U), partial T (with U)"
  cite "missing/6"
  require logic.f and logic.u
  partial when logic.u2 or logic.t
}
obligation comparison_in_false_and {
  title "a missing number compared, and a false"
  cite "missing/7"
  require figures.a > 1 and logic.f
}
obligation true_among_three {
  title "U or U or T"
  cite "missing/8"
  require logic.u or logic.u2 or logic.t
}
obligation all_unknown_listed {
  title "U or (U and T) or F"
  cite "missing/9"
  require logic.u or (logic.u2 and logic.t) or logic.f
}
