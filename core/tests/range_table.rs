//! The range table of `docs/language.md` ("Ranges") is the engine's: every row is turned into
//! an obligation whose conditions are true, false, unknown or absent as the row says, and the
//! verdict and range of its evaluation are compared with the row. The table must give every
//! combination exactly once, so it cannot drift from the engine nor leave a case out.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::BTreeSet;

use lexpact_core::{EvaluateOptions, ProfileInput, RuleSet, Source, Verdict};
use serde_json::json;

const DOC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/language.md");

const SCHEMA: &str = r#"{
  "type": "object",
  "properties": {
    "t": { "type": "boolean" },
    "f": { "type": "boolean" },
    "applies_unknown": { "type": "boolean" },
    "require_unknown": { "type": "boolean" },
    "partial_unknown": { "type": "boolean" }
  }
}"#;

/// One row of the table: the three conditions as written (`T`, `F`, `U`, `absent`), the
/// verdict and the range.
struct Row {
    applies: String,
    require: String,
    partial: String,
    verdict: Verdict,
    range: Vec<Verdict>,
}

/// The text inside the backticks of `cell` (`` `met` `` gives `met`).
fn unquote(cell: &str) -> &str {
    cell.trim().trim_matches('`')
}

fn verdict(word: &str) -> Verdict {
    Verdict::parse(unquote(word)).unwrap_or_else(|| panic!("`{word}` is not a verdict"))
}

/// The rows of the table under "### Ranges".
fn rows() -> Vec<Row> {
    let doc = std::fs::read_to_string(DOC).expect("docs/language.md is readable");
    let section = doc
        .split("\n### Ranges\n")
        .nth(1)
        .expect("docs/language.md has a section \"Ranges\"");
    let table = section
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'));
    table
        .skip(2) // the header and its rule
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
            assert_eq!(cells.len(), 5, "a row has five cells: {line}");
            let range = match cells[4] {
                "—" => Vec::new(),
                list => list.split(',').map(verdict).collect(),
            };
            Row {
                applies: cells[0].to_string(),
                require: cells[1].to_string(),
                partial: cells[2].to_string(),
                verdict: verdict(cells[3]),
                range,
            }
        })
        .collect()
}

/// The clause `name expr` for a condition written `value`, reading `unknown` when unknown;
/// nothing when absent.
fn clause(name: &str, value: &str, unknown: &str) -> String {
    let expr = match value {
        "T" => "t",
        "F" => "f",
        "U" => unknown,
        "absent" => return String::new(),
        other => panic!("`{other}` is not T, F, U or absent"),
    };
    format!("  {name} {expr}\n")
}

#[test]
fn the_range_table_is_the_engines() {
    let rows = rows();
    let combinations: BTreeSet<(&str, &str, &str)> = rows
        .iter()
        .map(|r| (r.applies.as_str(), r.require.as_str(), r.partial.as_str()))
        .collect();
    assert_eq!(rows.len(), 48, "4 × 3 × 4 combinations, one row each");
    assert_eq!(combinations.len(), rows.len(), "no combination twice");
    assert!(
        rows.iter().all(|r| r.require != "absent"),
        "`require` is never absent"
    );

    let mut rules = String::from("schema \"s.json\"\n");
    for (n, row) in rows.iter().enumerate() {
        rules.push_str(&format!(
            "obligation row_{n} {{\n  title \"row {n}\"\n  cite \"{n}\"\n"
        ));
        rules.push_str(&clause("applies when", &row.applies, "applies_unknown"));
        rules.push_str(&clause("require", &row.require, "require_unknown"));
        rules.push_str(&clause("partial when", &row.partial, "partial_unknown"));
        rules.push_str("}\n");
    }
    let loader = |_: &str| Ok(SCHEMA.to_string());
    let set = RuleSet::compile(&[Source::new("table.lex", rules)], &loader)
        .unwrap_or_else(|e| panic!("{e:#?}"));
    let report = set
        .evaluate(
            ProfileInput::document("p", &json!({ "t": true, "f": false })),
            &EvaluateOptions::default().with_as_of(lexpact_core::parse_date("2024-01-01")),
        )
        .unwrap_or_else(|e| panic!("{e:#?}"));

    let mut wrong = Vec::new();
    for (row, result) in rows.iter().zip(&report.results) {
        if (result.verdict, &result.range) != (row.verdict, &row.range) {
            wrong.push(format!(
                "applies {} require {} partial {}: the table says {:?} {:?}, the engine {:?} {:?}",
                row.applies,
                row.require,
                row.partial,
                row.verdict,
                row.range,
                result.verdict,
                result.range
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "rows of the range table the engine disagrees with:\n{}",
        wrong.join("\n")
    );
}
