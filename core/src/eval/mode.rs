//! What an evaluation records besides values. The evaluator is generic over it, so that an
//! evaluation without explanations carries no explanation nodes at all (not even empty
//! ones) and its branches that would build them are compiled away.

use std::sync::Arc;

use serde_json::Value as Json;

use crate::ir::Expr;
use crate::report::{ClauseExplanation, Explanation};

pub(crate) trait Mode {
    /// An explanation node (or none, once the explanation budget is spent), or nothing.
    type Node;
    /// The nodes of a node's children gathered so far, and whether any was left out.
    type Children: Default;
    /// Whether explanation nodes and the facts read are recorded (`Detail::Full`).
    const EXPLAIN: bool;

    /// No node: left out of the explanation.
    fn none() -> Self::Node;

    /// Adds a child's node; a child left out marks the parent as truncated.
    fn add(children: &mut Self::Children, node: Self::Node);

    /// Marks the parent as truncated: some of its children were not evaluated for it.
    fn cut(children: &mut Self::Children);

    /// The node of `expr`: its value (asked for only when recorded), whether it is known, the
    /// fact it reads and its children.
    fn node(
        expr: &Expr,
        value: impl FnOnce() -> Json,
        known: bool,
        fact: Option<&Arc<str>>,
        children: Self::Children,
    ) -> Self::Node;

    /// A clause's tree, as the report shows it. A clause whose root node was left out shows
    /// its expression and value (`value`), marked as truncated.
    fn clause(
        name: &str,
        expr: &Expr,
        value: impl FnOnce() -> (Json, bool),
        node: Self::Node,
    ) -> Option<ClauseExplanation>;
}

/// Everything: the report's explanation trees and facts read.
pub(crate) struct Explained;

/// Values, verdicts and missing facts only.
pub(crate) struct Quiet;

/// The children kept of an explanation node.
#[derive(Default)]
pub(crate) struct Kept {
    nodes: Vec<Explanation>,
    truncated: bool,
}

impl Mode for Explained {
    type Node = Option<Explanation>;
    type Children = Kept;
    const EXPLAIN: bool = true;

    fn none() -> Self::Node {
        None
    }

    fn add(children: &mut Kept, node: Option<Explanation>) {
        match node {
            Some(node) => children.nodes.push(node),
            None => children.truncated = true,
        }
    }

    fn cut(children: &mut Kept) {
        children.truncated = true;
    }

    fn node(
        expr: &Expr,
        value: impl FnOnce() -> Json,
        known: bool,
        fact: Option<&Arc<str>>,
        children: Kept,
    ) -> Option<Explanation> {
        Some(Explanation {
            expr: expr.label.clone(),
            value: value(),
            known,
            fact: fact.cloned(),
            children: children.nodes,
            truncated: children.truncated,
        })
    }

    fn clause(
        name: &str,
        expr: &Expr,
        value: impl FnOnce() -> (Json, bool),
        node: Option<Explanation>,
    ) -> Option<ClauseExplanation> {
        let node = node.unwrap_or_else(|| {
            let (value, known) = value();
            Explanation {
                expr: expr.label.clone(),
                value,
                known,
                fact: None,
                children: Vec::new(),
                truncated: true,
            }
        });
        Some(ClauseExplanation {
            clause: name.to_string(),
            node,
        })
    }
}

impl Mode for Quiet {
    type Node = ();
    type Children = ();
    const EXPLAIN: bool = false;

    fn none() {}

    fn add((): &mut (), (): ()) {}

    fn cut((): &mut ()) {}

    fn node(_: &Expr, _: impl FnOnce() -> Json, _: bool, _: Option<&Arc<str>>, (): ()) {}

    fn clause(
        _: &str,
        _: &Expr,
        _: impl FnOnce() -> (Json, bool),
        (): (),
    ) -> Option<ClauseExplanation> {
        None
    }
}
