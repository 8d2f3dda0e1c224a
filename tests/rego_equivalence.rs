//! The Rego peers of the benchmark (`benches/peers.rs`) against Lexpact's verdicts.
//!
//! - The Kleene translation (`benches/rego/rio.rego`) gives the same verdicts as Lexpact, and the
//!   same range for each unknown one, on every example profile and on synthetic profiles from
//!   `lexpact generate`, so that the benchmark compares the same work.
//! - The natural Rego (`benches/rego/natural.rego`, two-valued, absent facts false, and its
//!   direct-reference twin `natural_direct.rego`) gives Lexpact's verdict wherever Lexpact's is
//!   definite; where Lexpact says `unknown`, it still answers, and the test counts how, listing
//!   its false `met`s: what the three values buy.
//!
//! The policies evaluate the State as a whole: a federal profile is compared on its national
//! facts.

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

#[path = "../benches/rego/shape.rs"]
mod shape;
use shape::national;

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

const NATURAL: &str = include_str!("../benches/rego/natural.rego");
const NATURAL_DIRECT: &str = include_str!("../benches/rego/natural_direct.rego");

/// An engine holding one of the natural policies.
fn natural_engine(file: &str, policy: &str) -> regorus::Engine {
    let mut engine = regorus::Engine::new();
    engine
        .add_policy(file.to_string(), policy.to_string())
        .expect("the natural Rego policy compiles");
    engine
}

/// `data.<package>.verdicts` on `input`, by obligation id.
fn natural_verdicts(
    engine: &mut regorus::Engine,
    package: &str,
    input: &Json,
) -> BTreeMap<String, String> {
    engine.set_input(regorus::Value::from(input.clone()));
    let value = engine
        .eval_rule(format!("data.{package}.verdicts"))
        .expect("the natural Rego policy evaluates");
    let json: Json = serde_json::from_str(&value.to_json_str().unwrap()).unwrap();
    json.as_object()
        .expect("verdicts are an object")
        .iter()
        .map(|(id, v)| (id.clone(), v.as_str().expect("a verdict").to_string()))
        .collect()
}

/// What the natural Rego said next to Lexpact, over a set of profiles.
#[derive(Default)]
struct Tally {
    /// Verdicts where Lexpact's is definite (all agree, or the test has failed).
    definite: usize,
    /// Lexpact's `unknown` verdicts, by what the natural Rego said instead.
    unknown_as: BTreeMap<String, usize>,
    /// `(profile, obligation, Lexpact's range)` where the natural Rego says `met` and Lexpact
    /// cannot tell.
    false_met: Vec<(String, String, Vec<String>)>,
    /// Profiles on which Lexpact has no unknown verdict among these obligations.
    complete_profiles: usize,
    /// Definite verdicts seen, by verdict.
    seen: BTreeMap<String, usize>,
}

fn compare_natural(
    rules: &RuleSet,
    natural: &mut regorus::Engine,
    direct: &mut regorus::Engine,
    name: &str,
    profile: &Json,
    tally: &mut Tally,
) {
    let national = national(profile);
    let ours = natural_verdicts(natural, "natural", &national);
    let by_reference = natural_verdicts(direct, "natural_direct", &shape::unwrapped(profile));
    assert_eq!(
        ours, by_reference,
        "{name}: natural.rego and natural_direct.rego disagree"
    );
    let report = rules
        .evaluate(
            ProfileInput::document(name, &national),
            &EvaluateOptions::default(),
        )
        .unwrap();
    let mut complete = true;
    for (id, rego) in &ours {
        let result = report
            .results
            .iter()
            .find(|r| r.obligation.id.as_str() == id)
            .unwrap_or_else(|| panic!("{id}: not an obligation of the rio library"));
        let lexpact = result.verdict.as_str();
        if lexpact == "unknown" {
            complete = false;
            *tally.unknown_as.entry(rego.clone()).or_default() += 1;
            if rego == "met" {
                let range = result
                    .range
                    .iter()
                    .map(|v| v.as_str().to_string())
                    .collect();
                tally.false_met.push((name.to_string(), id.clone(), range));
            }
        } else {
            assert_eq!(
                rego, lexpact,
                "{name}: `{id}`: natural Rego says {rego}, Lexpact {lexpact}"
            );
            tally.definite += 1;
            *tally.seen.entry(rego.clone()).or_default() += 1;
        }
    }
    if complete {
        tally.complete_profiles += 1;
    }
}

#[test]
fn natural_rego_covers_the_obligations_of_the_kleene_rego() {
    let mut kleene = engine();
    kleene.set_input(regorus::Value::from(serde_json::json!({})));
    let ids = rego_ids(&mut kleene);
    for (file, package, policy) in [
        ("natural.rego", "natural", NATURAL),
        ("natural_direct.rego", "natural_direct", NATURAL_DIRECT),
    ] {
        let verdicts = natural_verdicts(
            &mut natural_engine(file, policy),
            package,
            &serde_json::json!({}),
        );
        let natural: Vec<&String> = verdicts.keys().collect();
        let expected: Vec<&String> = {
            let mut ids: Vec<&String> = ids.iter().collect();
            ids.sort();
            ids
        };
        assert_eq!(natural, expected, "{file} covers other obligations");
        // With no facts at all, absent reads as false: nothing is met, nothing unknown.
        assert!(
            verdicts
                .values()
                .all(|v| v == "not_met" || v == "not_applicable")
        );
    }
}

/// Natural Rego gives Lexpact's verdict wherever Lexpact's is definite (on the example
/// profiles and 200 synthetic ones), and a definite verdict for each of Lexpact's `unknown`s,
/// some of them a `met` that the profile does not establish.
#[test]
fn natural_rego_agrees_wherever_lexpact_is_definite_and_guesses_elsewhere() {
    let rules = RuleSet::library("rio").unwrap();
    let mut natural = natural_engine("natural.rego", NATURAL);
    let mut direct = natural_engine("natural_direct.rego", NATURAL_DIRECT);
    let mut tally = Tally::default();

    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/profiles");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        let profile = lexpact_core::profile::parse_profile_text(&name, &text).unwrap();
        compare_natural(
            &rules,
            &mut natural,
            &mut direct,
            &name,
            &profile,
            &mut tally,
        );
    }
    let output = Command::new(env!("CARGO_BIN_EXE_lexpact"))
        .args(["generate", "--count", "200", "--seed", "21"])
        .output()
        .unwrap();
    assert!(output.status.success());
    for (i, line) in String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .enumerate()
    {
        let profile: Json = serde_json::from_str(line).unwrap();
        compare_natural(
            &rules,
            &mut natural,
            &mut direct,
            &format!("synthetic:{}", i + 1),
            &profile,
            &mut tally,
        );
    }

    let unknown: usize = tally.unknown_as.values().sum();
    println!(
        "natural Rego: all {} definite Lexpact verdicts agree ({} profiles with no unknown verdict); \
         {unknown} Lexpact unknowns answered as {:?}",
        tally.definite, tally.complete_profiles, tally.unknown_as
    );
    println!(
        "false `met`s (natural Rego met, Lexpact unknown): {}",
        tally.false_met.len()
    );
    for (profile, id, range) in &tally.false_met {
        println!("  {profile}: {id} (Lexpact: unknown, range {range:?})");
    }
    // The comparison is a strong one: every definite verdict turns up, and many of them.
    for verdict in ["met", "partially_met", "not_met", "not_applicable"] {
        assert!(
            tally.seen.get(verdict).is_some_and(|&n| n >= 10),
            "too few `{verdict}` verdicts compared: {:?}",
            tally.seen
        );
    }
    assert!(
        tally.definite >= 2000,
        "only {} verdicts compared",
        tally.definite
    );
    // Two-valued Rego never says `unknown`: it answers every one of Lexpact's.
    assert!(!tally.unknown_as.contains_key("unknown"));
    assert!(unknown >= 500, "only {unknown} unknown verdicts");
    // The false `met`s, pinned (they change only with the rules, the policy or `lexpact
    // generate`): an absent fact under `not` reads as false, so extraterritorial jurisdiction
    // is claimed without the profile saying that no complaint or official request is required,
    // and a Council of Europe convention counts as closed to a State whose membership or
    // invitation is unknown.
    let obligations: std::collections::BTreeSet<&str> = tally
        .false_met
        .iter()
        .map(|(_, id, _)| id.as_str())
        .collect();
    assert_eq!(
        obligations.into_iter().collect::<Vec<_>>(),
        ["extraterritorial_jurisdiction", "ratify_regional_coe"]
    );
    assert_eq!(
        (tally.definite, unknown, tally.false_met.len()),
        (2098, 4288, 22),
        "(definite verdicts, unknown ones, false `met`s) changed"
    );
}
