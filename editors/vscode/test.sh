#!/usr/bin/env bash
# The VS Code extension: installs its npm packages when they are missing or out of date, type
# checks, bundles dist/extension.js, runs the Node tests (the server-locating code, the bundle's
# start-up with a stand-in VS Code API, the manifest, the grammar against the lexer's keywords,
# the core's verdicts and GRAMMAR.md's punctuation), the TextMate grammar tests (assertions in
# test/grammar/, snapshots of real library files in test/snap/, and a scan of every rule file of
# the repository for tokens the grammar marks invalid), the Neovim configuration of
# docs/editors.md in a headless Neovim (Debian's, installed if missing) against a stand-in
# server, then builds the .vsix and checks what it holds. Ends with `N passed, M failed`.
#
# LEXPACT_BLESS=1 rewrites the snapshots (after a change to the grammar or to the library files
# they are taken from); read the diff before committing it.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
export PATH="$here/node_modules/.bin:$PATH"
version=$(node -p 'require("./package.json").version')
vsix="lexpact-$version.vsix"
passed=0
failed=0
step() { printf '\n== %s\n' "$*"; }
pass() { passed=$((passed + $1)); }
fail() { failed=$((failed + $1)); echo "FAILED: $2"; }

step "npm packages"
# `npm ci` only when node_modules is missing or was installed from another package-lock.json.
stamp=node_modules/.lexpact-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  if npm ci --no-audit --no-fund; then echo "$want" > "$stamp"; fi
fi
for tool in tsc esbuild vsce vscode-tmgrammar-test vscode-tmgrammar-snap; do
  [ -x "node_modules/.bin/$tool" ] || fail 1 "npm package providing $tool is not installed"
done

step "type check (tsc --noEmit)"
if tsc --noEmit -p .; then pass 1; else fail 1 "tsc"; fi

step "bundle (esbuild -> dist/extension.js)"
rm -rf dist out
if node build.mjs && [ -s dist/extension.js ]; then
  pass 1
  echo "dist/extension.js: $(stat -c %s dist/extension.js) bytes"
else
  fail 1 "bundle"
fi

# node --test with the TAP reporter; counts from its summary lines.
run_node_tests() { # label files...
  local label=$1
  shift
  local out
  out=$(node --test --test-reporter=tap "$@" 2>&1)
  local rc=$?
  grep -E '^\s*not ok ' <<< "$out" || true
  local p f
  p=$(grep -E '^# pass ' <<< "$out" | awk '{s+=$3} END {print s+0}')
  f=$(grep -E '^# fail ' <<< "$out" | awk '{s+=$3} END {print s+0}')
  [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && { echo "$out" | tail -20; f=1; }
  echo "$label: $p passed, $f failed"
  pass "$p"
  [ "$f" -eq 0 ] || fail "$f" "$label"
}

step "Node: the extension without VS Code"
if esbuild test/server.test.ts --bundle --platform=node --format=cjs --outfile=out/server.test.js --log-level=warning; then
  run_node_tests node-tests out/server.test.js test/extension.test.mjs test/coverage.test.mjs
else
  fail 1 "bundling the tests"
fi

# vscode-tmgrammar-test and -snap print one line per file: ✓, or ✖ or ERROR.
count_files() { # label output
  local p f
  p=$(grep -c '✓' <<< "$2")
  f=$(grep -cE '✖|^ERROR' <<< "$2")
  echo "$1: $p passed, $f failed"
  pass "$p"
  [ "$f" -eq 0 ] || fail "$f" "$1"
}

step "TextMate grammar: assertions (test/grammar/*.lex)"
out=$(vscode-tmgrammar-test "test/grammar/*.lex" 2>&1)
rc=$?
echo "$out"
count_files grammar-tests "$out"
[ "$rc" -eq 0 ] || grep -qE '✖|^ERROR' <<< "$out" || fail 1 "vscode-tmgrammar-test exited with $rc"

step "TextMate grammar: snapshots of real rule files (test/snap/)"
# The files themselves are copied from the repository each run, so a snapshot shows how the
# grammar reads the library as it is now.
snapshots=(
  "core/library/rio/d.lex:rio-d.lex"
  "core/library/rio/d_test.lex:rio-d_test.lex"
  "core/library/rio/c5.lex:rio-c5.lex"
  "core/library/icmec/icmec.lex:icmec.lex"
  "examples/quickstart/rules.lex:quickstart-rules.lex"
)
for entry in "${snapshots[@]}"; do
  cp "$root/${entry%%:*}" "test/snap/${entry##*:}"
done
if [ "${LEXPACT_BLESS:-}" = 1 ]; then
  vscode-tmgrammar-snap --updateSnapshot "test/snap/*.lex" > /dev/null 2>&1
fi
out=$(vscode-tmgrammar-snap "test/snap/*.lex" 2>&1)
rc=$?
echo "$out" | head -200
count_files grammar-snapshots "$out"
[ "$rc" -eq 0 ] || grep -qE '✖|^ERROR' <<< "$out" || fail 1 "vscode-tmgrammar-snap exited with $rc"

step "TextMate grammar: every valid rule file of the repository, no invalid token, no open region"
mapfile -t rule_files < <(cd "$root" && find core/library examples tests/conformance tests/fixtures -name '*.lex' | sort)
out=$(cd "$root" && node "$here/test/scan.mjs" "${rule_files[@]}" 2>&1)
grep -v '^[0-9]* passed, ' <<< "$out" | tail -20
p=$(tail -1 <<< "$out" | awk '/passed/ {print $1+0}')
f=$(tail -1 <<< "$out" | awk '/passed/ {print $3+0}')
if [ -z "$p" ]; then fail 1 "scan"; else
  echo "grammar-scan: $p passed, $f failed"
  pass "$p"
  [ "$f" -eq 0 ] || fail "$f" "grammar-scan"
fi

step "Neovim: the configuration of docs/editors.md, against a stand-in server"
command -v nvim > /dev/null ||
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim > /dev/null; }
if command -v nvim > /dev/null; then
  out=$(test/neovim-snippet.sh 2>&1)
  echo "$out" | grep -v '^[0-9]* passed, ' | tail -40
  p=$(tail -1 <<< "$out" | awk '/passed/ {print $1+0}')
  f=$(tail -1 <<< "$out" | awk '/passed/ {print $3+0}')
  if [ -z "$p" ]; then fail 1 "neovim-snippet"; else
    echo "neovim-snippet: $p passed, $f failed"
    pass "$p"
    [ "$f" -eq 0 ] || fail "$f" "neovim-snippet"
  fi
else
  fail 1 "Neovim is not installed and could not be"
fi

step "package ($vsix)"
rm -f "$vsix"
if vsce package --no-dependencies --out "$vsix" < /dev/null && [ -f "$vsix" ]; then
  pass 1
else
  fail 1 "vsce package"
fi

step "contents of $vsix"
if [ -f "$vsix" ]; then
  listing=$(python3 -m zipfile -l "$vsix" | awk 'NR > 1 {print $1}')
  echo "$listing"
  for entry in extension/package.json extension/dist/extension.js extension/syntaxes/lexpact.tmLanguage.json \
    extension/language-configuration.json extension/readme.md extension/LICENSE.txt extension.vsixmanifest; do
    if grep -qx "$entry" <<< "$listing"; then pass 1; else fail 1 "$vsix has no $entry"; fi
  done
  # The language client is bundled; no sources, tests or node_modules are shipped.
  if grep -qE '^extension/(node_modules|src|test)/' <<< "$listing"; then
    fail 1 "$vsix ships node_modules, src or test"
  else
    pass 1
  fi
  # VS Code installs it as lexpact.lexpact at this version.
  if python3 -c 'import sys, zipfile
manifest = zipfile.ZipFile(sys.argv[1]).read("extension.vsixmanifest").decode()
sys.exit(0 if "Id=\"lexpact\" Version=\"" + sys.argv[2] + "\" Publisher=\"lexpact\"" in manifest else 1)' "$vsix" "$version"; then
    pass 1
  else
    fail 1 "extension.vsixmanifest does not name lexpact.lexpact $version"
  fi
  # The Marketplace's source link is the repository of the crates (the workspace's Cargo.toml).
  repository=$(python3 -c 'import sys, tomllib
print(tomllib.load(open(sys.argv[1], "rb"))["workspace"]["package"]["repository"])' "$root/Cargo.toml")
  if python3 -c 'import sys, zipfile
manifest = zipfile.ZipFile(sys.argv[1]).read("extension.vsixmanifest").decode()
sys.exit(0 if "Links.Source\" Value=\"" + sys.argv[2] + ".git\"" in manifest else 1)' "$vsix" "$repository"; then
    pass 1
  else
    fail 1 "extension.vsixmanifest does not link the repository $repository"
  fi
  # The packaged manifest is the one in this directory.
  if python3 -c 'import json, sys, zipfile
packaged = json.loads(zipfile.ZipFile(sys.argv[1]).read("extension/package.json"))
source = json.load(open("package.json"))
sys.exit(0 if packaged["contributes"] == source["contributes"] and packaged["main"] == source["main"] else 1)' "$vsix"; then
    pass 1
  else
    fail 1 "the packaged package.json differs from package.json"
  fi
fi

echo
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
