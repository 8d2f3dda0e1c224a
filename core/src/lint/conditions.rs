//! Lints on the shape of conditions, compared as canonical text (`expr_to_string`: spacing,
//! parentheses and line breaks do not matter; definitions are not expanded):
//! - `dead-partial` (L0108): `partial when P` is read only when `require R` is false, so a `P`
//!   that implies `R` is never true there. Implication is seen when every operand of `R`'s
//!   `and` chain is an operand of `P`'s (so `P` is `R`, or `R and more`), when `P` implies one
//!   operand of an `or` chain `R`, or when every operand of an `or` chain `P` implies `R`
//!   (within a fixed number of comparisons, past which the lint is silent);
//! - `partial-always-true` (L0109): `partial when true`, or an `or` chain with `true` or with
//!   both `X` and `not X` among its operands: every failure becomes `partially_met`;
//! - `duplicate-operand` (L0112): the same operand twice in one `and` / `or` chain, in an
//!   obligation's clause or a definition: often a slip for another fact;
//! - `duplicate-require` (L0113): two obligations with the same `require` and the same
//!   `applies when` (or none): one duty encoded twice, or a copy whose facts were never changed.

use lexpact_grammar::Span;
use lexpact_grammar::ast::{ClauseKind, Expr, ExprKind};
use lexpact_grammar::print::expr_to_string;
use rustc_hash::{FxHashMap, FxHashSet};

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
    } else if implies(&Shape::of(partial), &Shape::of(require), &mut {
        IMPLIES_BUDGET
    }) {
        found.push((
            file,
            span,
            &DEAD_PARTIAL,
            "`partial when` implies `require`: it is never true when `require` is false, so the obligation is never `partially_met`".to_string(),
        ));
    }
}

/// A condition as `implies` compares it: the canonical text of each operand of its `and`
/// chain (itself when it is none) and, for an `or` chain, its operands in the same form.
/// Built once, so that comparing two conditions does not print them again and again.
struct Shape {
    conjuncts: FxHashSet<String>,
    disjuncts: Vec<Shape>,
}

impl Shape {
    fn of(expr: &Expr) -> Shape {
        let conjuncts = match &expr.kind {
            ExprKind::And(items) => items.iter().map(expr_to_string).collect(),
            _ => std::iter::once(expr_to_string(expr)).collect(),
        };
        let disjuncts = match &expr.kind {
            ExprKind::Or(items) => items.iter().map(Shape::of).collect(),
            _ => Vec::new(),
        };
        Shape {
            conjuncts,
            disjuncts,
        }
    }
}

/// How many comparisons `implies` makes at most for one obligation: past them it says no,
/// so that a pathological pair of long `or` chains costs no more than a rule of usual size.
const IMPLIES_BUDGET: usize = 10_000;

/// Whether `p` implies `r`, as far as their chains show it; `budget` counts the comparisons
/// left.
fn implies(p: &Shape, r: &Shape, budget: &mut usize) -> bool {
    let Some(left) = budget.checked_sub(1) else {
        return false;
    };
    *budget = left;
    if r.conjuncts.iter().all(|o| p.conjuncts.contains(o)) {
        return true;
    }
    if r.disjuncts.iter().any(|d| implies(p, d, budget)) {
        return true;
    }
    !p.disjuncts.is_empty() && p.disjuncts.iter().all(|d| implies(d, r, budget))
}

fn always_true(expr: &Expr) -> bool {
    match &expr.kind {
        ExprKind::Bool(true) => true,
        ExprKind::Or(items) => {
            let texts: FxHashSet<String> = items.iter().map(expr_to_string).collect();
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
        let mut seen: FxHashSet<String> = FxHashSet::default();
        for item in items {
            let text = expr_to_string(item);
            if !seen.insert(text.clone()) {
                found.push((
                    file,
                    item.span,
                    &DUPLICATE_OPERAND,
                    format!("`{text}` is already an operand of this `{word}` chain"),
                ));
            }
        }
    });
}
