//! The bad-input corpus (`tests/bad-input/`, described in its README): every case through the
//! core API and through the CLI, which must exit 2 and print the expected code.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::{Path, PathBuf};
use std::process::Command;

use lexpact_core::{
    Detail, Diagnostic, Diagnostics, EvaluateOptions, Limits, NoFiles, ProfileInput, RuleSet,
    Source,
};
use serde_json::Value;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/bad-input");

struct Case {
    dir: PathBuf,
    name: String,
    expected: Value,
}

impl Case {
    fn input(&self) -> PathBuf {
        self.dir.join(self.expected["input"].as_str().unwrap())
    }

    fn limits(&self) -> Limits {
        match self.expected.get("limits") {
            Some(l) => serde_json::from_value(l.clone()).unwrap(),
            None => Limits::default(),
        }
    }

    fn code(&self) -> Option<&str> {
        self.expected["code"].as_str()
    }

    fn limit_args(&self) -> Vec<String> {
        let mut args = Vec::new();
        if let Some(Value::Object(map)) = self.expected.get("limits") {
            for (k, v) in map {
                args.push("--limit".to_string());
                args.push(format!("{k}={v}"));
            }
        }
        args
    }
}

fn cases() -> Vec<Case> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(CORPUS)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("expected.json").is_file())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 30, "the corpus is missing");
    dirs.into_iter()
        .map(|dir| {
            let expected: Value =
                serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap())
                    .unwrap();
            let name = dir.file_name().unwrap().to_string_lossy().into_owned();
            Case {
                dir,
                name,
                expected,
            }
        })
        .collect()
}

/// A bundled library with the case's limits, compiled once for the cases that share them.
fn library_rules<'c>(
    case: &Case,
    limits: Limits,
    cache: &'c mut Vec<(String, Limits, RuleSet)>,
) -> &'c RuleSet {
    let library = case.expected["rules"]["library"].as_str().unwrap();
    let found = cache
        .iter()
        .position(|(l, lim, _)| l == library && *lim == limits);
    let index = found.unwrap_or_else(|| {
        let rules =
            RuleSet::library_with(library, &[], &NoFiles, limits).expect("the library compiles");
        cache.push((library.to_string(), limits, rules));
        cache.len() - 1
    });
    &cache[index].2
}

/// Runs one case through the core API: the diagnostics of the failure, or `Ok` when the input
/// is accepted.
fn run_core(
    case: &Case,
    text: &str,
    cache: &mut Vec<(String, Limits, RuleSet)>,
) -> Result<(), Diagnostics> {
    let input = case.expected["input"].as_str().unwrap();
    let limits = case.limits();
    match case.expected["kind"].as_str().unwrap() {
        "rules" => RuleSet::compile_files(&[Source::new(input, text)], limits).map(|_| ()),
        "profile" => {
            let own;
            let rules = match case.expected["rules"]["file"].as_str() {
                Some(file) => {
                    let source = std::fs::read_to_string(case.dir.join(file)).unwrap();
                    own = RuleSet::compile_files(&[Source::new(file, source)], limits)
                        .expect("the case's rules compile");
                    &own
                }
                None => library_rules(case, limits, cache),
            };
            // Every detail gives the same outcome: the same verdicts, or the same error.
            let outcome = |detail| {
                let options = EvaluateOptions::default().with_detail(detail);
                rules.evaluate(ProfileInput::text(input, text), &options)
            };
            let (full, verdicts) = (outcome(Detail::Full), outcome(Detail::Verdicts));
            let codes = |r: &Result<_, Diagnostics>| r.as_ref().err().map(|d| d.0[0].code.clone());
            assert_eq!(
                codes(&full),
                codes(&verdicts),
                "{}: the details disagree",
                case.name
            );
            full.map(|_| ())
        }
        other => panic!("{}: unknown kind {other}", case.name),
    }
}

fn describe(d: &Diagnostic) -> String {
    format!("{} at {}:{}: {}", d.code, d.line, d.column, d.message)
}

#[test]
fn every_case_gives_its_diagnostic_through_the_core() {
    let mut failures = Vec::new();
    let mut cache = Vec::new();
    for case in cases() {
        let bytes = std::fs::read(case.input()).unwrap();
        let utf8 = case.expected.get("utf8").and_then(Value::as_bool) != Some(false);
        let Ok(text) = String::from_utf8(bytes) else {
            if utf8 {
                failures.push(format!("{}: the input is not UTF-8", case.name));
            }
            continue;
        };
        if !utf8 {
            failures.push(format!("{}: the input is UTF-8 after all", case.name));
            continue;
        }
        // The same input twice gives the same answer (and a second run proves no state leaks).
        let result = run_core(&case, &text, &mut cache);
        assert_eq!(result, run_core(&case, &text, &mut cache), "{}", case.name);
        match (case.code(), result) {
            (None, Ok(())) => {}
            (None, Err(e)) => {
                failures.push(format!("{}: refused: {}", case.name, describe(&e.0[0])))
            }
            (Some(code), Ok(())) => {
                failures.push(format!("{}: accepted, expected {code}", case.name))
            }
            (Some(code), Err(e)) => {
                let first = e.0.iter().find(|d| d.is_error()).expect("an error");
                let line = case.expected["line"].as_u64().unwrap_or(0) as usize;
                let column = case.expected["column"].as_u64().unwrap_or(0) as usize;
                let contains = case
                    .expected
                    .get("message_contains")
                    .and_then(Value::as_str);
                if first.code != code
                    || first.line != line
                    || first.column != column
                    || contains.is_some_and(|c| !first.message.contains(c))
                {
                    failures.push(format!(
                        "{}: expected {code} at {line}:{column}{}, got {}",
                        case.name,
                        contains
                            .map(|c| format!(" containing {c:?}"))
                            .unwrap_or_default(),
                        describe(first)
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_case_gives_its_diagnostic_through_the_cli() {
    let all = cases();
    // A debug build compiles the library in each run: run the cases eight at a time.
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = all
            .chunks(all.len().div_ceil(8))
            .map(|chunk| scope.spawn(move || chunk.iter().flat_map(run_cli).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Runs one case through the CLI, a profile in the CSV format (verdicts only) and in JSON (the
/// full report), which must give the same outcome: the failures in words.
fn run_cli(case: &Case) -> Vec<String> {
    match case.expected["kind"].as_str().unwrap() {
        "rules" => run_cli_as(case, None).into_iter().collect(),
        _ => ["csv", "json"]
            .into_iter()
            .filter_map(|format| run_cli_as(case, Some(format)))
            .collect(),
    }
}

/// Runs one case through the CLI, a profile in `format`: a failure in words, or `None`.
fn run_cli_as(case: &Case, format: Option<&str>) -> Option<String> {
    let exe = Path::new(env!("CARGO_BIN_EXE_lexpact"));
    let input = case.input();
    let mut command = Command::new(exe);
    match case.expected["kind"].as_str().unwrap() {
        "rules" => command.arg("test").arg("--rules").arg(&input),
        _ => {
            command.arg("check");
            match case.expected["rules"]["file"].as_str() {
                Some(file) => command.arg("--rules").arg(case.dir.join(file)),
                None => command
                    .arg("--library")
                    .arg(case.expected["rules"]["library"].as_str().unwrap()),
            };
            command.arg("--format").arg(format.unwrap_or("csv"))
        }
    };
    command.args(case.limit_args());
    if case.expected["kind"] == "profile" {
        command.arg(&input);
    }
    let out = command.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let status = out.status.code();
    match case.code() {
        None if status == Some(0) => None,
        None => Some(format!("{}: exit {status:?}: {stderr}", case.name)),
        Some(code) => {
            let line = case.expected["line"].as_u64().unwrap_or(0);
            let column = case.expected["column"].as_u64().unwrap_or(0);
            let at = format!(":{line}:{column}");
            if status != Some(2)
                || !stderr.contains(&format!("[{code}]"))
                || (line > 0 && !stderr.contains(&at))
            {
                let short: String = stderr.chars().take(400).collect();
                Some(format!(
                    "{}: expected exit 2 with {code}{}, got exit {status:?}: {short}",
                    case.name,
                    if line > 0 { at } else { String::new() }
                ))
            } else {
                None
            }
        }
    }
}
