# SYNTAX TEST "source.lexpact" "comments, the rule set header, definitions"

  # A comment runs to the end of the line: "quotes", keywords (define) and 1.5 inside it are text.
# ^ comment.line.number-sign.lexpact punctuation.definition.comment.lexpact
#                                          ^^^^^^^^ comment.line.number-sign.lexpact - string
#                                                              ^^^^^^ comment.line.number-sign.lexpact - storage.type
#                                                                          ^^^ comment.line.number-sign.lexpact - constant.numeric

ruleset "rio" version "draft of 28 November 2008"
# <------- keyword.other.declaration.lexpact
#       ^ string.quoted.double.lexpact punctuation.definition.string.begin.lexpact
#        ^^^ string.quoted.double.lexpact
#           ^ string.quoted.double.lexpact punctuation.definition.string.end.lexpact
#             ^^^^^^^ keyword.other.declaration.lexpact
#                      ^^^^^ string.quoted.double.lexpact
schema "lexpact/legal-profile/v1"  # a bundled schema
# <------ keyword.other.declaration.lexpact
#       ^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.lexpact
#                                  ^ comment.line.number-sign.lexpact

define urgent_years = 2
# <------ storage.type.function.lexpact
#      ^^^^^^^^^^^^ entity.name.function.definition.lexpact
#                   ^ keyword.operator.assignment.lexpact
#                     ^ constant.numeric.decimal.lexpact
define ratified(t) = t.status in ["ratified", "acceded", "succeeded"]
# <------ storage.type.function.lexpact
#      ^^^^^^^^ entity.name.function.definition.lexpact
#              ^ meta.definition.parameters.lexpact punctuation.section.parameters.begin.lexpact
#               ^ meta.definition.parameters.lexpact variable.parameter.lexpact
#                ^ meta.definition.parameters.lexpact punctuation.section.parameters.end.lexpact
#                    ^^^^^^^^ meta.path.lexpact
#                    ^ meta.path.lexpact variable.other.object.lexpact
#                     ^ meta.path.lexpact punctuation.accessor.dot.lexpact
#                      ^^^^^^ meta.path.lexpact variable.other.property.lexpact
#                             ^^ keyword.operator.membership.lexpact
#                                ^ punctuation.section.brackets.begin.lexpact
#                                  ^^^^^^^^ string.quoted.double.lexpact
#                                           ^ punctuation.separator.comma.lexpact
#                                                                   ^ punctuation.section.brackets.end.lexpact
define within(d, years,) = d <= 2013-12-31 + years
#             ^ meta.definition.parameters.lexpact variable.parameter.lexpact
#              ^ meta.definition.parameters.lexpact punctuation.separator.comma.lexpact
#                ^^^^^ meta.definition.parameters.lexpact variable.parameter.lexpact
#                     ^ meta.definition.parameters.lexpact punctuation.separator.comma.lexpact
#                            ^^ keyword.operator.comparison.lexpact
#                               ^^^^^^^^^^ constant.numeric.date.lexpact
#                                          ^ keyword.operator.arithmetic.lexpact
#                                            ^^^^^ variable.other.lexpact - variable.parameter
define both(a, b) =
  a and
# ^ variable.other.lexpact
#   ^^^ keyword.operator.logical.lexpact
    b
#   ^ variable.other.lexpact

# Words with a role only where the grammar expects them are names elsewhere.
define title = version.schema
#      ^^^^^ entity.name.function.definition.lexpact - keyword
#              ^^^^^^^ meta.path.lexpact variable.other.object.lexpact - keyword
#                      ^^^^^^ meta.path.lexpact variable.other.property.lexpact - keyword
