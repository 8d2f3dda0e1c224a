//! `vacuous-all` (L0101): `all x in L where c` is true when `L` is empty, so a rule that asks
//! every item to comply passes a State that listed nothing. A list written in the rule is
//! never empty; a list read from the profile needs a guard: an operand of an enclosing `and`
//! chain, or the obligation's `applies when`, that says the same list has an item
//! (`any y in L where …`, `count y in L … > 0` or `>= 1`, `L != []`).

use lexpact_grammar::ast::{BinaryOp, ClauseKind, Expr, ExprKind, Quantifier};
use lexpact_grammar::print::expr_to_string;
use rustc_hash::FxHashSet;

use super::catalogue::VACUOUS_ALL;
use super::{Context, walk};

pub(crate) fn check(cx: &mut Context<'_>) {
    let mut found = Vec::new();
    for (index, parsed) in cx.files.iter().enumerate() {
        for definition in parsed.definitions() {
            visit(&definition.body, &mut Vec::new(), true, &mut |e| {
                found.push((index, e));
            });
        }
        for obligation in parsed.obligations() {
            let mut guarded = FxHashSet::default();
            if let Some((_, applies)) = walk::clause(obligation, |k| match k {
                ClauseKind::AppliesWhen(e) => Some(e),
                _ => None,
            }) {
                guard_lists(applies, &mut guarded);
            }
            for (_, expr) in walk::clause_exprs(obligation) {
                let mut scopes = vec![guarded.clone()];
                visit(expr, &mut scopes, true, &mut |e| found.push((index, e)));
            }
        }
    }
    for (file, (span, list)) in found {
        cx.report(
            &VACUOUS_ALL,
            file,
            span,
            format!("`all` over `{list}` is met when the list is empty"),
            Some(format!(
                "require an item too, e.g. `any x in {list} where …` or `count x in {list} > 0` joined by `and`"
            )),
        );
    }
}

/// Visits `expr` with `scopes`: for each enclosing `and` chain (and the `applies when`), the
/// lists its operands say have an item. `positive` is false under an odd number of `not`s,
/// where an empty list fails rather than passes.
fn visit(
    expr: &Expr,
    scopes: &mut Vec<FxHashSet<String>>,
    positive: bool,
    flag: &mut impl FnMut((lexpact_grammar::Span, String)),
) {
    match &expr.kind {
        ExprKind::And(operands) => {
            let mut guarded = FxHashSet::default();
            guard_lists(expr, &mut guarded);
            scopes.push(guarded);
            for operand in operands {
                visit(operand, scopes, positive, flag);
            }
            scopes.pop();
        }
        ExprKind::Not(inner) => visit(inner, scopes, !positive, flag),
        ExprKind::Quantified {
            quantifier: Quantifier::All,
            list,
            condition,
            ..
        } => {
            if positive && may_be_empty(list) {
                let text = expr_to_string(list);
                if !scopes.iter().any(|s| s.contains(&text)) {
                    flag((expr.span, text));
                }
            }
            visit(list, scopes, positive, flag);
            if let Some(condition) = condition {
                visit(condition, &mut Vec::new(), positive, flag);
            }
        }
        _ => {
            for child in walk::children(expr) {
                visit(child, scopes, positive, flag);
            }
        }
    }
}

fn may_be_empty(list: &Expr) -> bool {
    match &list.kind {
        ExprKind::List(items) => items.is_empty(),
        _ => true,
    }
}

/// Adds to `out` the lists (as canonical text) that `guard`, or an operand of its `and`
/// chain, says have an item: `any y in L where …`, `count y in L … > N` (N ≥ 0), `>= N`
/// (N ≥ 1), `!= 0`, `L != []`.
fn guard_lists(guard: &Expr, out: &mut FxHashSet<String>) {
    let counted = |e: &Expr| match &e.kind {
        ExprKind::Quantified {
            quantifier: Quantifier::Count,
            list,
            ..
        } => Some(expr_to_string(list)),
        _ => None,
    };
    let number = |e: &Expr, at_least: f64| match &e.kind {
        ExprKind::Number(raw) => raw.parse::<f64>().is_ok_and(|n| n >= at_least),
        _ => false,
    };
    let zero = |e: &Expr| matches!(&e.kind, ExprKind::Number(raw) if raw.parse::<f64>() == Ok(0.0));
    let empty = |e: &Expr| matches!(&e.kind, ExprKind::List(items) if items.is_empty());
    let found = match &guard.kind {
        ExprKind::And(operands) => {
            for operand in operands {
                guard_lists(operand, out);
            }
            None
        }
        ExprKind::Quantified {
            quantifier: Quantifier::Any,
            list,
            ..
        } => Some(expr_to_string(list)),
        ExprKind::Binary { op, lhs, rhs } => match op {
            BinaryOp::Gt if number(rhs, 0.0) => counted(lhs),
            BinaryOp::Ge if number(rhs, 1.0) => counted(lhs),
            BinaryOp::Lt if number(lhs, 0.0) => counted(rhs),
            BinaryOp::Le if number(lhs, 1.0) => counted(rhs),
            BinaryOp::Ne if zero(rhs) => counted(lhs),
            BinaryOp::Ne if empty(rhs) => Some(expr_to_string(lhs)),
            BinaryOp::Ne if empty(lhs) => Some(expr_to_string(rhs)),
            _ => None,
        },
        _ => None,
    };
    out.extend(found);
}
