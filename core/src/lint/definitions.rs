//! `unused-definition` (L0111): a definition no obligation uses, directly or through other
//! definitions, across every file of the rule set. Either a rule meant to use it uses
//! something else, or it is dead text a reader will take for part of the encoding.

use lexpact_grammar::ast::{Expr, ExprKind};
use rustc_hash::{FxHashMap, FxHashSet};

use super::catalogue::UNUSED_DEFINITION;
use super::{Context, walk};

pub(crate) fn check(cx: &mut Context<'_>) {
    let mut bodies: FxHashMap<&str, &Expr> = FxHashMap::default();
    let mut queue: Vec<&str> = Vec::new();
    for parsed in &cx.files {
        for definition in parsed.definitions() {
            bodies.insert(&definition.name.name, &definition.body);
        }
        for obligation in parsed.obligations() {
            for (_, expr) in walk::clause_exprs(obligation) {
                calls(expr, &mut queue);
            }
        }
    }
    let mut used: FxHashSet<&str> = FxHashSet::default();
    while let Some(name) = queue.pop() {
        if used.insert(name)
            && let Some(body) = bodies.get(name)
        {
            calls(body, &mut queue);
        }
    }
    let mut found = Vec::new();
    for (index, parsed) in cx.files.iter().enumerate() {
        for definition in parsed.definitions() {
            if !used.contains(definition.name.name.as_str()) {
                found.push((index, definition.name.span, definition.name.name.clone()));
            }
        }
    }
    for (file, span, name) in found {
        cx.report(
            &UNUSED_DEFINITION,
            file,
            span,
            format!("no obligation uses the definition `{name}`"),
            Some("use it where the text calls for it, or remove it".to_string()),
        );
    }
}

/// The names `expr` calls or starts a path with (definitions, built-ins, facts alike).
fn calls<'e>(expr: &'e Expr, out: &mut Vec<&'e str>) {
    walk::each_expr(expr, &mut |e| {
        match &e.kind {
            ExprKind::Call { name, .. } => out.push(&name.name),
            // A definition without parameters is used by its bare name.
            ExprKind::Path(parts) => out.extend(parts.first().map(|p| p.name.as_str())),
            _ => {}
        }
    });
}
