//! The syntax of the Lexpact rule language: the grammar (written down in `GRAMMAR.md`), the
//! lexer and the recursive-descent parser that follow it, the typed AST with byte spans, and
//! the formatter. Meaning (names, types, evaluation) lives in `lexpact-core`.
//!
//! Invariants:
//! - `parse` never panics. Its recursion is bounded by `ParseOptions::max_depth`: the lexer
//!   counts the nesting of brackets and quantifiers on every token and refuses deeper input
//!   (E0002), and the parser counts its own recursion as well. A level takes about 1 KiB of
//!   stack in a release build and under 3 KiB in a debug build: the deepest input the core
//!   allows (64 levels) parses on a 256 KiB stack (`tests/stack.rs`).
//! - Every AST node's span lies inside the source it was parsed from and ends at the node's
//!   last token (never on the white space or comments after it).
//! - Lexing allocates nothing per token; the parser allocates only what the AST holds.
//! - `format_source` keeps every comment and the meaning, and is idempotent.

#![warn(missing_docs)]
// No function over 100 lines (the threshold is in the workspace's `clippy.toml`).
#![deny(clippy::too_many_lines)]

pub mod ast;
pub mod error;
mod format;
mod lexer;
mod nesting;
mod parser;
pub mod print;
pub mod span;
pub mod suggest;
mod tokens;

pub use error::SyntaxError;
pub use format::{format_source, format_source_with};
pub use parser::{ParseOptions, parse, parse_expr, parse_with};
pub use span::{Span, line_col};
pub use tokens::{TokenClass, tokens};
