//! The diff corpus of `tests/conformance/diff/` (see `tests/conformance/README.md`): every case's
//! two reports are made (`old.json` and `new.json`, each a profile or a saved report; one rule
//! set, or a second one in `new/`), compared, and the diff's JSON compared byte for byte with
//! `expected.json`. The marks and counts written by hand in `case.json`, from `docs/diff.md`,
//! keep a wrong comparison from being blessed. `LEXPACT_BLESS=1` rewrites `expected.json`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use lexpact_core::diff::{ReportDiff, diff_reports, saved_report};
use lexpact_core::{Date, EvaluateOptions, ProfileInput, Report, RuleSet, Source};
use serde_json::Value as Json;

const MIN_CASES: usize = 4;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance/diff")
}

fn bless() -> bool {
    std::env::var("LEXPACT_BLESS").is_ok_and(|v| v == "1")
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The `.lex` files of `dir/sub`, sorted, named relative to the case directory `dir`.
fn sources(dir: &Path, sub: &str) -> Vec<Source> {
    let mut names: Vec<String> = fs::read_dir(dir.join(sub))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".lex"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let named = if sub.is_empty() {
                name
            } else {
                format!("{sub}/{name}")
            };
            Source::new(named.clone(), read(&dir.join(&named)))
        })
        .collect()
}

fn compile(dir: &Path, sub: &str) -> Result<RuleSet, String> {
    let loader =
        |path: &str| fs::read_to_string(dir.join(path)).map_err(|e| format!("{path}: {e}"));
    RuleSet::compile(&sources(dir, sub), &loader).map_err(|d| {
        d.0.iter()
            .map(|d| format!("{}:{}:{}: {}", d.file, d.line, d.column, d.message))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// One side's report: the saved report in `name`, or its profile evaluated under `rules`.
fn side(dir: &Path, name: &str, rules: &RuleSet, as_of: Option<Date>) -> Result<Report, String> {
    let text = read(&dir.join(name));
    if let Some(report) = saved_report(name, &text).map_err(|d| d.to_string())? {
        return Ok(report);
    }
    rules
        .evaluate(
            ProfileInput::text(name, &text),
            &EvaluateOptions::default().with_as_of(as_of),
        )
        .map_err(|d| format!("{name} is refused: {d}"))
}

fn make_diff(dir: &Path, as_of: Option<Date>) -> Result<ReportDiff, String> {
    let old_rules = compile(dir, "")?;
    let new_rules = if dir.join("new").is_dir() {
        compile(dir, "new")?
    } else {
        compile(dir, "")?
    };
    let new_name = if dir.join("new.json").exists() {
        "new.json"
    } else {
        "old.json"
    };
    let old = side(dir, "old.json", &old_rules, as_of)?;
    let new = side(dir, new_name, &new_rules, as_of)?;
    Ok(diff_reports(&old, &new))
}

fn render(diff: &ReportDiff) -> String {
    serde_json::to_string_pretty(diff).unwrap() + "\n"
}

/// Checks the hand-written marks (every change, and nothing else) and counts of `case.json`.
fn check_spec(case: &Json, diff: &ReportDiff) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(Json::Object(marks)) = case.get("marks") else {
        return vec!["case.json has no \"marks\" map (obligation id → mark)".to_string()];
    };
    let got: BTreeMap<&str, &str> = diff
        .changes
        .iter()
        .map(|c| (c.obligation.id.as_str(), c.mark.as_str()))
        .collect();
    let want: BTreeMap<&str, &str> = marks
        .iter()
        .map(|(id, mark)| (id.as_str(), mark.as_str().unwrap_or("(not a string)")))
        .collect();
    if got != want {
        problems.push(format!(
            "case.json marks {want:?}, the comparison gives {got:?}"
        ));
    }
    let summary = serde_json::to_value(&diff.summary).unwrap();
    match case.get("summary") {
        Some(expected) if *expected == summary => {}
        Some(expected) => problems.push(format!(
            "expected summary {expected}, the comparison gives {summary}"
        )),
        None => problems.push("case.json has no \"summary\"".to_string()),
    }
    problems
}

fn run_case(dir: &Path) -> Vec<String> {
    let case: Json = match serde_json::from_str(&read(&dir.join("case.json"))) {
        Ok(case) => case,
        Err(e) => return vec![format!("case.json: {e}")],
    };
    if case
        .get("description")
        .and_then(Json::as_str)
        .is_none_or(|d| d.trim().is_empty())
    {
        return vec!["case.json has no \"description\"".to_string()];
    }
    let as_of = case
        .get("as_of")
        .and_then(Json::as_str)
        .map(|s| s.parse().unwrap());
    let diff = match make_diff(dir, as_of) {
        Ok(diff) => diff,
        Err(e) => return vec![e],
    };
    let mut problems = check_spec(&case, &diff);
    let actual = render(&diff);
    if make_diff(dir, as_of).map(|d| render(&d)).as_deref() != Ok(actual.as_str()) {
        problems.push("comparing twice did not give byte-identical JSON".to_string());
    }
    let expected_path = dir.join("expected.json");
    if bless() {
        fs::write(&expected_path, &actual).unwrap();
    } else if !expected_path.exists() {
        problems.push("no expected.json (run with LEXPACT_BLESS=1 to write it)".to_string());
    } else if read(&expected_path) != actual {
        problems.push(format!(
            "the diff differs from expected.json:\n{actual}\n(run with LEXPACT_BLESS=1 after \
             checking the change)"
        ));
    }
    problems
}

#[test]
fn diff_conformance_cases() {
    let mut dirs: Vec<PathBuf> = fs::read_dir(corpus())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let mut failures = String::new();
    if dirs.len() < MIN_CASES {
        writeln!(failures, "{} cases, fewer than {MIN_CASES}", dirs.len()).unwrap();
    }
    for dir in &dirs {
        let name = dir.file_name().unwrap().to_string_lossy();
        for problem in run_case(dir) {
            writeln!(failures, "{name}: {problem}").unwrap();
        }
    }
    assert!(
        failures.is_empty(),
        "diff conformance failures:\n{failures}"
    );
}
