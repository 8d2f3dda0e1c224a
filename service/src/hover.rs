//! What hovering shows: a fact path's schema field and the obligations reading it, an
//! obligation's title, cite and quoted text, a cited paragraph of the pinned text, a
//! definition's signature, a built-in function's or a keyword's meaning.

use std::ops::ControlFlow;

use lexpact_grammar::Span;
use lexpact_grammar::ast::{ClauseKind, Definition, Expr, ExprKind, File, Ident, Item, Obligation};

use crate::locate::{BindingKind, Defs, Node, StrRole, locate};
use crate::resolve::{Binding, Resolved, Scope, facts_read, resolve, walk_item};
use crate::{Analysis, Hover, facts, knowledge};

/// How many other obligations reading a fact are named before "and N more".
const MAX_READERS: usize = 12;

/// What hovering at `offset` of `file` shows, if anything.
pub fn hover(analysis: &Analysis, file: &str, offset: usize) -> Option<Hover> {
    let parsed = analysis.file(file)?;
    let repaired;
    let ast = match &parsed.ast {
        Ok(ast) => ast,
        Err(error) => match repair(analysis, &parsed.text, [error.span.start, offset]) {
            Some(file) => {
                repaired = file;
                &repaired
            }
            None => return keyword_at(&parsed.text, offset),
        },
    };
    let defs = Defs::of(analysis);
    let located = locate(ast, offset, &defs);
    let Some(found) = located.node else {
        return keyword_at(&parsed.text, offset);
    };
    let span = found.span;
    let markdown = match found.node {
        Node::Path {
            segments, index, ..
        } => {
            let item = located.item?;
            let scope = scope_of_path(item, segments)?;
            let names: Vec<&str> = segments
                .iter()
                .take(index + 1)
                .map(|s| s.name.as_str())
                .collect();
            place_markdown(analysis, &resolve(analysis, &names, &scope)?, item)
        }
        Node::Bound {
            ident,
            binding,
            declaration,
        } => bound_markdown(analysis, located.item?, ident, binding.kind, declaration)?,
        Node::DefinitionDecl(def) => definition_markdown(def, Some(parsed)),
        Node::DefinitionRef { def, file, .. } => definition_markdown(def, analysis.file(file)),
        Node::Builtin(ident) => {
            let builtin = knowledge::builtin(&ident.name)?;
            format!(
                "```lexpact\n{}\n```\n\nBuilt-in function. {}",
                builtin.signature, builtin.meaning
            )
        }
        Node::ObligationDecl(ident) | Node::ObligationRef { ident, .. } => {
            obligation_markdown(analysis, ast, &ident.name)?
        }
        Node::Str {
            value,
            role: StrRole::Clause("cite"),
            ..
        } => cite_markdown(analysis, value)?,
        Node::EnumLiteral { value, path, .. } => {
            let item = located.item?;
            let scope = scope_of_path(item, path)?;
            let names: Vec<&str> = path.iter().map(|s| s.name.as_str()).collect();
            let place = resolve(analysis, &names, &scope)?;
            let allowed = facts::allowed_values(analysis.schema()?, place.node);
            format!(
                "\"{value}\": a value of `{}`\n\nallowed values: {}",
                place.path,
                allowed.join(", ")
            )
        }
        Node::DataKey(keys) => {
            let names: Vec<&str> = keys.iter().map(|k| k.name.as_str()).collect();
            let place = crate::resolve::data_place(analysis, &names)?;
            place_markdown(analysis, &place, located.item?)
        }
        Node::Verdict(ident) => format!("`{}`: a verdict or deadline status", ident.name),
        _ => return keyword_at(&parsed.text, offset),
    };
    Some(Hover {
        start: span.start,
        end: span.end,
        markdown,
    })
}

/// The names in scope where the path `segments` (the very slice of the syntax tree) stands.
fn scope_of_path(item: &Item, segments: &[Ident]) -> Option<Scope> {
    let found = walk_item(
        item,
        &mut |expr: &Expr, scope: &[(String, Binding)]| match &expr.kind {
            ExprKind::Path(path) if std::ptr::eq(path.as_slice(), segments) => {
                ControlFlow::Break(scope.to_vec())
            }
            _ => ControlFlow::Continue(()),
        },
    );
    match found {
        ControlFlow::Break(scope) => Some(scope),
        ControlFlow::Continue(()) => None,
    }
}

/// A parameter or quantifier item: what it stands for.
fn bound_markdown(
    analysis: &Analysis,
    item: &Item,
    ident: &Ident,
    kind: BindingKind,
    declaration: bool,
) -> Option<String> {
    let what = match kind {
        BindingKind::Parameter => "parameter",
        BindingKind::Item => "the current item of a quantifier",
    };
    let place = if declaration {
        declared_place(analysis, item, ident)
    } else {
        let found = walk_item(
            item,
            &mut |expr: &Expr, scope: &[(String, Binding)]| match &expr.kind {
                ExprKind::Path(path) if path.first().is_some_and(|s| s.span == ident.span) => {
                    ControlFlow::Break(scope.to_vec())
                }
                _ => ControlFlow::Continue(()),
            },
        );
        match found {
            ControlFlow::Break(scope) => resolve(analysis, &[ident.name.as_str()], &scope),
            ControlFlow::Continue(()) => None,
        }
    };
    let mut out = format!("`{}`: {what}", ident.name);
    if let (Some(place), Some(schema)) = (place, analysis.schema()) {
        out.push_str(&format!(
            ", `{}` ({})\n\n{}",
            place.path,
            facts::type_words(schema, place.node),
            facts::description(schema, &place.pointer).unwrap_or_default()
        ));
    }
    Some(out.trim_end().to_string())
}

/// The place a parameter or a quantifier's item stands for, at its declaration.
fn declared_place(analysis: &Analysis, item: &Item, ident: &Ident) -> Option<Resolved> {
    if let Item::Define(def) = item
        && let Some(index) = def
            .params
            .iter()
            .flatten()
            .position(|p| p.span == ident.span)
    {
        let scope = vec![(
            ident.name.clone(),
            Binding::Param {
                def: def.name.name.clone(),
                index,
            },
        )];
        return resolve(analysis, &[ident.name.as_str()], &scope);
    }
    let found = walk_item(
        item,
        &mut |expr: &Expr, scope: &[(String, Binding)]| match &expr.kind {
            ExprKind::Quantified { var, list, .. } if var.span == ident.span => {
                let ExprKind::Path(path) = &list.kind else {
                    return ControlFlow::Break(None);
                };
                let mut scope = scope.to_vec();
                let segments = path.iter().map(|s| s.name.clone()).collect();
                scope.push((ident.name.clone(), Binding::Item(segments)));
                ControlFlow::Break(Some(scope))
            }
            _ => ControlFlow::Continue(()),
        },
    );
    match found {
        ControlFlow::Break(Some(scope)) => resolve(analysis, &[ident.name.as_str()], &scope),
        _ => None,
    }
}

/// A place of the schema: its description, kind, type and values, and the other obligations
/// that read it.
fn place_markdown(analysis: &Analysis, place: &Resolved, item: &Item) -> String {
    let Some(schema) = analysis.schema() else {
        return String::new();
    };
    let mut out = format!(
        "**`{}`**\n\n{}",
        place.path,
        facts::markdown(schema, place.node, &place.pointer)
    );
    let current = match item {
        Item::Obligation(ob) => Some(ob.id.name.as_str()),
        _ => None,
    };
    let Some(rules) = analysis.rules() else {
        return out;
    };
    let inside = format!("{}/", place.pointer);
    let readers: Vec<_> = rules
        .obligations()
        .iter()
        .filter(|ob| Some(ob.id()) != current)
        .filter(|ob| {
            facts_read(ob)
                .iter()
                .any(|f| *f == place.pointer || f.starts_with(&inside))
        })
        .collect();
    if readers.is_empty() {
        out.push_str(&format!(
            "\n\nRead by no {}obligation.",
            if current.is_some() { "other " } else { "" }
        ));
        return out;
    }
    out.push_str(&format!(
        "\n\n{} by {} obligation{}:",
        if current.is_some() {
            "Also read"
        } else {
            "Read"
        },
        readers.len(),
        if readers.len() == 1 { "" } else { "s" }
    ));
    for ob in readers.iter().take(MAX_READERS) {
        out.push_str(&format!("\n- `{}` ({})", ob.id(), ob.identity.title));
    }
    if readers.len() > MAX_READERS {
        out.push_str(&format!("\n- … and {} more", readers.len() - MAX_READERS));
    }
    out
}

/// A definition: its signature and body, with the comment written above it.
fn definition_markdown(def: &Definition, file: Option<&crate::ParsedFile>) -> String {
    let shown = crate::declared::of_definition(def);
    let mut out = shown.body.unwrap_or_default();
    let comment = file
        .and_then(|f| Some(comment_above(f.ast.as_ref().ok()?, &f.text, def.span)))
        .unwrap_or_default();
    if !comment.is_empty() {
        out.push_str("\n\n");
        out.push_str(&comment);
    }
    out
}

/// The comment lines standing right above a declaration, joined.
fn comment_above(file: &File, text: &str, span: Span) -> String {
    let mut lines = Vec::new();
    let mut next = span.start;
    for comment in file
        .comments
        .iter()
        .rev()
        .filter(|c| c.span.end <= span.start)
    {
        // A comment belongs to the declaration when only a line break separates them.
        let gap = text.get(comment.span.end..next).unwrap_or("x");
        if !gap.trim().is_empty() || gap.matches('\n').count() > 1 {
            break;
        }
        lines.push(comment.text.trim());
        next = comment.span.start;
    }
    lines.reverse();
    lines.join(" ")
}

/// An obligation: its title, cite and group, its quoted text, its deadline and jurisdictions.
fn obligation_markdown(analysis: &Analysis, current: &File, id: &str) -> Option<String> {
    let in_current = current.items.iter().filter_map(|item| match item {
        Item::Obligation(ob) => Some(ob),
        _ => None,
    });
    let ob: &Obligation = in_current
        .chain(crate::resolve::obligations(analysis))
        .find(|o| o.id.name == id)?;
    let mut out = format!("**`{id}`**");
    let mut body = String::new();
    let mut tail = Vec::new();
    for clause in &ob.clauses {
        match &clause.kind {
            ClauseKind::Title(s) => out.push_str(&format!(" — {}", s.value)),
            ClauseKind::Cite(s) => tail.insert(0, format!("cite `{}`", s.value)),
            ClauseKind::Group(s) => tail.push(format!("group `{}`", s.value)),
            ClauseKind::Text(s) => body = format!("\n\n> {}", s.value),
            ClauseKind::Exception(s) => tail.push(format!("exception \"{}\"", s.value)),
            ClauseKind::Deadline { from, due } => tail.push(match from {
                Some(from) => format!("deadline {} to {}", from.raw, due.raw),
                None => format!("deadline {}", due.raw),
            }),
            ClauseKind::InEachJurisdiction => tail.push("in each jurisdiction".to_string()),
            _ => {}
        }
    }
    out.push_str(&body);
    if !tail.is_empty() {
        out.push_str(&format!("\n\n{}", tail.join(" · ")));
    }
    Some(out)
}

/// A cited paragraph's words from the pinned text, late amendments in bold as the text has them.
fn cite_markdown(analysis: &Analysis, cite: &str) -> Option<String> {
    let library = analysis.pinned_library()?;
    let Some(paragraph) = lexpact_core::pinned::paragraph(library, cite) else {
        return Some(format!(
            "No paragraph `{cite}` in the pinned text of `{library}`."
        ));
    };
    // The raw bullet keeps the text's bold marks (the late amendments).
    let raw = lexpact_core::pinned::source_text(library).and_then(|text| {
        text.lines()
            .filter_map(|line| line.trim().strip_prefix("- "))
            .find(|rest| lexpact_core::pinned::plain_words(rest) == paragraph.text)
    });
    let mut out = format!(
        "**{cite}** ({} of the pinned text of `{library}`)\n\n> {}",
        paragraph.section,
        raw.unwrap_or(&paragraph.text)
    );
    if raw.is_some_and(|r| r.contains("**")) {
        out.push_str("\n\nIn bold: late amendments to the draft.");
    }
    Some(out)
}

/// A file that does not parse, parsed again with one line blanked (the line of its syntax error,
/// else the cursor's): a half-typed line does not hide the rest of the file. Offsets are kept,
/// as every byte of the line becomes a space.
fn repair(analysis: &Analysis, text: &str, lines: [usize; 2]) -> Option<File> {
    let limits = analysis.limits();
    let options = lexpact_grammar::ParseOptions {
        max_source_bytes: limits.max_source_bytes,
        max_depth: limits.max_depth,
    };
    lines.into_iter().find_map(|at| {
        let at = at.min(text.len());
        let start = text.get(..at)?.rfind('\n').map_or(0, |i| i + 1);
        let end = text.get(at..)?.find('\n').map_or(text.len(), |i| at + i);
        let mut bytes = text.as_bytes().to_vec();
        bytes.get_mut(start..end)?.fill(b' ');
        let blanked = String::from_utf8(bytes).ok()?;
        lexpact_grammar::parse_with(&blanked, &options).ok()
    })
}

/// The keyword at `offset`, with one line of its meaning.
fn keyword_at(text: &str, offset: usize) -> Option<Hover> {
    let bytes = text.as_bytes();
    let word = |i: usize| {
        bytes
            .get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    };
    let mut start = offset.min(text.len());
    while start > 0 && word(start - 1) {
        start -= 1;
    }
    let mut end = start;
    while word(end) {
        end += 1;
    }
    let meaning = knowledge::keyword(text.get(start..end)?)?;
    Some(Hover {
        start,
        end,
        markdown: meaning.to_string(),
    })
}
