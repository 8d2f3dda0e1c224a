# SYNTAX TEST "source.lexpact" "obligations and every clause"

obligation coordination_mechanism_2013 {
# <---------- meta.obligation.lexpact storage.type.obligation.lexpact
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^ meta.obligation.lexpact entity.name.type.obligation.lexpact
#                                      ^ meta.obligation.lexpact meta.block.obligation.lexpact punctuation.section.block.begin.lexpact
  title "A \"national\" coordination mechanism\\ by 2013\n\t"
# ^^^^^ meta.block.obligation.lexpact keyword.other.clause.lexpact
#       ^ meta.block.obligation.lexpact string.quoted.double.lexpact punctuation.definition.string.begin.lexpact
#          ^^ string.quoted.double.lexpact constant.character.escape.lexpact
#            ^^^^^^^^ string.quoted.double.lexpact - constant.character.escape
#                                             ^^ string.quoted.double.lexpact constant.character.escape.lexpact
#                                                       ^^ string.quoted.double.lexpact constant.character.escape.lexpact
#                                                         ^^ string.quoted.double.lexpact constant.character.escape.lexpact
  cite "C.1(a)-4"
# ^^^^ keyword.other.clause.lexpact
#       ^^^^^^^^ string.quoted.double.lexpact - punctuation.section.parens
#       ^^^^^^^^ string.quoted.double.lexpact - keyword.operator
  group "C.1"
# ^^^^^ keyword.other.clause.lexpact
  text "Establish, by 2013, a national coordination mechanism, where appropriate"
# ^^^^ keyword.other.clause.lexpact
#                                                              ^^^^^ string.quoted.double.lexpact - keyword.operator
  indicator "icmec:1"
# ^^^^^^^^^ keyword.other.clause.lexpact
#            ^^^^^^^ string.quoted.double.lexpact
  amended "a national coordination mechanism"
# ^^^^^^^ keyword.other.clause.lexpact
  weight 2.5
# ^^^^^^ keyword.other.clause.lexpact
#        ^^^ constant.numeric.decimal.lexpact
  exception "where appropriate"
# ^^^^^^^^^ keyword.other.clause.lexpact
#            ^^^^^ string.quoted.double.lexpact
  deadline 2013-01-01 to 2013-12-31
# ^^^^^^^^ keyword.other.clause.lexpact
#          ^^^^^^^^^^ constant.numeric.date.lexpact
#                     ^^ keyword.other.clause.lexpact
#                        ^^^^^^^^^^ constant.numeric.date.lexpact
  met on institutions.coordination.established_on
# ^^^ keyword.other.clause.lexpact
#     ^^ keyword.other.clause.lexpact
#        ^^^^^^^^^^^^ meta.path.lexpact variable.other.object.lexpact
#                                  ^^^^^^^^^^^^^^ meta.path.lexpact variable.other.property.lexpact
  applies when state.federal or not state.regional_memberships in ["eu"]
# ^^^^^^^ keyword.other.clause.lexpact
#         ^^^^ keyword.other.clause.lexpact
#                            ^^ keyword.operator.logical.lexpact
#                               ^^^ keyword.operator.logical.lexpact
#                                                              ^^ keyword.operator.membership.lexpact
  require institutions.coordination.exists
# ^^^^^^^ keyword.other.clause.lexpact
#                                   ^^^^^^ meta.path.lexpact variable.other.property.lexpact
      and institutions.coordination.mandate.require == "statutory"
#     ^^^ keyword.operator.logical.lexpact
#                                           ^^^^^^^ meta.path.lexpact variable.other.property.lexpact - keyword
#                                                   ^^ keyword.operator.comparison.lexpact
  partial when institutions.coordination.planned
# ^^^^^^^ keyword.other.clause.lexpact
#         ^^^^ keyword.other.clause.lexpact
  in each jurisdiction
# ^^ keyword.other.clause.lexpact - keyword.operator
#    ^^^^ keyword.other.clause.lexpact
#         ^^^^^^^^^^^^ keyword.other.clause.lexpact - variable
}
# <- meta.obligation.lexpact meta.block.obligation.lexpact punctuation.section.block.end.lexpact

# `in each jurisdiction` right after an expression ends it; an `in` test stays an operator.
obligation per_province { require a.each in each in each jurisdiction }
# <---------- storage.type.obligation.lexpact
#          ^^^^^^^^^^^^ entity.name.type.obligation.lexpact
#                         ^^^^^^^ keyword.other.clause.lexpact
#                                   ^^^^ meta.path.lexpact variable.other.property.lexpact
#                                        ^^ keyword.operator.membership.lexpact
#                                           ^^^^ variable.other.lexpact
#                                                ^^ keyword.other.clause.lexpact
#                                                   ^^^^ keyword.other.clause.lexpact
#                                                        ^^^^^^^^^^^^ keyword.other.clause.lexpact
#                                                                     ^ punctuation.section.block.end.lexpact

# Clause words are names in expressions: fields after a dot, definitions elsewhere.
obligation words_as_names {
  require text.title and group(weight.deadline) and data.count > 0
#         ^^^^ meta.path.lexpact variable.other.object.lexpact - keyword
#              ^^^^^ meta.path.lexpact variable.other.property.lexpact - keyword
#                        ^^^^^ meta.function-call.lexpact entity.name.function.call.lexpact - keyword
#                              ^^^^^^ meta.path.lexpact variable.other.object.lexpact - keyword
#                                     ^^^^^^^^ meta.path.lexpact variable.other.property.lexpact - keyword
#                                                        ^^^^^ meta.path.lexpact variable.other.property.lexpact - keyword
}

define after = 1
# <------ storage.type.function.lexpact - meta.obligation
#      ^^^^^ entity.name.function.definition.lexpact
