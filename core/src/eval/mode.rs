//! What an evaluation records besides values. The evaluator is generic over it, so that an
//! evaluation without explanations carries no explanation nodes at all (not even empty
//! ones) and its branches that would build them are compiled away.

use std::sync::Arc;

use serde_json::Value as Json;

use crate::ir::Expr;
use crate::report::{ClauseExplanation, Explanation};

pub(crate) trait Mode {
    /// An explanation node, or nothing.
    type Node;
    /// Whether explanation nodes and the facts read are recorded (`Detail::Full`).
    const EXPLAIN: bool;

    /// The node of `expr`: its value (asked for only when recorded), whether it is known, the
    /// fact it reads and its children.
    fn node(
        expr: &Expr,
        value: impl FnOnce() -> Json,
        known: bool,
        fact: Option<&Arc<str>>,
        children: Vec<Self::Node>,
    ) -> Self::Node;

    /// A clause's tree, as the report shows it.
    fn clause(name: &str, node: Self::Node) -> Option<ClauseExplanation>;
}

/// Everything: the report's explanation trees and facts read.
pub(crate) struct Explained;

/// Values, verdicts and missing facts only.
pub(crate) struct Quiet;

impl Mode for Explained {
    type Node = Explanation;
    const EXPLAIN: bool = true;

    fn node(
        expr: &Expr,
        value: impl FnOnce() -> Json,
        known: bool,
        fact: Option<&Arc<str>>,
        children: Vec<Explanation>,
    ) -> Explanation {
        Explanation {
            expr: expr.label.clone(),
            value: value(),
            known,
            fact: fact.cloned(),
            children,
        }
    }

    fn clause(name: &str, node: Explanation) -> Option<ClauseExplanation> {
        Some(ClauseExplanation {
            clause: name.to_string(),
            node,
        })
    }
}

impl Mode for Quiet {
    type Node = ();
    const EXPLAIN: bool = false;

    fn node(
        _: &Expr,
        _: impl FnOnce() -> Json,
        _: bool,
        _: Option<&Arc<str>>,
        _: Vec<()>,
    ) -> Self::Node {
    }

    fn clause(_: &str, (): ()) -> Option<ClauseExplanation> {
        None
    }
}
