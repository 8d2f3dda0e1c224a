//! `lexpact fmt`: format rule files in place, or check that they are formatted, under the same
//! limits (`--limit`) as the commands that compile them.

use std::fs;

use lexpact_core::{Source, format_rules};

use crate::cli::FmtArgs;
use crate::diagnostics::emit;
use crate::load::{BAD_INPUT, rule_sources_within};

pub fn run(args: &FmtArgs) -> u8 {
    let limits = match args.limits.limits() {
        Ok(limits) => limits,
        Err(d) => {
            emit(&d.0, &[]);
            return BAD_INPUT;
        }
    };
    let sources = match rule_sources_within(&args.paths, limits.max_source_bytes) {
        Ok(s) => s,
        Err(d) => {
            emit(&d.0, &[]);
            return BAD_INPUT;
        }
    };
    let mut bad_input = false;
    let mut unformatted = 0usize;
    for source in &sources {
        let formatted = match format_rules(&source.name, &source.text, &limits) {
            Ok(f) => f,
            Err(d) => {
                emit(&d.0, std::slice::from_ref::<Source>(source));
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
