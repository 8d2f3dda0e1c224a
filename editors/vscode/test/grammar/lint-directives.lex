# SYNTAX TEST "source.lexpact" "lint directives: # lint: expect(...) comments"

  # lint: expect(L0103, qualifier-without-exception, reason = "'as appropriate' (here) qualifies
# ^ comment.line.number-sign.lexpact meta.directive.lint.lexpact punctuation.definition.comment.lexpact
#   ^^^^ comment.line.number-sign.lexpact meta.directive.lint.lexpact keyword.other.directive.lint.lexpact
#       ^ meta.directive.lint.lexpact punctuation.separator.directive.lexpact
#         ^^^^^^ meta.directive.lint.lexpact keyword.other.directive.lint.lexpact
#               ^ meta.directive.lint.lexpact punctuation.section.parens.begin.lexpact
#                ^^^^^ meta.directive.lint.lexpact constant.other.lint.lexpact
#                     ^ meta.directive.lint.lexpact punctuation.separator.comma.lexpact
#                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^ meta.directive.lint.lexpact constant.other.lint.lexpact
#                                                    ^^^^^^ meta.directive.lint.lexpact variable.parameter.directive.lexpact
#                                                           ^ meta.directive.lint.lexpact keyword.operator.assignment.lexpact
#                                                              ^^^ meta.directive.lint.lexpact string.quoted.double.lexpact
#                                                                               ^^^^^^ meta.directive.lint.lexpact string.quoted.double.lexpact - punctuation.section.parens
  # repatriation only, which is not required")
# ^ meta.directive.lint.lexpact string.quoted.double.lexpact punctuation.definition.comment.lexpact
#   ^^^^^^^^^^^^ meta.directive.lint.lexpact string.quoted.double.lexpact
#                                           ^ meta.directive.lint.lexpact string.quoted.double.lexpact punctuation.definition.string.end.lexpact
#                                            ^ meta.directive.lint.lexpact punctuation.section.parens.end.lexpact
obligation international_cooperation {
# <---------- storage.type.obligation.lexpact - comment
  # lint: expect(missing-text, reason = "a heading")
#                ^^^^^^^^^^^^ meta.block.obligation.lexpact meta.directive.lint.lexpact constant.other.lint.lexpact
  require a
# ^^^^^^^ keyword.other.clause.lexpact - comment
}

  # A directive left open ends with the comment lines: the code after it is code.
  # lint: expect(missing-text,
define after = 1
# <------ storage.type.function.lexpact - comment
  # Later in a comment, `lint: expect(` is plain comment text.
  # see lint: expect(x)
#       ^^^^ comment.line.number-sign.lexpact - meta.directive
