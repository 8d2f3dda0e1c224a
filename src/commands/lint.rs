//! `lexpact lint`: the lints of a rule set (a bundled library, rule files, or both), as
//! diagnostics on standard error with a summary line on standard output, or as one JSON
//! document (`lexpact/lint/v1`). Exit codes as `check`: 2 when the rules do not compile, 1 with
//! `--deny warnings` when a warning remains, 0 otherwise.

use lexpact_core::lint::{self, Finding, Level};
use serde_json::json;

use super::known_sources;
use crate::cli::{Deny, LintArgs, LintFormat};
use crate::diagnostics::{emit, emit_findings};
use crate::load::{self, BAD_INPUT};

pub fn run(args: &LintArgs) -> u8 {
    let findings = match findings(args) {
        Ok(found) => found,
        Err(d) => {
            emit(&d.0, &known_sources(&args.rules));
            return BAD_INPUT;
        }
    };
    let warnings = findings
        .iter()
        .filter(|f| f.lint.level == Level::Warning)
        .count();
    let notes = findings.len() - warnings;
    match args.format {
        LintFormat::Text => {
            emit_findings(&findings, &known_sources(&args.rules));
            println!("{}", summary(warnings, notes));
        }
        LintFormat::Json => println!("{}", to_json(&findings, warnings, notes)),
    }
    if args.deny == Some(Deny::Warnings) && warnings > 0 {
        1
    } else {
        0
    }
}

fn findings(args: &LintArgs) -> Result<Vec<Finding>, lexpact_core::Diagnostics> {
    let limits = args.rules.limits.limits()?;
    let sources = load::rule_sources_within(&args.rules.rules, limits.max_source_bytes)?;
    let loader = load::file_loader(limits.max_source_bytes);
    match &args.rules.library {
        Some(name) => lint::lint_library(name, &sources, &loader, &limits),
        // No files: the rule set's own error (`E0213`), as `check` gives it.
        None if sources.is_empty() => load::rule_set(&args.rules).map(|_| Vec::new()),
        None => lint::lint(&sources, &loader, &limits),
    }
}

fn summary(warnings: usize, notes: usize) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    format!("{}, {}", plural(warnings, "warning"), plural(notes, "note"))
}

fn to_json(findings: &[Finding], warnings: usize, notes: usize) -> String {
    let list: Vec<serde_json::Value> = findings
        .iter()
        .map(|f| {
            let d = &f.diagnostic;
            let mut item = json!({
                "code": f.lint.code,
                "name": f.lint.name,
                "level": f.lint.level.name(),
                "message": d.message,
                "file": d.file,
                "line": d.line,
                "column": d.column,
                "span": {"start": d.span.start, "end": d.span.end},
            });
            if let (Some(help), Some(map)) = (&d.help, item.as_object_mut()) {
                map.insert("help".to_string(), json!(help));
            }
            item
        })
        .collect();
    let doc = json!({
        "format": "lexpact/lint/v1",
        "findings": list,
        "warnings": warnings,
        "notes": notes,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}
