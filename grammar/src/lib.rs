//! The syntax of the Lexpact rule language: the pest grammar (`lexpact.pest`), the typed AST
//! with byte spans, the parser and the formatter. Meaning (names, types, evaluation) lives in
//! `lexpact-core`.
//!
//! Invariants:
//! - `parse` never panics and never recurses deeper than `ParseOptions::max_depth` levels
//!   of the source's nesting: a linear pre-scan refuses deeper input first.
//! - Every AST node's span lies inside the source it was parsed from and ends at the node's
//!   last token (never on the white space or comments after it).
//! - `format_source` keeps every comment and the meaning, and is idempotent.

pub mod ast;
pub mod error;
mod format;
mod parser;
pub mod print;
mod scan;
pub mod span;

pub use error::SyntaxError;
pub use format::format_source;
pub use parser::{ParseOptions, parse, parse_expr, parse_with};
pub use span::{Span, line_col};
