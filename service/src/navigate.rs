//! Go to definition and find references: definitions, parameters, quantifier items,
//! obligation ids, and the schema file a `schema` declaration names.

use crate::{Analysis, FileSpan};

/// Where the name at `offset` of `file` is declared.
pub fn definition(analysis: &Analysis, file: &str, offset: usize) -> Vec<FileSpan> {
    let _ = (analysis, file, offset);
    Vec::new()
}

/// Every use of the name at `offset` of `file`, across the workspace, with its declaration
/// when `include_declaration`.
pub fn references(
    analysis: &Analysis,
    file: &str,
    offset: usize,
    include_declaration: bool,
) -> Vec<FileSpan> {
    let _ = (analysis, file, offset, include_declaration);
    Vec::new()
}
