//! `undatable-deadline` (L0107): a `deadline` tells on time from late by the day the
//! obligation was met. That day comes from the rule's `met on` clause or, without one, from
//! the histories of the facts `require` reads ("Deadlines" in `docs/language.md`). A fact can
//! have a history when it is read from the profile's root (not from an item of a list, which
//! cannot have one) and, when the rule set names a schema, the schema offers it as a fact
//! (beside the fact envelope). With neither, a `met` obligation is `on_time` until the
//! deadline and `unknown` ever after, whatever the State did.

use lexpact_grammar::ast::ClauseKind;
use rustc_hash::FxHashMap;

use crate::ir::{Base, Expr, ExprKind};
use crate::schema::Schema;

use super::catalogue::UNDATABLE_DEADLINE;
use super::{Context, walk};

pub(crate) fn check(cx: &mut Context<'_>) {
    let compiled: FxHashMap<&str, &crate::ir::Obligation> =
        cx.rules.obligations().iter().map(|o| (o.id(), o)).collect();
    let schema = cx.rules.schema();
    let mut found = Vec::new();
    for (index, parsed) in cx.files.iter().enumerate() {
        for obligation in parsed.obligations() {
            let Some((deadline, _)) = walk::clause(obligation, |k| match k {
                ClauseKind::Deadline { .. } => Some(()),
                _ => None,
            }) else {
                continue;
            };
            let Some(ir) = compiled.get(obligation.id.name.as_str()) else {
                continue;
            };
            if ir.met_on.is_some() || has_history(&ir.require, schema) {
                continue;
            }
            found.push((index, deadline.span, obligation.id.name.clone()));
        }
    }
    for (file, span, id) in found {
        cx.report(
            &UNDATABLE_DEADLINE,
            file,
            span,
            format!("no evaluation can tell when `{id}` was met: it has no `met on` clause and its `require` reads no fact that can have a history"),
            Some("add `met on` with the date the measure took effect (e.g. an `established_date` fact)".to_string()),
        );
    }
}

/// Whether `expr` reads a fact that can have a history.
fn has_history(expr: &Expr, schema: Option<&Schema>) -> bool {
    if let ExprKind::Fact {
        base: Base::Root,
        keys,
        ..
    } = &expr.kind
    {
        let Some(schema) = schema else { return true };
        let mut node = schema.root();
        for key in keys.iter() {
            // Below an unconstrained node a profile may give any fact an envelope.
            if matches!(schema.node(node), crate::schema::Node::Any) {
                return true;
            }
            match schema.field(node, key) {
                Ok(next) => node = next,
                Err(_) => return false,
            }
        }
        if schema.is_fact(node) {
            return true;
        }
    }
    walk::ir_children(expr)
        .into_iter()
        .any(|child| has_history(child, schema))
}
