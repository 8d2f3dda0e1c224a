//! The syntax of the Lexpact rule language: the pest grammar (`lexpact.pest`), the typed AST
//! with byte spans, the parser and the formatter. Meaning (names, types, evaluation) lives in
//! `lexpact-core`.
//!
//! Invariants:
//! - `parse` never panics and never recurses deeper than `ParseOptions::max_depth` levels
//!   of the source's nesting: a linear pre-scan refuses deeper input first.
//! - Every AST node's span lies inside the source it was parsed from.

pub mod ast;
pub mod error;
mod parser;
pub mod print;
mod scan;
pub mod span;

pub use error::SyntaxError;
pub use parser::{ParseOptions, parse, parse_expr, parse_with};
pub use span::{Span, line_col};
