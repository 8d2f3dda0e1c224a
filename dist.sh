#!/usr/bin/env bash
# Builds every artifact a user installs into dist/ (gitignored), from the current sources:
#   lexpact-<v>.crate and the crates it needs     cargo package (lexpact-grammar, lexpact-core,
#                                                 ...: the CLI's path dependencies)
#   lexpact-<v>.tgz                               npm pack of bindings/wasm/pkg (built by
#                                                 bindings/wasm/build.sh when missing or older
#                                                 than its sources)
#   lexpact-<v>-py3-none-manylinux_*.whl          bindings/uniffi/python/build.sh (maturin)
#   lexpact-jvm-<v>.jar, -sources.jar, .pom       bindings/uniffi/jvm/build.sh
#   lexpact-<v>.vsix                              the VS Code extension (editors/vscode/)
#   SHA256SUMS                                    over all of them (`sha256sum -c SHA256SUMS`)
#
# Each step reuses the build scripts of the artifact and the shared target/, so after the test
# suites it mostly repackages. The crates are packaged with --no-verify: tests/dist/smoke.sh
# installs the CLI from them, which compiles every packaged crate it needs.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
DIST=$ROOT/dist
export CARGO_INCREMENTAL=${CARGO_INCREMENTAL:-0}

say() { printf '\n== %s\n' "$*" >&2; }
die() {
  echo "dist.sh: $*" >&2
  exit 1
}
# Runs a step and prints how long it took.
timed() {
  local name=$1 start=$SECONDS
  shift
  say "$name"
  "$@"
  echo "$name: $((SECONDS - start)) s" >&2
}

metadata=$(cargo metadata --locked --format-version 1)
version=$(python3 -c 'import json, sys
print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "lexpact"))' <<<"$metadata")
# The CLI and the workspace crates it links (normal and build dependencies, not dev ones).
mapfile -t crates < <(python3 -c '
import json, sys
meta = json.load(sys.stdin)
local = {p["id"]: p["name"] for p in meta["packages"] if p["source"] is None}
nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
todo = [next(i for i, name in local.items() if name == "lexpact")]
seen = set()
while todo:
    i = todo.pop()
    if i in seen:
        continue
    seen.add(i)
    for dep in nodes[i]["deps"]:
        if dep["pkg"] in local and any(k["kind"] in (None, "build") for k in dep["dep_kinds"]):
            todo.append(dep["pkg"])
print("\n".join(sorted(local[i] for i in seen)))' <<<"$metadata")
# The local packages whose sources make up the npm package.
mapfile -t wasm_sources < <(python3 -c '
import json, os, sys
meta = json.load(sys.stdin)
local = {p["id"]: os.path.dirname(p["manifest_path"]) for p in meta["packages"] if p["source"] is None}
names = {p["id"]: p["name"] for p in meta["packages"]}
nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
todo = [i for i in local if names[i] in ("lexpact-wasm", "lexpact-wasm-service")]
seen = set()
while todo:
    i = todo.pop()
    if i not in seen:
        seen.add(i)
        todo += [d["pkg"] for d in nodes[i]["deps"] if d["pkg"] in local]
root = os.getcwd()
print("\n".join(sorted(os.path.relpath(local[i], root) for i in seen)))' <<<"$metadata")

rm -rf "$DIST"
mkdir -p "$DIST"

crates_step() {
  local args=()
  for crate in "${crates[@]}"; do args+=(-p "$crate"); done
  cargo package --locked --no-verify "${args[@]}" 2>&1 | grep -v '^warning: ignoring '
  for crate in "${crates[@]}"; do
    cp "target/package/$crate-$version.crate" "$DIST/"
  done
}

npm_step() {
  local pkg=bindings/wasm/pkg stamp=bindings/wasm/pkg/package.json newer=
  if [ -f "$stamp" ]; then
    # Any source of the two WebAssembly modules (or of the crates they link, the package
    # template, the lock file) changed since the package was built.
    newer=$(find "${wasm_sources[@]}" Cargo.toml Cargo.lock LICENSE -newer "$stamp" -type f \
      -not -path "$pkg/*" -not -path '*/tests/*' -not -path '*/benches/*' -print -quit)
  fi
  if [ ! -f "$stamp" ] || [ -n "$newer" ]; then
    echo "building $pkg (${newer:+changed since the last build: $newer}${newer:-missing})" >&2
    bindings/wasm/build.sh
  else
    echo "$pkg is newer than its sources: packed as it is" >&2
  fi
  (cd "$DIST" && npm pack "$ROOT/$pkg" --silent >/dev/null)
  [ -f "$DIST/lexpact-$version.tgz" ] || die "npm pack gave no $DIST/lexpact-$version.tgz"
}

wheel_step() {
  local tools=target/wheel/tools
  if [ ! -x "$tools/bin/maturin" ]; then
    python3 -m venv "$tools"
    "$tools/bin/pip" install --quiet 'maturin>=1.9,<2' auditwheel
  fi
  MATURIN=$tools/bin/maturin bindings/uniffi/python/build.sh "$DIST"
}

jar_step() {
  local jar
  jar=$(bindings/uniffi/jvm/build.sh | tail -n 1)
  cp "$jar" "${jar%.jar}-sources.jar" "${jar%.jar}.pom" "$DIST/"
}

vsix_step() {
  local here=editors/vscode want stamp=editors/vscode/node_modules/.lexpact-lock.sha256 vsix_version
  # The same `npm ci` condition as editors/vscode/test.sh.
  want=$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    (cd "$here" && npm ci --no-audit --no-fund) && echo "$want" >"$stamp"
  fi
  vsix_version=$(node -p "require('./$here/package.json').version")
  (cd "$here" && node build.mjs &&
    node_modules/.bin/vsce package --no-dependencies --out "$DIST/lexpact-$vsix_version.vsix" </dev/null)
}

timed "crates: ${crates[*]}" crates_step
timed "npm package" npm_step
# The wheel before the jar: the jar's build leaves target/release/liblexpact_uniffi.so as the one
# in the jar, which bindings/uniffi/jvm/test.sh checks.
timed "Python wheel" wheel_step
timed "JVM jar" jar_step
timed "VS Code extension" vsix_step

say "SHA256SUMS"
(cd "$DIST" && find . -maxdepth 1 -type f ! -name SHA256SUMS -printf '%f\n' | sort | xargs sha256sum -- >SHA256SUMS)
cat "$DIST/SHA256SUMS"
echo "dist.sh: $(($(wc -l <"$DIST/SHA256SUMS"))) artifacts in $DIST, $SECONDS s" >&2
