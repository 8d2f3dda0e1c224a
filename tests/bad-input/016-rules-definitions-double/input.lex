ruleset "bad-input" version "1"
schema "lexpact/legal-profile/v1"

obligation o1 {
  title "A State that is a UN member"
  cite "test"
  require d40
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
define d16 = d15 and d15
define d17 = d16 and d16
define d18 = d17 and d17
define d19 = d18 and d18
define d20 = d19 and d19
define d21 = d20 and d20
define d22 = d21 and d21
define d23 = d22 and d22
define d24 = d23 and d23
define d25 = d24 and d24
define d26 = d25 and d25
define d27 = d26 and d26
define d28 = d27 and d27
define d29 = d28 and d28
define d30 = d29 and d29
define d31 = d30 and d30
define d32 = d31 and d31
define d33 = d32 and d32
define d34 = d33 and d33
define d35 = d34 and d34
define d36 = d35 and d35
define d37 = d36 and d36
define d38 = d37 and d37
define d39 = d38 and d38
define d40 = d39 and d39
