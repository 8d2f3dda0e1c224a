#!/usr/bin/env bash
# Every test of the project: formatting and lints, the Rust suites (grammar, core, the
# conformance corpus, the CLI end to end), the rule sets' own `test` blocks, the HTML matrix in
# headless Chromium, CSV cells opened in LibreOffice, the WebAssembly package (Node and
# Chromium), the Kotlin, Swift and Python bindings, the JVM jar and the Python wheel as a user
# gets them, the VS Code extension (its grammar tests and the .vsix), a short run of every fuzz
# target, the language server (pytest-lsp, Neovim), and every artifact of ./dist.sh installed
# in a clean place and run on one profile (tests/dist/smoke.sh). It installs what it needs,
# skipping what is present: rustfmt and clippy, Debian packages (Chromium, JNA, a JDK,
# python3-venv), the Node packages of package.json, and what each suite's own script installs
# (wasm-pack, cargo-fuzz, the extension's npm packages, pytest-lsp, Neovim).
# It ends with one line, `N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")"
mkdir -p target/logs

step() { printf '\n== %s\n' "$*"; }
broken=()

# Runs one suite, keeps its output in target/logs/NAME.log, and carries on when it fails so
# that the closing line covers everything.
suite() {
  local name=$1
  shift
  step "$name"
  if ! "$@" 2>&1 | tee "target/logs/$name.log"; then
    broken+=("$name")
  fi
}

setup() {
  rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
  local need_apt=()
  command -v chromium >/dev/null || need_apt+=(chromium chromium-driver)
  [ -f /usr/share/java/jna.jar ] || need_apt+=(libjna-java)
  command -v java >/dev/null || need_apt+=(default-jdk-headless)
  python3 -c 'import ensurepip' 2>/dev/null || need_apt+=(python3-venv)
  if [ ${#need_apt[@]} -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
  fi
  if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/binaryen ] ||
    [ ! -d node_modules/@codemirror/view ] || [ ! -d node_modules/axe-core ]; then
    npm ci --no-audit --no-fund
  fi
}

lints() {
  cargo fmt --all -- --check &&
    cargo clippy --workspace --all-targets --locked -- -D warnings &&
    # The bundled libraries and the examples are kept in `lexpact fmt` style.
    cargo run --quiet --locked -- fmt --check core/library/rio core/library/icmec examples/quickstart &&
    # The bundled libraries are lint-clean (docs/language.md, "Lints"); notes do not fail.
    cargo run --quiet --locked -- lint --library rio --deny warnings &&
    cargo run --quiet --locked -- lint --library icmec --deny warnings
}

rule_tests() {
  local status=0
  cargo run --quiet --locked -- test --rules examples/quickstart || status=1
  cargo run --quiet --locked -- test --library rio || status=1
  cargo run --quiet --locked -- test --library icmec || status=1
  return $status
}

# The language server with two clients: pytest-lsp, and Neovim's built-in one.
lsp() {
  local status=0
  tests/lsp/run.sh || status=1
  tests/lsp/neovim.sh || status=1
  return $status
}

# Every artifact built into dist/, then installed and run (after the suites that warm target/).
dist() {
  ./dist.sh && tests/dist/smoke.sh
}

suite setup setup
suite lints lints
suite rust cargo test --workspace --locked
suite rules rule_tests
suite html-matrix tests/browser/html-matrix.sh
suite spreadsheet tests/spreadsheet/csv-injection.sh
suite wasm bindings/wasm/test.sh
suite uniffi bindings/uniffi/test.sh
suite jvm bindings/uniffi/jvm/test.sh
suite python-wheel bindings/uniffi/python/test.sh
suite vscode editors/vscode/test.sh
suite fuzz-smoke fuzz/smoke.sh 20
suite lsp lsp
suite dist dist

# The closing line: cargo's `test result:` lines, and the `N passed, N failed` lines of the
# other suites.
rust_passed=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' target/logs/rust.log | awk '{s+=$4} END {print s+0}')
rust_failed=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed; [0-9]+ failed' target/logs/rust.log | awk '{s+=$6} END {print s+0}')
# The rule tests print one line per rule set; every other suite ends with one line over itself.
summary_lines() {
  grep -Eh '^[0-9]+ passed, [0-9]+ failed' target/logs/rules.log 2>/dev/null
  for log in html-matrix spreadsheet wasm uniffi jvm python-wheel vscode fuzz-smoke dist; do
    grep -Eh '^[0-9]+ passed, [0-9]+ failed' "target/logs/$log.log" 2>/dev/null | tail -1
  done
  # The language server's two suites, pytest-lsp and Neovim: one line each.
  grep -Eh '^[0-9]+ passed, [0-9]+ failed' target/logs/lsp.log 2>/dev/null | tail -2
}
other=$(summary_lines | awk '{p+=$1; f+=$3} END {print p+0, f+0}')
passed=$((rust_passed + ${other% *}))
failed=$((rust_failed + ${other#* }))
echo
if [ ${#broken[@]} -gt 0 ]; then
  echo "failing suites: ${broken[*]}"
  [ "$failed" -gt 0 ] || failed=${#broken[@]}
fi
echo "$passed passed, $failed failed"
[ ${#broken[@]} -eq 0 ] && [ "$failed" -eq 0 ]
