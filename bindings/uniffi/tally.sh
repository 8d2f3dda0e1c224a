# What the bindings' test scripts share, sourced by each: the steps they print, the outcome of
# each check, and the closing `N passed, M failed` line that ./test.sh adds up.
passed=0
failed=0
step() { printf '\n== %s\n' "$*"; }
pass() { passed=$((passed + 1)); echo "ok     $*"; }
fail() { failed=$((failed + 1)); echo "FAILED $*"; }
# check NAME COMMAND...: one check, passed when the command succeeds.
check() {
  local name=$1
  shift
  if "$@"; then pass "$name"; else fail "$name"; fi
}
finish() {
  echo
  echo "${passed} passed, ${failed} failed"
  [ "$failed" -eq 0 ]
  exit $?
}
# A step without which nothing else can run.
must() { "$@" || { fail "$*"; finish; }; }
