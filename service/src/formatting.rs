//! The canonical layout of a file, as edits.

use lexpact_core::Diagnostics;

use crate::{Analysis, TextEdit};

/// The edits that give `file` its canonical layout (none when it has it already), or the
/// syntax error that stops formatting. The edit replaces only the region that changes, so
/// that an editor keeps its cursor and folds elsewhere.
pub fn format(analysis: &Analysis, file: &str) -> Result<Vec<TextEdit>, Diagnostics> {
    let Some(parsed) = analysis.file(file) else {
        return Ok(Vec::new());
    };
    let old = parsed.text.as_str();
    let new = lexpact_core::format_rules(file, old, analysis.limits())?;
    if new == old {
        return Ok(Vec::new());
    }
    let prefix = common_prefix(old, &new);
    let suffix = common_suffix(
        old.get(prefix..).unwrap_or_default(),
        new.get(prefix..).unwrap_or_default(),
    );
    Ok(vec![TextEdit {
        file: file.to_string(),
        start: prefix,
        end: old.len() - suffix,
        new_text: new
            .get(prefix..new.len() - suffix)
            .unwrap_or_default()
            .to_string(),
    }])
}

/// The length in bytes of the longest common prefix, on a character boundary of both.
fn common_prefix(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i)
}

/// The length in bytes of the longest common suffix, on a character boundary of both.
fn common_suffix(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(c, _)| c.len_utf8())
        .sum()
}
