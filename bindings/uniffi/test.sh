#!/usr/bin/env bash
# The Kotlin, Swift and Python bindings end to end: builds the library, regenerates the bindings
# into target/uniffi/, checks the Swift sources against their committed snapshot
# (examples/swift/Sources; LEXPACT_BLESS=1 rewrites it) and the C header with gcc, runs the
# Kotlin suites (API, conformance corpus, garbage, bad-input corpus) and example on the JVM, the
# pytest suites (the same four) and the Python example. Installs what is missing (pytest in a
# venv, JNA, the npm Kotlin compiler). Ends with `N passed, M failed`, every suite's tests
# counted.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT=target/uniffi
PROFILE_DIR=target/debug
KOTLINC=node_modules/kotlin-compiler/bin/kotlinc
JNA=/usr/share/java/jna.jar

# shellcheck source=bindings/uniffi/tally.sh
. bindings/uniffi/tally.sh

step "tools"
if ! java -version >/dev/null 2>&1; then
  must apt-get install -y default-jre-headless
fi
if [ ! -f "$JNA" ]; then
  must apt-get install -y libjna-java
fi
if [ ! -x "$KOTLINC" ]; then
  must npm install --no-audit --no-fund
fi
if [ ! -x "$OUT/venv/bin/python" ]; then
  must python3 -m venv "$OUT/venv"
fi
if ! "$OUT/venv/bin/python" -c 'import pytest' 2>/dev/null; then
  must "$OUT/venv/bin/pip" install --quiet pytest
fi

step "build the library"
must cargo build --locked -p lexpact-uniffi --lib
mkdir -p "$OUT/lib"
# Copied out: building uniffi-bindgen below rebuilds the library with other features.
must cp "$PROFILE_DIR/liblexpact_uniffi.so" "$OUT/lib/"
LIB=$OUT/lib/liblexpact_uniffi.so

step "build uniffi-bindgen"
must cargo build --locked -p lexpact-uniffi --features bindgen --bin uniffi-bindgen
BINDGEN=$PROFILE_DIR/uniffi-bindgen

step "generate the bindings (library mode)"
for language in kotlin swift python; do
  rm -rf "${OUT:?}/$language"
  must "$BINDGEN" generate --library "$LIB" --language "$language" --out-dir "$OUT/$language" --no-format
done
cp "$LIB" "$OUT/python/"

step "Swift: the generated sources against the committed snapshot"
SNAPSHOT=examples/swift/Sources
pairs=(
  "$OUT/swift/Lexpact.swift:$SNAPSHOT/Lexpact/Lexpact.swift"
  "$OUT/swift/LexpactFFI.h:$SNAPSHOT/LexpactFFI/LexpactFFI.h"
  "$OUT/swift/LexpactFFI.modulemap:$SNAPSHOT/LexpactFFI/module.modulemap"
)
if [ "${LEXPACT_BLESS:-}" = 1 ]; then
  for pair in "${pairs[@]}"; do cp "${pair%%:*}" "${pair##*:}"; done
  echo "snapshot rewritten (LEXPACT_BLESS=1): review the diff of $SNAPSHOT"
fi
snapshot_ok=1
for pair in "${pairs[@]}"; do
  if ! diff -u "${pair##*:}" "${pair%%:*}" > "$OUT/snapshot.diff"; then
    snapshot_ok=0
    head -40 "$OUT/snapshot.diff"
    echo "the API changed: review, then run LEXPACT_BLESS=1 bindings/uniffi/test.sh and commit $SNAPSHOT"
  fi
done
[ "$snapshot_ok" = 1 ] && pass "Swift snapshot" || fail "Swift snapshot"

step "Swift: the C header compiles"
if gcc -D_Nullable= -D_Nonnull= -fsyntax-only -x c "$OUT/swift/LexpactFFI.h" 2>"$OUT/header.log" \
  && ! grep -q error "$OUT/header.log"; then
  pass "LexpactFFI.h"
else
  cat "$OUT/header.log"
  fail "LexpactFFI.h"
fi

step "Kotlin: compile the suites and the example (one jar)"
KT_SOURCES=("$OUT/kotlin/org/lexpact/lexpact.kt" bindings/uniffi/tests/kotlin/*.kt examples/kotlin/Main.kt)
JAR=$OUT/kt/lexpact-kotlin.jar
stamp=$(cat "${KT_SOURCES[@]}" | sha256sum | cut -d' ' -f1)
mkdir -p "$OUT/kt"
if [ -f "$JAR" ] && [ "$(cat "$OUT/kt/stamp" 2>/dev/null)" = "$stamp" ]; then
  echo "unchanged sources: $JAR is up to date"
else
  rm -f "$JAR" "$OUT/kt/stamp"
  must "$KOTLINC" "${KT_SOURCES[@]}" -cp "$JNA" -include-runtime -nowarn -d "$JAR"
  echo "$stamp" > "$OUT/kt/stamp"
fi
RUN_JAVA=(java -cp "$JAR:$JNA" "-Djna.library.path=$ROOT/$OUT/lib")

step "Kotlin: tests"
"${RUN_JAVA[@]}" lexpact.tests.MainKt "$ROOT" | tee "$OUT/kotlin-tests.log"
kotlin_line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$OUT/kotlin-tests.log" | tail -1)
if [ -n "$kotlin_line" ]; then
  passed=$((passed + $(echo "$kotlin_line" | awk '{print $1}')))
  failed=$((failed + $(echo "$kotlin_line" | awk '{print $3}')))
else
  fail "the Kotlin suites did not finish"
fi

step "Kotlin: the example"
if "${RUN_JAVA[@]}" org.lexpact.example.MainKt examples/profiles/borealis.json | tee "$OUT/kotlin-example.log" \
  && grep -q "facts to ask next" "$OUT/kotlin-example.log"; then
  pass "examples/kotlin"
else
  fail "examples/kotlin"
fi

step "Python: tests"
LEXPACT_PYTHON_DIR=$ROOT/$OUT/python "$OUT/venv/bin/python" -m pytest -q -p no:cacheprovider \
  bindings/uniffi/tests/python | tee "$OUT/python-tests.log"
py_passed=$(grep -Eo '[0-9]+ passed' "$OUT/python-tests.log" | tail -1 | awk '{print $1}')
py_failed=$(grep -Eo '[0-9]+ (failed|error)' "$OUT/python-tests.log" | awk '{s+=$1} END {print s+0}')
if [ -n "$py_passed" ] || [ "$py_failed" -gt 0 ]; then
  passed=$((passed + ${py_passed:-0}))
  failed=$((failed + py_failed))
else
  fail "the Python suites did not run"
fi

step "Python: the example"
if PYTHONPATH=$OUT/python "$OUT/venv/bin/python" examples/python/evaluate.py examples/profiles/borealis.json \
  | tee "$OUT/python-example.log" && grep -q "facts to ask next" "$OUT/python-example.log"; then
  pass "examples/python"
else
  fail "examples/python"
fi

finish
