//! Rename a definition, parameter, quantifier item or obligation id everywhere it is used:
//! calls, `expect` lines of tests, and the keys under `exceptions` of inline test profiles.

use lexpact_grammar::ast::Item;

use crate::locate::{BUILTINS, Defs, Node, occurrences};
use crate::navigate::{Target, places, target_at};
use crate::{Analysis, FileSpan, TextEdit};

/// The name at `offset` that can be renamed, if there is one: a definition, parameter,
/// quantifier item or obligation id (not a fact path: the schema names it).
pub fn prepare_rename(analysis: &Analysis, file: &str, offset: usize) -> Option<FileSpan> {
    match target_at(analysis, file, offset)? {
        (Target::Fact(_), _) => None,
        (_, span) => Some(FileSpan {
            file: file.to_string(),
            start: span.start,
            end: span.end,
        }),
    }
}

/// The edits that rename the name at `offset` to `new_name` everywhere, or why not (not a
/// name, not a valid identifier, a clash with another declaration).
pub fn rename(
    analysis: &Analysis,
    file: &str,
    offset: usize,
    new_name: &str,
) -> Result<Vec<TextEdit>, String> {
    let Some((target, _)) = target_at(analysis, file, offset) else {
        return Err("there is no name to rename here".to_string());
    };
    if let Target::Fact(path) = &target {
        return Err(format!(
            "`{path}` is a fact of the profile: its schema names it"
        ));
    }
    check_identifier(new_name)?;
    check_clash(analysis, &target, new_name)?;
    Ok(places(analysis, &target)
        .into_iter()
        .map(|(span, _)| TextEdit {
            file: span.file,
            start: span.start,
            end: span.end,
            new_text: new_name.to_string(),
        })
        .collect())
}

fn check_identifier(name: &str) -> Result<(), String> {
    let mut chars = name.chars();
    let valid = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !valid {
        return Err(format!(
            "`{name}` is not a name: letters, digits and `_`, not starting with a digit"
        ));
    }
    // No word of the language: some are names in places, but a rename to one would be fragile.
    if crate::knowledge::KEYWORDS
        .iter()
        .any(|(word, _)| *word == name)
    {
        return Err(format!("`{name}` is a keyword of the language"));
    }
    Ok(())
}

/// Refuses a new name that another declaration has, or that would change what a name reads.
fn check_clash(analysis: &Analysis, target: &Target, new_name: &str) -> Result<(), String> {
    let defs = Defs::of(analysis);
    match target {
        Target::Obligation(_) => {
            let taken = analysis
                .files()
                .iter()
                .filter_map(|f| f.ast.as_ref().ok())
                .flat_map(|a| &a.items)
                .any(|i| matches!(i, Item::Obligation(o) if o.id.name == new_name));
            if taken {
                return Err(format!("an obligation `{new_name}` exists already"));
            }
        }
        Target::Definition(_) => {
            if defs.get(new_name).is_some() {
                return Err(format!("a definition `{new_name}` exists already"));
            }
            if BUILTINS.contains(&new_name) {
                return Err(format!("`{new_name}` is a built-in function"));
            }
            // A parameter, item or fact of that name would take the place of the calls.
            if name_used(analysis, &defs, new_name, None) {
                return Err(format!(
                    "`{new_name}` already names a parameter, quantifier item or fact the rules read"
                ));
            }
        }
        Target::Local(file, decl) => {
            let Some(scope) = analysis
                .file(file)
                .and_then(|f| f.ast.as_ref().ok())
                .and_then(|ast| {
                    occurrences(ast, &defs)
                        .into_iter()
                        .find_map(|o| match o.node {
                            Node::Bound { binding, .. } if binding.ident.span == *decl => {
                                Some(binding.scope)
                            }
                            _ => None,
                        })
                })
            else {
                return Err("the declaration was not found".to_string());
            };
            if defs.get(new_name).is_some() || BUILTINS.contains(&new_name) {
                return Err(format!(
                    "`{new_name}` names a definition or built-in function the rules may call"
                ));
            }
            if name_used(analysis, &defs, new_name, Some((file, scope))) {
                return Err(format!(
                    "`{new_name}` already names a parameter, quantifier item or fact read where `{}` is used",
                    analysis
                        .file(file)
                        .and_then(|f| f.text.get(decl.start..decl.end))
                        .unwrap_or_default()
                ));
            }
        }
        Target::Fact(_) => {}
    }
    Ok(())
}

/// Whether `name` is the first word of a path, or a bound name, anywhere (or within `scope` of
/// `file`): renaming to it would make those mean something else, or be shadowed.
fn name_used(
    analysis: &Analysis,
    defs: &Defs<'_>,
    name: &str,
    scope: Option<(&str, lexpact_grammar::Span)>,
) -> bool {
    analysis.files().iter().any(|file| {
        if scope.is_some_and(|(f, _)| f != file.name) {
            return false;
        }
        let Ok(ast) = &file.ast else { return false };
        occurrences(ast, defs).into_iter().any(|o| {
            let inside = scope.is_none_or(|(_, s)| {
                (s.start <= o.span.start && o.span.end <= s.end)
                    || matches!(&o.node, Node::Bound { binding, .. }
                        if binding.scope.start <= s.start && s.end <= binding.scope.end)
            });
            let named = match &o.node {
                Node::Bound { ident, .. } => ident.name == name,
                Node::Path {
                    segments,
                    index: 0,
                    binding: None,
                } => segments.first().is_some_and(|s| s.name == name),
                _ => false,
            };
            inside && named
        })
    })
}
