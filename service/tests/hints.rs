//! Inlay hints, code lenses and test runs on the Rio library and on a small rule set.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod knowledge;

use knowledge::{RULES, mini};
use lexpact_core::{Limits, Source};
use lexpact_service::{
    Analysis, InlayHint, RUN_TESTS, Workspace, code_lenses, inlay_hints, run_tests,
};

fn labels(hints: &[InlayHint]) -> Vec<&str> {
    hints.iter().map(|h| h.label.as_str()).collect()
}

#[test]
fn verdicts_after_each_obligation_on_the_chosen_profile() {
    let mut workspace = mini(None);
    assert!(inlay_hints(&Analysis::new(&workspace), "main.lex").is_empty());
    workspace.set_profile(Some(Source::new(
        "p.json",
        r#"{"as_of": "2024-01-01", "state": {"status": "signatory"}, "items": []}"#,
    )));
    let analysis = Analysis::new(&workspace);
    let hints = inlay_hints(&analysis, "main.lex");
    assert_eq!(labels(&hints), [": not met", ": met"]);
    assert_eq!(
        hints[0].offset,
        RULES.find("be_party {").unwrap() + "be_party".len()
    );
    assert_eq!(
        hints[0].tooltip.as_deref(),
        Some("`be_party` on `p.json` as of 2024-01-01: **not_met**")
    );

    workspace.set_profile(Some(Source::new(
        "p.json",
        r#"{"as_of": "2024-01-01", "items": [{"kind": "law"}]}"#,
    )));
    let hints = inlay_hints(&Analysis::new(&workspace), "main.lex");
    assert_eq!(
        labels(&hints),
        [": unknown (1 fact missing)", ": unknown (1 fact missing)"]
    );
    assert_eq!(
        hints[1].tooltip.as_deref(),
        Some(
            "`measures` on `p.json` as of 2024-01-01: **unknown**\n\nMissing facts:\n- `/items/0/ok` (absent)"
        )
    );
}

#[test]
fn a_refused_profile_says_why_once() {
    let mut workspace = mini(None);
    workspace.set_profile(Some(Source::new("p.json", "{ not json")));
    let hints = inlay_hints(&Analysis::new(&workspace), "main.lex");
    assert_eq!(labels(&hints), [": profile refused"]);
    assert!(
        hints[0]
            .tooltip
            .as_deref()
            .unwrap()
            .starts_with("`p.json` is refused:\n- E")
    );
}

/// The hint after `obligation ID` in `file` of the Rio library evaluated on an example profile.
fn rio_hint(profile: &str, file: &str, id: &str) -> InlayHint {
    let mut workspace = Workspace::library("rio", Limits::default()).unwrap();
    let text = std::fs::read_to_string(format!(
        "{}/../examples/profiles/{profile}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    workspace.set_profile(Some(Source::new(profile, text)));
    let analysis = Analysis::new(&workspace);
    assert!(inlay_hints(&analysis, "rio/c1_test.lex").is_empty());
    let text = &analysis.file(file).unwrap().text;
    inlay_hints(&analysis, file)
        .into_iter()
        .find(|h| {
            text.get(..h.offset)
                .unwrap()
                .ends_with(&format!("obligation {id}"))
        })
        .unwrap()
}

#[test]
fn rio_verdicts_with_deadlines_jurisdictions_and_missing_facts() {
    assert_eq!(
        rio_hint("aurelia.json", "rio/c1.lex", "ratify_crc").label,
        ": met"
    );
    let hint = rio_hint("borealis.json", "rio/c1.lex", "coordination_mechanism_2013");
    assert_eq!(hint.label, ": partially met, overdue");
    let tooltip = hint.tooltip.unwrap();
    assert!(
        tooltip.starts_with("`coordination_mechanism_2013` on `borealis.json` as of "),
        "{tooltip}"
    );
    assert!(
        tooltip.ends_with("\n\nDeadline 2013-12-31: overdue"),
        "{tooltip}"
    );
    let hint = rio_hint("cascadia.json", "rio/c1.lex", "criminalize_all_sec");
    assert_eq!(hint.label, ": unknown (unknown in 4 of 4 jurisdictions)");
    assert!(hint.tooltip.unwrap().contains("\n\nMissing facts:\n- `/"));
}

#[test]
fn lenses_run_a_file_s_tests_or_one() {
    let analysis = Analysis::new(&mini(None));
    let lenses = code_lenses(&analysis, "main.lex");
    assert_eq!(lenses.len(), 2);
    assert_eq!(lenses[0].command.title, "▶ run 1 test");
    assert_eq!(lenses[0].command.name, RUN_TESTS);
    assert_eq!(lenses[0].command.arguments, [serde_json::json!("main.lex")]);
    let test_at = RULES.find("test \"a party").unwrap();
    assert_eq!(
        (lenses[1].start, lenses[1].end),
        (test_at, test_at + "test \"a party with a law\"".len())
    );
    assert_eq!(
        lenses[1].command.arguments,
        [
            serde_json::json!("main.lex"),
            serde_json::json!("a party with a law")
        ]
    );

    let outcome = run_tests(&analysis, Some("main.lex"), None);
    assert_eq!((outcome.passed, outcome.failed), (1, 0));
    assert!(outcome.failures.is_empty());
    let outcome = run_tests(&analysis, Some("main.lex"), Some("nope"));
    assert_eq!(outcome.failures, ["no test \"nope\" in main.lex"]);
}

#[test]
fn failures_in_words() {
    let rules = RULES.replace("expect measures met", "expect measures not_met");
    let analysis = Analysis::new(&mini(Some(&rules)));
    let outcome = run_tests(&analysis, None, Some("a party with a law"));
    assert_eq!((outcome.passed, outcome.failed), (0, 1));
    assert_eq!(
        outcome.failures,
        ["main.lex:20: \"a party with a law\": line 24: `measures` expected not_met, got met"]
    );
    // Rules that do not compile: the run says so.
    let analysis = Analysis::new(&mini(Some(&RULES.replace("cite \"X-1\"", ""))));
    let outcome = run_tests(&analysis, None, None);
    assert_eq!(outcome.failed, 1);
    assert!(
        outcome.failures[0].starts_with("the rules do not compile: main.lex:"),
        "{:?}",
        outcome.failures
    );
}

#[test]
fn rio_lenses_and_runs() {
    let analysis = Analysis::new(&Workspace::library("rio", Limits::default()).unwrap());
    let lenses = code_lenses(&analysis, "rio/c1_test.lex");
    let n = lenses.len() - 1;
    assert!(n > 50, "{n}");
    assert_eq!(lenses[0].command.title, format!("▶ run {n} tests"));
    assert!(code_lenses(&analysis, "rio/c1.lex").is_empty());
    let outcome = run_tests(&analysis, Some("rio/c1_test.lex"), None);
    assert_eq!((outcome.passed, outcome.failed), (n, 0));
    let outcome = run_tests(
        &analysis,
        Some("rio/c1_test.lex"),
        Some("ratify_opsc: only signed"),
    );
    assert_eq!((outcome.passed, outcome.failed), (1, 0));
}
