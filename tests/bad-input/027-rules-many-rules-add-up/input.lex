ruleset "bad-input" version "1"
schema "lexpact/legal-profile/v1"

obligation o1 {
  title "A State that is a UN member"
  cite "test"
  require d10
}
obligation o2 { title "t" cite "c" require d10 }
obligation o3 { title "t" cite "c" require d10 }
obligation o4 { title "t" cite "c" require d10 }
obligation o5 { title "t" cite "c" require d10 }
obligation o6 { title "t" cite "c" require d10 }
obligation o7 { title "t" cite "c" require d10 }
obligation o8 { title "t" cite "c" require d10 }
obligation o9 { title "t" cite "c" require d10 }
obligation o10 { title "t" cite "c" require d10 }
obligation o11 { title "t" cite "c" require d10 }
obligation o12 { title "t" cite "c" require d10 }
obligation o13 { title "t" cite "c" require d10 }
obligation o14 { title "t" cite "c" require d10 }
obligation o15 { title "t" cite "c" require d10 }
obligation o16 { title "t" cite "c" require d10 }
obligation o17 { title "t" cite "c" require d10 }
obligation o18 { title "t" cite "c" require d10 }
obligation o19 { title "t" cite "c" require d10 }
obligation o20 { title "t" cite "c" require d10 }
obligation o21 { title "t" cite "c" require d10 }
obligation o22 { title "t" cite "c" require d10 }
obligation o23 { title "t" cite "c" require d10 }
obligation o24 { title "t" cite "c" require d10 }
obligation o25 { title "t" cite "c" require d10 }
obligation o26 { title "t" cite "c" require d10 }
obligation o27 { title "t" cite "c" require d10 }
obligation o28 { title "t" cite "c" require d10 }
obligation o29 { title "t" cite "c" require d10 }
obligation o30 { title "t" cite "c" require d10 }
obligation o31 { title "t" cite "c" require d10 }
obligation o32 { title "t" cite "c" require d10 }
obligation o33 { title "t" cite "c" require d10 }
obligation o34 { title "t" cite "c" require d10 }
obligation o35 { title "t" cite "c" require d10 }
obligation o36 { title "t" cite "c" require d10 }
obligation o37 { title "t" cite "c" require d10 }
obligation o38 { title "t" cite "c" require d10 }
obligation o39 { title "t" cite "c" require d10 }
obligation o40 { title "t" cite "c" require d10 }
obligation o41 { title "t" cite "c" require d10 }
obligation o42 { title "t" cite "c" require d10 }
obligation o43 { title "t" cite "c" require d10 }
obligation o44 { title "t" cite "c" require d10 }
obligation o45 { title "t" cite "c" require d10 }
obligation o46 { title "t" cite "c" require d10 }
obligation o47 { title "t" cite "c" require d10 }
obligation o48 { title "t" cite "c" require d10 }
obligation o49 { title "t" cite "c" require d10 }
obligation o50 { title "t" cite "c" require d10 }
obligation o51 { title "t" cite "c" require d10 }
obligation o52 { title "t" cite "c" require d10 }
obligation o53 { title "t" cite "c" require d10 }
obligation o54 { title "t" cite "c" require d10 }
obligation o55 { title "t" cite "c" require d10 }
obligation o56 { title "t" cite "c" require d10 }
obligation o57 { title "t" cite "c" require d10 }
obligation o58 { title "t" cite "c" require d10 }
obligation o59 { title "t" cite "c" require d10 }
obligation o60 { title "t" cite "c" require d10 }
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
