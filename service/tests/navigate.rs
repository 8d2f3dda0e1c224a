#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::*;
use lexpact_service::{FileSpan, definition, prepare_rename, references, rename};

fn span(file: &str, start: usize, len: usize) -> FileSpan {
    FileSpan {
        file: file.to_string(),
        start,
        end: start + len,
    }
}

const R: &str = "mini/rules.lex";
const T: &str = "mini/rules_test.lex";

#[test]
fn definitions_parameters_and_items_resolve_to_their_declaration() {
    let a = analysis(&mini());
    let decl = at(RULES, "ratified(t)", 0, 0);
    assert_eq!(
        definition(&a, R, at(RULES, "ratified(treaties", 0, 2)),
        vec![span(R, decl, 8)]
    );
    assert_eq!(
        definition(&a, R, at(RULES, "> crc_due", 0, 4)),
        vec![span(R, at(RULES, "crc_due =", 0, 0), 7)]
    );
    assert_eq!(
        definition(&a, R, at(RULES, "t.status", 0, 0)),
        vec![span(R, at(RULES, "(t)", 0, 1), 1)]
    );
    assert_eq!(
        definition(&a, R, at(RULES, "a.kind", 0, 0)),
        vec![span(R, at(RULES, "any a", 0, 4), 1)]
    );
    // A fact path and a built-in have no declaration in the rules.
    assert_eq!(definition(&a, R, at(RULES, "opsc", 0, 1)), vec![]);
    assert_eq!(
        definition(&a, R, at(RULES, "evaluation_date", 0, 1)),
        vec![]
    );
}

#[test]
fn obligation_ids_in_tests_resolve_across_files() {
    let a = analysis(&mini());
    let decl = span(R, at(RULES, "crc_ratified {", 0, 0), 12);
    assert_eq!(
        definition(&a, T, at(TESTS, "expect crc_ratified", 0, 9)),
        vec![decl.clone()]
    );
    assert_eq!(
        definition(&a, T, at(TESTS, "crc_ratified: {", 0, 0)),
        vec![decl.clone()]
    );
    let refs = references(&a, R, decl.start + 1, true);
    assert_eq!(
        refs,
        vec![
            decl.clone(),
            span(T, at(TESTS, "crc_ratified: {", 0, 0), 12),
            span(T, at(TESTS, "expect crc_ratified", 0, 7), 12),
        ]
    );
    assert_eq!(references(&a, R, decl.start, false).len(), 2);
}

#[test]
fn the_schema_file_of_the_workspace_is_a_definition() {
    let mut ws = mini();
    let text = RULES.replace("lexpact/legal-profile/v1", "schema.json");
    ws.set_file(R, text.clone());
    ws.set_file("mini/schema.json", "{\"type\": \"object\"}");
    let a = analysis(&ws);
    assert_eq!(
        definition(&a, R, at(&text, "schema.json", 0, 2)),
        vec![span("mini/schema.json", 0, 0)]
    );
    // A bundled schema is no file of the workspace.
    let a = analysis(&mini());
    assert_eq!(definition(&a, R, at(RULES, "legal-profile", 0, 0)), vec![]);
}

#[test]
fn references_of_a_fact_path_are_its_reads() {
    let a = analysis(&mini());
    let refs = references(&a, R, at(RULES, "treaties.crc.entry", 0, 10), true);
    assert_eq!(
        refs,
        vec![
            span(R, at(RULES, "treaties.crc.entry", 0, 0), 12),
            span(R, at(RULES, "treaties.crc)", 0, 0), 12)
        ]
    );
    let refs = references(&a, R, at(RULES, "treaties", 0, 1), true);
    assert_eq!(refs.len(), 3);
}

#[test]
fn references_across_the_rio_library() {
    let ws = rio();
    let a = analysis(&ws);
    let b = ws.file("rio/b.lex").unwrap();
    let call = at(b, "ratified(treaties", 0, 1);
    let refs = references(&a, "rio/b.lex", call, false);
    assert_eq!(refs.len(), 15, "{refs:?}");
    assert_eq!(refs.iter().filter(|r| r.file == "rio/c1.lex").count(), 13);
    let with_decl = references(&a, "rio/b.lex", call, true);
    assert_eq!(with_decl.len(), 16);
    let rio_lex = ws.file("rio/rio.lex").unwrap();
    assert!(with_decl.contains(&span(
        "rio/rio.lex",
        at(rio_lex, "define ratified", 0, 7),
        8
    )));
    let opsc = references(&a, "rio/b.lex", at(b, "treaties.opsc", 0, 10), true);
    assert_eq!(opsc.len(), 4, "{opsc:?}");
    // Tests name the obligation in their `expect` lines.
    let id = at(b, "treaty_body_initial_report_opsc {", 0, 0);
    let uses = references(&a, "rio/b.lex", id, false);
    assert!(
        uses.len() >= 5 && uses.iter().all(|u| u.file == "rio/b_test.lex"),
        "{uses:?}"
    );
}

#[test]
fn rename_a_definition_everywhere() {
    let a = analysis(&mini());
    let offset = at(RULES, "ratified(treaties", 0, 0);
    assert_eq!(prepare_rename(&a, R, offset), Some(span(R, offset, 8)));
    let edits = rename(&a, R, offset, "binds").unwrap();
    let starts: Vec<usize> = edits.iter().map(|e| e.start).collect();
    assert_eq!(starts, vec![at(RULES, "ratified(t)", 0, 0), offset]);
    assert!(
        edits
            .iter()
            .all(|e| e.new_text == "binds" && e.end - e.start == 8)
    );
}

#[test]
fn rename_an_obligation_in_its_tests_and_exceptions() {
    let a = analysis(&mini());
    let edits = rename(&a, T, at(TESTS, "expect crc_ratified", 0, 8), "crc_bound").unwrap();
    let mut ws = mini();
    for e in edits.iter().rev() {
        ws.edit(&e.file, e.start, e.end, &e.new_text).unwrap();
    }
    assert_eq!(edits.len(), 3);
    assert!(ws.file(R).unwrap().contains("obligation crc_bound {"));
    assert!(ws.file(T).unwrap().contains("exceptions: { crc_bound: {"));
    assert!(ws.file(T).unwrap().contains("expect crc_bound met"));
    // The test's name is prose: left alone.
    assert!(
        ws.file(T)
            .unwrap()
            .contains("test \"crc_ratified: ratified\"")
    );
    let renamed = analysis(&ws);
    assert!(renamed.rules().is_some());
}

#[test]
fn rename_parameters_and_items_within_their_scope() {
    let a = analysis(&mini());
    let edits = rename(&a, R, at(RULES, "t.status", 0, 0), "treaty").unwrap();
    let starts: Vec<usize> = edits.iter().map(|e| e.start).collect();
    assert_eq!(
        starts,
        vec![at(RULES, "(t)", 0, 1), at(RULES, "t.status", 0, 0)]
    );
    let edits = rename(&a, R, at(RULES, "any a", 0, 4), "agreement").unwrap();
    assert_eq!(edits.len(), 2);
}

#[test]
fn rename_refuses_bad_names_keywords_and_clashes() {
    let a = analysis(&mini());
    let def = at(RULES, "ratified(treaties", 0, 0);
    assert!(rename(&a, R, def, "2x").unwrap_err().contains("not a name"));
    assert!(
        rename(&a, R, def, "a-b")
            .unwrap_err()
            .contains("not a name")
    );
    assert!(rename(&a, R, def, "where").unwrap_err().contains("keyword"));
    assert!(
        rename(&a, R, def, "crc_due")
            .unwrap_err()
            .contains("exists already")
    );
    assert!(rename(&a, R, def, "year").unwrap_err().contains("built-in"));
    // A fact's first word would be read as the definition.
    assert!(rename(&a, R, def, "treaties").is_err());
    let item = at(RULES, "any a", 0, 4);
    // `cooperation` is read outside the item's scope only: fine; `t` is another scope's.
    assert!(rename(&a, R, item, "t").is_ok());
    assert!(rename(&a, R, item, "crc_due").is_err());
    let id = at(RULES, "crc_ratified {", 0, 0);
    let mut ws = mini();
    ws.set_file("mini/more.lex", "obligation other {\n  require true\n}\n");
    let a2 = analysis(&ws);
    assert!(
        rename(&a2, R, id, "other")
            .unwrap_err()
            .contains("exists already")
    );
    // Not a name: a fact path, a string, white space.
    assert_eq!(prepare_rename(&a, R, at(RULES, "opsc", 0, 1)), None);
    assert!(rename(&a, R, at(RULES, "opsc", 0, 1), "x").is_err());
    assert_eq!(prepare_rename(&a, R, at(RULES, "\"A-1\"", 0, 1)), None);
    assert_eq!(prepare_rename(&a, R, 0), None);
}

#[test]
fn half_typed_files_never_panic() {
    for cut in (0..RULES.len()).step_by(3) {
        let mut ws = mini();
        ws.set_file(R, &RULES[..cut]);
        let a = analysis(&ws);
        for offset in [0, cut / 3, cut / 2, cut] {
            let _ = definition(&a, R, offset);
            let _ = references(&a, R, offset, true);
            let _ = prepare_rename(&a, R, offset);
            let _ = rename(&a, R, offset, "fresh");
        }
    }
}

#[test]
fn references_of_a_field_of_a_list_item_whatever_the_item_is_called() {
    let ws = rio();
    let a = analysis(&ws);
    let c1 = ws.file("rio/c1.lex").unwrap();
    let refs = references(&a, "rio/c1.lex", at(c1, "b.covers_sec", 0, 3), true);
    let texts: Vec<&str> = refs
        .iter()
        .map(|r| slice(ws.file(&r.file).unwrap(), r.start, r.end))
        .collect();
    assert_eq!(
        texts,
        vec!["a.covers_sec", "b.covers_sec", "c.covers_sec"],
        "{refs:?}"
    );
    let purposes = references(&a, "rio/c1.lex", at(c1, "in a.purposes", 0, 7), true);
    assert_eq!(purposes.len(), 5, "{purposes:?}");
    // The item itself is a name of its quantifier only.
    let item = references(&a, "rio/c1.lex", at(c1, "b.covers_sec", 0, 0), true);
    assert_eq!(item.len(), 3, "{item:?}");
}
