ruleset "bad-input" version "1"
schema "lexpact/legal-profile/v1"

obligation o1 {
  title "A State that is a UN member"
  cite "test"
  require all m0 in state.regional_memberships where all m1 in state.regional_memberships where all m2 in state.regional_memberships where all m3 in state.regional_memberships where all m4 in state.regional_memberships where all m5 in state.regional_memberships where all m6 in state.regional_memberships where all m7 in state.regional_memberships where all m8 in state.regional_memberships where all m9 in state.regional_memberships where m0 == m1 and m1 == m2 and m2 == m3 and m3 == m4 and m4 == m5 and m5 == m6 and m6 == m7 and m7 == m8 and m8 == m9
}
