#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::*;
use lexpact_service::{Level, diagnostics};

#[test]
fn the_rio_library_has_no_errors_and_every_file_is_listed() {
    let ws = rio();
    let a = analysis(&ws);
    let all = diagnostics(&a);
    let names: Vec<&str> = all.iter().map(|f| f.file.as_str()).collect();
    assert!(
        names.contains(&"rio/c1.lex") && names.contains(&"rio/c1_test.lex"),
        "{names:?}"
    );
    assert_eq!(all.len(), a.files().len());
    for f in &all {
        assert!(
            f.diagnostics.iter().all(|d| d.level != Level::Error),
            "{f:?}"
        );
    }
}

#[test]
fn the_small_rule_set_compiles_and_shows_its_lints() {
    let a = analysis(&mini());
    let all = diagnostics(&a);
    assert_eq!(all.len(), 2);
    let tests = &all[1];
    assert_eq!(
        (tests.file.as_str(), tests.diagnostics.len()),
        ("mini/rules_test.lex", 0)
    );
    let rules = &all[0];
    assert!(
        rules
            .diagnostics
            .iter()
            .all(|d| d.level != Level::Error && !d.unnecessary)
    );
    // Facts of the schema no obligation reads: worth knowing, on the `schema` line.
    let unread: Vec<_> = rules
        .diagnostics
        .iter()
        .filter(|d| d.diagnostic.code == "L0110")
        .collect();
    assert!(!unread.is_empty());
    for d in &unread {
        assert_eq!(d.level, Level::Info);
        assert_eq!(
            slice(RULES, d.diagnostic.span.start, d.diagnostic.span.end),
            "schema \"lexpact/legal-profile/v1\""
        );
    }
    // An obligation without the words it encodes.
    let no_text: Vec<_> = rules
        .diagnostics
        .iter()
        .filter(|d| d.diagnostic.code == "L0105")
        .collect();
    assert_eq!(no_text.len(), 1);
    assert_eq!(no_text[0].level, Level::Warning);
    assert_eq!(
        slice(
            RULES,
            no_text[0].diagnostic.span.start,
            no_text[0].diagnostic.span.end
        ),
        "crc_ratified"
    );
    let starts: Vec<usize> = rules
        .diagnostics
        .iter()
        .map(|d| d.diagnostic.span.start)
        .collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn an_unused_definition_is_faded() {
    let mut ws = mini();
    let text = format!("{RULES}define spare = 1\n");
    ws.set_file("mini/rules.lex", text.clone());
    let all = diagnostics(&analysis(&ws));
    let unused: Vec<_> = all[0]
        .diagnostics
        .iter()
        .filter(|d| d.unnecessary)
        .collect();
    assert_eq!(unused.len(), 1, "{all:#?}");
    assert_eq!(unused[0].diagnostic.code, "L0111");
    assert!(
        slice(
            &text,
            unused[0].diagnostic.span.start,
            unused[0].diagnostic.span.end
        )
        .contains("spare")
    );
}

#[test]
fn errors_go_to_their_file_in_order() {
    let mut ws = mini();
    let text = RULES
        .replace("treaties.opsc.status", "treaties.opsk.status")
        .replace("crc_due\n", "crc_dew\n");
    ws.set_file("mini/rules.lex", text.clone());
    let all = diagnostics(&analysis(&ws));
    let rules = all.iter().find(|f| f.file == "mini/rules.lex").unwrap();
    let got: Vec<(&str, &str)> = rules
        .diagnostics
        .iter()
        .map(|d| {
            (
                d.diagnostic.code.as_str(),
                slice(&text, d.diagnostic.span.start, d.diagnostic.span.end),
            )
        })
        .collect();
    assert_eq!(got.len(), 2, "{rules:#?}");
    assert_eq!(got[0].1, "crc_dew");
    assert_eq!(got[1].1, "opsk");
    assert!(
        rules
            .diagnostics
            .iter()
            .all(|d| d.level == Level::Error && d.diagnostic.file == "mini/rules.lex")
    );
    let tests = all
        .iter()
        .find(|f| f.file == "mini/rules_test.lex")
        .unwrap();
    assert_eq!(tests.diagnostics, vec![]);
}

#[test]
fn every_half_typed_file_shows_its_own_syntax_error() {
    let mut ws = mini();
    ws.set_file(
        "mini/rules.lex",
        RULES.replace("require treaties", "require (treaties"),
    );
    ws.set_file(
        "mini/rules_test.lex",
        TESTS.replace("expect crc_ratified met", "expect"),
    );
    let all = diagnostics(&analysis(&ws));
    for f in &all {
        assert!(
            f.diagnostics
                .iter()
                .any(|d| d.level == Level::Error && d.diagnostic.code.starts_with("E0")),
            "{f:?}"
        );
    }
    // Every prefix of a file: no panic, and the file is always listed.
    for cut in (0..RULES.len()).step_by(7) {
        let mut ws = mini();
        ws.set_file("mini/rules.lex", &RULES[..cut]);
        let all = diagnostics(&analysis(&ws));
        assert!(all.iter().any(|f| f.file == "mini/rules.lex"));
    }
}

#[test]
fn the_lints_are_those_of_lexpact_lint() {
    let a = analysis(&rio());
    let mut shown: Vec<(String, String, usize)> = diagnostics(&a)
        .into_iter()
        .flat_map(|f| f.diagnostics)
        .filter(|d| d.diagnostic.code.starts_with('L'))
        .map(|d| {
            (
                d.diagnostic.file,
                d.diagnostic.code,
                d.diagnostic.span.start,
            )
        })
        .collect();
    let mut linted: Vec<(String, String, usize)> = lexpact_core::lint::lint_library(
        "rio",
        &[],
        &lexpact_core::NoFiles,
        &lexpact_core::Limits::default(),
    )
    .unwrap()
    .into_iter()
    .map(|f| {
        (
            f.diagnostic.file,
            f.diagnostic.code,
            f.diagnostic.span.start,
        )
    })
    .collect();
    shown.sort();
    linted.sort();
    // The library's notes: facts of the schema no obligation reads.
    assert_eq!(linted.len(), 19);
    assert_eq!(shown, linted);
}
