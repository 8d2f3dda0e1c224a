//! Every function of analysis and navigation on the Rio library cut short anywhere: no panic,
//! and the other files still answer.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::*;
use lexpact_service::{
    definition, diagnostics, document_symbols, folding_ranges, format, prepare_rename, references,
    rename, semantic_tokens, workspace_symbols,
};

#[test]
fn a_half_typed_library_file_never_panics_and_the_others_answer() {
    let full = rio().file("rio/c1.lex").unwrap().to_string();
    let b = rio().file("rio/b.lex").unwrap().to_string();
    let call = at(&b, "ratified(treaties", 0, 1);
    let step = full.len() / 40;
    for cut in (0..full.len()).step_by(step) {
        let mut cut = cut;
        while !full.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut ws = rio();
        ws.set_file("rio/c1.lex", &full[..cut]);
        let a = analysis(&ws);
        let all = diagnostics(&a);
        assert!(all.iter().any(|f| f.file == "rio/c1.lex"));
        for offset in [0, cut / 2, cut.saturating_sub(1), cut] {
            let _ = definition(&a, "rio/c1.lex", offset);
            let _ = references(&a, "rio/c1.lex", offset, true);
            let _ = prepare_rename(&a, "rio/c1.lex", offset);
            let _ = rename(&a, "rio/c1.lex", offset, "fresh_name");
        }
        let _ = document_symbols(&a, "rio/c1.lex");
        let _ = folding_ranges(&a, "rio/c1.lex");
        let _ = semantic_tokens(&a, "rio/c1.lex");
        let _ = format(&a, "rio/c1.lex");
        let _ = workspace_symbols(&a, "opsc");
        // Another file still answers: its definition is found in the file that declares it.
        let found = definition(&a, "rio/b.lex", call);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].file, "rio/rio.lex");
        assert_eq!(document_symbols(&a, "rio/b.lex").len(), 4);
    }
}
