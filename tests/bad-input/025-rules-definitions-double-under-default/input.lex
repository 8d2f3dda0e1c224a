ruleset "bad-input" version "1"
schema "lexpact/legal-profile/v1"

obligation o1 {
  title "A State that is a UN member"
  cite "test"
  require d15
}
define d0 = state.un_member
define d1 = d0 and d0
define d2 = d1 and d1
define d3 = d2 and d2
define d4 = d3 and d3
define d5 = d4 and d4
define d6 = d5 and d5
define d7 = d6 and d6
define d8 = d7 and d7
define d9 = d8 and d8
define d10 = d9 and d9
define d11 = d10 and d10
define d12 = d11 and d11
define d13 = d12 and d12
define d14 = d13 and d13
define d15 = d14 and d14
