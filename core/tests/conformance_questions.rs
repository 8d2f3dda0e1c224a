//! The questions corpus of `tests/conformance/questions/` (see `tests/conformance/README.md`):
//! every case's rules are compiled, the questions of its profile asked, and their JSON
//! compared byte for byte with `expected.json`. Each case also gives, in `case.json`, the
//! order of the questions with their `decides` and `narrows` counts, worked out by hand from
//! `docs/questions.md`, so that a wrong ranking cannot be blessed. `LEXPACT_BLESS=1`
//! rewrites `expected.json` (the hand-written order still applies).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::fs;
use std::path::{Path, PathBuf};

use lexpact_core::{EvaluateOptions, ProfileInput, RuleSet, Source, boundary};
use serde_json::Value as Json;

const MIN_CASES: usize = 3;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance/questions")
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn compile(dir: &Path) -> RuleSet {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".lex"))
        .collect();
    names.sort();
    let sources: Vec<Source> = names
        .iter()
        .map(|name| Source::new(name.clone(), read(&dir.join(name))))
        .collect();
    let loader =
        |path: &str| fs::read_to_string(dir.join(path)).map_err(|e| format!("{path}: {e}"));
    RuleSet::compile(&sources, &loader)
        .unwrap_or_else(|d| panic!("{}: the rules do not compile: {d:?}", dir.display()))
}

/// The questions of the case's profile as JSON text.
fn ask(rules: &RuleSet, profile: &str) -> String {
    let questions = rules
        .questions(
            ProfileInput::text("profile.json", profile),
            &EvaluateOptions::default(),
        )
        .unwrap_or_else(|d| panic!("asking failed: {d:?}"));
    boundary::questions_json(&questions).unwrap()
}

/// The hand-written order: `[pointer, decides, narrows]` per question.
fn hand_written(dir: &Path) -> Vec<(String, u64, u64)> {
    let case: Json = serde_json::from_str(&read(&dir.join("case.json"))).unwrap();
    assert!(
        case["description"]
            .as_str()
            .is_some_and(|d| !d.trim().is_empty()),
        "{}: case.json has no description",
        dir.display()
    );
    case["questions"]
        .as_array()
        .unwrap_or_else(|| panic!("{}: case.json has no questions", dir.display()))
        .iter()
        .map(|q| {
            (
                q[0].as_str().unwrap().to_string(),
                q[1].as_u64().unwrap(),
                q[2].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn every_case_asks_the_questions_expected_in_the_order_worked_out_by_hand() {
    let mut dirs: Vec<PathBuf> = fs::read_dir(corpus())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(
        dirs.len() >= MIN_CASES,
        "the corpus has {} cases",
        dirs.len()
    );
    let bless = std::env::var("LEXPACT_BLESS").is_ok_and(|v| v == "1");
    let mut failures = Vec::new();
    for dir in &dirs {
        let rules = compile(dir);
        assert!(rules.warnings().is_empty(), "{}: warnings", dir.display());
        let profile = read(&dir.join("profile.json"));
        let actual = ask(&rules, &profile);
        assert_eq!(
            actual,
            ask(&rules, &profile),
            "{}: not deterministic",
            dir.display()
        );
        let parsed: Json = serde_json::from_str(&actual).unwrap();
        let order: Vec<(String, u64, u64)> = parsed["questions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| {
                (
                    q["pointer"].as_str().unwrap().to_string(),
                    q["decides"].as_u64().unwrap(),
                    q["narrows"].as_u64().unwrap(),
                )
            })
            .collect();
        if order != hand_written(dir) {
            failures.push(format!(
                "{}: the questions are {order:?}, case.json says {:?}",
                dir.display(),
                hand_written(dir)
            ));
            continue;
        }
        let expected_path = dir.join("expected.json");
        if bless {
            fs::write(&expected_path, &actual).unwrap();
        } else if !expected_path.exists() || read(&expected_path) != actual {
            failures.push(format!(
                "{}: the questions differ from expected.json (bless with LEXPACT_BLESS=1):\n{actual}",
                dir.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
