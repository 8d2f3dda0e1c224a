# SYNTAX TEST "source.lexpact" "test blocks: as_of, inline and file profiles, expectations"

test "coordination \"mechanism\" set up in 2013" {
# <---- meta.test.lexpact storage.type.test.lexpact
#    ^ meta.test.lexpact string.quoted.double.lexpact entity.name.section.test.lexpact punctuation.definition.string.begin.lexpact
#     ^^^^^^^^^^^^ meta.test.lexpact string.quoted.double.lexpact entity.name.section.test.lexpact
#                  ^^^^^^^^^^^^^ meta.test.lexpact string.quoted.double.lexpact entity.name.section.test.lexpact
#                                                ^ meta.test.lexpact meta.block.test.lexpact punctuation.section.block.begin.lexpact
  as_of 2024-01-01
# ^^^^^ meta.block.test.lexpact keyword.other.test-clause.lexpact
#       ^^^^^^^^^^ meta.block.test.lexpact constant.numeric.date.lexpact
  profile {
# ^^^^^^^ keyword.other.test-clause.lexpact
#         ^ meta.structure.object.lexpact punctuation.section.object.begin.lexpact
    # a comment inside a profile
#   ^ meta.structure.object.lexpact comment.line.number-sign.lexpact
    institutions: { coordination: { exists: true, established_on: 2013-06-30 } },
#   ^^^^^^^^^^^^ meta.structure.object.lexpact support.type.property-name.lexpact
#               ^ meta.structure.object.lexpact punctuation.separator.key-value.lexpact
#                   ^^^^^^^^^^^^ meta.structure.object.lexpact meta.structure.object.lexpact support.type.property-name.lexpact
#                                   ^^^^^^ support.type.property-name.lexpact
#                                           ^^^^ constant.language.boolean.lexpact
#                                               ^ punctuation.separator.comma.lexpact
#                                                                 ^^^^^^^^^^ constant.numeric.date.lexpact
#                                                                            ^ meta.structure.object.lexpact punctuation.section.object.end.lexpact
    "quoted key": [1, -2.5, "x", null, false, { in: 1 }, [],],
#   ^^^^^^^^^^^^ support.type.property-name.lexpact
#                 ^ meta.structure.array.lexpact punctuation.section.array.begin.lexpact
#                  ^ meta.structure.array.lexpact constant.numeric.decimal.lexpact
#                     ^^^^ meta.structure.array.lexpact constant.numeric.decimal.lexpact
#                           ^^^ meta.structure.array.lexpact string.quoted.double.lexpact
#                                ^^^^ meta.structure.array.lexpact constant.language.null.lexpact
#                                      ^^^^^ constant.language.boolean.lexpact
#                                               ^^ meta.structure.object.lexpact support.type.property-name.lexpact - keyword
#                                                         ^ meta.structure.array.lexpact punctuation.section.array.end.lexpact
    expect: "a key, not a clause"
#   ^^^^^^ support.type.property-name.lexpact - keyword
  }
# ^ punctuation.section.object.end.lexpact
  expect coordination_mechanism_2013 met on_time
# ^^^^^^ meta.block.test.lexpact keyword.other.test-clause.lexpact
#        ^^^^^^^^^^^^^^^^^^^^^^^^^^^ entity.name.type.obligation.lexpact
#                                    ^^^ constant.language.verdict.lexpact
#                                        ^^^^^^^ constant.language.deadline-status.lexpact
  expect a partially_met not_due
#          ^^^^^^^^^^^^^ constant.language.verdict.lexpact
#                        ^^^^^^^ constant.language.deadline-status.lexpact
  expect b not_met overdue
#          ^^^^^^^ constant.language.verdict.lexpact
#                  ^^^^^^^ constant.language.deadline-status.lexpact
  expect c met late
#              ^^^^ constant.language.deadline-status.lexpact
  expect d unknown unknown
#          ^^^^^^^ constant.language.verdict.lexpact
#                  ^^^^^^^ constant.language.deadline-status.lexpact
  expect e not_applicable none
#          ^^^^^^^^^^^^^^ constant.language.verdict.lexpact
#                         ^^^^ constant.language.deadline-status.lexpact
  expect f met expect g met
#              ^^^^^^ keyword.other.test-clause.lexpact - constant
#                     ^ entity.name.type.obligation.lexpact
  expect h amended "a passage"
# ^^^^^^ keyword.other.test-clause.lexpact
#        ^ entity.name.type.obligation.lexpact
#          ^^^^^^^ keyword.other.test-clause.lexpact
#                  ^^^^^^^^^^^ string.quoted.double.lexpact
  expect h not indicator "icmec:1"
#          ^^^ keyword.operator.logical.lexpact
#              ^^^^^^^^^ keyword.other.test-clause.lexpact
#                        ^^^^^^^^^ string.quoted.double.lexpact
  expect h in_window
#          ^^^^^^^^^ keyword.other.test-clause.lexpact - invalid
  expect h not met
#          ^^^ invalid.illegal.verdict.lexpact
  expect 2 bullets met in "C.2"
# ^^^^^^ keyword.other.test-clause.lexpact
#        ^ constant.numeric.decimal.lexpact
#          ^^^^^^^ keyword.other.count-unit.lexpact
#                  ^^^ constant.language.verdict.lexpact
#                      ^^ keyword.other.test-clause.lexpact
#                         ^^^^^ string.quoted.double.lexpact
  expect 1 obligation
#          ^^^^^^^^^^ keyword.other.count-unit.lexpact
  expect 1 widgets
#          ^^^^^^^ invalid.illegal.count-unit.lexpact
}
# <- meta.test.lexpact meta.block.test.lexpact punctuation.section.block.end.lexpact

test "a profile from a file" {
  profile "profiles/aurelia.json"
# ^^^^^^^ keyword.other.test-clause.lexpact
#         ^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.lexpact
  expect ratify_crc met
#        ^^^^^^^^^^ entity.name.type.obligation.lexpact
}

obligation after_tests { require true }
# <---------- storage.type.obligation.lexpact - meta.test
