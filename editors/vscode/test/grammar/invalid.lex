# SYNTAX TEST "source.lexpact" "what the lexer refuses, and half-typed input"

define escapes = "ok \q and \u00e9"
#                    ^^ string.quoted.double.lexpact invalid.illegal.unknown-escape.lexpact
#                           ^ string.quoted.double.lexpact invalid.illegal.unknown-escape.lexpact
define numbers = 12ab + 1. + 3.5x
#                ^^^^ invalid.illegal.number.lexpact
#                       ^^ invalid.illegal.number.lexpact
#                            ^^^^ invalid.illegal.number.lexpact
define characters = a @ b ; c ! d & 'e'
#                     ^ invalid.illegal.character.lexpact
#                         ^ invalid.illegal.character.lexpact
#                             ^ invalid.illegal.character.lexpact
#                                 ^ invalid.illegal.character.lexpact
#                                   ^ invalid.illegal.character.lexpact
define unclosed = "a string without its quote
#                           ^^^^^^^ string.quoted.double.lexpact
define next_line = 1
# <------ storage.type.function.lexpact - string
#                  ^ constant.numeric.decimal.lexpact

test "verdicts are checked" {
  expect ratify_crc mett
#                   ^^^^ invalid.illegal.verdict.lexpact
  expect ratify_crc met in_time
#                       ^^^^^^^ invalid.illegal.deadline-status.lexpact
}

  # An obligation being typed, with no block yet: the next item starts afresh.
obligation half_typed
#          ^^^^^^^^^^ entity.name.type.obligation.lexpact
define recovered = 2
# <------ storage.type.function.lexpact - meta.obligation
test "also half typed"
test "recovered" {
# <---- storage.type.test.lexpact
  as_of 2024-01-01
# ^^^^^ keyword.other.test-clause.lexpact
}
