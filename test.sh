#!/usr/bin/env bash
# Every test of the project: formatting and lints, the Rust suites (grammar, core, the
# conformance corpus, the CLI end to end) and the rule sets' own `test` blocks.
# It installs what it needs; today that is only the Rust toolchain's fmt and clippy.
set -euo pipefail
cd "$(dirname "$0")"

step() { printf '\n== %s\n' "$*"; }

step "toolchain components"
rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy

step "format and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings

step "Rust test suites"
mkdir -p target
cargo test --workspace --locked 2>&1 | tee target/cargo-test.log

step "rule tests next to the rules"
{
  cargo run --quiet --locked -- test --rules examples/quickstart
  cargo run --quiet --locked -- test --library rio
  cargo run --quiet --locked -- test --library icmec
} | tee target/rule-tests.log

# One closing line over everything above.
passed=$(grep -Eo 'test result: [a-z]+\. [0-9]+ passed' target/cargo-test.log | awk '{s+=$4} END {print s+0}')
failed=$(grep -Eo '[0-9]+ failed' target/cargo-test.log | awk '{s+=$1} END {print s+0}')
rule_passed=$(grep -Eo '^[0-9]+ passed' target/rule-tests.log | awk '{s+=$1} END {print s+0}')
rule_failed=$(grep -Eo '^[0-9]+ passed, [0-9]+ failed' target/rule-tests.log | awk '{s+=$3} END {print s+0}')
failed=$((failed + rule_failed))
echo
echo "$((passed + rule_passed)) passed, ${failed} failed"
