//! Document and workspace symbols, folding ranges.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::*;
use lexpact_service::{
    Fold, FoldKind, SymbolKind, document_symbols, folding_ranges, workspace_symbols,
};

const R: &str = "mini/rules.lex";

#[test]
fn the_outline_of_a_file() {
    let a = analysis(&mini());
    let symbols = document_symbols(&a, R);
    let top: Vec<(&str, SymbolKind, Option<&str>)> = symbols
        .iter()
        .map(|s| (s.name.as_str(), s.kind, s.detail.as_deref()))
        .collect();
    assert_eq!(
        top,
        vec![
            ("mini", SymbolKind::Ruleset, Some("version 1")),
            ("lexpact/legal-profile/v1", SymbolKind::Schema, None),
            ("ratified", SymbolKind::Definition, Some("(t)")),
            ("crc_due", SymbolKind::Definition, None),
            ("crc_ratified", SymbolKind::Obligation, Some("CRC ratified")),
        ]
    );
    let o = &symbols[4];
    assert_eq!(slice(RULES, o.name_start, o.name_end), "crc_ratified");
    assert!(
        slice(RULES, o.start, o.end).starts_with("obligation crc_ratified {")
            && slice(RULES, o.start, o.end).ends_with('}')
    );
    let clauses: Vec<(&str, Option<&str>)> = o
        .children
        .iter()
        .map(|c| (c.name.as_str(), c.detail.as_deref()))
        .collect();
    assert_eq!(
        clauses,
        vec![
            ("title", Some("CRC ratified")),
            ("cite", Some("A-1")),
            ("exception", Some("where appropriate")),
            (
                "applies when",
                Some("ratified(treaties.crc) and evaluation_date() > crc_due")
            ),
            ("require", Some("treaties.opsc.status == \"ratified\"")),
        ]
    );
    let require = &o.children[4];
    assert_eq!(
        slice(RULES, require.name_start, require.name_end),
        "require"
    );
    assert!(
        o.children
            .iter()
            .all(|c| c.kind == SymbolKind::Clause && c.file == R)
    );

    let tests = document_symbols(&a, "mini/rules_test.lex");
    assert_eq!(tests.len(), 1);
    assert_eq!(
        (tests[0].name.as_str(), tests[0].kind),
        ("crc_ratified: ratified", SymbolKind::Test)
    );
    let clauses: Vec<(&str, Option<&str>)> = tests[0]
        .children
        .iter()
        .map(|c| (c.name.as_str(), c.detail.as_deref()))
        .collect();
    assert_eq!(
        clauses,
        vec![
            ("as_of", Some("2024-01-01")),
            ("profile", None),
            ("expect", Some("crc_ratified met"))
        ]
    );
}

#[test]
fn workspace_symbols_match_names_and_cites() {
    let ws = rio();
    let a = analysis(&ws);
    let found = workspace_symbols(&a, "TREATY_BODY_INITIAL");
    // The obligation and its nine tests, whose names start with its id.
    assert_eq!(found.len(), 10, "{found:?}");
    assert_eq!(
        (found[0].file.as_str(), found[0].kind),
        ("rio/b.lex", SymbolKind::Obligation)
    );
    assert!(found[0].children.is_empty());
    let b6 = workspace_symbols(&a, "b-6");
    let names: Vec<&str> = b6
        .iter()
        .filter(|s| s.kind == SymbolKind::Obligation)
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(
        names,
        vec![
            "treaty_body_initial_report_opsc",
            "treaty_body_periodic_reports"
        ]
    );
    let defs = workspace_symbols(&a, "ratified");
    assert!(
        defs.iter()
            .any(|s| s.kind == SymbolKind::Definition && s.name == "ratified")
    );
    // Test names are found too.
    assert!(
        workspace_symbols(&a, "submitted on the due day")
            .iter()
            .any(|s| s.kind == SymbolKind::Test)
    );
    let everything = workspace_symbols(&a, "");
    assert!(everything.len() > 100);
    assert_eq!(workspace_symbols(&a, "no such thing anywhere"), vec![]);
}

#[test]
fn folds_blocks_long_clauses_profiles_and_comment_runs() {
    let a = analysis(&mini());
    let folds = folding_ranges(&a, R);
    let texts: Vec<(&str, FoldKind)> = folds
        .iter()
        .map(|f| (slice(RULES, f.start, f.end), f.kind))
        .collect();
    assert_eq!(texts.len(), 3, "{texts:#?}");
    assert_eq!(
        texts[0],
        (
            "# Whether a treaty binds the State.\n# Accession and succession count.",
            FoldKind::Comment
        )
    );
    assert!(texts[1].0.starts_with("obligation crc_ratified {"));
    assert!(texts[2].0.starts_with("require") && texts[2].0.ends_with("\"bilateral\")"));
    let tests = folding_ranges(&a, "mini/rules_test.lex");
    let texts: Vec<&str> = tests.iter().map(|f| slice(TESTS, f.start, f.end)).collect();
    assert_eq!(texts.len(), 2);
    assert!(texts[0].starts_with("test ") && texts[1].starts_with("{\n    treaties"));
    // A single comment line, or a comment after code, does not fold.
    let mut ws = mini();
    ws.set_file(R, "# one\ndefine x = 1 # two\n# three\n");
    assert_eq!(folding_ranges(&analysis(&ws), R), vec![]);
    ws.set_file(R, "# one\n# two\n\n# three\n# four\n");
    assert_eq!(
        folding_ranges(&analysis(&ws), R),
        vec![
            Fold {
                start: 0,
                end: 11,
                kind: FoldKind::Comment
            },
            Fold {
                start: 13,
                end: 27,
                kind: FoldKind::Comment
            }
        ]
    );
}

#[test]
fn the_rio_library_folds_its_header() {
    let ws = rio();
    let a = analysis(&ws);
    let folds = folding_ranges(&a, "rio/rio.lex");
    let first = &folds[0];
    assert_eq!((first.start, first.kind), (0, FoldKind::Comment));
    let b = folding_ranges(&a, "rio/b.lex");
    let text = ws.file("rio/b.lex").unwrap();
    let obligations = b
        .iter()
        .filter(|f| slice(text, f.start, f.end).starts_with("obligation "))
        .count();
    assert_eq!(obligations, 3);
}

#[test]
fn half_typed_files_never_panic() {
    for cut in (0..RULES.len()).step_by(5) {
        let mut ws = mini();
        ws.set_file(R, &RULES[..cut]);
        let a = analysis(&ws);
        let _ = document_symbols(&a, R);
        let _ = workspace_symbols(&a, "c");
        let _ = folding_ranges(&a, R);
    }
    let a = analysis(&mini());
    assert_eq!(document_symbols(&a, "nope.lex"), vec![]);
}
