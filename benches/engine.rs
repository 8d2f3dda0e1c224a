//! Benchmarks of the engine on the example profiles and the `rio` library (`cargo bench`):
//!
//! - `compile/rio`: compiling the bundled library (parse, check, expand);
//! - `<profile>/parse_floor`: serde_json parsing the profile's JSON text into a `Value`, the floor
//!   any engine reading JSON pays;
//! - `<profile>/evaluate`: the whole library on the parsed profile, producing the full `Report`
//!   (schema validation, verdicts, missing facts, facts read, explanations);
//! - `<profile>/evaluate_verdicts`: the same with `Detail::Verdicts`: verdicts, deadlines,
//!   exceptions and missing facts, the explanations left to be asked for obligation by
//!   obligation (`RuleSet::explain_obligation`);
//! - `<profile>/end_to_end`: parse + evaluate (`RuleSet::evaluate` on `ProfileInput::Text`).
//!
//! The comparison with regorus on the obligations translated to Rego is `benches/peers.rs`.
//!
//! After criterion's own output, a summary measures every operation again, interleaved round
//! by round so that both sides of each ratio see the same machine load, and prints the ratios
//! (`cargo bench` only; `cargo bench -- <filter>` and `--test` skip it).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs
)]

#[path = "common/timing.rs"]
mod timing;

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use timing::interleaved;

use criterion::Criterion;
use lexpact_core::{Detail, EvaluateOptions, ProfileInput, RuleSet};
use serde_json::Value as Json;

/// The allocator the CLI uses (`src/main.rs`): both sides of every ratio run on it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const PROFILES: [&str; 5] = [
    "aurelia.json",
    "borealis.json",
    "cascadia.json",
    "drakmoor.json",
    "estuaria.yaml",
];

struct Case {
    name: &'static str,
    /// JSON text (YAML profiles are rendered as pretty JSON, like the JSON examples).
    text: String,
    json: Json,
}

fn cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/profiles");
    PROFILES
        .iter()
        .map(|name| {
            let raw = std::fs::read_to_string(dir.join(name)).unwrap();
            let json = lexpact_core::profile::parse_profile_text(name, &raw).unwrap();
            let text = if name.ends_with(".json") {
                raw
            } else {
                serde_json::to_string_pretty(&json).unwrap()
            };
            Case { name, text, json }
        })
        .collect()
}

/// The operations measured on one profile.
struct Ops<'a> {
    case: &'a Case,
    rules: &'a RuleSet,
}

impl Ops<'_> {
    fn parse(&self) {
        black_box(serde_json::from_str::<Json>(black_box(&self.case.text)).unwrap());
    }
    fn evaluate(&self) {
        black_box(
            self.rules
                .evaluate(
                    ProfileInput::document("p", black_box(&self.case.json)),
                    &EvaluateOptions::default(),
                )
                .unwrap(),
        );
    }
    fn evaluate_verdicts(&self) {
        black_box(
            self.rules
                .evaluate(
                    ProfileInput::document("p", black_box(&self.case.json)),
                    &EvaluateOptions::default().with_detail(Detail::Verdicts),
                )
                .unwrap(),
        );
    }
    fn end_to_end(&self) {
        black_box(
            self.rules
                .evaluate(
                    ProfileInput::text("p.json", black_box(&self.case.text)),
                    &EvaluateOptions::default(),
                )
                .unwrap(),
        );
    }
}

fn main() {
    let mut criterion = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .configure_from_args();
    let rules = RuleSet::library("rio").unwrap();
    let cases = cases();

    criterion.bench_function("compile/rio", |b| {
        b.iter(|| black_box(RuleSet::library("rio").unwrap()));
    });
    for case in &cases {
        let ops = Ops {
            case,
            rules: &rules,
        };
        let mut group = criterion.benchmark_group(case.name);
        group.bench_function("parse_floor", |b| b.iter(|| ops.parse()));
        group.bench_function("evaluate", |b| b.iter(|| ops.evaluate()));
        group.bench_function("evaluate_verdicts", |b| b.iter(|| ops.evaluate_verdicts()));
        group.bench_function("end_to_end", |b| b.iter(|| ops.end_to_end()));
        group.finish();
    }
    criterion.final_summary();

    let args: Vec<String> = std::env::args().collect();
    let filtered = args.iter().skip(1).any(|a| !a.starts_with('-'));
    if args.iter().any(|a| a == "--bench") && !filtered {
        summary(&rules, &cases);
    }
}

/// Profiles of at least this many bytes of JSON count as full-sized in the summary.
const LARGE: usize = 20 * 1024;

fn summary(rules: &RuleSet, cases: &[Case]) {
    const ROUNDS: usize = 15;
    const BATCH: Duration = Duration::from_millis(60);
    println!();
    println!("== Summary: medians of {ROUNDS} interleaved rounds (same run, same load)");
    let compile = interleaved(
        &mut [&mut || {
            black_box(RuleSet::library("rio").unwrap());
        }],
        ROUNDS,
        BATCH,
    )[0];
    println!(
        "compile rio ({} obligations): {:.3} ms   target < 2 ms: {}",
        rules.obligations().len(),
        compile / 1e6,
        if compile < 2e6 { "met" } else { "NOT met" }
    );
    println!();
    println!(
        "{:<14} {:>6} {:>9} {:>9} {:>7} {:>9} {:>7} {:>9}",
        "profile", "KiB", "parse us", "eval us", "ev/prs", "verd us", "vd/prs", "e2e us",
    );
    let mut worst_eval = 0.0f64;
    let mut worst_verdicts = 0.0f64;
    // The cost of a small profile is per obligation, not per byte: reported apart.
    let mut worst_verdicts_large = 0.0f64;
    for case in cases {
        let ops = Ops { case, rules };
        let t = interleaved(
            &mut [
                &mut || ops.parse(),
                &mut || ops.evaluate(),
                &mut || ops.evaluate_verdicts(),
                &mut || ops.end_to_end(),
            ],
            ROUNDS,
            BATCH,
        );
        let (parse, eval, verdicts, e2e) = (t[0], t[1], t[2], t[3]);
        worst_eval = worst_eval.max(eval / parse);
        worst_verdicts = worst_verdicts.max(verdicts / parse);
        if case.text.len() >= LARGE {
            worst_verdicts_large = worst_verdicts_large.max(verdicts / parse);
        }
        println!(
            "{:<14} {:>6.1} {:>9.1} {:>9.1} {:>7.2} {:>9.1} {:>7.2} {:>9.1}",
            case.name,
            case.text.len() as f64 / 1024.0,
            parse / 1e3,
            eval / 1e3,
            eval / parse,
            verdicts / 1e3,
            verdicts / parse,
            e2e / 1e3,
        );
    }
    println!();
    println!(
        "columns: parse = serde_json text -> Value (the floor); eval = full report, whole library;"
    );
    println!(
        "  verd = verdicts only (Detail::Verdicts), whole library; e2e = parse + full report;"
    );
    println!();
    let verdict = |ok: bool| if ok { "met" } else { "NOT met" };
    println!(
        "target evaluation <= 0.5x parse (explanations on request, Detail::Verdicts): worst {worst_verdicts:.2}x  {}",
        verdict(worst_verdicts <= 0.5)
    );
    println!(
        "            (profiles of {} KiB or more):                                      worst {worst_verdicts_large:.2}x  {}",
        LARGE / 1024,
        verdict(worst_verdicts_large <= 0.5)
    );
    println!(
        "            (every explanation built, Detail::Full):                        worst {worst_eval:.2}x  {}",
        verdict(worst_eval <= 0.5)
    );
    println!(
        "target compile < 2 ms:                           {:.3} ms  {}",
        compile / 1e6,
        verdict(compile < 2e6)
    );
}
