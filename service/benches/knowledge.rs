//! Benchmarks of what only Lexpact's service knows, on the bundled `rio` library as an editor
//! has it open (`cargo bench -p lexpact-service --bench knowledge`). Each answer is asked of an
//! analysis made once, as a server asks completion and hover of the analysis it made for the
//! diagnostics of the last edit:
//!
//! - `completion/path_half_typed`: `require (treaties.crc.st` typed in `rio/c1.lex`, which then
//!   does not parse: the fields of `treaties.crc`;
//! - `completion/expression`: after `require `: the profile's fields, every definition, the
//!   built-ins;
//! - `completion/parameter_fields`: `t.` in a definition, `t` read off the definition's uses
//!   across the library;
//! - `hover/fact_path`: `treaties.crc` with the obligations reading it (every obligation's facts
//!   gathered);
//! - `hover/cite`: a cited paragraph of the pinned text;
//! - `hover/obligation`: an obligation id in a test.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs
)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use lexpact_core::Limits;
use lexpact_service::{Analysis, Workspace, completion, hover};

/// The allocator of the `lexpact` binary, which serves the language server.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const FILE: &str = "rio/c1.lex";

fn rio() -> Workspace {
    Workspace::library("rio", Limits::default()).expect("the rio library")
}

/// The analysis of the library with `typed` inserted before the first `  require ` of
/// `rio/c1.lex`, and the offset just after it.
fn typed(typed: &str) -> (Analysis, usize) {
    let mut ws = rio();
    let at = ws.file(FILE).unwrap().find("  require ").unwrap();
    ws.edit(FILE, at, at, typed).unwrap();
    (Analysis::new(&ws), at + typed.len())
}

fn completions(c: &mut Criterion) {
    let (analysis, offset) = typed("  require (treaties.crc.st");
    assert!(analysis.file(FILE).unwrap().ast.is_err());
    assert!(!completion(&analysis, FILE, offset).is_empty());
    c.bench_function("completion/path_half_typed", |b| {
        b.iter(|| black_box(completion(&analysis, FILE, offset)));
    });

    let (analysis, offset) = typed("  require ");
    assert!(completion(&analysis, FILE, offset).len() > 50);
    c.bench_function("completion/expression", |b| {
        b.iter(|| black_box(completion(&analysis, FILE, offset)));
    });

    let ws = rio();
    let text = ws.file("rio/rio.lex").unwrap();
    let offset = text.find("define ratified(t) = t.").unwrap() + "define ratified(t) = t.".len();
    let analysis = Analysis::new(&ws);
    assert!(!completion(&analysis, "rio/rio.lex", offset).is_empty());
    c.bench_function("completion/parameter_fields", |b| {
        b.iter(|| black_box(completion(&analysis, "rio/rio.lex", offset)));
    });
}

fn hovers(c: &mut Criterion) {
    let ws = rio();
    let analysis = Analysis::new(&ws);
    let text = ws.file(FILE).unwrap();
    let cases = [
        (
            "hover/fact_path",
            FILE,
            text.find("ratified(treaties.crc)").unwrap() + 19,
        ),
        (
            "hover/cite",
            FILE,
            text.find("cite \"C.1(a)-1\"").unwrap() + 7,
        ),
        (
            "hover/obligation",
            "rio/c1_test.lex",
            ws.file("rio/c1_test.lex")
                .unwrap()
                .find("expect ratify_crc")
                .unwrap()
                + 9,
        ),
    ];
    for (name, file, offset) in cases {
        assert!(hover(&analysis, file, offset).is_some(), "{name}");
        c.bench_function(name, |b| {
            b.iter(|| black_box(hover(&analysis, file, offset)))
        });
    }
}

criterion_group!(benches, completions, hovers);
criterion_main!(benches);
