# Sourced by smoke.sh and long.sh: `seeds TARGET` sets the array SEEDS to the read-only seed
# directories of TARGET (its regressions, then the inputs of the repository that suit it).
seeds() {
    SEEDS=()
    [ -d "regressions/$1" ] && SEEDS+=("regressions/$1")
    case "$1" in
        parse | check | format_roundtrip | parse_differential)
            SEEDS+=(../core/library ../tests/conformance/cases) ;;
        evaluate_profile) SEEDS+=(../examples ../tests/conformance/cases ../tests/bad-input) ;;
        # Structured targets: their input is bytes for `arbitrary`, not text of the repository;
        # they start from their regressions (adversarial: a few inputs of each kind it
        # generates) and grow their own corpus.
        evaluate_generated | adversarial) ;;
    esac
}
