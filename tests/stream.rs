//! `lexpact generate` and the streamed JSON Lines path of `lexpact check`: generated profiles
//! are valid and the same for a seed; NDJSON and CSV come out in input order, line for line
//! what each profile gives alone; a bad line is named `file:line` and the others still count.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::{lexpact, scratch, text};

use std::path::Path;

use lexpact_core::{EvaluateOptions, ProfileInput, RuleSet};

fn generate(count: u32, seed: u32) -> String {
    let out = lexpact(&[
        "generate",
        "--count",
        &count.to_string(),
        "--seed",
        &seed.to_string(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn generated_profiles_are_deterministic_varied_and_valid() {
    let a = generate(60, 42);
    assert_eq!(a, generate(60, 42), "the same seed gives the same profiles");
    assert_ne!(a, generate(60, 43), "another seed gives other profiles");
    let lines: Vec<&str> = a.lines().collect();
    assert_eq!(lines.len(), 60);
    // A longer run starts with the same profiles.
    assert!(generate(70, 42).starts_with(&a));

    let rules = RuleSet::library("rio").unwrap();
    let mut verdicts = std::collections::BTreeSet::new();
    for (i, line) in lines.iter().enumerate() {
        let profile: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(profile["profile"], "lexpact/legal-profile/v1");
        // `evaluate` validates against the profile schema first.
        let report = rules
            .evaluate(
                ProfileInput::document("generated", &profile),
                &EvaluateOptions::default(),
            )
            .unwrap_or_else(|d| panic!("profile {} is not valid: {:?}", i + 1, d.0));
        verdicts.extend(report.results.iter().map(|r| r.verdict));
    }
    assert_eq!(verdicts.len(), 5, "every verdict turns up: {verdicts:?}");
    let distinct: std::collections::BTreeSet<&str> = lines.iter().copied().collect();
    assert_eq!(distinct.len(), 60);
}

#[test]
fn jsonl_streams_ndjson_in_input_order_as_each_profile_alone() {
    let dir = scratch("stream-ndjson");
    let file = dir.join("profiles.jsonl");
    // Blank lines are skipped but still counted in the line numbers.
    let profiles = generate(300, 7);
    let mut body = String::new();
    for (i, line) in profiles.lines().enumerate() {
        body.push_str(line);
        body.push('\n');
        if i % 97 == 5 {
            body.push_str("\n  \r\n");
        }
    }
    std::fs::write(&file, &body).unwrap();
    let name = file.to_str().unwrap();
    let out = lexpact(&["check", "--library", "rio", "--format", "ndjson", name]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));

    let rules = RuleSet::library("rio").unwrap();
    let streamed = text(&out.stdout);
    let streamed: Vec<&str> = streamed.lines().collect();
    assert_eq!(streamed.len(), 300);
    let mut k = 0;
    for (i, line) in body.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let alone = rules
            .evaluate(
                ProfileInput::text(&format!("{name}:{}", i + 1), line),
                &EvaluateOptions::default(),
            )
            .unwrap();
        assert_eq!(
            streamed[k],
            serde_json::to_string(&alone).unwrap(),
            "line {}",
            i + 1
        );
        k += 1;
    }
}

#[test]
fn jsonl_streams_csv_with_one_header() {
    let dir = scratch("stream-csv");
    let file = dir.join("profiles.jsonl");
    std::fs::write(&file, generate(40, 11)).unwrap();
    let name = file.to_str().unwrap();
    let out = lexpact(&["check", "--library", "rio", "--format", "csv", name]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    let obligations = RuleSet::library("rio").unwrap().obligations().len();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(reader.headers().unwrap().get(0), Some("profile"));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 40 * obligations);
    // Rows stay in input order: profile by profile, each in rule order.
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(row[0], format!("{name}:{}", i / obligations + 1));
    }
}

#[test]
fn a_bad_line_is_named_and_the_others_are_still_reported() {
    let dir = scratch("stream-bad-line");
    let file = dir.join("mixed.jsonl");
    let profiles = generate(5, 3);
    let mut lines: Vec<&str> = profiles.lines().collect();
    lines.insert(2, "{\"profile\": \"lexpact/legal-profile/v1\", oops");
    lines.insert(
        4,
        r#"{"profile": "lexpact/legal-profile/v1", "as_of": "2024-01-01", "state": 7}"#,
    );
    std::fs::write(&file, lines.join("\n")).unwrap();
    let name = file.to_str().unwrap();
    let out = lexpact(&["check", "--library", "rio", "--format", "ndjson", name]);
    assert_eq!(out.status.code(), Some(2), "bad input gives exit code 2");
    let stderr = text(&out.stderr);
    assert!(stderr.contains(&format!("{name}:3")), "{stderr}");
    assert!(stderr.contains(&format!("{name}:5")), "{stderr}");
    let stdout = text(&out.stdout);
    let names: Vec<String> = stdout
        .lines()
        .map(|l| {
            let report: serde_json::Value = serde_json::from_str(l).unwrap();
            report["profile"]["name"].as_str().unwrap().to_string()
        })
        .collect();
    let expected: Vec<String> = [1, 2, 4, 6, 7]
        .iter()
        .map(|n| format!("{name}:{n}"))
        .collect();
    assert_eq!(names, expected);
}

#[test]
fn a_line_that_is_not_utf8_is_named() {
    let dir = scratch("stream-not-utf8");
    let file = dir.join("bytes.jsonl");
    let profiles = generate(2, 5);
    let mut bytes = Vec::new();
    let lines: Vec<&str> = profiles.lines().collect();
    bytes.extend_from_slice(lines[0].as_bytes());
    bytes.extend_from_slice(b"\n{\"profile\": \"\xff\"}\n");
    bytes.extend_from_slice(lines[1].as_bytes());
    std::fs::write(&file, bytes).unwrap();
    let name = file.to_str().unwrap();
    let out = lexpact(&["check", "--library", "rio", "--format", "csv", name]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains(&format!("{name}:2")), "{stderr}");
    assert!(stderr.contains("UTF-8"), "{stderr}");
    let csv = text(&out.stdout);
    assert!(csv.contains(&format!("{name}:1,")) && csv.contains(&format!("{name}:3,")));
}

#[test]
fn verdicts_only_is_the_full_report_without_facts_and_explanations() {
    let rules = RuleSet::library("rio").unwrap();
    let mut profiles: Vec<(String, String)> = generate(120, 99)
        .lines()
        .enumerate()
        .map(|(i, l)| (format!("g{i}.json"), l.to_string()))
        .collect();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/profiles");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            profiles.push((name, std::fs::read_to_string(&path).unwrap()));
        }
    }
    for (name, text) in profiles {
        let mut full = rules
            .evaluate(
                ProfileInput::text(&name, &text),
                &EvaluateOptions::default(),
            )
            .unwrap();
        let verdicts = rules
            .evaluate(
                ProfileInput::text(&name, &text),
                &EvaluateOptions::default().with_detail(lexpact_core::Detail::Verdicts),
            )
            .unwrap();
        for r in &mut full.results {
            r.facts.clear();
            r.explanation.clear();
            for unit in &mut r.jurisdictions {
                unit.facts.clear();
                unit.explanation.clear();
            }
        }
        assert_eq!(full, verdicts, "{name}");
    }
}
