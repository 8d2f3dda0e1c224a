#!/usr/bin/env bash
# Long fuzz runs, side by side: `fuzz/long.sh SECONDS TARGET...` runs each TARGET for SECONDS
# seconds at the same time (with the same seeds as smoke.sh), keeps each log in
# fuzz/logs/TARGET.log, and prints one markdown row per target for docs/fuzzing.md: duration,
# executions, executions per second, corpus, coverage and findings (a crash, a timeout or an
# out-of-memory, with the limits of flags.sh). Exits 1 if any failed.
set -uo pipefail

cd "$(dirname "$0")"
# shellcheck source=seeds.sh
. ./seeds.sh
# shellcheck source=flags.sh
. ./flags.sh
SECONDS_PER_TARGET="${1:?usage: long.sh SECONDS TARGET...}"
shift
[ "$#" -gt 0 ] || { echo "usage: long.sh SECONDS TARGET..." >&2; exit 2; }

mkdir -p logs
# Build every target first, so that the runs start together and the build is not timed.
for target in "$@"; do
    cargo +nightly fuzz build --sanitizer "$FUZZ_SANITIZER" "$target" >/dev/null 2>&1 || { echo "cannot build $target" >&2; exit 2; }
done

pids=()
for target in "$@"; do
    mkdir -p "corpus/$target"
    seeds "$target"
    fuzz_flags "$target"
    cargo +nightly fuzz run --sanitizer "$FUZZ_SANITIZER" "$target" "corpus/$target" "${SEEDS[@]}" -- \
        -max_total_time="$SECONDS_PER_TARGET" "${FLAGS[@]}" \
        >"logs/$target.log" 2>&1 &
    pids+=("$!")
done

failed=0
for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || failed=1
done

echo "| target | duration | executions | exec/s | corpus (entries / size) | coverage (cov / ft) | findings |"
echo "|---|---|---|---|---|---|---|"
for target in "$@"; do
    log="logs/$target.log"
    runs=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1)
    n=$(echo "$runs" | awk '{print $2}')
    secs=$(echo "$runs" | awk '{print $5}')
    last=$(grep -E '^#[0-9]+' "$log" | tail -1)
    cov=$(echo "$last" | grep -oE 'cov: [0-9]+' | awk '{print $2}')
    ft=$(echo "$last" | grep -oE 'ft: [0-9]+' | awk '{print $2}')
    corp=$(echo "$last" | grep -oE 'corp: [0-9]+/[0-9A-Za-z]+' | awk '{print $2}')
    if grep -q 'ERROR: libFuzzer: timeout' "$log"; then
        finding="**timeout** (see fuzz/logs/$target.log)"
    elif grep -qE 'ERROR: libFuzzer: (out-of-memory|malloc)' "$log"; then
        finding="**out-of-memory** (see fuzz/logs/$target.log)"
    elif grep -qE 'panicked|ERROR: (libFuzzer|AddressSanitizer)|SUMMARY' "$log"; then
        finding="**crash** (see fuzz/logs/$target.log)"
    else
        finding="none"
    fi
    rate=$([ -n "${secs:-}" ] && [ "${secs:-0}" -gt 0 ] && echo $((n / secs)) || echo "?")
    echo "| \`$target\` | ${secs:-?} s | ${n:-?} | ~$rate | ${corp/\// / } | ${cov:-?} / ${ft:-?} | $finding |"
done
exit "$failed"
