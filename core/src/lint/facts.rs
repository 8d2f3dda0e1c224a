//! `unread-facts` (L0110, information): the facts of the schema that no obligation reads,
//! one finding per top-level group of the schema, at the `schema` declaration. A fact no rule
//! reads is asked of every State for nothing, or names a duty the library has not encoded.
//!
//! A fact is a leaf of the schema (a scalar, a list of scalars, an unconstrained value), named
//! by its path (`*` for a field `additionalProperties` types, `[]` for the items of a list).
//! It is read when an obligation's condition (definitions expanded) reads it, or reads an
//! object or list that holds it. The fields that frame a profile rather than describe a State
//! (`profile`, `as_of`, `exceptions`, `jurisdictions`, `competences`) are left out.

use lexpact_grammar::ast::Item;
use rustc_hash::FxHashSet;

use crate::ir::{Base, Expr, ExprKind};
use crate::schema::{Node, NodeId, Schema};

use super::catalogue::UNREAD_FACTS;
use super::{Context, walk};

const FRAME: &[&str] = &[
    "profile",
    "as_of",
    "exceptions",
    "jurisdictions",
    "competences",
];

/// How many unread facts a finding names before "and N more".
const NAMED: usize = 12;

pub(crate) fn check(cx: &mut Context<'_>) {
    let Some(schema) = cx.rules.schema() else {
        return;
    };
    let Some((file, span)) = cx.files.iter().enumerate().find_map(|(index, parsed)| {
        parsed.file.items.iter().find_map(|item| match item {
            Item::Schema(decl) => Some((index, decl.span)),
            _ => None,
        })
    }) else {
        return;
    };
    let mut read = FxHashSet::default();
    for obligation in cx.rules.obligations() {
        let clauses = [
            Some(&obligation.require),
            obligation.applies.as_ref(),
            obligation.partial.as_ref(),
            obligation.met_on.as_ref(),
        ];
        let mut slots = Vec::new();
        for expr in clauses.into_iter().flatten() {
            reads(expr, schema, &mut slots, &mut read);
        }
    }
    let mut leaves = Vec::new();
    let mut path = Vec::new();
    let mut on_path = Vec::new();
    collect_leaves(schema, schema.root(), &mut path, &mut on_path, &mut leaves);
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for leaf in leaves {
        let Some(group) = leaf.first() else { continue };
        if FRAME.contains(&group.as_str()) {
            continue;
        }
        let covered =
            (1..=leaf.len()).any(|n| read.contains(&leaf.get(..n).unwrap_or_default().join(".")));
        if covered {
            continue;
        }
        let name = leaf.join(".");
        match groups.last_mut() {
            Some((g, names)) if g == group => names.push(name),
            _ => groups.push((group.clone(), vec![name])),
        }
    }
    for (group, names) in groups {
        let shown: Vec<String> = names.iter().take(NAMED).map(|n| format!("`{n}`")).collect();
        let more = names.len().saturating_sub(NAMED);
        let tail = if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        };
        let count = names.len();
        cx.report(
            &UNREAD_FACTS,
            file,
            span,
            format!(
                "`{group}`: no obligation reads {count} of its facts in the schema: {}{tail}",
                shown.join(", ")
            ),
            None,
        );
    }
}

/// Adds to `read` the path of every fact `expr` reads; `slots` holds the path of each
/// quantifier's item, by slot.
fn reads(
    expr: &Expr,
    schema: &Schema,
    slots: &mut Vec<Option<(Vec<String>, NodeId)>>,
    read: &mut FxHashSet<String>,
) {
    if let Some(found) = fact_path(expr, schema, slots) {
        read.insert(found.0.join("."));
    }
    if let ExprKind::Quantified {
        slot,
        list,
        condition,
        ..
    } = &expr.kind
    {
        let item =
            fact_path(list, schema, slots).and_then(|(mut path, node)| match schema.node(node) {
                Node::Array { items: Some(items) } => {
                    path.push("[]".to_string());
                    Some((path, *items))
                }
                _ => None,
            });
        if slots.len() <= *slot {
            slots.resize(slot + 1, None);
        }
        if let Some(place) = slots.get_mut(*slot) {
            *place = item;
        }
        // A quantifier with a condition reads the fields the condition reads, not every
        // field of the list's items.
        if let Some(condition) = condition {
            if fact_path(list, schema, slots).is_none() {
                reads(list, schema, slots, read);
            }
            reads(condition, schema, slots, read);
            return;
        }
    }
    for child in walk::ir_children(expr) {
        reads(child, schema, slots, read);
    }
}

/// The schema path and node of a fact `expr` reads, when it is one.
fn fact_path(
    expr: &Expr,
    schema: &Schema,
    slots: &[Option<(Vec<String>, NodeId)>],
) -> Option<(Vec<String>, NodeId)> {
    let ExprKind::Fact { base, keys, .. } = &expr.kind else {
        return None;
    };
    let (mut path, mut node) = match base {
        Base::Root => (Vec::new(), schema.root()),
        Base::Var(slot) => slots.get(*slot).cloned().flatten()?,
    };
    for key in keys.iter() {
        let listed =
            matches!(schema.node(node), Node::Object { fields, .. } if fields.contains_key(&**key));
        path.push(if listed {
            key.to_string()
        } else {
            "*".to_string()
        });
        node = schema.field(node, key).ok()?;
    }
    Some((path, node))
}

/// Every leaf below `node`, by path; `on_path` stops a schema that refers to itself.
fn collect_leaves(
    schema: &Schema,
    node: NodeId,
    path: &mut Vec<String>,
    on_path: &mut Vec<NodeId>,
    out: &mut Vec<Vec<String>>,
) {
    if on_path.contains(&node) {
        return;
    }
    on_path.push(node);
    match schema.node(node) {
        Node::Object {
            fields, additional, ..
        } => {
            for (name, child) in fields {
                path.push(name.clone());
                collect_leaves(schema, *child, path, on_path, out);
                path.pop();
            }
            if let Some(child) = additional {
                path.push("*".to_string());
                collect_leaves(schema, *child, path, on_path, out);
                path.pop();
            }
        }
        Node::Array { items: Some(items) }
            if matches!(schema.node(*items), Node::Object { .. }) =>
        {
            path.push("[]".to_string());
            collect_leaves(schema, *items, path, on_path, out);
            path.pop();
        }
        _ => out.push(path.clone()),
    }
    on_path.pop();
}
