ruleset "bad-input" version "1"
schema "lexpact/legal-profile/v1"

obligation o1 {
  title "A State that is a UN member"
  cite "test"
  require state.un_member or (all m0 in state.regional_memberships where all m1 in state.regional_memberships where all m2 in state.regional_memberships where m0 == m2)
}
