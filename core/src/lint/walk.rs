//! Walks over the syntax tree shared by the lints. The parser bounds the nesting of every
//! expression (`max_depth`), so the recursion here is bounded too.

use lexpact_grammar::ast::{Clause, ClauseKind, Expr, ExprKind, Obligation, StrLit};

/// The direct operands of an expression.
pub(crate) fn children(expr: &Expr) -> Vec<&Expr> {
    match &expr.kind {
        ExprKind::Bool(_)
        | ExprKind::Number(_)
        | ExprKind::Date(_)
        | ExprKind::Str(_)
        | ExprKind::Path(_) => Vec::new(),
        ExprKind::List(items) | ExprKind::And(items) | ExprKind::Or(items) => {
            items.iter().collect()
        }
        ExprKind::Call { args, .. } => args.iter().collect(),
        ExprKind::Not(inner) | ExprKind::Neg(inner) => vec![inner],
        ExprKind::Binary { lhs, rhs, .. } => vec![lhs, rhs],
        ExprKind::Quantified {
            list, condition, ..
        } => {
            let mut found = vec![list.as_ref()];
            found.extend(condition.as_deref());
            found
        }
    }
}

/// Calls `visit` on `expr` and every expression inside it, outer first.
pub(crate) fn each_expr<'e>(expr: &'e Expr, visit: &mut impl FnMut(&'e Expr)) {
    visit(expr);
    for child in children(expr) {
        each_expr(child, visit);
    }
}

/// The expressions of an obligation's clauses (`require`, `applies when`, `partial when`,
/// `met on`), in source order.
pub(crate) fn clause_exprs(obligation: &Obligation) -> impl Iterator<Item = (&Clause, &Expr)> {
    obligation
        .clauses
        .iter()
        .filter_map(|clause| clause.kind.expression().map(|e| (clause, e)))
}

/// The first clause of an obligation `pick` selects, with what it selects.
pub(crate) fn clause<'o, T>(
    obligation: &'o Obligation,
    pick: impl Fn(&'o ClauseKind) -> Option<T>,
) -> Option<(&'o Clause, T)> {
    obligation
        .clauses
        .iter()
        .find_map(|clause| pick(&clause.kind).map(|found| (clause, found)))
}

/// The obligation's `text`, if it has one.
pub(crate) fn text(obligation: &Obligation) -> Option<&StrLit> {
    clause(obligation, |k| match k {
        ClauseKind::Text(s) => Some(s),
        _ => None,
    })
    .map(|(_, s)| s)
}

/// Words compared as the lints compare quotes: markdown emphasis dropped, lower case,
/// typographic quotes, apostrophes and dashes made plain, white space folded.
pub(crate) fn plain(text: &str) -> String {
    let mapped: String = text
        .chars()
        .filter(|c| !matches!(c, '*' | '_'))
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '`' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' => '-',
            '\u{00A0}' => ' ',
            other => other,
        })
        .flat_map(char::to_lowercase)
        .collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The direct operands of a compiled expression (a definition's use: its expanded body).
pub(crate) fn ir_children(expr: &crate::ir::Expr) -> Vec<&crate::ir::Expr> {
    use crate::ir::ExprKind as K;
    match &expr.kind {
        K::Literal(_) | K::Fact { .. } => Vec::new(),
        K::Not(inner) | K::Neg(inner) => vec![inner],
        K::Call { body, .. } => vec![body],
        K::And(items) | K::Or(items) | K::List(items) | K::Builtin(_, items) => {
            items.iter().collect()
        }
        K::Compare(_, a, b) | K::Arith(_, a, b) => vec![a, b],
        K::In { item, list, .. } => vec![item, list],
        K::Quantified {
            list, condition, ..
        } => {
            let mut found = vec![list.as_ref()];
            found.extend(condition.as_deref());
            found
        }
    }
}
