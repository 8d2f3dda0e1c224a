//! `lexpact validate PROFILE...`: whole profiles against the rule set's schema, without
//! evaluating them (`RuleSet::validate`). An evaluation checks only what its rules read; this
//! is the check for people who write profiles.

use std::io::{BufWriter, Write};

use lexpact_core::{Diagnostic, ProfileInput};
use serde_json::json;

use crate::cli::{ValidateArgs, ValidateFormat};
use crate::diagnostics::emit;
use crate::load::BAD_INPUT;

pub fn run(args: &ValidateArgs) -> u8 {
    let mut rule_args = args.rules.clone();
    if rule_args.library.is_none() && rule_args.rules.is_empty() {
        // A profile is written for the bundled library's schema unless rules say otherwise.
        rule_args.library = Some("rio".to_string());
    }
    let (rules, _) = match super::rules_and_date(&rule_args, None) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let limit = rules.limits().max_source_bytes;
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut invalid = false;
    for name in &args.profiles {
        let problems: Vec<Diagnostic> = match super::questions::read_profile(name, limit)
            .and_then(|text| rules.validate(ProfileInput::text(name, &text)))
        {
            Ok(()) => Vec::new(),
            Err(d) => d.0,
        };
        invalid |= !problems.is_empty();
        let written = match args.format {
            ValidateFormat::Json => {
                let line = json!({
                    "profile": name,
                    "valid": problems.is_empty(),
                    "diagnostics": problems,
                });
                writeln!(out, "{line}")
            }
            ValidateFormat::Text if problems.is_empty() => writeln!(out, "{name}: valid"),
            ValidateFormat::Text => {
                // Diagnostics go to standard error, after what was printed before them.
                let flushed = out.flush();
                emit(&problems, &[]);
                flushed
            }
        };
        match written {
            // A closed pipe (`| head`) is the reader's choice, not an error.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return 0,
            Err(e) => {
                eprintln!("error: cannot write the result: {e}");
                return BAD_INPUT;
            }
            Ok(()) => {}
        }
    }
    if out.flush().is_err() {
        return BAD_INPUT;
    }
    if invalid { BAD_INPUT } else { 0 }
}
