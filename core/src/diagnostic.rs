//! Structured diagnostics: what a checker, loader or evaluator says about an input, located
//! by file, line, column and byte span, with a stable code and an optional hint.

use lexpact_grammar::{Span, SyntaxError, line_col};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable code, e.g. `E0201`; listed in `docs/language.md`.
    pub code: String,
    pub message: String,
    /// The name of the source the span points into (a rule file, schema or profile).
    pub file: String,
    /// 1-based line, 0 when the diagnostic has no position.
    pub line: usize,
    /// 1-based column in characters, 0 when the diagnostic has no position.
    pub column: usize,
    /// Byte range in the file, for editors that underline.
    pub span: DiagnosticSpan,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub help: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct DiagnosticSpan {
    pub start: usize,
    pub end: usize,
}

impl Diagnostic {
    /// A diagnostic at `span` of `source` (named `file`).
    pub fn at(
        severity: Severity,
        code: &str,
        message: impl Into<String>,
        file: &str,
        source: &str,
        span: Span,
    ) -> Self {
        let (line, column) = line_col(source, span.start);
        Diagnostic {
            severity,
            code: code.to_string(),
            message: message.into(),
            file: file.to_string(),
            line,
            column,
            span: DiagnosticSpan {
                start: span.start,
                end: span.end,
            },
            help: None,
        }
    }

    /// A diagnostic about a whole input, without a position.
    pub fn general(severity: Severity, code: &str, message: impl Into<String>, file: &str) -> Self {
        Diagnostic {
            severity,
            code: code.to_string(),
            message: message.into(),
            file: file.to_string(),
            line: 0,
            column: 0,
            span: DiagnosticSpan::default(),
            help: None,
        }
    }

    /// A diagnostic at a known line and column (for inputs parsed by other crates).
    pub fn at_line(
        code: &str,
        message: impl Into<String>,
        file: &str,
        line: usize,
        column: usize,
    ) -> Self {
        let mut d = Diagnostic::general(Severity::Error, code, message, file);
        d.line = line;
        d.column = column;
        d
    }

    pub fn from_syntax(error: &SyntaxError, file: &str, source: &str) -> Self {
        let mut d = Diagnostic::at(
            Severity::Error,
            error.code,
            error.message.clone(),
            file,
            source,
            error.span,
        );
        d.help = error.help.clone();
        d
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The diagnostics of a failed operation; holds at least one error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[error("{}", summary(.0))]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn single(d: Diagnostic) -> Self {
        Diagnostics(vec![d])
    }
}

fn summary(list: &[Diagnostic]) -> String {
    match list.first() {
        Some(d) if d.line > 0 => format!(
            "{}:{}:{}: {}: {}",
            d.file, d.line, d.column, d.code, d.message
        ),
        Some(d) if d.file.is_empty() => format!("{}: {}", d.code, d.message),
        Some(d) => format!("{}: {}: {}", d.file, d.code, d.message),
        None => "no diagnostics".to_string(),
    }
}

/// Error codes of the core. Syntax codes (`E0001`…) come from `lexpact-grammar`.
pub mod codes {
    pub const UNKNOWN_PATH: &str = "E0201";
    pub const UNKNOWN_NAME: &str = "E0202";
    pub const TYPE_MISMATCH: &str = "E0203";
    pub const ARITY: &str = "E0204";
    pub const DUPLICATE: &str = "E0205";
    pub const CYCLE: &str = "E0206";
    pub const CLAUSE: &str = "E0207";
    pub const BAD_LITERAL: &str = "E0208";
    pub const SCHEMA: &str = "E0209";
    pub const UNKNOWN_OBLIGATION: &str = "E0210";
    pub const SHADOWED: &str = "E0211";
    pub const TOO_LARGE: &str = "E0212";
    pub const NO_RULES: &str = "E0213";
    /// A file could not be read (missing, not UTF-8).
    pub const IO: &str = "E0300";
    /// Profile input: not JSON/YAML, or not what the schema allows.
    pub const PROFILE_SYNTAX: &str = "E0301";
    pub const PROFILE_SHAPE: &str = "E0302";
    pub const PROFILE_LIMIT: &str = "E0303";
    pub const NO_AS_OF: &str = "E0304";
    /// Evaluating a profile took more steps than `max_evaluation_steps`.
    pub const EVALUATION_LIMIT: &str = "E0305";
    /// An argument that is not what a call takes: a wrong type, an unknown option or
    /// `detail`, a limit that does not exist or is out of range (`boundary`).
    pub const ARGUMENT: &str = "E0306";
    /// A bug in Lexpact caught at a binding's boundary (a panic turned into an error).
    pub const INTERNAL: &str = "E0900";
    /// Warnings.
    pub const NO_SCHEMA: &str = "W0101";
    pub const UNUSED_EXCEPTION: &str = "W0102";
}
