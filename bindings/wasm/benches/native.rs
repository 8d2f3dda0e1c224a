//! The native side of `bench/wasm-node.mjs`: the bundled Rio library evaluating the example
//! profiles in a loop, timed with `std::time` (no harness), printed as one JSON line.
//! `cargo bench -p lexpact-wasm --bench native -- ROUNDS`
#![expect(clippy::print_stdout, reason = "a benchmark prints its result")]

use std::time::Instant;

use lexpact_core::boundary::report_json;
use lexpact_core::{Detail, EvaluateOptions, ProfileInput, RuleSet};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let rounds: usize = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .and_then(|a| a.parse().ok())
        .unwrap_or(200);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/profiles");
    let mut profiles = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let is_profile = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e, "json" | "yaml" | "yml"));
        if is_profile {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            profiles.push((name.unwrap_or_default(), std::fs::read_to_string(&path)?));
        }
    }
    profiles.sort();

    let started = Instant::now();
    let rules = RuleSet::library("rio")?;
    let compile_ms = started.elapsed().as_secs_f64() * 1e3;

    // Warm-up, then the timed loop: evaluate the text and write the JSON report, as the
    // package's `evaluateJson` does; with the full report, then with verdicts only.
    let full = time(&rules, &profiles, rounds, Detail::Full)?;
    let verdicts = time(&rules, &profiles, rounds, Detail::Verdicts)?;
    println!(
        "{{\"evaluations\":{},\"us_per_evaluation\":{full},\"us_per_evaluation_verdicts\":{verdicts},\"compile_ms\":{compile_ms}}}",
        rounds * profiles.len()
    );
    Ok(())
}

/// Microseconds per evaluation of `rounds` rounds of every profile, after one warm-up round.
fn time(
    rules: &RuleSet,
    profiles: &[(String, String)],
    rounds: usize,
    detail: Detail,
) -> Result<f64, Box<dyn std::error::Error>> {
    let options = EvaluateOptions::default().with_detail(detail);
    let mut bytes = 0usize;
    for (name, text) in profiles {
        let report = rules.evaluate(ProfileInput::text(name, text), &options)?;
        bytes += report_json(&report)?.len();
    }
    let started = Instant::now();
    for _ in 0..rounds {
        for (name, text) in profiles {
            let report = rules.evaluate(ProfileInput::text(name, text), &options)?;
            bytes += report_json(&report)?.len();
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    // The reports' length is used, so that writing them is not optimised away.
    std::hint::black_box(bytes);
    Ok(seconds * 1e6 / (rounds * profiles.len()) as f64)
}
