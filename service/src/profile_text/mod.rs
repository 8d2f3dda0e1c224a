//! A legal profile's text in an editor: its diagnostics against the rule set's schema, placed
//! at the key or value they are about; completion of the keys and values the schema and the
//! profile format allow at the cursor; hover with the schema's description and the obligations
//! that read a fact. JSON profiles answer all three, YAML profiles diagnostics only.
//!
//! The profile is the workspace's chosen one (`Workspace::set_profile`) or a file of the
//! workspace, by name. Offsets are bytes of its text, as for rule files.

mod complete;
mod cursor;
mod diagnostics;
mod hover;
mod spot;
mod tree;

use crate::{Analysis, Completion, EditorDiagnostic, Hover};

/// The text of the profile `name`: the chosen profile when it has that name, else the
/// workspace's file.
fn text<'a>(analysis: &'a Analysis, name: &str) -> Option<&'a str> {
    let workspace = analysis.workspace();
    match workspace.profile() {
        Some(profile) if profile.name == name => Some(profile.text.as_str()),
        _ => workspace.file(name),
    }
}

/// Whether the profile is read as YAML, as the core reads it: by its name, or by text that
/// does not open with `{` or `[`.
fn is_yaml(name: &str, text: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".yaml")
        || lower.ends_with(".yml")
        || !matches!(
            text.trim_start_matches('\u{feff}')
                .trim_start()
                .chars()
                .next(),
            Some('{' | '[') | None
        )
}

/// The problems of the profile `name`: syntax, the schema's types, allowed values and dates,
/// unknown keys (with a did-you-mean), limits, a missing `as_of`, exceptions for obligations
/// the rules lack. Empty when there is no such profile.
pub fn profile_diagnostics(analysis: &Analysis, name: &str) -> Vec<EditorDiagnostic> {
    match text(analysis, name) {
        Some(text) => diagnostics::diagnostics(analysis, name, text),
        None => Vec::new(),
    }
}

/// The completions at byte `offset` of the JSON profile `name`.
pub fn profile_completion(analysis: &Analysis, name: &str, offset: usize) -> Vec<Completion> {
    let Some(text) = text(analysis, name).filter(|t| !is_yaml(name, t)) else {
        return Vec::new();
    };
    match cursor::at(text, offset) {
        Some(at) => complete::completion(analysis, text, &at, offset),
        None => Vec::new(),
    }
}

/// What hovering at byte `offset` of the JSON profile `name` shows.
pub fn profile_hover(analysis: &Analysis, name: &str, offset: usize) -> Option<Hover> {
    let text = text(analysis, name).filter(|t| !is_yaml(name, t))?;
    hover::hover(analysis, text, offset)
}
