//! Diagnostics of every file: compile errors and warnings, and lints.

use std::collections::BTreeMap;

use lexpact_core::lint::{self, Finding};
use lexpact_core::{Diagnostic, RuleSet, Severity, Source, library};

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
    if let Some(rules) = analysis.rules() {
        all.extend(lints(analysis, rules).iter().map(from_lint));
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
fn lints(analysis: &Analysis, rules: &RuleSet) -> Vec<Finding> {
    let rule_files: Vec<Source> = analysis
        .files()
        .iter()
        .filter(|f| !library::is_test_file(&f.name))
        .map(|f| Source::new(f.name.clone(), f.text.clone()))
        .collect();
    lint::lint_rules(&rule_files, rules, analysis.limits()).unwrap_or_default()
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
