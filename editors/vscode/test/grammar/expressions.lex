# SYNTAX TEST "source.lexpact" "expressions: operators, quantifiers, calls, paths and literals"

define arithmetic = -(a.b + 2) * 3 / 4.25 - -1
#                   ^ keyword.operator.arithmetic.lexpact
#                    ^ punctuation.section.parens.begin.lexpact
#                     ^^^ meta.path.lexpact
#                         ^ keyword.operator.arithmetic.lexpact
#                           ^ constant.numeric.decimal.lexpact
#                            ^ punctuation.section.parens.end.lexpact
#                              ^ keyword.operator.arithmetic.lexpact
#                                  ^ keyword.operator.arithmetic.lexpact
#                                    ^^^^ constant.numeric.decimal.lexpact
#                                         ^ keyword.operator.arithmetic.lexpact
#                                           ^ keyword.operator.arithmetic.lexpact
#                                            ^ constant.numeric.decimal.lexpact
define comparisons = a == 1 or a != 2 or a < 3 or a <= 4 or a > 5 or a >= 6
#                      ^^ keyword.operator.comparison.lexpact
#                                ^^ keyword.operator.comparison.lexpact
#                                          ^ keyword.operator.comparison.lexpact
#                                                   ^^ keyword.operator.comparison.lexpact
#                                                             ^ keyword.operator.comparison.lexpact
#                                                                      ^^ keyword.operator.comparison.lexpact
define logic = not not a and (b or c) and x not in [1, 2,]
#              ^^^ keyword.operator.logical.lexpact
#                  ^^^ keyword.operator.logical.lexpact
#                        ^^^ keyword.operator.logical.lexpact
#                               ^^ keyword.operator.logical.lexpact
#                                           ^^^ keyword.operator.logical.lexpact
#                                               ^^ keyword.operator.membership.lexpact
#                                                  ^ punctuation.section.brackets.begin.lexpact
#                                                       ^ punctuation.separator.comma.lexpact
#                                                        ^ punctuation.section.brackets.end.lexpact
define literals = [true, false, "text", 12, 0.5, 2008-11-28, 2013-12-3]
#                  ^^^^ constant.language.boolean.lexpact
#                        ^^^^^ constant.language.boolean.lexpact
#                               ^^^^^^ string.quoted.double.lexpact
#                                       ^^ constant.numeric.decimal.lexpact
#                                           ^^^ constant.numeric.decimal.lexpact
#                                                ^^^^^^^^^^ constant.numeric.date.lexpact
#                                                            ^^^^ constant.numeric.decimal.lexpact - constant.numeric.date
#                                                                ^ keyword.operator.arithmetic.lexpact
#                                                                 ^^ constant.numeric.decimal.lexpact
#                                                                   ^ keyword.operator.arithmetic.lexpact
#                                                                    ^ constant.numeric.decimal.lexpact

  # Quantifiers: the name they bind, `in` and `where`.
define all_ok = all m in state.memberships where m.ok
#               ^^^ keyword.operator.quantifier.lexpact
#                   ^ variable.parameter.quantifier.lexpact
#                     ^^ keyword.operator.membership.lexpact
#                        ^^^^^^^^^^^^^^^^^ meta.path.lexpact
#                                          ^^^^^ keyword.operator.where.lexpact
#                                                ^^^^ meta.path.lexpact
define some = any law in laws.list where law.year >= 2010 and law.in_force
#             ^^^ keyword.operator.quantifier.lexpact
#                 ^^^ variable.parameter.quantifier.lexpact
#                                  ^^^^^ keyword.operator.where.lexpact
#                                                                 ^^^^^^^^ meta.path.lexpact variable.other.property.lexpact - keyword
define several = (count p in provinces where p.covered) >= 2 and count q in [1, 2] > 0
#                 ^^^^^ keyword.operator.quantifier.lexpact
#                       ^ variable.parameter.quantifier.lexpact
#                                                       ^^ keyword.operator.comparison.lexpact
#                                                                ^^^^^ keyword.operator.quantifier.lexpact
#                                                                      ^ variable.parameter.quantifier.lexpact

  # Definition calls, with fact paths and nested calls as arguments.
define call = ratified(treaties.crc) and within(laws.x.enacted_on, urgent_years())
#             ^^^^^^^^ meta.function-call.lexpact entity.name.function.call.lexpact
#                     ^ punctuation.section.parens.begin.lexpact
#                      ^^^^^^^^ meta.path.lexpact variable.other.object.lexpact
#                               ^^^ meta.path.lexpact variable.other.property.lexpact
#                                        ^^^^^^ meta.function-call.lexpact entity.name.function.call.lexpact
#                                                                ^ punctuation.separator.comma.lexpact
#                                                                  ^^^^^^^^^^^^ meta.function-call.lexpact entity.name.function.call.lexpact
define spaced = f (x)
#               ^ meta.function-call.lexpact entity.name.function.call.lexpact
define reserved = not (a) and any(x)
#                 ^^^ keyword.operator.logical.lexpact - entity.name.function
#                             ^^^ keyword.operator.quantifier.lexpact - entity.name.function

  # After a dot any word is a field, reserved ones and digits-free keywords included.
define fields = data.count + data.all.where.true.null + a.b1.c_2
#               ^^^^ meta.path.lexpact variable.other.object.lexpact
#                    ^^^^^ meta.path.lexpact variable.other.property.lexpact - keyword
#                                 ^^^ meta.path.lexpact variable.other.property.lexpact - keyword
#                                     ^^^^^ meta.path.lexpact variable.other.property.lexpact - keyword
#                                           ^^^^ meta.path.lexpact variable.other.property.lexpact - constant
#                                                ^^^^ meta.path.lexpact variable.other.property.lexpact - constant
#                                                         ^^ meta.path.lexpact variable.other.property.lexpact - constant.numeric
#                                                            ^^^ meta.path.lexpact variable.other.property.lexpact
define name = urgent_years
#             ^^^^^^^^^^^^ variable.other.lexpact
