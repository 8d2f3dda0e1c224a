//! The language service of Lexpact: what an editor asks about a set of rule files (diagnostics,
//! hover, completion, navigation, edits), answered by pure functions over a `Workspace` and a
//! position. Nothing here reads a file, a clock or a socket: the language server (`lexpact
//! lsp`) and the browser playground hand the files over and turn the answers into their own
//! protocol.
//!
//! Positions are byte offsets into a file's text; `LineIndex` converts them to and from lines
//! and UTF-16 or UTF-8 columns, as a client asks.
//!
//! Invariants:
//! - No function panics or loops on any input, half-typed files included; all work is bounded
//!   by the workspace's `Limits`, as compiling and evaluating are.
//! - An `Analysis` is a snapshot: it answers for the files as they were when it was made.

#![warn(missing_docs)]

mod analysis;
mod line_index;
mod offsets;
mod types;
mod workspace;

mod locate;

mod diagnostics;
mod folding;
mod formatting;
mod navigate;
mod rename;
mod symbols;
mod tokens;

mod cursor;
mod declared;
mod facts;
mod knowledge;
mod resolve;
mod scan;

mod actions;
mod completion;
mod hints;
mod hover;

mod profile_text;

pub use analysis::{Analysis, ParsedFile};
pub use line_index::{Encoding, LineCol, LineIndex};
pub use offsets::{Reposition, Utf16Offsets, WorkspaceOffsets};
pub use types::*;
pub use workspace::Workspace;

pub use actions::code_actions;
pub use completion::completion;
pub use diagnostics::diagnostics;
pub use folding::folding_ranges;
pub use formatting::format;
pub use hints::{RUN_TESTS, code_lenses, inlay_hints, run_tests};
pub use hover::hover;
pub use navigate::{definition, references};
pub use profile_text::{profile_completion, profile_diagnostics, profile_hover};
pub use rename::{prepare_rename, rename};
pub use symbols::{document_symbols, workspace_symbols};
pub use tokens::semantic_tokens;
