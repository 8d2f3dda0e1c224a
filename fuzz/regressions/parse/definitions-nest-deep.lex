ruleset "bad-input" version "1"
schema "lexpact/legal-profile/v1"

obligation o1 {
  title "A State that is a UN member"
  cite "test"
  require not d31
}
define d0 = state.un_member
define d1 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d0
define d2 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d1
define d3 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d2
define d4 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d3
define d5 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d4
define d6 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d5
define d7 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d6
define d8 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d7
define d9 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d8
define d10 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d9
define d11 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d10
define d12 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d11
define d13 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d12
define d14 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d13
define d15 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d14
define d16 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d15
define d17 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d16
define d18 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d17
define d19 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d18
define d20 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d19
define d21 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d20
define d22 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d21
define d23 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d22
define d24 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d23
define d25 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d24
define d26 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d25
define d27 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d26
define d28 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d27
define d29 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d28
define d30 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d29
define d31 = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not d30
