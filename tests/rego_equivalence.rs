//! The Rego translation of part of the `rio` library (`benches/rego/rio.rego`, the peer of the
//! benchmark) gives the same verdicts as Lexpact, and the same range for each unknown one: on
//! every example profile and on synthetic profiles from `lexpact generate`, so that the
//! benchmark compares the same work. The translation evaluates the State as a whole: a
//! federal profile is compared on its national facts.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use lexpact_core::{EvaluateOptions, ProfileInput, RuleSet};
use serde_json::Value as Json;

const POLICY: &str = include_str!("../benches/rego/rio.rego");

fn engine() -> regorus::Engine {
    let mut engine = regorus::Engine::new();
    engine
        .add_policy("rio.rego".to_string(), POLICY.to_string())
        .expect("the Rego policy compiles");
    engine
}

/// The value of the Rego rule `data.rio.<rule>` on the input set last, as JSON.
fn rego_rule(engine: &mut regorus::Engine, rule: &str) -> Json {
    let value = engine
        .eval_rule(format!("data.rio.{rule}"))
        .expect("the Rego policy evaluates");
    serde_json::from_str(&value.to_json_str().unwrap()).unwrap()
}

/// Rego's verdicts on one profile, by obligation id.
fn rego_verdicts(engine: &mut regorus::Engine, profile: &Json) -> BTreeMap<String, String> {
    engine.set_input(regorus::Value::from(profile.clone()));
    rego_rule(engine, "verdicts")
        .as_object()
        .expect("verdicts are an object")
        .iter()
        .map(|(id, v)| (id.clone(), v.as_str().expect("a verdict").to_string()))
        .collect()
}

/// Rego's ranges of the unknown verdicts on the profile set last, by obligation id.
fn rego_ranges(engine: &mut regorus::Engine) -> BTreeMap<String, Vec<String>> {
    serde_json::from_value(rego_rule(engine, "ranges")).expect("ranges are lists of verdicts")
}

/// The profile as the State as a whole: the Rego translation evaluates no units, so a
/// federal profile is compared on its national facts (the aggregation over units is pinned
/// down by the conformance corpus).
fn national(profile: &Json) -> Json {
    let mut national = profile.clone();
    if let Some(map) = national.as_object_mut() {
        map.remove("jurisdictions");
        map.remove("competences");
    }
    national
}

fn compare(rules: &RuleSet, engine: &mut regorus::Engine, name: &str, profile: &Json) -> usize {
    let profile = &national(profile);
    let rego = rego_verdicts(engine, profile);
    let rego_ranges = rego_ranges(engine);
    let report = rules
        .evaluate(
            ProfileInput::document(name, profile),
            &EvaluateOptions::default(),
        )
        .unwrap();
    let lexpact: BTreeMap<&str, (&str, Vec<&str>)> = report
        .results
        .iter()
        .map(|r| {
            let range = r.range.iter().map(|v| v.as_str()).collect();
            (r.obligation.id.as_str(), (r.verdict.as_str(), range))
        })
        .collect();
    for (id, verdict) in &rego {
        let (ours, our_range) = lexpact
            .get(id.as_str())
            .unwrap_or_else(|| panic!("{id}: not an obligation of the rio library"));
        assert_eq!(
            verdict, ours,
            "{name}: `{id}`: Rego says {verdict}, Lexpact {ours}"
        );
        let range: Vec<&str> = rego_ranges
            .get(id)
            .map(|r| r.iter().map(String::as_str).collect())
            .unwrap_or_default();
        assert_eq!(
            &range, our_range,
            "{name}: `{id}`: Rego's range {range:?}, Lexpact's {our_range:?}"
        );
    }
    rego.len()
}

fn rego_ids(engine: &mut regorus::Engine) -> Vec<String> {
    let value = engine
        .eval_rule("data.rio.obligations".to_string())
        .unwrap();
    let json: Json = serde_json::from_str(&value.to_json_str().unwrap()).unwrap();
    json.as_object().unwrap().keys().cloned().collect()
}

#[test]
fn rego_translation_covers_at_least_twenty_obligations() {
    let mut engine = engine();
    engine.set_input(regorus::Value::from(serde_json::json!({})));
    let ids = rego_ids(&mut engine);
    assert!(ids.len() >= 20, "only {} obligations in Rego", ids.len());
    let rules = RuleSet::library("rio").unwrap();
    for id in &ids {
        assert!(
            rules.obligations().iter().any(|o| o.id() == id),
            "{id} is not an obligation of the rio library"
        );
    }
}

#[test]
fn rego_and_lexpact_agree_on_every_example_profile() {
    let rules = RuleSet::library("rio").unwrap();
    let mut engine = engine();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/profiles");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(files.len() >= 5);
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        let profile = lexpact_core::profile::parse_profile_text(&name, &text).unwrap();
        let compared = compare(&rules, &mut engine, &name, &profile);
        assert!(compared >= 20);
    }
}

#[test]
fn rego_and_lexpact_agree_on_synthetic_profiles() {
    let rules = RuleSet::library("rio").unwrap();
    let mut engine = engine();
    let output = Command::new(env!("CARGO_BIN_EXE_lexpact"))
        .args(["generate", "--count", "80", "--seed", "2008"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    // Every verdict should turn up somewhere, or the comparison would be a weak one.
    let mut seen = std::collections::BTreeSet::new();
    for (i, line) in text.lines().enumerate() {
        let profile: Json = serde_json::from_str(line).unwrap();
        compare(
            &rules,
            &mut engine,
            &format!("synthetic:{}", i + 1),
            &profile,
        );
        seen.extend(rego_verdicts(&mut engine, &profile).into_values());
    }
    for verdict in [
        "met",
        "partially_met",
        "not_met",
        "unknown",
        "not_applicable",
    ] {
        assert!(
            seen.contains(verdict),
            "no `{verdict}` verdict in 80 profiles"
        );
    }
}
