//! Formatting and semantic tokens.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::*;
use lexpact_service::{TokenKind, format, semantic_tokens};

const R: &str = "mini/rules.lex";

#[test]
fn formatting_is_one_edit_of_the_changed_region() {
    let a = analysis(&mini());
    assert_eq!(format(&a, R).unwrap(), vec![]);
    let messy = RULES.replace("  cite \"A-1\"", "cite    \"A-1\"");
    let mut ws = mini();
    ws.set_file(R, messy.clone());
    let edits = format(&analysis(&ws), R).unwrap();
    assert_eq!(edits.len(), 1);
    let e = &edits[0];
    assert_eq!(
        (e.file.as_str(), e.start),
        (R, at(&messy, "cite    ", 0, 0))
    );
    assert_eq!(
        (slice(&messy, e.start, e.end), e.new_text.as_str()),
        ("cite   ", "  cite")
    );
    ws.edit(R, e.start, e.end, &e.new_text).unwrap();
    assert_eq!(ws.file(R).unwrap(), RULES);
}

#[test]
fn formatting_applied_gives_the_canonical_text() {
    let messy = "ruleset \"m\"\ndefine   x=1+2\nobligation o {require   x>1\n  cite \"é\"}\n";
    let mut ws = mini();
    ws.set_file(R, messy);
    let edits = format(&analysis(&ws), R).unwrap();
    assert_eq!(edits.len(), 1);
    let e = &edits[0];
    ws.edit(R, e.start, e.end, &e.new_text).unwrap();
    let canonical = lexpact_core::format_rules(R, messy, &lexpact_core::Limits::default()).unwrap();
    assert_eq!(ws.file(R).unwrap(), canonical);
    assert_eq!(format(&analysis(&ws), R).unwrap(), vec![]);
}

#[test]
fn formatting_a_half_typed_file_gives_its_syntax_error() {
    let mut ws = mini();
    ws.set_file(R, "obligation o {\n  require (x\n");
    let err = format(&analysis(&ws), R).unwrap_err();
    assert_eq!(err.0.len(), 1);
    assert_eq!(err.0[0].file, R);
    assert!(err.0[0].code.starts_with("E0"));
}

fn kinds(text: &str, tokens: &[lexpact_service::SemanticToken]) -> Vec<(String, TokenKind, bool)> {
    tokens
        .iter()
        .map(|t| {
            (
                slice(text, t.start, t.end).to_string(),
                t.kind,
                t.declaration,
            )
        })
        .collect()
}

#[test]
fn every_token_has_its_meaning() {
    let a = analysis(&mini());
    let tokens = semantic_tokens(&a, R);
    let got = kinds(RULES, &tokens);
    let find = |text: &str, nth: usize| {
        got.iter()
            .filter(|(t, _, _)| t == text)
            .nth(nth)
            .map(|(_, k, d)| (*k, *d))
            .unwrap_or_else(|| panic!("{text}"))
    };
    use TokenKind as K;
    assert_eq!(find("ruleset", 0), (K::Keyword, false));
    assert_eq!(
        find("# Whether a treaty binds the State.", 0),
        (K::Comment, false)
    );
    assert_eq!(find("ratified", 0), (K::Function, true));
    assert_eq!(find("ratified", 1), (K::Function, false));
    assert_eq!(find("t", 0), (K::Parameter, true));
    assert_eq!(find("t", 1), (K::Parameter, false));
    assert_eq!(find("status", 0), (K::Property, false));
    assert_eq!(find("\"ratified\"", 0), (K::EnumMember, false));
    assert_eq!(find("\"acceded\"", 0), (K::EnumMember, false));
    assert_eq!(find("add_years", 0), (K::Function, false));
    assert_eq!(find("2", 0), (K::Number, false));
    assert_eq!(find("crc_ratified", 0), (K::Namespace, true));
    assert_eq!(find("\"CRC ratified\"", 0), (K::String, false));
    assert_eq!(find(">", 0), (K::Operator, false));
    assert_eq!(find("==", 0), (K::Operator, false));
    assert_eq!(find("a", 0), (K::Parameter, true));
    assert_eq!(find("a", 1), (K::Parameter, false));
    assert_eq!(find("kind", 0), (K::Property, false));
    assert_eq!(find("applies", 0), (K::Keyword, false));
    assert!(!got.iter().any(|(t, _, _)| t == "(" || t == "." || t == "{"));

    let tests = semantic_tokens(&a, "mini/rules_test.lex");
    let got = kinds(TESTS, &tests);
    assert!(got.contains(&("\"crc_ratified: ratified\"".to_string(), K::Namespace, true)));
    assert!(got.contains(&("2024-01-01".to_string(), K::Number, false)));
    assert!(got.contains(&("treaties".to_string(), K::Property, false)));
    assert!(got.contains(&("crc_ratified".to_string(), K::Namespace, false)));
    assert!(got.contains(&("met".to_string(), K::EnumMember, false)));
}

/// Sorted, never overlapping, never spanning lines, on every file of the library and on every
/// prefix of a file.
fn well_formed(text: &str, tokens: &[lexpact_service::SemanticToken]) {
    let mut last_end = 0;
    for t in tokens {
        assert!(t.start >= last_end && t.end > t.start, "{t:?}");
        assert!(!slice(text, t.start, t.end).contains('\n'), "{t:?}");
        last_end = t.end;
    }
}

#[test]
fn tokens_are_sorted_disjoint_and_on_one_line() {
    let ws = rio();
    let a = analysis(&ws);
    for file in a.files() {
        let tokens = semantic_tokens(&a, &file.name);
        assert!(tokens.len() > 50, "{}", file.name);
        well_formed(&file.text, &tokens);
    }
    let mut ws = mini();
    // A string with an escaped line break is cut at the line's end.
    let text = "ruleset \"a\\\nb\"\n";
    ws.set_file(R, text);
    let a = analysis(&ws);
    let tokens = semantic_tokens(&a, R);
    well_formed(text, &tokens);
    assert_eq!(
        kinds(text, &tokens)
            .iter()
            .map(|t| t.0.as_str())
            .collect::<Vec<_>>(),
        vec!["ruleset", "\"a\\", "b\""]
    );
    for cut in (0..RULES.len()).step_by(3) {
        let mut ws = mini();
        ws.set_file(R, &RULES[..cut]);
        let a = analysis(&ws);
        well_formed(&RULES[..cut], &semantic_tokens(&a, R));
        let _ = format(&a, R);
    }
}
