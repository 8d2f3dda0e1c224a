ruleset "bad-input" version "1"
schema "lexpact/legal-profile/v1"

obligation o1 {
  title "A State that is a UN member"
  cite "test"
  require d7
}
define d0 = state.un_member
define d1 = d0 and d0
define d2 = d1 and d1
define d3 = d2 and d2
define d4 = d3 and d3
define d5 = d4 and d4
define d6 = d5 and d5
define d7 = d6 and d6
