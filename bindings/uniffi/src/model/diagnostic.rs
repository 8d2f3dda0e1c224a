//! What the checker, a loader or the evaluator says about an input.

use lexpact_core::diagnostic;

use super::count;

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Severity {
    Error,
    Warning,
}

impl From<diagnostic::Severity> for Severity {
    fn from(s: diagnostic::Severity) -> Self {
        match s {
            diagnostic::Severity::Error => Severity::Error,
            diagnostic::Severity::Warning => Severity::Warning,
        }
    }
}

/// What the checker, a loader or the evaluator says about an input. Its text (`toString()`,
/// `str()`, `description`) is one line: `file:line:column: severity code: message`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
#[uniffi::export(Debug, Display)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable code, e.g. `E0201` (see `docs/language.md`).
    pub code: String,
    pub message: String,
    /// The name of the source the position points into.
    pub file: String,
    /// 1-based line, 0 when the diagnostic has no position.
    pub line: u64,
    /// 1-based column in characters, 0 when the diagnostic has no position.
    pub column: u64,
    /// Byte range in the file, for editors that underline.
    pub span_start: u64,
    pub span_end: u64,
    pub help: Option<String>,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match (self.file.is_empty(), self.line) {
            (true, _) => write!(f, "{severity} {}: {}", self.code, self.message),
            (false, 0) => write!(
                f,
                "{}: {severity} {}: {}",
                self.file, self.code, self.message
            ),
            (false, line) => write!(
                f,
                "{}:{line}:{}: {severity} {}: {}",
                self.file, self.column, self.code, self.message
            ),
        }
    }
}

impl From<diagnostic::Diagnostic> for Diagnostic {
    fn from(d: diagnostic::Diagnostic) -> Self {
        Diagnostic {
            severity: d.severity.into(),
            code: d.code,
            message: d.message,
            file: d.file,
            line: count(d.line),
            column: count(d.column),
            span_start: count(d.span.start),
            span_end: count(d.span.end),
            help: d.help,
        }
    }
}
