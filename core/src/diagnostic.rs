//! Structured diagnostics: what a checker, loader or evaluator says about an input, located
//! by file, line, column and byte span, with a stable code and an optional hint.

use lexpact_grammar::{Span, SyntaxError, line_col};
use serde::{Deserialize, Serialize};

/// Whether a diagnostic stops the operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The input is refused: no rule set, report or formatted text comes out.
    Error,
    /// Worth fixing, but the operation goes on (e.g. a rule set that names no schema).
    Warning,
}

/// One thing a checker, loader or evaluator says about an input: its code, message and place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct Diagnostic {
    /// An error or a warning.
    pub severity: Severity,
    /// A stable code, e.g. `E0201`; listed in `docs/language.md`.
    pub code: String,
    /// What is wrong, in words, without the place (that is in `file`, `line` and `column`).
    pub message: String,
    /// The name of the source the span points into (a rule file, schema or profile).
    pub file: String,
    /// 1-based line, 0 when the diagnostic has no position.
    pub line: usize,
    /// 1-based column in characters, 0 when the diagnostic has no position.
    pub column: usize,
    /// Byte range in the file, for editors that underline.
    pub span: DiagnosticSpan,
    /// A hint at a fix, such as "did you mean …?"; absent when there is none.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub help: Option<String>,
}

/// A byte range of a source text, end excluded; `0..0` when the diagnostic gives none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct DiagnosticSpan {
    /// The byte offset of the first byte.
    pub start: usize,
    /// The byte offset just past the last byte.
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

    /// The diagnostic of a syntax error of the grammar in `source` (named `file`), with its code,
    /// span and hint.
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

    /// This diagnostic with a hint at a fix.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Whether it is an error (rather than a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The diagnostics of a failed operation; holds at least one error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[error("{}", summary(.0))]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// The diagnostics of an operation that failed for one reason.
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
    /// A path the profile schema does not have (with "did you mean …?").
    pub const UNKNOWN_PATH: &str = "E0201";
    /// A definition or function that does not exist (with "did you mean …?").
    pub const UNKNOWN_NAME: &str = "E0202";
    /// An expression of the wrong type for where it stands.
    pub const TYPE_MISMATCH: &str = "E0203";
    /// A definition or function called with the wrong number of arguments.
    pub const ARITY: &str = "E0204";
    /// An obligation id, definition or test name declared twice, or a second `ruleset` declaration.
    pub const DUPLICATE: &str = "E0205";
    /// Definitions that use each other in a cycle.
    pub const CYCLE: &str = "E0206";
    /// A required clause missing, or a clause given twice, in an obligation or test.
    pub const CLAUSE: &str = "E0207";
    /// A literal that means nothing: a date that does not exist, a verdict or status that does not
    /// exist.
    pub const BAD_LITERAL: &str = "E0208";
    /// A schema problem: not found, not valid JSON, an unsupported form, or files naming different
    /// schemas.
    pub const SCHEMA: &str = "E0209";
    /// A test expects a verdict of an obligation the rule set does not have.
    pub const UNKNOWN_OBLIGATION: &str = "E0210";
    /// A name bound twice: a parameter or quantifier variable shadowing another.
    pub const SHADOWED: &str = "E0211";
    /// A rule set over a limit: `max_files`, `max_obligations`, `max_expanded_nodes` or
    /// `max_expanded_depth`.
    pub const TOO_LARGE: &str = "E0212";
    /// No rule files were given.
    pub const NO_RULES: &str = "E0213";
    /// An `indicator` that is not `SCHEME:ID`, or named twice in one obligation.
    pub const INDICATOR: &str = "E0214";
    /// An `amended` passage that is empty, quoted twice, or that the obligation's `text` does not
    /// contain.
    pub const AMENDED: &str = "E0215";
    /// A file could not be read (missing, not UTF-8).
    pub const IO: &str = "E0300";
    /// Profile input: not JSON/YAML, or not what the schema allows.
    pub const PROFILE_SYNTAX: &str = "E0301";
    /// A profile that does not fit the schema (a wrong type, a field not allowed, a required field
    /// missing), named by its JSON pointer.
    pub const PROFILE_SHAPE: &str = "E0302";
    /// A profile over a limit: `max_source_bytes`, `max_depth` or `max_list_len`.
    pub const PROFILE_LIMIT: &str = "E0303";
    /// No evaluation date: neither the caller nor the profile gives an `as_of`, or the profile's is
    /// not a date.
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
    /// Reserved for an exception that is not used; no check gives it yet (an exception a profile
    /// invokes in vain is a warning of the report).
    pub const UNUSED_EXCEPTION: &str = "W0102";
}
