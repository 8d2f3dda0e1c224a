//! The cost of federal profiles and of facts with histories (`cargo bench --bench federal`):
//! the whole `rio` library on one example profile as written, with a history of three
//! entries on every fact, with ten units overlaying the sections whose obligations bind the
//! units, and with both. Each variant is measured with the full report and verdicts only;
//! after criterion's output a summary measures them again, interleaved round by round, and
//! prints each one's ratio to the profile as written.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs
)]

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::Criterion;
use lexpact_core::{Detail, EvaluateOptions, ProfileInput, RuleSet};
use serde_json::{Map, Value as Json, json};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const PROFILE: &str = "aurelia.json";
const UNITS: usize = 10;
/// The sections a unit overlays: those of the obligations that bind the units.
const UNIT_SECTIONS: [&str; 6] = [
    "definitions",
    "offences",
    "victims",
    "offenders",
    "services",
    "civil_registration",
];
/// The sections whose facts get a history (all but identity, dates and exceptions).
const SKIPPED: [&str; 4] = ["profile", "as_of", "state", "exceptions"];

/// Every fact of `value` (a scalar, a list of scalars, or an envelope with a value) given a
/// history of three entries, the last in force on the profile's date; a yes/no fact was the
/// other way before 2005. Lists of records are left as they are: their items take no history.
fn with_histories(value: &Json) -> Json {
    fn history(value: &Json) -> Json {
        let first = match value {
            Json::Bool(b) => Json::Bool(!b),
            other => other.clone(),
        };
        json!([
            { "value": first, "until": "2005-01-01" },
            { "value": value, "from": "2005-01-01", "until": "2015-01-01" },
            { "value": value, "from": "2015-01-01" }
        ])
    }
    fn fact(value: &Json) -> Json {
        match value {
            Json::Object(map) if map.contains_key("value") => {
                let mut envelope = map.clone();
                envelope.insert("history".to_string(), history(&map["value"]));
                Json::Object(envelope)
            }
            Json::Object(map) if map.contains_key("status") => value.clone(),
            Json::Object(map) => Json::Object(
                map.iter()
                    .map(|(key, inner)| (key.clone(), fact(inner)))
                    .collect::<Map<_, _>>(),
            ),
            Json::Array(items) if items.iter().any(Json::is_object) => value.clone(),
            Json::Null => Json::Null,
            scalar_or_list => {
                json!({ "value": scalar_or_list, "history": history(scalar_or_list) })
            }
        }
    }
    let Json::Object(root) = value else {
        return value.clone();
    };
    Json::Object(
        root.iter()
            .map(|(key, inner)| {
                let inner = if SKIPPED.contains(&key.as_str()) {
                    inner.clone()
                } else {
                    fact(inner)
                };
                (key.clone(), inner)
            })
            .collect(),
    )
}

/// `value` with every yes/no fact turned the other way (plain, in an envelope, or in each
/// entry of its history, so that the envelope and its history still agree).
fn flipped(value: &Json) -> Json {
    match value {
        Json::Bool(b) => Json::Bool(!b),
        Json::Array(items) => Json::Array(items.iter().map(flipped).collect()),
        Json::Object(map) => Json::Object(
            map.iter()
                .map(|(key, inner)| (key.clone(), flipped(inner)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// `value` with `UNITS` units, each giving every fact of `UNIT_SECTIONS`: the same as the
/// national ones in even units, turned the other way in odd ones.
fn with_units(value: &Json) -> Json {
    let mut doc = value.clone();
    let units: Vec<Json> = (0..UNITS)
        .map(|index| {
            let facts: Map<String, Json> = UNIT_SECTIONS
                .iter()
                .filter_map(|section| {
                    let national = value.get(*section)?;
                    let given = if index % 2 == 1 {
                        flipped(national)
                    } else {
                        national.clone()
                    };
                    Some(((*section).to_string(), given))
                })
                .collect();
            json!({ "id": format!("unit-{index}"), "name": format!("Unit {index}"),
                    "level": "province", "facts": facts })
        })
        .collect();
    doc["profile"] = json!("lexpact/legal-profile/v1.1");
    doc["jurisdictions"] = Json::Array(units);
    doc
}

struct Variant {
    name: &'static str,
    json: Json,
}

fn variants() -> Vec<Variant> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/profiles")
        .join(PROFILE);
    let text = std::fs::read_to_string(path).unwrap();
    let plain = lexpact_core::profile::parse_profile_text(PROFILE, &text).unwrap();
    let histories = with_histories(&plain);
    let units = with_units(&plain);
    let both = with_units(&histories);
    vec![
        Variant {
            name: "as_written",
            json: plain,
        },
        Variant {
            name: "histories_3",
            json: histories,
        },
        Variant {
            name: "units_10",
            json: units,
        },
        Variant {
            name: "units_10_histories_3",
            json: both,
        },
    ]
}

fn evaluate(rules: &RuleSet, profile: &Json, detail: Detail) {
    black_box(
        rules
            .evaluate(
                ProfileInput::document("p", black_box(profile)),
                &EvaluateOptions::default().with_detail(detail),
            )
            .unwrap(),
    );
}

fn main() {
    let mut criterion = Criterion::default()
        .configure_from_args()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    let rules = RuleSet::library("rio").unwrap();
    let variants = variants();
    for variant in &variants {
        // Each variant must be a valid profile with the results it should have.
        let report = rules
            .evaluate(
                ProfileInput::document("p", &variant.json),
                &EvaluateOptions::default(),
            )
            .unwrap();
        let per_unit = report
            .results
            .iter()
            .filter(|r| !r.jurisdictions.is_empty())
            .count();
        assert_eq!(
            per_unit > 0,
            variant.name.starts_with("units"),
            "{}",
            variant.name
        );
        let mut group = criterion.benchmark_group(format!("federal/{}", variant.name));
        group.bench_function("evaluate", |b| {
            b.iter(|| evaluate(&rules, &variant.json, Detail::Full));
        });
        group.bench_function("evaluate_verdicts", |b| {
            b.iter(|| evaluate(&rules, &variant.json, Detail::Verdicts));
        });
        group.finish();
    }
    criterion.final_summary();
    if std::env::args().any(|a| a == "--bench") && !std::env::args().any(|a| a == "--test") {
        summary(&rules, &variants);
    }
}

/// Each variant measured again, all interleaved round by round, as ratios to the profile as
/// written.
fn summary(rules: &RuleSet, variants: &[Variant]) {
    const ROUNDS: usize = 30;
    for detail in [Detail::Full, Detail::Verdicts] {
        let mut totals = vec![Duration::ZERO; variants.len()];
        let mut calls = vec![0_u32; variants.len()];
        for _ in 0..ROUNDS {
            for (index, variant) in variants.iter().enumerate() {
                let start = Instant::now();
                let mut n = 0;
                while start.elapsed() < Duration::from_millis(20) {
                    evaluate(rules, &variant.json, detail);
                    n += 1;
                }
                totals[index] += start.elapsed();
                calls[index] += n;
            }
        }
        let per_call: Vec<f64> = totals
            .iter()
            .zip(&calls)
            .map(|(total, n)| total.as_secs_f64() * 1e6 / f64::from(*n))
            .collect();
        println!(
            "\n{PROFILE}, {detail:?}: µs per evaluation, and the ratio to the profile as written"
        );
        for (variant, micros) in variants.iter().zip(&per_call) {
            println!(
                "  {:<22} {:>9.1} µs  {:>5.2}×",
                variant.name,
                micros,
                micros / per_call[0]
            );
        }
    }
}
