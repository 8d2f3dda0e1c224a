#!/usr/bin/env bash
# A short fuzz run of every target (the regression corpus first), for CI: a target passes when
# libFuzzer finds no crash, no input slower than the timeout and no memory over the limit of
# flags.sh in SECONDS seconds (default 20). Ends with one line `N passed, M failed`; exits 1
# when a target failed. See docs/fuzzing.md.
set -uo pipefail

cd "$(dirname "$0")"
# shellcheck source=seeds.sh
. ./seeds.sh
# shellcheck source=flags.sh
. ./flags.sh
SECONDS_PER_TARGET="${1:-20}"
TARGETS=(parse check evaluate_profile format_roundtrip evaluate_generated adversarial parse_differential)

if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked || exit 1
fi

passed=0
failed=0
for target in "${TARGETS[@]}"; do
    mkdir -p "corpus/$target"
    seeds "$target"
    fuzz_flags "$target"
    log="$(mktemp)"
    if cargo +nightly fuzz run --sanitizer "$FUZZ_SANITIZER" "$target" "corpus/$target" "${SEEDS[@]}" -- \
        -max_total_time="$SECONDS_PER_TARGET" "${FLAGS[@]}" >"$log" 2>&1; then
        passed=$((passed + 1))
        echo "ok     $target ($(grep -oE 'Done [0-9]+ runs' "$log" | grep -oE '[0-9]+') runs)"
    else
        failed=$((failed + 1))
        echo "FAILED $target"
        grep -E "panicked|ERROR|SUMMARY|timeout|out-of-memory|artifact_prefix|Test unit written" "$log" | head -20
    fi
    rm -f "$log"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
