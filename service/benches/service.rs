//! Benchmarks of the language service on the bundled `rio` library, its tests included, as an
//! editor has it open (`cargo bench -p lexpact-service`):
//!
//! - `diagnostics/rio_after_edit`: one character typed in `rio/c1.lex`, then the workspace
//!   analysed again (every file parsed, the rule set compiled) and its diagnostics computed,
//!   lints included: what a language server does on each keystroke;
//! - `analysis/rio`: the analysis alone (parse and compile), the floor of every answer;
//! - `compile/rio_with_tests`, `lint/rio`: the core's compilation of the same files, and its
//!   lints run on their own (compiling again); `diagnostics/rio_analysed`: the diagnostics of
//!   an analysis made once (lints on the compiled rule set);
//! - `semantic_tokens/c1`, `document_symbols/c1`, `folding_ranges/c1`: one file's colours,
//!   outline and folds on an analysis made once;
//! - `references/ratified`: every call of a definition used across the library.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs
)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use lexpact_core::source::FileSet;
use lexpact_core::{Limits, RuleSet, library, lint};
use lexpact_service::{
    Analysis, Workspace, diagnostics, document_symbols, folding_ranges, references, semantic_tokens,
};

/// The allocator of the `lexpact` binary, whose `lsp` command serves these answers.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const FILE: &str = "rio/c1.lex";

fn rio() -> Workspace {
    Workspace::library("rio", Limits::default()).expect("the rio library")
}

fn edits(c: &mut Criterion) {
    let mut ws = rio();
    // A space typed inside an obligation, then deleted: the text is one character away from
    // the library's at each iteration, and the rule set still compiles.
    let at = ws.file(FILE).unwrap().find("  require ").unwrap() + 2;
    let mut typed = false;
    c.bench_function("diagnostics/rio_after_edit", |b| {
        b.iter(|| {
            if typed {
                ws.edit(FILE, at, at + 1, "").unwrap();
            } else {
                ws.edit(FILE, at, at, " ").unwrap();
            }
            typed = !typed;
            let analysis = Analysis::new(&ws);
            black_box(diagnostics(&analysis))
        });
    });
    let ws = rio();
    c.bench_function("analysis/rio", |b| b.iter(|| black_box(Analysis::new(&ws))));
    let sources = ws.sources();
    c.bench_function("compile/rio_with_tests", |b| {
        b.iter(|| black_box(RuleSet::compile_files(&sources, Limits::default())));
    });
    let rule_files: Vec<_> = sources
        .iter()
        .filter(|s| !library::is_test_file(&s.name))
        .cloned()
        .collect();
    c.bench_function("lint/rio", |b| {
        b.iter(|| {
            black_box(lint::lint(
                &rule_files,
                &FileSet(&sources),
                &Limits::default(),
            ))
        });
    });
    let analysis = Analysis::new(&ws);
    c.bench_function("diagnostics/rio_analysed", |b| {
        b.iter(|| black_box(diagnostics(&analysis)));
    });
}

fn per_file(c: &mut Criterion) {
    let ws = rio();
    let analysis = Analysis::new(&ws);
    c.bench_function("semantic_tokens/c1", |b| {
        b.iter(|| black_box(semantic_tokens(&analysis, FILE)));
    });
    c.bench_function("document_symbols/c1", |b| {
        b.iter(|| black_box(document_symbols(&analysis, FILE)));
    });
    c.bench_function("folding_ranges/c1", |b| {
        b.iter(|| black_box(folding_ranges(&analysis, FILE)));
    });
    let rio_lex = ws.file("rio/rio.lex").unwrap();
    let ratified = rio_lex.find("define ratified").unwrap() + "define ".len();
    c.bench_function("references/ratified", |b| {
        b.iter(|| black_box(references(&analysis, "rio/rio.lex", ratified, true)));
    });
}

criterion_group!(benches, edits, per_file);
criterion_main!(benches);
