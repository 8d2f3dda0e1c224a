# Sourced by smoke.sh and long.sh: `fuzz_flags TARGET` sets the array FLAGS to the libFuzzer
# options every run of TARGET uses, so that a short and a long run fail on the same things.
#
# Slowness and memory are findings, not only crashes: an input that takes more than
# FUZZ_TIMEOUT seconds (`timeout`) or makes the process hold more than FUZZ_RSS_MB MiB
# (`out-of-memory`, also raised by a single allocation that large) fails the run like a panic.
# The numbers and why they are these are in docs/fuzzing.md ("Limits of a run").
FUZZ_TIMEOUT=2
FUZZ_RSS_MB=512
# No sanitizer: the project's code has no `unsafe`, and AddressSanitizer made every step some
# forty times slower and counted its quarantine of freed memory in the RSS, so a timeout or an
# out-of-memory measured the sanitizer, not the engine. Coverage instrumentation stays.
FUZZ_SANITIZER=none

fuzz_flags() {
    local max_len
    case "$1" in
        # Profile text: room for block nesting some ten thousand deep and long keys.
        evaluate_profile) max_len=65536 ;;
        # Rules reach every limit of nesting within a few hundred bytes; the structured
        # targets build their large inputs (long lists, long names, deep YAML) from a few
        # numbers, so their own input stays small.
        *) max_len=4096 ;;
    esac
    FLAGS=(-rss_limit_mb="$FUZZ_RSS_MB" -timeout="$FUZZ_TIMEOUT" -max_len="$max_len")
}
