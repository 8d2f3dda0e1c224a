//! Definitions may use each other but never themselves: a cycle would make expansion endless.

use std::collections::BTreeMap;

use lexpact_grammar::ast::{Expr, ExprKind};

use super::Context;
use crate::diagnostic::codes;

/// Reports every cycle between definitions, once, at the definition where it was found.
pub(crate) fn check(cx: &mut Context<'_>) {
    let mut calls: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (name, info) in &cx.defs {
        let mut used = Vec::new();
        names_used(&info.def.body, &mut used);
        used.retain(|n| cx.defs.contains_key(n));
        calls.insert(name, used);
    }
    // Iterative depth-first search: 0 = unvisited, 1 = on the stack, 2 = done.
    let mut state: BTreeMap<&str, u8> = BTreeMap::new();
    let mut found = Vec::new();
    for start in calls.keys() {
        if state.get(start).copied().unwrap_or(0) != 0 {
            continue;
        }
        let mut stack: Vec<(&str, usize)> = vec![(start, 0)];
        state.insert(start, 1);
        while let Some((node, next)) = stack.last().copied() {
            let callees = calls.get(node).map(Vec::as_slice).unwrap_or_default();
            if let Some(callee) = callees.get(next) {
                if let Some(top) = stack.last_mut() {
                    top.1 += 1;
                }
                match state.get(callee).copied().unwrap_or(0) {
                    0 => {
                        state.insert(callee, 1);
                        stack.push((callee, 0));
                    }
                    1 => {
                        let from = stack.iter().position(|(n, _)| n == callee).unwrap_or(0);
                        let mut chain: Vec<&str> =
                            stack.iter().skip(from).map(|(n, _)| *n).collect();
                        cx.cyclic.extend(chain.iter().map(|n| n.to_string()));
                        chain.push(callee);
                        found.push((callee.to_string(), chain.join(" → ")));
                    }
                    _ => {}
                }
            } else {
                state.insert(node, 2);
                stack.pop();
            }
        }
    }
    for (name, chain) in found {
        if let Some(info) = cx.defs.get(name.as_str()) {
            let (file, span) = (info.file, info.def.name.span);
            cx.push(
                cx.err(
                    file,
                    codes::CYCLE,
                    format!("definitions use each other in a cycle: {chain}"),
                    span,
                )
                .with_help("a definition may not use itself, directly or through others"),
            );
        }
    }
}

/// The names called (or used bare, for definitions without parameters) in an expression.
pub(crate) fn names_used<'a>(expr: &'a Expr, out: &mut Vec<&'a str>) {
    match &expr.kind {
        ExprKind::Call { name, args } => {
            out.push(&name.name);
            for arg in args {
                names_used(arg, out);
            }
        }
        ExprKind::Path(parts) => {
            if let Some(root) = parts.first() {
                out.push(&root.name);
            }
        }
        ExprKind::List(items) | ExprKind::And(items) | ExprKind::Or(items) => {
            for item in items {
                names_used(item, out);
            }
        }
        ExprKind::Not(inner) | ExprKind::Neg(inner) => names_used(inner, out),
        ExprKind::Binary { lhs, rhs, .. } => {
            names_used(lhs, out);
            names_used(rhs, out);
        }
        ExprKind::Quantified {
            list, condition, ..
        } => {
            names_used(list, out);
            if let Some(c) = condition {
                names_used(c, out);
            }
        }
        ExprKind::Bool(_) | ExprKind::Number(_) | ExprKind::Date(_) | ExprKind::Str(_) => {}
    }
}
