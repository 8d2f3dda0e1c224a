//! Prints diagnostics on standard error: with a caret snippet of the source where the
//! source is known, as a `file:line:col` line otherwise.

use std::io::IsTerminal;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label, Severity as Level};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{
    self, Config,
    termcolor::{ColorChoice, StandardStream},
};
use lexpact_core::{Diagnostic, Severity, Source};

/// Whether output to this stream may be coloured: a terminal, and `NO_COLOR` unset.
pub fn colour_allowed(is_terminal: bool) -> bool {
    is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

pub fn emit(diagnostics: &[Diagnostic], sources: &[Source]) {
    let choice = if colour_allowed(std::io::stderr().is_terminal()) {
        ColorChoice::Auto
    } else {
        ColorChoice::Never
    };
    let writer = StandardStream::stderr(choice);
    let config = Config::default();
    let mut files = SimpleFiles::new();
    let ids: Vec<(&str, usize)> = sources
        .iter()
        .map(|s| (s.name.as_str(), files.add(s.name.as_str(), s.text.as_str())))
        .collect();
    for d in diagnostics {
        let level = match d.severity {
            Severity::Error => Level::Error,
            Severity::Warning => Level::Warning,
        };
        let file_id = ids
            .iter()
            .find(|(name, _)| *name == d.file)
            .map(|(_, id)| *id);
        let mut report = Report::new(level).with_code(d.code.clone());
        let mut notes = Vec::new();
        match file_id {
            Some(id) if d.line > 0 => {
                report = report
                    .with_message(d.message.clone())
                    .with_labels(vec![Label::primary(
                        id,
                        d.span.start..d.span.end.max(d.span.start),
                    )]);
            }
            _ => {
                let place = match (d.file.is_empty(), d.line) {
                    (true, _) => String::new(),
                    (false, 0) => format!("{}: ", d.file),
                    (false, line) => format!("{}:{}:{}: ", d.file, line, d.column),
                };
                report = report.with_message(format!("{place}{}", d.message));
            }
        }
        if let Some(help) = &d.help {
            notes.push(format!("help: {help}"));
        }
        report = report.with_notes(notes);
        if term::emit(&mut writer.lock(), &config, &files, &report).is_err() {
            eprintln!(
                "{}: {}:{}:{}: {}",
                d.code, d.file, d.line, d.column, d.message
            );
        }
    }
}
