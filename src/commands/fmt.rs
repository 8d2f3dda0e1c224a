//! `lexpact fmt`: format rule files in place, or check that they are formatted.

use std::fs;

use lexpact_core::{Diagnostic, Source};
use lexpact_grammar::format_source;

use crate::cli::FmtArgs;
use crate::diagnostics::emit;
use crate::load::{BAD_INPUT, rule_sources};

pub fn run(args: &FmtArgs) -> u8 {
    let sources = match rule_sources(&args.paths) {
        Ok(s) => s,
        Err(d) => {
            emit(&d.0, &[]);
            return BAD_INPUT;
        }
    };
    let mut bad_input = false;
    let mut unformatted = 0usize;
    for source in &sources {
        let formatted = match format_source(&source.text) {
            Ok(f) => f,
            Err(e) => {
                emit(
                    &[Diagnostic::from_syntax(&e, &source.name, &source.text)],
                    std::slice::from_ref::<Source>(source),
                );
                bad_input = true;
                continue;
            }
        };
        if formatted == source.text {
            continue;
        }
        if args.check {
            println!("not formatted: {}", source.name);
            unformatted += 1;
        } else if let Err(e) = fs::write(&source.name, formatted) {
            eprintln!("error: cannot write {}: {e}", source.name);
            bad_input = true;
        } else {
            println!("formatted {}", source.name);
        }
    }
    if bad_input {
        BAD_INPUT
    } else if unformatted > 0 {
        1
    } else {
        0
    }
}
