#!/usr/bin/env bash
# The artifacts of dist/ (./dist.sh) as users install them, each in a clean place, each given
# the same profile (examples/profiles/borealis.json) and the bundled Rio library:
#   the CLI      its .crate unpacked and `cargo install`ed into a fresh root, the sibling crates
#                from dist/ supplied through [patch] (they are not on crates.io);
#   Python       the wheel pip-installed in a fresh venv, then `python -c`;
#   the JVM      tests/dist/Smoke.kt compiled against the jar alone, run with the jar and JNA;
#   npm          the tarball installed in a fresh npm project, in Node and in headless Chromium
#                (bindings/wasm/tests/packed/verdict-counts.mjs).
# Every leg's five verdict counts (met, partially met, not met, unknown, not applicable) must
# equal the `--format json` summary of the workspace's own CLI. Also checks SHA256SUMS and the
# wheel's license file. Ends with `N passed, M failed`.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
DIST=dist
WORK=target/dist-smoke
PROFILE=examples/profiles/borealis.json
JNA=/usr/share/java/jna.jar
KOTLINC=node_modules/kotlin-compiler/bin/kotlinc
export CARGO_INCREMENTAL=0

# shellcheck source=bindings/uniffi/tally.sh
. bindings/uniffi/tally.sh

# The five counts of a JSON document on stdin, as one line; KEY picks a member first (the npm
# script's "node" or "browser"), a report's "summary" is read as its summary.
counts() { # [KEY]
  python3 -c '
import json, sys
doc = json.loads(sys.stdin.read())
if len(sys.argv) > 1:
    doc = doc[sys.argv[1]]
doc = doc.get("summary", doc)
print(" ".join(f"{k}={doc[k]}" for k in ("met", "partially_met", "not_met", "unknown", "not_applicable")))' "$@" 2>/dev/null
}

legs=(cli python jvm npm-node npm-browser)
declare -A got
# leg NAME COUNTS: one check, the leg's counts against the workspace CLI's.
leg() {
  got[$1]=$2
  if [ -z "$2" ]; then
    fail "$1: no verdict counts"
  elif [ "$2" = "$expected" ]; then
    pass "$1: $2"
  else
    fail "$1: $2, the workspace CLI: $expected"
  fi
}

step "the artifacts"
must test -s "$DIST/SHA256SUMS"
check "SHA256SUMS holds every artifact of $DIST/ and each checks" bash -c "
  cd '$DIST' && sha256sum --quiet -c SHA256SUMS &&
  [ \"\$(find . -maxdepth 1 -type f ! -name SHA256SUMS | wc -l)\" = \"\$(wc -l < SHA256SUMS)\" ]"
version=$(cargo metadata --locked --no-deps --format-version 1 |
  python3 -c 'import json, sys
print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "lexpact"))')
mkdir -p "$WORK"

step "the workspace's CLI: the reference counts"
expected=$(cargo run --quiet --locked -- check --library rio --format json "$PROFILE" | counts)
must test -n "$expected"
echo "$expected"

step "the CLI from its .crate, cargo install in a fresh root"
# Outside the repository: under it, cargo would take the unpacked crate for a member of this
# workspace. The same directory every run (one per checkout), since the compiled crates are
# reused only from the same path.
CRATES=${TMPDIR:-/tmp}/lexpact-dist-smoke-$(sha256sum <<<"$ROOT" | cut -c1-12)
rm -rf "$CRATES" "$WORK/cli"
mkdir -p "$CRATES"
trap 'rm -rf "$CRATES"' EXIT
config=()
for crate in "$DIST"/*.crate; do
  tar -xzf "$crate" -C "$CRATES"
  name=$(basename "$crate" .crate)
  name=${name%-"$version"}
  [ "$name" = lexpact ] ||
    config+=(--config "patch.crates-io.$name.path=\"$CRATES/$name-$version\"")
done
# A .crate gives its files one fixed time but holds no directories, which tar then dates now;
# the core's build script watches its library directories, so they take the files' time (or
# the core would be compiled again every run).
find "$CRATES" -type d -exec touch -r "$CRATES/lexpact-$version/Cargo.toml" {} +
# The packaged Cargo.lock names the siblings as crates.io packages; resolving once with the
# patches (offline) points them at the unpacked crates and keeps every other locked version,
# so the install can then be --locked.
# Intermediate artifacts go to the workspace's target/ (warm after the other suites); the
# installed binary is linked in a directory of its own, not over target/debug/lexpact.
if (cd "$CRATES/lexpact-$version" && cargo metadata --offline --format-version 1 "${config[@]}" >/dev/null) &&
  cargo install --locked --offline --debug --quiet --path "$CRATES/lexpact-$version" --root "$WORK/cli" \
    --target-dir "$WORK/cli-target" --config "build.build-dir=\"$ROOT/target\"" "${config[@]}"; then
  "$WORK/cli/bin/lexpact" --version | head -1
  leg cli "$("$WORK/cli/bin/lexpact" check --library rio --format json "$PROFILE" | counts)"
else
  leg cli ""
fi

step "Python: the wheel in a fresh venv"
wheels=("$DIST"/lexpact-"$version"-*.whl)
rm -rf "$WORK/venv"
if [ -f "${wheels[0]}" ] && python3 -m venv "$WORK/venv" &&
  "$WORK/venv/bin/pip" install --quiet --no-index --no-deps "${wheels[0]}"; then
  # Run from an empty directory: the source tree's package cannot shadow the installed one.
  mkdir -p "$WORK/empty"
  leg python "$(cd "$WORK/empty" && "$ROOT/$WORK/venv/bin/python" -c '
import json, sys, lexpact
report = lexpact.RuleSet.library("rio").evaluate(json.load(open(sys.argv[1])))
s = report.summary
print(json.dumps({k: getattr(s, k) for k in ("met", "partially_met", "not_met", "unknown", "not_applicable")}))' \
    "$ROOT/$PROFILE" | counts)"
  check "python: the installed wheel's metadata carries the LICENSE" \
    "$WORK/venv/bin/python" -c '
import importlib.metadata as m, sys
files = [f for f in m.files("lexpact") if f.name == "LICENSE" and "licenses" in f.parts]
sys.exit(0 if files and files[0].read_text() == open(sys.argv[1]).read() else 1)' LICENSE
else
  leg python ""
fi

step "the JVM: a Kotlin program compiled against the jar alone, run with the jar and JNA"
JAR=$DIST/lexpact-jvm-$version.jar
PROGRAM=$WORK/smoke-kt.jar
RUN=$WORK/jvm
if [ -f "$JAR" ] && [ -f "$JNA" ] && [ -x "$KOTLINC" ]; then
  # kotlinc takes a while; the program is compiled again only when it or the jar changed.
  stamp=$( (
    cat tests/dist/Smoke.kt "$JAR"
    "$KOTLINC" -version 2>&1
  ) | sha256sum | cut -d' ' -f1)
  if [ ! -f "$PROGRAM" ] || [ "$(cat "$PROGRAM.stamp" 2>/dev/null)" != "$stamp" ]; then
    rm -f "$PROGRAM"
    "$KOTLINC" tests/dist/Smoke.kt -cp "$JAR:$JNA" -include-runtime -nowarn -d "$PROGRAM" &&
      echo "$stamp" >"$PROGRAM.stamp"
  fi
  rm -rf "$RUN"
  mkdir -p "$RUN"
  cp "$PROGRAM" "$JAR" "$JNA" "$RUN/"
  # No LD_LIBRARY_PATH, no -Djna.library.path: the native library can only come from the jar.
  leg jvm "$(cd "$RUN" && env -u LD_LIBRARY_PATH java -cp "smoke-kt.jar:$(basename "$JAR"):$(basename "$JNA")" \
    org.lexpact.smoke.SmokeKt "$ROOT/$PROFILE" | counts)"
else
  echo "missing: the jar ($JAR), JNA ($JNA) or kotlinc ($KOTLINC)"
  leg jvm ""
fi

step "npm: the tarball in a fresh project, in Node and in Chromium"
TARBALL=$DIST/lexpact-$version.tgz
SCRIPT=bindings/wasm/tests/packed/verdict-counts.mjs
if [ ! -f "$SCRIPT" ]; then
  echo "$SCRIPT is missing"
  leg npm-node ""
  leg npm-browser ""
elif npm_counts=$(node "$SCRIPT" --tarball "$ROOT/$TARBALL" --profile "$ROOT/$PROFILE"); then
  echo "$npm_counts"
  leg npm-node "$(counts node <<<"$npm_counts")"
  leg npm-browser "$(counts browser <<<"$npm_counts")"
else
  leg npm-node ""
  leg npm-browser ""
fi

step "agreement"
distinct=$(for name in "${legs[@]}"; do echo "${got[$name]:-none}"; done | sort -u | wc -l)
check "the ${#legs[@]} legs (${legs[*]}) give the same counts as the workspace CLI" \
  test "$distinct" = 1 -a "${got[cli]:-}" = "$expected"

finish
