//! Code actions: apply a did-you-mean, add a missing `cite`.
//!
//! A did-you-mean is read back from the diagnostic's help (`did you mean `x`?` or `did you
//! mean "x"?`, the one wording `lexpact_grammar::suggest` is used with) and put in place of
//! the diagnostic's span, so the core's diagnostics need no field of their own for it.

use lexpact_grammar::ast::{ClauseKind, Item, Obligation};

use crate::{Analysis, CodeAction, ParsedFile, TextEdit};
use lexpact_core::Diagnostic;

/// The code of a missing required clause (`E0207`).
const MISSING_CLAUSE: &str = "E0207";

/// The actions offered for the bytes `start..end` of `file` (the diagnostics there, the
/// obligation there).
pub fn code_actions(analysis: &Analysis, file: &str, start: usize, end: usize) -> Vec<CodeAction> {
    let Some(parsed) = analysis.file(file) else {
        return Vec::new();
    };
    let mut actions = Vec::new();
    for d in suggesting(analysis, parsed) {
        let (from, to) = (d.span.start, d.span.end);
        if to < start || from > end {
            continue;
        }
        let Some(suggestion) = d.help.as_deref().and_then(suggested) else {
            continue;
        };
        let Some(written) = parsed.text.get(from..to) else {
            continue;
        };
        let Some(new_text) = replacement(written, &suggestion) else {
            continue;
        };
        let action = CodeAction {
            title: format!("Change to {new_text}"),
            fixes: Some(d.code.clone()),
            edits: vec![TextEdit {
                file: file.to_string(),
                start: from,
                end: to,
                new_text,
            }],
            preferred: true,
        };
        if !actions.contains(&action) {
            actions.push(action);
        }
    }
    if let Ok(ast) = &parsed.ast {
        for (index, item) in ast.items.iter().enumerate() {
            let Item::Obligation(ob) = item else { continue };
            if ob.span.end < start || ob.span.start > end {
                continue;
            }
            let sibling = ast.items.get(..index).and_then(|before| {
                before.iter().rev().find_map(|i| match i {
                    Item::Obligation(o) => Some(o),
                    _ => None,
                })
            });
            actions.extend(add_cite(parsed, ob, sibling));
        }
    }
    actions
}

/// The diagnostics of the file that may carry a did-you-mean: the compiler's and the file's
/// own syntax error (the lints suggest no names, and running them is not needed here).
fn suggesting(analysis: &Analysis, parsed: &ParsedFile) -> Vec<Diagnostic> {
    let compiled: &[Diagnostic] = match analysis.compiled() {
        Ok(rules) => rules.warnings(),
        Err(errors) => &errors.0,
    };
    let mut found: Vec<Diagnostic> = compiled
        .iter()
        .filter(|d| d.file == parsed.name)
        .cloned()
        .collect();
    if let Err(error) = &parsed.ast {
        found.push(Diagnostic::from_syntax(error, &parsed.name, &parsed.text));
    }
    found
}

/// A suggestion as the help text words it: `Suggestion::Name` for `` `x` ``,
/// `Suggestion::Str` for `"x"`.
#[derive(Debug, PartialEq)]
enum Suggestion {
    Name(String),
    Str(String),
}

/// The suggestion in a help text, if it is a did-you-mean.
fn suggested(help: &str) -> Option<Suggestion> {
    let at = help.find("did you mean ")? + "did you mean ".len();
    let rest = help.get(at..)?;
    let quote = rest.chars().next()?;
    let inner = rest.get(1..)?;
    let close = inner.find(quote)?;
    let word = inner.get(..close)?.to_string();
    match quote {
        '`' => Some(Suggestion::Name(word)),
        '"' => Some(Suggestion::Str(word)),
        _ => None,
    }
}

/// What replaces the bytes written: the suggestion, fitted to what the span covers (a whole
/// path, one segment, a string with its quotes). `None` when the span is not a word, a path or
/// a string, so an edit would be a guess.
fn replacement(written: &str, suggestion: &Suggestion) -> Option<String> {
    match suggestion {
        Suggestion::Str(value) => {
            let quoted = written.starts_with('"') && written.ends_with('"') && written.len() >= 2;
            quoted.then(|| format!("\"{value}\""))
        }
        Suggestion::Name(name) => {
            let is_path = !written.is_empty()
                && written
                    .split('.')
                    .all(|s| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_'));
            if !is_path {
                return None;
            }
            let written: Vec<&str> = written.split('.').collect();
            let suggested: Vec<&str> = name.split('.').collect();
            let fitted = if written.len() == 1 {
                // The span is one segment (or a name): the suggestion's last segment.
                (*suggested.last()?).to_string()
            } else {
                // The span is the whole path: the suggestion replaces its first segments.
                let rest = written.get(suggested.len()..).unwrap_or_default();
                suggested
                    .iter()
                    .chain(rest)
                    .copied()
                    .collect::<Vec<_>>()
                    .join(".")
            };
            (fitted != written.join(".")).then_some(fitted)
        }
    }
}

/// For an obligation without a `cite`: add an empty one after its title, and, when the
/// obligation before it in the file is of the same group, one with that obligation's cite (a
/// bullet split into several obligations shares its cite).
fn add_cite(parsed: &ParsedFile, ob: &Obligation, before: Option<&Obligation>) -> Vec<CodeAction> {
    if ob
        .clauses
        .iter()
        .any(|c| matches!(c.kind, ClauseKind::Cite(_)))
    {
        return Vec::new();
    }
    let text = parsed.text.as_str();
    let (at, indent) = match ob
        .clauses
        .iter()
        .find(|c| matches!(c.kind, ClauseKind::Title(_)))
    {
        Some(title) => (title.span.end, indent_of(text, title.span.start)),
        None => {
            let brace = text
                .get(ob.id.span.end..)
                .and_then(|rest| rest.find('{'))
                .map_or(ob.id.span.end, |i| ob.id.span.end + i + 1);
            (brace, format!("{}  ", indent_of(text, ob.span.start)))
        }
    };
    let edit = |cite: &str| TextEdit {
        file: parsed.name.clone(),
        start: at,
        end: at,
        new_text: format!("\n{indent}cite \"{cite}\""),
    };
    let mut actions = vec![CodeAction {
        title: "Add a `cite`".to_string(),
        fixes: Some(MISSING_CLAUSE.to_string()),
        edits: vec![edit("")],
        preferred: false,
    }];
    let group = |o: &Obligation| {
        o.clauses.iter().find_map(|c| match &c.kind {
            ClauseKind::Group(g) => Some(g.value.clone()),
            _ => None,
        })
    };
    if let Some(sibling) = before
        && group(sibling).is_some()
        && group(sibling) == group(ob)
        && let Some(cite) = sibling.clauses.iter().find_map(|c| match &c.kind {
            ClauseKind::Cite(s) => Some(s.value.as_str()),
            _ => None,
        })
    {
        actions.push(CodeAction {
            title: format!("Add `cite \"{cite}\"` (as `{}`)", sibling.id.name),
            fixes: Some(MISSING_CLAUSE.to_string()),
            edits: vec![edit(cite)],
            preferred: false,
        });
    }
    actions
}

/// The white space that starts the line of `offset`.
fn indent_of(text: &str, offset: usize) -> String {
    let line_start = text
        .get(..offset)
        .and_then(|h| h.rfind('\n'))
        .map_or(0, |i| i + 1);
    text.get(line_start..)
        .unwrap_or_default()
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{Suggestion, replacement, suggested};

    #[test]
    fn reads_and_fits_suggestions() {
        assert_eq!(
            suggested("did you mean `a.b`?"),
            Some(Suggestion::Name("a.b".into()))
        );
        assert_eq!(
            suggested("did you mean \"ratified\"?"),
            Some(Suggestion::Str("ratified".into()))
        );
        assert_eq!(suggested("its values are: a, b"), None);
        let name = |s: &str| Suggestion::Name(s.into());
        assert_eq!(
            replacement("stat", &name("a.status")),
            Some("status".into())
        );
        assert_eq!(
            replacement("a.stat.x", &name("a.status")),
            Some("a.status.x".into())
        );
        assert_eq!(
            replacement("\"x\"", &Suggestion::Str("y".into())),
            Some("\"y\"".into())
        );
        assert_eq!(replacement("a b", &name("c")), None);
    }
}
