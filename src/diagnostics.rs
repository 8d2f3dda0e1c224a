//! Prints diagnostics on standard error: with a caret snippet of the source where the
//! source is known (cut around the caret on a long line: `crate::excerpt`), as a
//! `file:line:col` line otherwise. Standard error is written through one buffer, flushed once.

use std::io::{IsTerminal, Write};

use codespan_reporting::diagnostic::{Diagnostic as Report, Label, Severity as Level};
use codespan_reporting::term::{
    self, Config,
    termcolor::{BufferedStandardStream, ColorChoice},
};
use lexpact_core::{Diagnostic, Severity, Source};

use crate::excerpt::Excerpt;

/// Whether output to this stream may be coloured: a terminal, and `NO_COLOR` unset.
pub fn colour_allowed(is_terminal: bool) -> bool {
    is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

pub fn emit(diagnostics: &[Diagnostic], sources: &[Source]) {
    emit_levelled(
        diagnostics.iter().map(|d| {
            let level = match d.severity {
                Severity::Error => Level::Error,
                Severity::Warning => Level::Warning,
            };
            (d, level)
        }),
        sources,
    );
}

/// Lint findings: warnings, and information as notes.
pub fn emit_findings(findings: &[lexpact_core::lint::Finding], sources: &[Source]) {
    emit_levelled(
        findings.iter().map(|f| {
            let level = match f.lint.level {
                lexpact_core::lint::Level::Warning => Level::Warning,
                lexpact_core::lint::Level::Info => Level::Note,
            };
            (&f.diagnostic, level)
        }),
        sources,
    );
}

fn emit_levelled<'d>(
    diagnostics: impl Iterator<Item = (&'d Diagnostic, Level)>,
    sources: &[Source],
) {
    let choice = if colour_allowed(std::io::stderr().is_terminal()) {
        ColorChoice::Auto
    } else {
        ColorChoice::Never
    };
    let mut writer = BufferedStandardStream::stderr(choice);
    let config = Config::default();
    for (d, level) in diagnostics {
        let source = sources.iter().find(|s| s.name == d.file);
        let mut report = Report::new(level).with_code(d.code.clone());
        let mut notes = Vec::new();
        if let Some(help) = &d.help {
            notes.push(format!("help: {help}"));
        }
        let emitted = match source {
            Some(source) if d.line > 0 => {
                let excerpt = Excerpt::new(&source.name, &source.text, d.span.start..d.span.end);
                report = report
                    .with_message(d.message.clone())
                    .with_labels(vec![Label::primary((), excerpt.label.clone())])
                    .with_notes(notes);
                term::emit(&mut writer, &config, &excerpt, &report)
            }
            _ => {
                let place = match (d.file.is_empty(), d.line) {
                    (true, _) => String::new(),
                    (false, 0) => format!("{}: ", d.file),
                    (false, line) => format!("{}:{}:{}: ", d.file, line, d.column),
                };
                report = report
                    .with_message(format!("{place}{}", d.message))
                    .with_notes(notes);
                let none = Excerpt::new("", "", 0..0);
                term::emit(&mut writer, &config, &none, &report)
            }
        };
        if emitted.is_err() {
            // Last resort, unbuffered: the buffered writer failed.
            eprintln!(
                "{}: {}:{}:{}: {}",
                d.code, d.file, d.line, d.column, d.message
            );
        }
    }
    // Nothing else can be told of a failing standard error.
    let _ = writer.flush();
}
