//! Lints on the shape of conditions, compared as canonical text (`expr_to_string`: spacing,
//! parentheses and line breaks do not matter; definitions are not expanded):
//! - `dead-partial` (L0108): `partial when P` is read only when `require R` is false, so a `P`
//!   that implies `R` is never true there. Implication is seen when every operand of `R`'s
//!   `and` chain is an operand of `P`'s (so `P` is `R`, or `R and more`), when `P` implies one
//!   operand of an `or` chain `R`, or when every operand of an `or` chain `P` implies `R`;
//! - `partial-always-true` (L0109): `partial when true`, or an `or` chain with `true` or with
//!   both `X` and `not X` among its operands: every failure becomes `partially_met`;
//! - `duplicate-operand` (L0112): the same operand twice in one `and` / `or` chain, in an
//!   obligation's clause or a definition: often a slip for another fact;
//! - `duplicate-require` (L0113): two obligations with the same `require` and the same
//!   `applies when` (or none): one duty encoded twice, or a copy whose facts were never changed.

use lexpact_grammar::Span;
use lexpact_grammar::ast::{ClauseKind, Expr, ExprKind};
use lexpact_grammar::print::expr_to_string;
use rustc_hash::FxHashMap;

use super::catalogue::{DEAD_PARTIAL, DUPLICATE_OPERAND, DUPLICATE_REQUIRE, PARTIAL_ALWAYS_TRUE};
use super::{Context, Lint, walk};

type Found = Vec<(usize, Span, &'static Lint, String)>;

pub(crate) fn check(cx: &mut Context<'_>) {
    let mut found: Found = Vec::new();
    let mut requires: FxHashMap<(String, String), String> = FxHashMap::default();
    for (index, parsed) in cx.files.iter().enumerate() {
        for definition in parsed.definitions() {
            duplicates(&definition.body, index, &mut found);
        }
        for obligation in parsed.obligations() {
            for (_, expr) in walk::clause_exprs(obligation) {
                duplicates(expr, index, &mut found);
            }
            let Some((clause, require)) = walk::clause(obligation, |k| match k {
                ClauseKind::Require(e) => Some(e),
                _ => None,
            }) else {
                continue;
            };
            if let Some((partial_clause, partial)) = walk::clause(obligation, |k| match k {
                ClauseKind::PartialWhen(e) => Some(e),
                _ => None,
            }) {
                partial_lints(partial, require, partial_clause.span, index, &mut found);
            }
            let applies = walk::clause(obligation, |k| match k {
                ClauseKind::AppliesWhen(e) => Some(expr_to_string(e)),
                _ => None,
            })
            .map(|(_, text)| text)
            .unwrap_or_default();
            let key = (applies, expr_to_string(require));
            match requires.get(&key) {
                Some(first) => found.push((
                    index,
                    clause.span,
                    &DUPLICATE_REQUIRE,
                    format!(
                        "`{}` has the same `require` and `applies when` as `{first}`",
                        obligation.id.name
                    ),
                )),
                None => {
                    requires.insert(key, obligation.id.name.clone());
                }
            }
        }
    }
    for (file, span, lint, message) in found {
        cx.report(lint, file, span, message, None);
    }
}

fn partial_lints(partial: &Expr, require: &Expr, span: Span, file: usize, found: &mut Found) {
    if always_true(partial) {
        found.push((
            file,
            span,
            &PARTIAL_ALWAYS_TRUE,
            "`partial when` is always true: every obligation not met is `partially_met`"
                .to_string(),
        ));
    } else if implies(partial, require) {
        found.push((
            file,
            span,
            &DEAD_PARTIAL,
            "`partial when` implies `require`: it is never true when `require` is false, so the obligation is never `partially_met`".to_string(),
        ));
    }
}

fn operands(expr: &Expr, and: bool) -> Vec<String> {
    match (&expr.kind, and) {
        (ExprKind::And(items), true) | (ExprKind::Or(items), false) => {
            items.iter().map(expr_to_string).collect()
        }
        _ => vec![expr_to_string(expr)],
    }
}

/// Whether `p` implies `r`, as far as their chains show it.
fn implies(p: &Expr, r: &Expr) -> bool {
    let p_and = operands(p, true);
    if operands(r, true).iter().all(|o| p_and.contains(o)) {
        return true;
    }
    if let ExprKind::Or(disjuncts) = &r.kind
        && disjuncts.iter().any(|d| implies(p, d))
    {
        return true;
    }
    match &p.kind {
        ExprKind::Or(disjuncts) => disjuncts.iter().all(|d| implies(d, r)),
        _ => false,
    }
}

fn always_true(expr: &Expr) -> bool {
    match &expr.kind {
        ExprKind::Bool(true) => true,
        ExprKind::Or(items) => {
            let texts: Vec<String> = items.iter().map(expr_to_string).collect();
            items.iter().any(|item| match &item.kind {
                ExprKind::Not(inner) => texts.contains(&expr_to_string(inner)),
                _ => always_true(item),
            })
        }
        _ => false,
    }
}

/// The `duplicate-operand` findings inside `expr`.
fn duplicates(expr: &Expr, file: usize, found: &mut Found) {
    walk::each_expr(expr, &mut |e| {
        let (ExprKind::And(items) | ExprKind::Or(items)) = &e.kind else {
            return;
        };
        let word = if matches!(e.kind, ExprKind::And(_)) {
            "and"
        } else {
            "or"
        };
        let mut seen: Vec<String> = Vec::with_capacity(items.len());
        for item in items {
            let text = expr_to_string(item);
            if seen.contains(&text) {
                found.push((
                    file,
                    item.span,
                    &DUPLICATE_OPERAND,
                    format!("`{text}` is already an operand of this `{word}` chain"),
                ));
            } else {
                seen.push(text);
            }
        }
    });
}
