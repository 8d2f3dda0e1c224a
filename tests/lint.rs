//! `lexpact lint` end to end: the bundled libraries lint-clean, findings as diagnostics with
//! snippets and a summary line, `--deny warnings` (notes never fail), rules that do not compile
//! (exit 2), and the JSON document.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::{lexpact, scratch, text};
use serde_json::Value as Json;

/// A rule file with one warning (no `text`) and, through its schema, one note.
fn rules_with_a_warning(dir: &std::path::Path) -> String {
    std::fs::write(
        dir.join("schema.json"),
        r#"{"type": "object", "properties": {"plan": {"type": "object", "properties": {
            "adopted": {"type": "boolean"}, "title": {"type": "string"}}}}}"#,
    )
    .unwrap();
    let file = dir.join("rules.lex");
    std::fs::write(
        &file,
        "ruleset \"national\"\nschema \"schema.json\"\n\nobligation plan {\n  title \"Plan\"\n  cite \"C.2-1\"\n  require plan.adopted\n}\n",
    )
    .unwrap();
    file.to_str().unwrap().to_string()
}

#[test]
fn the_bundled_libraries_are_lint_clean() {
    for library in ["rio", "icmec"] {
        let out = lexpact(&["lint", "--library", library, "--deny", "warnings"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(
            text(&out.stdout).starts_with("0 warnings, "),
            "{}",
            text(&out.stdout)
        );
        assert!(
            !text(&out.stderr).contains("warning["),
            "{}",
            text(&out.stderr)
        );
    }
}

#[test]
fn a_warning_fails_only_with_deny_warnings() {
    let dir = scratch("lint-warning");
    let rules = rules_with_a_warning(&dir);
    let out = lexpact(&["lint", "--rules", &rules]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("warning[L0105]: the obligation `plan` has no `text`"),
        "{stderr}"
    );
    assert!(stderr.contains("obligation plan {"), "a snippet: {stderr}");
    assert!(
        stderr.contains(
            "note[L0110]: `plan`: no obligation reads 1 of its facts in the schema: `plan.title`"
        ),
        "{stderr}"
    );
    assert_eq!(text(&out.stdout), "1 warning, 1 note\n");
    let denied = lexpact(&["lint", "--rules", &rules, "--deny", "warnings"]);
    assert_eq!(denied.status.code(), Some(1));
}

#[test]
fn a_note_never_fails() {
    let dir = scratch("lint-note");
    let rules = rules_with_a_warning(&dir);
    let with_text = std::fs::read_to_string(&rules).unwrap().replace(
        "  require",
        "  text \"Develop national plans of action\"\n  require",
    );
    std::fs::write(&rules, with_text).unwrap();
    let out = lexpact(&["lint", "--rules", &rules, "--deny", "warnings"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "0 warnings, 1 note\n");
}

#[test]
fn rules_that_do_not_compile_exit_2() {
    let dir = scratch("lint-broken");
    let file = dir.join("rules.lex");
    std::fs::write(&file, "obligation plan { require nothing.known }\n").unwrap();
    let out = lexpact(&["lint", "--rules", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("error[E0207]"),
        "{}",
        text(&out.stderr)
    );
    let none = lexpact(&["lint"]);
    assert_eq!(none.status.code(), Some(2));
    assert!(
        text(&none.stderr).contains("E0213"),
        "{}",
        text(&none.stderr)
    );
}

#[test]
fn json_gives_every_finding_with_its_code_name_level_and_place() {
    let dir = scratch("lint-json");
    let rules = rules_with_a_warning(&dir);
    let out = lexpact(&[
        "lint", "--rules", &rules, "--format", "json", "--deny", "warnings",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let doc: Json = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["format"], "lexpact/lint/v1");
    assert_eq!(doc["warnings"], 1);
    assert_eq!(doc["notes"], 1);
    let findings = doc["findings"].as_array().unwrap();
    let codes: Vec<&str> = findings
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["L0110", "L0105"], "sorted by position");
    let warning = &findings[1];
    assert_eq!(warning["name"], "missing-text");
    assert_eq!(warning["level"], "warning");
    assert_eq!(warning["file"], rules.as_str());
    assert_eq!(
        (warning["line"].as_u64(), warning["column"].as_u64()),
        (Some(4), Some(12))
    );
    assert!(warning["help"].as_str().unwrap().contains("text"));
    assert_eq!(findings[0]["level"], "info");
    assert!(text(&out.stderr).is_empty(), "{}", text(&out.stderr));
}

#[test]
fn a_library_with_rules_of_a_national_team_is_linted_together() {
    let dir = scratch("lint-national");
    let file = dir.join("national.lex");
    std::fs::write(
        &file,
        "obligation national_plan_text {\n  title \"National plan\"\n  cite \"C.2-1\"\n  text \"Develop national plans of action\"\n  require policy.npa_sec.exists\n}\n",
    )
    .unwrap();
    let out = lexpact(&[
        "lint",
        "--library",
        "rio",
        "--rules",
        file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("warning[L0106]: the quote departs from paragraph C.2-1"),
        "{stderr}"
    );
}
