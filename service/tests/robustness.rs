//! Hover, completion and code actions answer at every offset of half-typed text without
//! failing: every prefix of a small rule set, and offsets all over a file of the Rio library.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod knowledge;

use knowledge::{RULES, mini};
use lexpact_core::Limits;
use lexpact_service::{
    Analysis, Workspace, code_actions, code_lenses, completion, hover, inlay_hints,
};

fn ask_everything(analysis: &Analysis, file: &str, offset: usize) {
    let items = completion(analysis, file, offset);
    for item in &items {
        assert!(item.replace_start <= item.replace_end && item.replace_end <= offset);
    }
    if let Some(h) = hover(analysis, file, offset) {
        assert!(h.start <= offset && offset <= h.end, "{h:?} at {offset}");
        assert!(!h.markdown.is_empty());
    }
    let _ = code_actions(analysis, file, offset, offset);
}

#[test]
fn every_prefix_of_a_rule_set() {
    for (i, _) in RULES.char_indices() {
        let analysis = Analysis::new(&mini(Some(&RULES[..i])));
        ask_everything(&analysis, "main.lex", i);
        let _ = inlay_hints(&analysis, "main.lex");
        let _ = code_lenses(&analysis, "main.lex");
    }
}

#[test]
fn every_offset_of_a_rule_set() {
    let analysis = Analysis::new(&mini(None));
    for i in 0..=RULES.len() + 1 {
        ask_everything(&analysis, "main.lex", i);
    }
}

#[test]
fn offsets_all_over_a_rio_file() {
    let ws = Workspace::library("rio", Limits::default()).unwrap();
    let analysis = Analysis::new(&ws);
    let text = ws.file("rio/c1.lex").unwrap();
    for i in (0..text.len())
        .step_by(37)
        .filter(|i| text.is_char_boundary(*i))
    {
        ask_everything(&analysis, "rio/c1.lex", i);
    }
}
