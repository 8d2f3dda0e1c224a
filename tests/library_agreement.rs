//! The `rio` and `icmec` libraries agree wherever they read the same facts.
//!
//! Both libraries read one profile schema, and some facts are read by both (the CSAM
//! definition, technology-facilitated offences, simple possession, the ISPs' duty to report).
//! Two obligations, one of each library, are **compared** when every fact the ICMEC obligation
//! reads is also read by the Rio obligation: the ICMEC verdict then rests only on evidence the
//! Rio rule saw too. What an obligation reads is what it asks for on a profile that records
//! nothing (its missing facts there). On one profile, their verdicts are **contradictory**
//! when both are known (`met`, `partially_met` or `not_met`) and
//!
//! - the Rio obligation is `met` while the ICMEC one is `not_met`: Rio counts the measure in
//!   place although a fact ICMEC reads, and Rio read too, shows it absent; or
//! - the ICMEC obligation is `met` while the Rio one is `not_met`: the measure ICMEC credits,
//!   on facts Rio read, earns no credit at all in Rio, not even partial.
//!
//! Anything else is agreement: Rio may ask for more than ICMEC (a definition covering every
//! child under 18, not only a definition), so `partially_met` beside ICMEC's `met` is not a
//! contradiction, and an `unknown` or `not_applicable` verdict asserts nothing. ICMEC evaluates
//! the State as a whole, so a federal profile is compared on its national facts.
//!
//! ICMEC's criterion 1 (`/offences/csam/specific_legislation`, a statute specific to CSAM) is
//! read by no Rio rule: the Pact asks that the acts be defined and criminalized (C.1(a)-3,
//! C.2-1, C.2-2), not that this be done in a statute of its own, so criminalization in a
//! general penal code meets the Rio bullets while failing ICMEC's criterion 1. That is a
//! difference of what the two instruments ask, and no pair is compared on it.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use lexpact_core::{Date, EvaluateOptions, ProfileInput, RuleSet, Verdict};
use serde_json::{Value as Json, json};

/// The facts each obligation of `rules` reads: those it asks for on a profile with none.
fn reads(rules: &RuleSet) -> BTreeMap<String, BTreeSet<String>> {
    let empty = json!({ "profile": "lexpact/legal-profile/v1" });
    let as_of: Date = "2024-01-01".parse().unwrap();
    let report = rules
        .evaluate(
            ProfileInput::document("empty", &empty),
            &EvaluateOptions::default().with_as_of(Some(as_of)),
        )
        .unwrap();
    report
        .results
        .iter()
        .map(|r| {
            let id = r.obligation.id.clone();
            (id, r.missing.iter().map(|p| p.to_string()).collect())
        })
        .collect()
}

/// The pairs (Rio id, ICMEC id) compared: every fact the ICMEC obligation reads, Rio reads too.
fn pairs() -> Vec<(String, String)> {
    let rio = reads(&RuleSet::library("rio").unwrap());
    let icmec = reads(&RuleSet::library("icmec").unwrap());
    let mut out = Vec::new();
    for (i, i_reads) in &icmec {
        for (r, r_reads) in &rio {
            if !i_reads.is_empty() && i_reads.is_subset(r_reads) {
                out.push((r.clone(), i.clone()));
            }
        }
    }
    out
}

/// Whether a Rio verdict and an ICMEC verdict on one profile contradict each other (see the
/// module's documentation).
fn contradictory(rio: Verdict, icmec: Verdict) -> bool {
    matches!(
        (rio, icmec),
        (Verdict::Met, Verdict::NotMet) | (Verdict::NotMet, Verdict::Met)
    )
}

fn verdicts(rules: &RuleSet, name: &str, profile: &Json) -> BTreeMap<String, Verdict> {
    rules
        .evaluate(
            ProfileInput::document(name, profile),
            &EvaluateOptions::default(),
        )
        .unwrap()
        .results
        .iter()
        .map(|r| (r.obligation.id.clone(), r.verdict))
        .collect()
}

/// The profile as the State as a whole.
fn national(profile: &Json) -> Json {
    let mut national = profile.clone();
    if let Some(map) = national.as_object_mut() {
        map.remove("jurisdictions");
        map.remove("competences");
    }
    national
}

/// Checks every compared pair on one profile; returns the pairs of known verdicts seen.
fn check(
    pairs: &[(String, String)],
    name: &str,
    profile: &Json,
    seen: &mut BTreeSet<(Verdict, Verdict)>,
) {
    let profile = national(profile);
    let rio = verdicts(&RuleSet::library("rio").unwrap(), name, &profile);
    let icmec = verdicts(&RuleSet::library("icmec").unwrap(), name, &profile);
    for (r, i) in pairs {
        let (rv, iv) = (rio[r], icmec[i]);
        assert!(
            !contradictory(rv, iv),
            "{name}: rio `{r}` is {rv:?} but icmec `{i}` is {iv:?} on the facts both read"
        );
        seen.insert((rv, iv));
    }
}

#[test]
fn the_definition_of_contradictory_separates_the_cases() {
    assert!(contradictory(Verdict::Met, Verdict::NotMet));
    assert!(contradictory(Verdict::NotMet, Verdict::Met));
    assert!(!contradictory(Verdict::PartiallyMet, Verdict::Met));
    assert!(!contradictory(Verdict::PartiallyMet, Verdict::NotMet));
    assert!(!contradictory(Verdict::Unknown, Verdict::Met));
    assert!(!contradictory(Verdict::NotApplicable, Verdict::NotMet));
}

#[test]
fn the_libraries_share_facts_for_four_of_icmecs_criteria() {
    let pairs = pairs();
    let icmec: BTreeSet<&str> = pairs.iter().map(|(_, i)| i.as_str()).collect();
    for criterion in [
        "icmec_csam_definition",
        "icmec_technology_facilitated_offences",
        "icmec_simple_possession",
        "icmec_isp_reporting",
    ] {
        assert!(
            icmec.contains(criterion),
            "{criterion} shares no fact with rio"
        );
    }
}

#[test]
fn the_libraries_agree_on_every_example_profile() {
    let pairs = pairs();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/profiles");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(files.len() >= 5);
    let mut seen = BTreeSet::new();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        let profile = lexpact_core::profile::parse_profile_text(&name, &text).unwrap();
        check(&pairs, &name, &profile, &mut seen);
    }
    assert!(seen.contains(&(Verdict::Met, Verdict::Met)));
}

#[test]
fn the_libraries_agree_on_synthetic_profiles() {
    let pairs = pairs();
    let output = Command::new(env!("CARGO_BIN_EXE_lexpact"))
        .args(["generate", "--count", "120", "--seed", "2018"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    let mut seen = BTreeSet::new();
    for (i, line) in text.lines().enumerate() {
        let profile: Json = serde_json::from_str(line).unwrap();
        check(&pairs, &format!("synthetic:{}", i + 1), &profile, &mut seen);
    }
    // The profiles reach both sides of every shared fact, so a contradiction could show.
    for wanted in [
        (Verdict::Met, Verdict::Met),
        (Verdict::PartiallyMet, Verdict::Met),
        (Verdict::NotMet, Verdict::NotMet),
    ] {
        assert!(seen.contains(&wanted), "never saw {wanted:?}");
    }
}

/// A profile on which a Rio rule that gave no partial credit for ICMEC's fact would contradict
/// it: the CSAM definition exists (ICMEC met) but protects only children under 16.
#[test]
fn a_definition_below_18_is_partial_in_rio_and_met_in_icmec() {
    let pairs = pairs();
    let profile = json!({
        "profile": "lexpact/legal-profile/v1",
        "as_of": "2024-01-01",
        "definitions": { "csam": { "defined": true, "child_age_threshold": 16 } }
    });
    let mut seen = BTreeSet::new();
    check(&pairs, "under-16 definition", &profile, &mut seen);
    let rio = verdicts(&RuleSet::library("rio").unwrap(), "p", &profile);
    let icmec = verdicts(&RuleSet::library("icmec").unwrap(), "p", &profile);
    assert_eq!(icmec["icmec_csam_definition"], Verdict::Met);
    assert_eq!(rio["csam_definition"], Verdict::PartiallyMet);
}
