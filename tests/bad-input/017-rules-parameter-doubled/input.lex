ruleset "bad-input" version "1"
schema "lexpact/legal-profile/v1"

obligation o1 {
  title "A State that is a UN member"
  cite "test"
  require f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(state.un_member)))))))))))))))))))))))))
}
define f(x) = x and x
