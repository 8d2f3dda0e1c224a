//! The conformance corpus of `tests/conformance/` (see its README): every case's rule files are
//! compiled, its profile evaluated at its `as_of`, and the JSON report compared byte for byte
//! with `expected.json`. Each case also carries hand-written `verdicts` (and optionally
//! `missing`, `ranges`, `reasons`, `summary`, `warnings`, `obligation_warnings`, `units` and
//! `met_on`) in `case.json`, derived from `docs/language.md`, so that
//! a wrong engine cannot be
//! blessed into the corpus. `LEXPACT_BLESS=1` rewrites `expected.json` (the hand-written checks
//! still apply). The error cases of `tests/conformance/errors/` give the diagnostics expected.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use lexpact_core::{Diagnostics, EvaluateOptions, ProfileInput, Report, RuleSet, Source};
use serde_json::Value as Json;

mod conformance_keys;

const MIN_CASES: usize = 45;
const MIN_ERROR_CASES: usize = 10;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance")
}

fn bless() -> bool {
    std::env::var("LEXPACT_BLESS").is_ok_and(|v| v == "1")
}

/// The sub-directories of `dir`, sorted by name.
fn case_dirs(dir: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

fn case_name(dir: &Path) -> String {
    dir.file_name().unwrap().to_string_lossy().into_owned()
}

/// The case's `.lex` files, sorted by name, named relative to the case directory.
fn sources(dir: &Path) -> Vec<Source> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".lex"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| Source::new(name.clone(), read(&dir.join(&name))))
        .collect()
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn read_json(path: &Path) -> Json {
    serde_json::from_str(&read(path))
        .unwrap_or_else(|e| panic!("{} is not valid JSON: {e}", path.display()))
}

/// Compiles the case's rules with a loader that reads files relative to the case directory.
fn compile(dir: &Path) -> Result<RuleSet, Diagnostics> {
    let loader =
        |path: &str| fs::read_to_string(dir.join(path)).map_err(|e| format!("{path}: {e}"));
    RuleSet::compile(&sources(dir), &loader)
}

fn render(report: &Report) -> String {
    let mut text = serde_json::to_string_pretty(report).unwrap();
    text.push('\n');
    text
}

fn describe(diagnostics: &Diagnostics) -> String {
    diagnostics
        .0
        .iter()
        .map(|d| {
            format!(
                "  {}:{}:{}: {}: {}\n",
                d.file, d.line, d.column, d.code, d.message
            )
        })
        .collect()
}

/// A readable account of the first lines where `expected` and `actual` differ.
fn diff(expected: &str, actual: &str) -> String {
    let exp: Vec<&str> = expected.lines().collect();
    let act: Vec<&str> = actual.lines().collect();
    let first = (0..exp.len().max(act.len()))
        .find(|&i| exp.get(i) != act.get(i))
        .unwrap_or(0);
    let from = first.saturating_sub(3);
    let mut out = format!(
        "first difference at line {} (expected {} lines, got {}):\n",
        first + 1,
        exp.len(),
        act.len()
    );
    for i in from..exp.len().max(act.len()).min(first + 8) {
        match (exp.get(i), act.get(i)) {
            (Some(e), Some(a)) if e == a => writeln!(out, "    {:>5}   {e}", i + 1).unwrap(),
            (e, a) => {
                if let Some(e) = e {
                    writeln!(out, "    {:>5} - {e}", i + 1).unwrap();
                }
                if let Some(a) = a {
                    writeln!(out, "    {:>5} + {a}", i + 1).unwrap();
                }
            }
        }
    }
    out
}

struct CaseSpec {
    as_of: Option<lexpact_core::Date>,
    /// obligation id, verdict, deadline status, deadline reading
    verdicts: Vec<(String, String, String, Option<String>)>,
    missing: Vec<(String, Vec<String>)>,
    /// obligation id, the verdicts of its range (empty: no range)
    ranges: Vec<(String, Vec<String>)>,
    /// obligation id, the reason of its `not_applicable` verdict
    reasons: Vec<(String, String)>,
    summary: Option<Json>,
    /// `warnings`, `obligation_warnings`, `units` and `met_on`.
    result_keys: conformance_keys::ResultKeys,
}

/// A map of `case.json` (`name`) from obligation id to a list of strings; empty when absent.
fn string_lists(case: &Json, name: &str) -> Result<Vec<(String, Vec<String>)>, String> {
    let Some(map) = case.get(name) else {
        return Ok(Vec::new());
    };
    let Json::Object(map) = map else {
        return Err(format!("case.json: \"{name}\" is not a map"));
    };
    let mut lists = Vec::new();
    for (id, list) in map {
        let Some(list) = list.as_array() else {
            return Err(format!("case.json: {name}.{id} is not a list"));
        };
        let words: Option<Vec<String>> = list
            .iter()
            .map(|p| p.as_str().map(str::to_string))
            .collect();
        let Some(words) = words else {
            return Err(format!("case.json: {name}.{id} holds a non-string"));
        };
        lists.push((id.clone(), words));
    }
    Ok(lists)
}

/// The `ranges` of `case.json`: each a list of verdicts other than `unknown`.
fn ranges(case: &Json) -> Result<Vec<(String, Vec<String>)>, String> {
    let ranges = string_lists(case, "ranges")?;
    for (id, range) in &ranges {
        for verdict in range {
            if lexpact_core::Verdict::parse(verdict)
                .is_none_or(|v| v == lexpact_core::Verdict::Unknown)
            {
                return Err(format!(
                    "case.json: ranges.{id}: `{verdict}` is not a verdict a range can hold"
                ));
            }
        }
    }
    Ok(ranges)
}

/// The `reasons` of `case.json`: obligation id to `applies_when` or `exception`.
fn reasons(case: &Json) -> Result<Vec<(String, String)>, String> {
    let Some(map) = case.get("reasons") else {
        return Ok(Vec::new());
    };
    let Json::Object(map) = map else {
        return Err("case.json: \"reasons\" is not a map".to_string());
    };
    map.iter()
        .map(|(id, reason)| match reason.as_str() {
            Some(word @ ("applies_when" | "exception")) => Ok((id.clone(), word.to_string())),
            _ => Err(format!(
                "case.json: reasons.{id} is neither \"applies_when\" nor \"exception\""
            )),
        })
        .collect()
}

fn case_spec(dir: &Path) -> Result<CaseSpec, String> {
    let path = dir.join("case.json");
    if !path.exists() {
        return Err("no case.json".to_string());
    }
    let case = read_json(&path);
    match case.get("description").and_then(Json::as_str) {
        Some(d) if !d.trim().is_empty() => {}
        _ => return Err("case.json has no \"description\"".to_string()),
    }
    let as_of = match case.get("as_of") {
        None | Some(Json::Null) => None,
        Some(Json::String(s)) => Some(
            s.parse()
                .map_err(|_| format!("case.json: as_of \"{s}\" is not a date"))?,
        ),
        Some(other) => return Err(format!("case.json: as_of {other} is not a date string")),
    };
    let Some(Json::Object(map)) = case.get("verdicts") else {
        return Err("case.json has no \"verdicts\" map (obligation id → \"verdict\" or \"verdict/deadline_status\")".to_string());
    };
    if map.is_empty() {
        return Err("case.json: the \"verdicts\" map is empty".to_string());
    }
    let mut verdicts = Vec::new();
    for (id, value) in map {
        let Some(text) = value.as_str() else {
            return Err(format!("case.json: verdicts.{id} is not a string"));
        };
        let mut parts = text.split('/');
        let verdict = parts.next().unwrap_or_default();
        let status = parts.next().unwrap_or("none");
        let reading = parts.next().map(str::to_string);
        if parts.next().is_some() {
            return Err(format!(
                "case.json: verdicts.{id}: write \"verdict\", \"verdict/status\" or \"verdict/status/reading\""
            ));
        }
        if lexpact_core::Verdict::parse(verdict).is_none() {
            return Err(format!(
                "case.json: verdicts.{id}: `{verdict}` is not a verdict"
            ));
        }
        if lexpact_core::DeadlineStatus::parse(status).is_none() {
            return Err(format!(
                "case.json: verdicts.{id}: `{status}` is not a deadline status"
            ));
        }
        verdicts.push((id.clone(), verdict.to_string(), status.to_string(), reading));
    }
    let missing = string_lists(&case, "missing")?;
    Ok(CaseSpec {
        as_of,
        verdicts,
        missing,
        ranges: ranges(&case)?,
        reasons: reasons(&case)?,
        summary: case.get("summary").cloned(),
        result_keys: conformance_keys::parse(&case)?,
    })
}

/// Runs one case; returns its problems (none when it passes).
fn run_case(dir: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let spec = match case_spec(dir) {
        Ok(spec) => spec,
        Err(e) => return vec![e],
    };
    let rules = match compile(dir) {
        Ok(rules) => rules,
        Err(d) => return vec![format!("the rules do not compile:\n{}", describe(&d))],
    };
    for warning in rules.warnings() {
        problems.push(format!(
            "compile warning {}: {} (a conformance case compiles cleanly)",
            warning.code, warning.message
        ));
    }
    let test_run = rules.run_tests();
    for t in test_run.results.iter().filter(|t| !t.passed) {
        problems.push(format!(
            "rule test \"{}\" fails: {}",
            t.name,
            t.failures.join("; ")
        ));
    }
    let profile = read_json(&dir.join("profile.json"));
    let report = match rules.evaluate(
        ProfileInput::document("profile.json", &profile),
        &EvaluateOptions::default().with_as_of(spec.as_of),
    ) {
        Ok(report) => report,
        Err(d) => {
            problems.push(format!("the profile is refused:\n{}", describe(&d)));
            return problems;
        }
    };
    let actual = render(&report);

    // Determinism: evaluate again, and with a freshly compiled rule set.
    let again = rules
        .evaluate(
            ProfileInput::document("profile.json", &profile),
            &EvaluateOptions::default().with_as_of(spec.as_of),
        )
        .map(|r| render(&r));
    let recompiled = compile(dir)
        .ok()
        .and_then(|r| {
            r.evaluate(
                ProfileInput::document("profile.json", &profile),
                &EvaluateOptions::default().with_as_of(spec.as_of),
            )
            .ok()
        })
        .map(|r| render(&r));
    if again.as_deref().ok() != Some(actual.as_str())
        || recompiled.as_deref() != Some(actual.as_str())
    {
        problems.push("evaluating the case twice did not give byte-identical JSON".to_string());
    }

    // The hand-written verdicts: every obligation of the report is named, and nothing else.
    let named: BTreeSet<&str> = spec.verdicts.iter().map(|(id, ..)| id.as_str()).collect();
    for result in &report.results {
        if !named.contains(result.obligation.id.as_str()) {
            problems.push(format!(
                "case.json: verdicts does not name `{}`",
                result.obligation.id
            ));
        }
    }
    for (id, verdict, status, reading) in &spec.verdicts {
        let Some(result) = report.results.iter().find(|r| r.obligation.id == **id) else {
            problems.push(format!(
                "case.json: verdicts names `{id}`, which is not in the report"
            ));
            continue;
        };
        let (got_verdict, got_status, got_reading) = (
            result.verdict.as_str(),
            result.deadline.status.as_str(),
            result.deadline.reading.as_deref(),
        );
        if (got_verdict, got_status, got_reading)
            != (verdict.as_str(), status.as_str(), reading.as_deref())
        {
            let show = |v: &str, s: &str, r: Option<&str>| {
                r.map_or(format!("{v}/{s}"), |r| format!("{v}/{s}/{r}"))
            };
            problems.push(format!(
                "`{id}`: expected {}, the engine gives {} (missing: {:?})",
                show(verdict, status, reading.as_deref()),
                show(got_verdict, got_status, got_reading),
                result.missing
            ));
        }
    }
    for (id, pointers) in &spec.missing {
        match report.results.iter().find(|r| r.obligation.id == **id) {
            Some(result)
                if result
                    .missing
                    .iter()
                    .map(|p| &**p)
                    .eq(pointers.iter().map(String::as_str)) => {}
            Some(result) => problems.push(format!(
                "`{id}`: expected missing {pointers:?}, the engine gives {:?}",
                result.missing
            )),
            None => problems.push(format!(
                "case.json: missing names `{id}`, which is not in the report"
            )),
        }
    }

    for (id, range) in &spec.ranges {
        match report.results.iter().find(|r| r.obligation.id == **id) {
            Some(result)
                if result
                    .range
                    .iter()
                    .map(|v| v.as_str())
                    .eq(range.iter().map(String::as_str)) => {}
            Some(result) => problems.push(format!(
                "`{id}`: expected range {range:?}, the engine gives {:?}",
                result.range.iter().map(|v| v.as_str()).collect::<Vec<_>>()
            )),
            None => problems.push(format!(
                "case.json: ranges names `{id}`, which is not in the report"
            )),
        }
    }
    for (id, reason) in &spec.reasons {
        match report.results.iter().find(|r| r.obligation.id == **id) {
            Some(result) if result.reason.map(|r| r.as_str()) == Some(reason.as_str()) => {}
            Some(result) => problems.push(format!(
                "`{id}`: expected reason {reason}, the engine gives {:?}",
                result.reason.map(|r| r.as_str())
            )),
            None => problems.push(format!(
                "case.json: reasons names `{id}`, which is not in the report"
            )),
        }
    }

    if let Some(summary) = &spec.summary {
        let got = serde_json::to_value(&report.summary).unwrap();
        if &got != summary {
            problems.push(format!(
                "expected summary {summary}, the engine gives {got}"
            ));
        }
    }

    problems.extend(conformance_keys::check(&spec.result_keys, &report));

    let expected_path = dir.join("expected.json");
    if bless() {
        fs::write(&expected_path, &actual)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", expected_path.display()));
    } else if !expected_path.exists() {
        problems.push("no expected.json (run with LEXPACT_BLESS=1 to write it)".to_string());
    } else {
        let expected = read(&expected_path);
        if expected != actual {
            problems.push(format!(
                "the report differs from expected.json; {}",
                diff(&expected, &actual)
            ));
        }
    }
    problems
}

#[test]
fn conformance_cases() {
    let dirs = case_dirs(&corpus().join("cases"));
    let mut failures = String::new();
    if dirs.len() < MIN_CASES {
        writeln!(
            failures,
            "the corpus has {} cases, fewer than {MIN_CASES}",
            dirs.len()
        )
        .unwrap();
    }
    let mut ids = BTreeSet::new();
    for dir in &dirs {
        let name = case_name(dir);
        let number = name.split('-').next().unwrap_or_default().to_string();
        if number.len() != 3 || !number.chars().all(|c| c.is_ascii_digit()) || !ids.insert(number) {
            writeln!(
                failures,
                "{name}: a case directory is named NNN-short-name with a unique number"
            )
            .unwrap();
        }
        for problem in run_case(dir) {
            writeln!(failures, "{name}: {problem}").unwrap();
        }
    }
    assert!(failures.is_empty(), "conformance failures:\n{failures}");
}

fn check_diagnostics(expected: &Json, got: &Diagnostics) -> Vec<String> {
    let Some(list) = expected.as_array() else {
        return vec!["expected.json: \"diagnostics\" is not a list".to_string()];
    };
    let mut problems = Vec::new();
    if list.len() != got.0.len() {
        problems.push(format!(
            "expected {} diagnostics, got {}:\n{}",
            list.len(),
            got.0.len(),
            describe(got)
        ));
        return problems;
    }
    for (want, d) in list.iter().zip(&got.0) {
        let field = |name: &str| want.get(name);
        let mut wrong = Vec::new();
        if field("code").and_then(Json::as_str) != Some(d.code.as_str()) {
            wrong.push("code");
        }
        if field("line").and_then(Json::as_u64) != Some(d.line as u64) {
            wrong.push("line");
        }
        if field("column").and_then(Json::as_u64) != Some(d.column as u64) {
            wrong.push("column");
        }
        if field("help").is_some_and(|help| help.as_str() != d.help.as_deref()) {
            wrong.push("help");
        }
        if field("file").is_some_and(|file| file.as_str() != Some(d.file.as_str())) {
            wrong.push("file");
        }
        if !wrong.is_empty() {
            problems.push(format!(
                "diagnostic differs in {}: expected {want}, got {}:{}:{}: {}: {} (help: {:?})",
                wrong.join(", "),
                d.file,
                d.line,
                d.column,
                d.code,
                d.message,
                d.help
            ));
        }
    }
    problems
}

fn run_error_case(dir: &Path) -> Vec<String> {
    let expected = read_json(&dir.join("expected.json"));
    let stage = expected
        .get("stage")
        .and_then(Json::as_str)
        .unwrap_or_default();
    let Some(diagnostics) = expected.get("diagnostics") else {
        return vec!["expected.json has no \"diagnostics\"".to_string()];
    };
    let compiled = compile(dir);
    match (stage, compiled) {
        ("compile", Err(got)) => check_diagnostics(diagnostics, &got),
        ("compile", Ok(_)) => vec!["expected a compile error, the rules compile".to_string()],
        ("evaluate", Err(got)) => vec![format!(
            "expected the rules to compile, they do not:\n{}",
            describe(&got)
        )],
        ("evaluate", Ok(rules)) => {
            let profile = read_json(&dir.join("profile.json"));
            match rules.evaluate(
                ProfileInput::document("profile.json", &profile),
                &EvaluateOptions::default(),
            ) {
                Ok(_) => vec!["expected an evaluation error, the profile is accepted".to_string()],
                Err(got) => check_diagnostics(diagnostics, &got),
            }
        }
        (other, _) => vec![format!(
            "expected.json: stage `{other}` is neither \"compile\" nor \"evaluate\""
        )],
    }
}

#[test]
fn conformance_errors() {
    let dirs = case_dirs(&corpus().join("errors"));
    let mut failures = String::new();
    if dirs.len() < MIN_ERROR_CASES {
        writeln!(
            failures,
            "the corpus has {} error cases, fewer than {MIN_ERROR_CASES}",
            dirs.len()
        )
        .unwrap();
    }
    for dir in &dirs {
        for problem in run_error_case(dir) {
            writeln!(failures, "errors/{}: {problem}", case_name(dir)).unwrap();
        }
    }
    assert!(
        failures.is_empty(),
        "conformance error-case failures:\n{failures}"
    );
}
