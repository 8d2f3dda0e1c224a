//! `vacuous-all` (L0101): `all x in L where c` is true when `L` is empty, so a rule that asks
//! every item to comply passes a State that listed nothing. A list written in the rule is
//! never empty; a list read from the profile needs a guard: an operand of an enclosing `and`
//! chain, or the obligation's `applies when`, that says the same list has an item
//! (`any y in L where …`, `count y in L … > 0` or `>= 1`, `L != []`).

use lexpact_grammar::ast::{BinaryOp, Expr, ExprKind, Quantifier};
use lexpact_grammar::print::expr_to_string;

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
            let mut guards: Vec<&Expr> = Vec::new();
            if let Some((_, applies)) = walk::clause(obligation, |k| match k {
                lexpact_grammar::ast::ClauseKind::AppliesWhen(e) => Some(e),
                _ => None,
            }) {
                guards.extend(conjuncts(applies));
            }
            for (_, expr) in walk::clause_exprs(obligation) {
                visit(expr, &mut guards.clone(), true, &mut |e| {
                    found.push((index, e))
                });
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

/// The operands of an `and` chain, or the expression itself.
fn conjuncts(expr: &Expr) -> Vec<&Expr> {
    match &expr.kind {
        ExprKind::And(operands) => operands.iter().collect(),
        _ => vec![expr],
    }
}

/// Visits `expr` with `guards` (the other operands of the enclosing `and` chains) in scope;
/// `positive` is false under an odd number of `not`s, where an empty list fails rather than
/// passes.
fn visit<'e>(
    expr: &'e Expr,
    guards: &mut Vec<&'e Expr>,
    positive: bool,
    flag: &mut impl FnMut((lexpact_grammar::Span, String)),
) {
    match &expr.kind {
        ExprKind::And(operands) => {
            let before = guards.len();
            guards.extend(operands.iter());
            for operand in operands {
                visit(operand, guards, positive, flag);
            }
            guards.truncate(before);
        }
        ExprKind::Not(inner) => visit(inner, guards, !positive, flag),
        ExprKind::Quantified {
            quantifier: Quantifier::All,
            list,
            condition,
            ..
        } => {
            if positive && may_be_empty(list) {
                let text = expr_to_string(list);
                if !guards.iter().any(|g| guards_list(g, &text)) {
                    flag((expr.span, text));
                }
            }
            visit(list, guards, positive, flag);
            if let Some(condition) = condition {
                visit(condition, &mut Vec::new(), positive, flag);
            }
        }
        _ => {
            for child in walk::children(expr) {
                visit(child, guards, positive, flag);
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

/// Whether `guard` says the list written `list` has an item.
fn guards_list(guard: &Expr, list: &str) -> bool {
    let same = |e: &Expr| expr_to_string(e) == list;
    let counts = |e: &Expr| match &e.kind {
        ExprKind::Quantified {
            quantifier: Quantifier::Count,
            list: counted,
            ..
        } => same(counted),
        _ => false,
    };
    let number = |e: &Expr, at_least: f64| match &e.kind {
        ExprKind::Number(raw) => raw.parse::<f64>().is_ok_and(|n| n >= at_least),
        _ => false,
    };
    let empty = |e: &Expr| matches!(&e.kind, ExprKind::List(items) if items.is_empty());
    match &guard.kind {
        ExprKind::Quantified {
            quantifier: Quantifier::Any,
            list: listed,
            ..
        } => same(listed),
        ExprKind::Binary { op, lhs, rhs } => match op {
            BinaryOp::Gt => counts(lhs) && number(rhs, 0.0),
            BinaryOp::Ge => counts(lhs) && number(rhs, 1.0),
            BinaryOp::Lt => number(lhs, 0.0) && counts(rhs),
            BinaryOp::Le => number(lhs, 1.0) && counts(rhs),
            BinaryOp::Ne => {
                (same(lhs) && empty(rhs))
                    || (empty(lhs) && same(rhs))
                    || (counts(lhs) && number(rhs, 0.0) && !number(rhs, f64::MIN_POSITIVE))
            }
            _ => false,
        },
        ExprKind::And(operands) => operands.iter().any(|o| guards_list(o, list)),
        _ => false,
    }
}
