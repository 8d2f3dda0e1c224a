//! Rename a definition, parameter, quantifier item or obligation id everywhere it is used.

use crate::{Analysis, FileSpan, TextEdit};

/// The name at `offset` that can be renamed, if there is one.
pub fn prepare_rename(analysis: &Analysis, file: &str, offset: usize) -> Option<FileSpan> {
    let _ = (analysis, file, offset);
    None
}

/// The edits that rename the name at `offset` to `new_name` everywhere, or why not (not a
/// name, not a valid identifier, a clash with another declaration).
pub fn rename(
    analysis: &Analysis,
    file: &str,
    offset: usize,
    new_name: &str,
) -> Result<Vec<TextEdit>, String> {
    let _ = (analysis, file, offset, new_name);
    Ok(Vec::new())
}
