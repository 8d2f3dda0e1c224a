#!/usr/bin/env bash
# The language server's end-to-end tests: pytest-lsp drives `target/debug/lexpact lsp` through
# every feature, on the Rio library and on the small rule set in fixtures/. Installs pytest-lsp
# (versions pinned) into a virtual environment under target/, skipped when present, and builds
# the binary. Ends with one line, `N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/../.."
venv=target/lsp-venv
# Nothing written beside the tests (no bytecode caches in the repository).
export PYTHONDONTWRITEBYTECODE=1
if [ ! -x "$venv/bin/pytest" ] || ! "$venv/bin/python" -c 'import pytest_lsp, lsprotocol' 2>/dev/null; then
  python3 -m venv "$venv" && "$venv/bin/pip" install --quiet --disable-pip-version-check \
    pytest==9.2.0 pytest-asyncio==1.5.0 pytest-lsp==1.0.1 pygls==2.1.1 lsprotocol==2025.0.0 || {
    echo "0 passed, 1 failed"
    exit 1
  }
fi
cargo build --quiet --locked --bin lexpact || {
  echo "0 passed, 1 failed"
  exit 1
}
report=target/lsp-junit.xml
rm -f "$report"
"$venv/bin/pytest" -q -p no:cacheprovider --junitxml="$report" tests/lsp "$@"
status=$?
# The closing line, counted from the JUnit report (pytest's own summary varies with options).
counts=$("$venv/bin/python" - "$report" <<'PY'
import sys
import xml.etree.ElementTree as ET

try:
    suite = ET.parse(sys.argv[1]).getroot()
    suite = suite if suite.tag == "testsuite" else suite.find("testsuite")
    tests, failed = int(suite.get("tests")), int(suite.get("failures")) + int(suite.get("errors"))
    skipped = int(suite.get("skipped"))
    print(tests - failed - skipped, failed)
except Exception:
    print(0, 1)
PY
)
read -r passed failed <<<"$counts"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ]
