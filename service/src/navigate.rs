//! Go to definition and find references: definitions, parameters, quantifier items,
//! obligation ids, the files a `schema` or a test's `profile` names, and fact paths (every
//! read of a path: "who reads this fact").

use lexpact_grammar::Span;
use lexpact_grammar::ast::{Ident, Item};

use crate::locate::{Defs, Node, Occurrence, StrRole, fact_text, locate, occurrences};
use crate::{Analysis, FileSpan};

/// What a name stands for, the same wherever it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target {
    /// A definition, by name.
    Definition(String),
    /// A parameter or quantifier item: the file and span of its declaration.
    Local(String, Span),
    /// An obligation, by id.
    Obligation(String),
    /// A fact path read from the profile, up to the segment at hand.
    Fact(String),
}

impl Target {
    /// What `occurrence` of `file` stands for, and whether it declares it.
    pub(crate) fn of(occurrence: &Occurrence<'_>, file: &str) -> Option<(Target, bool)> {
        Some(match &occurrence.node {
            Node::DefinitionDecl(def) => (Target::Definition(def.name.name.clone()), true),
            Node::DefinitionRef { def, .. } => (Target::Definition(def.name.name.clone()), false),
            Node::Bound {
                binding,
                declaration,
                ..
            } => (
                Target::Local(file.to_string(), binding.ident.span),
                *declaration,
            ),
            Node::ObligationDecl(id) => (Target::Obligation(id.name.clone()), true),
            Node::ObligationRef { ident, .. } => (Target::Obligation(ident.name.clone()), false),
            Node::Path {
                segments,
                index,
                binding,
            } => (Target::Fact(fact_text(segments, *index, *binding)?), false),
            _ => return None,
        })
    }
}

/// The target at `offset` of `file`, with the span of the name there.
pub(crate) fn target_at(analysis: &Analysis, file: &str, offset: usize) -> Option<(Target, Span)> {
    let ast = analysis.file(file)?.ast.as_ref().ok()?;
    let defs = Defs::of(analysis);
    let found = locate(ast, offset, &defs).node?;
    Target::of(&found, file).map(|(t, _)| (t, found.span))
}

/// Every place of the workspace naming `target`, declarations flagged, in file order. A fact
/// path's place spans its segments up to the one that makes it the path asked for.
pub(crate) fn places(analysis: &Analysis, target: &Target) -> Vec<(FileSpan, bool)> {
    let defs = Defs::of(analysis);
    let mut out = Vec::new();
    for file in analysis.files() {
        if let Target::Local(decl_file, _) = target
            && *decl_file != file.name
        {
            continue;
        }
        let Ok(ast) = &file.ast else { continue };
        for occurrence in occurrences(ast, &defs) {
            let Some((t, declaration)) = Target::of(&occurrence, &file.name) else {
                continue;
            };
            let span = match (&t, &occurrence.node) {
                (Target::Fact(_), Node::Path { segments, .. }) => {
                    let first = segments.first().map_or(occurrence.span, |s| s.span);
                    first.to(occurrence.span)
                }
                _ => occurrence.span,
            };
            if t == *target {
                out.push((
                    FileSpan {
                        file: file.name.clone(),
                        start: span.start,
                        end: span.end,
                    },
                    declaration,
                ));
            }
        }
    }
    out
}

/// Where the name at `offset` of `file` is declared; for a `schema` or `profile` string, the
/// file it names when it is one of the workspace (its start). Nothing for a fact path: the
/// profile declares it.
pub fn definition(analysis: &Analysis, file: &str, offset: usize) -> Vec<FileSpan> {
    let Some(ast) = analysis.file(file).and_then(|f| f.ast.as_ref().ok()) else {
        return Vec::new();
    };
    let defs = Defs::of(analysis);
    let Some(found) = locate(ast, offset, &defs).node else {
        return Vec::new();
    };
    let here = |file: &str, ident: &Ident| FileSpan {
        file: file.to_string(),
        start: ident.span.start,
        end: ident.span.end,
    };
    match &found.node {
        Node::DefinitionDecl(def) => vec![here(file, &def.name)],
        Node::DefinitionRef { def, file, .. } => vec![here(file, &def.name)],
        Node::Bound { binding, .. } => vec![here(file, binding.ident)],
        Node::ObligationDecl(id) | Node::ObligationRef { ident: id, .. } => {
            obligation_decls(analysis, &id.name)
        }
        Node::Str {
            value,
            role: StrRole::Schema | StrRole::ProfileFile,
            ..
        } => {
            let path = lexpact_core::source::join_relative(file, value);
            analysis
                .workspace()
                .file(&path)
                .map(|_| FileSpan {
                    file: path,
                    start: 0,
                    end: 0,
                })
                .into_iter()
                .collect()
        }
        _ => Vec::new(),
    }
}

/// Where obligations with id `id` are declared (more than one in a rule set that does not
/// compile).
fn obligation_decls(analysis: &Analysis, id: &str) -> Vec<FileSpan> {
    let mut out = Vec::new();
    for file in analysis.files() {
        let Ok(ast) = &file.ast else { continue };
        for item in &ast.items {
            if let Item::Obligation(o) = item
                && o.id.name == id
            {
                out.push(FileSpan {
                    file: file.name.clone(),
                    start: o.id.span.start,
                    end: o.id.span.end,
                });
            }
        }
    }
    out
}

/// Every use of the name at `offset` of `file`, across the workspace, with its declaration
/// when `include_declaration`. On a fact path's segment: every read of the path up to that
/// segment (`treaties.crc` finds `treaties.crc.status` too); on a field of a quantifier's item
/// (`a.kind` in `any a in cooperation.agreements`), every read of that field of the list's
/// items, whatever the item is called.
pub fn references(
    analysis: &Analysis,
    file: &str,
    offset: usize,
    include_declaration: bool,
) -> Vec<FileSpan> {
    let Some((target, _)) = target_at(analysis, file, offset) else {
        return Vec::new();
    };
    places(analysis, &target)
        .into_iter()
        .filter(|(_, declaration)| include_declaration || !declaration)
        .map(|(span, _)| span)
        .collect()
}
