#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use common::*;
use lexpact_service::{Level, diagnostics};

#[test]
fn the_rio_library_has_no_errors_and_every_file_is_listed() {
    let ws = rio();
    let a = analysis(&ws);
    let all = diagnostics(&a);
    let names: Vec<&str> = all.iter().map(|f| f.file.as_str()).collect();
    assert!(names.contains(&"rio/c1.lex") && names.contains(&"rio/c1_test.lex"), "{names:?}");
    assert_eq!(all.len(), a.files().len());
    for f in &all {
        assert!(f.diagnostics.iter().all(|d| d.level != Level::Error), "{f:?}");
    }
}

#[test]
fn the_small_rule_set_compiles_cleanly() {
    let a = analysis(&mini());
    let all = diagnostics(&a);
    assert_eq!(all.len(), 2);
    for f in &all {
        assert_eq!(f.diagnostics, vec![], "{}", f.file);
    }
}

#[test]
fn errors_go_to_their_file_in_order() {
    let mut ws = mini();
    let text = RULES.replace("treaties.opsc.status", "treaties.opsk.status").replace("crc_due\n", "crc_dew\n");
    ws.set_file("mini/rules.lex", text.clone());
    let all = diagnostics(&analysis(&ws));
    let rules = all.iter().find(|f| f.file == "mini/rules.lex").unwrap();
    let got: Vec<(&str, &str)> = rules
        .diagnostics
        .iter()
        .map(|d| (d.diagnostic.code.as_str(), slice(&text, d.diagnostic.span.start, d.diagnostic.span.end)))
        .collect();
    assert_eq!(got.len(), 2, "{rules:#?}");
    assert_eq!(got[0].1, "crc_dew");
    assert_eq!(got[1].1, "opsk");
    assert!(rules.diagnostics.iter().all(|d| d.level == Level::Error && d.diagnostic.file == "mini/rules.lex"));
    let tests = all.iter().find(|f| f.file == "mini/rules_test.lex").unwrap();
    assert_eq!(tests.diagnostics, vec![]);
}

#[test]
fn every_half_typed_file_shows_its_own_syntax_error() {
    let mut ws = mini();
    ws.set_file("mini/rules.lex", RULES.replace("require treaties", "require (treaties"));
    ws.set_file("mini/rules_test.lex", TESTS.replace("expect crc_ratified met", "expect"));
    let all = diagnostics(&analysis(&ws));
    for f in &all {
        assert!(
            f.diagnostics.iter().any(|d| d.level == Level::Error && d.diagnostic.code.starts_with("E0")),
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
