//! A profile's diagnostics as an editor underlines them: what the core says when it reads the
//! text and checks it against the schema, each at the key or value it is about. The core names
//! a place by its JSON pointer at the head of the message; the text's tree turns it into bytes.

use lexpact_core::diagnostic::{Diagnostic, DiagnosticSpan, Severity, codes};
use lexpact_core::profile::{parse_profile_text_with, validate};
use lexpact_grammar::line_col;
use lexpact_grammar::suggest::closest;
use serde_json::Value as Json;

use super::tree::Tree;
use crate::{Analysis, EditorDiagnostic, Level};

/// Every problem of the profile `name` whose text is `text`, in order of position.
pub(crate) fn diagnostics(analysis: &Analysis, name: &str, text: &str) -> Vec<EditorDiagnostic> {
    let limits = analysis.limits();
    let mut found = Vec::new();
    if text.len() > limits.max_source_bytes {
        found.push(Diagnostic::general(
            Severity::Error,
            codes::PROFILE_LIMIT,
            format!(
                "the profile is {} bytes long, more than the limit of {} (max_source_bytes)",
                text.len(),
                limits.max_source_bytes
            ),
            name,
        ));
        return placed(text, None, found);
    }
    let doc = match parse_profile_text_with(name, text, limits) {
        Ok(doc) => doc,
        Err(refused) => {
            let tree = Tree::parse(text);
            let list = refused
                .0
                .into_iter()
                .map(|d| {
                    if d.line == 0 {
                        return d;
                    }
                    // serde_json counts columns in bytes, the others in characters.
                    let bytes = d.message.starts_with("not valid JSON");
                    let start = offset_of(text, d.line, d.column, bytes);
                    let (start, end) = token_span(text, start);
                    at(d, text, start, end)
                })
                .collect();
            return placed(text, tree.as_ref(), list);
        }
    };
    match analysis.schema() {
        Some(schema) => found.extend(validate(schema, &doc, name)),
        None if !doc.is_object() => found.push(Diagnostic::general(
            Severity::Error,
            codes::PROFILE_SHAPE,
            "a profile is a JSON object (`{ ... }`)",
            name,
        )),
        None => {}
    }
    if doc.is_object() && doc.get("as_of").is_none_or(Json::is_null) {
        found.push(
            Diagnostic::general(
                Severity::Warning,
                codes::NO_AS_OF,
                "/: no `as_of` date: checking the profile needs one, from here or from the caller",
                name,
            )
            .with_help("add \"as_of\": \"YYYY-MM-DD\", the day the profile describes"),
        );
    }
    found.extend(unknown_exceptions(analysis, &doc, name));
    let tree = Tree::parse(text);
    placed(text, tree.as_ref(), found)
}

/// A warning for each exception invoked for an obligation the rule set does not have.
fn unknown_exceptions(analysis: &Analysis, doc: &Json, name: &str) -> Vec<Diagnostic> {
    let (Some(rules), Some(invoked)) = (
        analysis.rules(),
        doc.get("exceptions").and_then(Json::as_object),
    ) else {
        return Vec::new();
    };
    let ids = || rules.obligations().iter().map(|ob| ob.id());
    invoked
        .keys()
        .filter(|key| !ids().any(|id| id == key.as_str()))
        .map(|key| {
            let mut d = Diagnostic::general(
                Severity::Warning,
                codes::PROFILE_SHAPE,
                format!(
                    "/exceptions/{}: no obligation of the rule set is called `{key}`: the exception is ignored",
                    key.replace('~', "~0").replace('/', "~1")
                ),
                name,
            );
            if let Some(id) = closest(key, ids()) {
                d.help = Some(format!("did you mean `{id}`?"));
            }
            d
        })
        .collect()
}

/// The diagnostics with their places in the text, sorted, as an editor shows them.
fn placed(text: &str, tree: Option<&Tree<'_>>, list: Vec<Diagnostic>) -> Vec<EditorDiagnostic> {
    let mut out: Vec<EditorDiagnostic> = list
        .into_iter()
        .map(|d| {
            let d = if d.line == 0 && d.span == DiagnosticSpan::default() {
                by_pointer(d, text, tree)
            } else {
                d
            };
            EditorDiagnostic {
                level: if d.is_error() {
                    Level::Error
                } else {
                    Level::Warning
                },
                diagnostic: d,
                unnecessary: false,
            }
        })
        .collect();
    out.sort_by_key(|d| (d.diagnostic.span.start, d.diagnostic.span.end));
    out
}

/// A diagnostic naming its place by a pointer at the head of its message, placed at that key
/// or value; on the first line when the text has no tree (YAML) or names no place.
fn by_pointer(mut d: Diagnostic, text: &str, tree: Option<&Tree<'_>>) -> Diagnostic {
    if d.help.is_none()
        && let Some(i) = d.message.find("; did you mean `")
    {
        d.help = d
            .message
            .get(i + 2..)
            .map(|h| h.trim_end_matches('.').to_string());
    }
    let first_line = text.find('\n').unwrap_or(text.len());
    let Some(tree) = tree else {
        return at(d, text, 0, first_line);
    };
    let Some((pointer, rest)) = split_pointer(&d.message, tree) else {
        return at(d, text, 0, first_line);
    };
    let mut keys: Vec<String> = pointer_keys(&pointer);
    let mut place = tree.locate(&keys);
    if place.container && place.exact && !rest.starts_with("a fact is") {
        // A fact given in an envelope: its value is what is wrong.
        keys.push("value".to_string());
        let value = tree.locate(&keys);
        keys.pop();
        if value.exact && !value.container {
            place = value;
        }
    }
    let about_key = rest.contains("no such field")
        || rest.starts_with("a fact is a value or an object")
        || rest.contains("no obligation of the rule set");
    let (start, end) = match place.key {
        Some(key) if about_key || place.container || !place.exact => key,
        _ if place.container => (place.value.0, place.value.0 + 1),
        _ => place.value,
    };
    d.message = rest.to_string();
    if d.message.starts_with("the required field") && keys.is_empty() {
        // The whole document lacks it: the opening brace says so.
        return at(d, text, start, start + 1);
    }
    at(d, text, start, end)
}

/// The pointer heading a message and the rest: the longest head, among those ending at a
/// `": "`, that names a place of the text (a key may itself hold `": "`).
fn split_pointer<'m>(message: &'m str, tree: &Tree<'_>) -> Option<(String, &'m str)> {
    if !message.starts_with('/') {
        return None;
    }
    let heads: Vec<usize> = message.match_indices(": ").map(|(i, _)| i).collect();
    let first = *heads.first()?;
    let chosen = heads
        .iter()
        .copied()
        .rfind(|i| {
            message
                .get(..*i)
                .is_some_and(|p| tree.locate(&pointer_keys(p)).exact)
        })
        .unwrap_or(first);
    let pointer = message.get(..chosen)?;
    let rest = message.get(chosen + 2..)?;
    Some((pointer.to_string(), rest))
}

/// The keys of a JSON pointer (`/` alone is the root, as the core writes it).
fn pointer_keys(pointer: &str) -> Vec<String> {
    if pointer == "/" || pointer.is_empty() {
        return Vec::new();
    }
    pointer
        .split('/')
        .skip(1)
        .map(|k| k.replace("~1", "/").replace("~0", "~"))
        .collect()
}

/// `d` at bytes `start..end` of `text`.
fn at(mut d: Diagnostic, text: &str, start: usize, end: usize) -> Diagnostic {
    let (line, column) = line_col(text, start);
    d.line = line;
    d.column = column;
    d.span = DiagnosticSpan {
        start,
        end: end.max(start),
    };
    d
}

/// The byte offset of a 1-based line and column, the column counted in bytes or characters.
fn offset_of(text: &str, line: usize, column: usize, bytes: bool) -> usize {
    let start = text
        .match_indices('\n')
        .nth(line.saturating_sub(2))
        .map_or(0, |(i, _)| i + 1);
    let start = if line <= 1 { 0 } else { start };
    let rest = text.get(start..).unwrap_or_default();
    if bytes {
        let mut at = (start + column.saturating_sub(1)).min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        return at;
    }
    let within = rest
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(rest.len(), |(i, _)| i);
    start + within
}

/// The token at `offset` (a word, a number, a string's start), or the last character of the
/// text when the offset is at its end.
fn token_span(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let trimmed = text.trim_end().len();
    if offset >= trimmed {
        let last = text
            .get(..trimmed)
            .and_then(|t| t.char_indices().last())
            .map_or(0, |(i, _)| i);
        return (last, trimmed.max(last));
    }
    let rest = text.get(offset..).unwrap_or_default();
    if let Some(inner) = rest.strip_prefix('"') {
        let line = inner.split('\n').next().unwrap_or_default();
        if let Some(close) = line.find('"') {
            return (offset, offset + close + 2);
        }
    }
    let word = rest
        .find(|c: char| !(c.is_alphanumeric() || "_-+.".contains(c)))
        .unwrap_or(rest.len());
    let width = if word == 0 {
        rest.chars().next().map_or(0, char::len_utf8)
    } else {
        word
    };
    (offset, offset + width)
}
