//! Diagnostics of every file: compile errors and warnings, and lints.

use std::collections::BTreeMap;

use lexpact_core::lint::{self, Finding};
use lexpact_core::source::FileSet;
use lexpact_core::{Diagnostic, Severity, library};

use crate::{Analysis, EditorDiagnostic, FileDiagnostics, Level};

/// The diagnostics of every rule file of the analysis (a file with none is listed, empty, so
/// that an editor clears what it showed before).
pub fn diagnostics(analysis: &Analysis) -> Vec<FileDiagnostics> {
    let mut by_file: BTreeMap<String, Vec<EditorDiagnostic>> = analysis
        .files()
        .iter()
        .map(|f| (f.name.clone(), Vec::new()))
        .collect();
    let compiled: &[Diagnostic] = match analysis.compiled() {
        Ok(rules) => rules.warnings(),
        Err(errors) => &errors.0,
    };
    let mut all: Vec<EditorDiagnostic> = compiled.iter().map(from_core).collect();
    if analysis.rules().is_some() {
        all.extend(lints(analysis).iter().map(from_lint));
    }
    // Each file is parsed on its own: every file with a syntax error shows it, not only the
    // first one compiling stops at.
    for file in analysis.files() {
        if let Err(error) = &file.ast {
            all.push(from_core(&Diagnostic::from_syntax(
                error, &file.name, &file.text,
            )));
        }
    }
    for d in all {
        let list = by_file.entry(d.diagnostic.file.clone()).or_default();
        if !list.contains(&d) {
            list.push(d);
        }
    }
    by_file
        .into_iter()
        .map(|(file, mut diagnostics)| {
            diagnostics.sort_by(|a, b| {
                let key = |d: &EditorDiagnostic| {
                    (
                        d.diagnostic.span.start,
                        d.diagnostic.span.end,
                        d.level as u8,
                    )
                };
                key(a)
                    .cmp(&key(b))
                    .then_with(|| a.diagnostic.code.cmp(&b.diagnostic.code))
                    .then_with(|| a.diagnostic.message.cmp(&b.diagnostic.message))
            });
            FileDiagnostics { file, diagnostics }
        })
        .collect()
}

/// The lints' findings on the rule files (tests left out, as `lexpact lint` does); none when
/// the files do not compile.
fn lints(analysis: &Analysis) -> Vec<Finding> {
    let sources = analysis.workspace().sources();
    let rule_files: Vec<_> = sources
        .iter()
        .filter(|s| s.name.ends_with(".lex") && !library::is_test_file(&s.name))
        .cloned()
        .collect();
    lint::lint(&rule_files, &FileSet(&sources), analysis.limits()).unwrap_or_default()
}

fn from_lint(finding: &Finding) -> EditorDiagnostic {
    EditorDiagnostic {
        level: match finding.lint.level {
            lint::Level::Warning => Level::Warning,
            lint::Level::Info => Level::Info,
        },
        diagnostic: finding.diagnostic.clone(),
        unnecessary: finding.lint.name == "unused-definition",
    }
}

fn from_core(d: &Diagnostic) -> EditorDiagnostic {
    EditorDiagnostic {
        level: match d.severity {
            Severity::Error => Level::Error,
            Severity::Warning => Level::Warning,
        },
        diagnostic: d.clone(),
        unnecessary: false,
    }
}
