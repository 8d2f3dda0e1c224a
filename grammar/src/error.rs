//! Syntax errors: what the parser can say about a source before any meaning is given to it.

use crate::span::Span;

/// A syntax error with a stable code, a message, the span it points at and an optional hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// The stable code (`codes`), such as `E0001`.
    pub code: &'static str,
    /// What is wrong, in words.
    pub message: String,
    /// Where in the source.
    pub span: Span,
    /// How to fix it, when a fix is likely.
    pub help: Option<String>,
}

impl SyntaxError {
    /// An error without a hint.
    pub fn new(code: &'static str, message: impl Into<String>, span: Span) -> Self {
        SyntaxError {
            code,
            message: message.into(),
            span,
            help: None,
        }
    }

    /// The error with a hint.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// E0002 at `span`: nesting deeper than `max_depth`.
pub(crate) fn too_deep(span: Span, max_depth: usize) -> SyntaxError {
    SyntaxError::new(
        codes::TOO_DEEP,
        format!("nesting is deeper than the limit of {max_depth} levels (max_depth)"),
        span,
    )
    .with_help("split the condition into named definitions (`define name = ...`)")
}

/// Codes of the syntax layer. The checker's codes live in `lexpact-core`.
pub mod codes {
    /// The text does not follow the grammar.
    pub const SYNTAX: &str = "E0001";
    /// Brackets or quantifiers nest deeper than the limit.
    pub const TOO_DEEP: &str = "E0002";
    /// The source is larger than the limit.
    pub const TOO_LARGE: &str = "E0003";
    /// A string literal holds an escape the language does not know.
    pub const BAD_ESCAPE: &str = "E0004";
    /// A construct is incomplete in a way the grammar allows but the language does not.
    pub const INCOMPLETE: &str = "E0005";
}
