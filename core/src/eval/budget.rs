//! The explanation budget of one obligation: how many explanation nodes are kept, how many
//! bytes they and the facts read may take, and how many steps may be spent on work only the
//! explanation needs (operands and items after the one that decided an `and`, `or`, `all` or
//! `any`). The profile's step budget (`max_evaluation_steps`) is kept apart, so that an
//! explanation never changes a verdict or the `E0305` error: those are decided by the work
//! an evaluation without explanations also does.

use serde_json::Value as Json;

use super::value::Val;
use crate::Limits;

/// What one explanation node takes besides its value: the node itself and its place in its
/// parent's list of children (measured on a 64-bit build, rounded up).
pub(crate) const NODE_BYTES: usize = 128;

/// What one fact read takes besides its pointer and values: the record, its status and its
/// entry in the set of pointers already recorded.
pub(crate) const FACT_BYTES: usize = 192;

/// What is left of one obligation's explanation budget.
#[derive(Clone, Copy)]
pub(crate) struct ExplanationBudget {
    nodes: usize,
    bytes: usize,
    steps: usize,
}

impl ExplanationBudget {
    /// A fresh budget: `max_explanation_nodes` nodes, as many steps beyond the decision, and
    /// `Limits::max_explanation_bytes` bytes.
    pub fn new(limits: &Limits) -> Self {
        ExplanationBudget {
            nodes: limits.max_explanation_nodes,
            bytes: limits.max_explanation_bytes(),
            steps: limits.max_explanation_nodes,
        }
    }

    /// Takes one node and the bytes of the node itself (its value is taken when known, with
    /// `take_bytes`); `false` once the nodes or the bytes are spent. Taken before the node's
    /// children, so that a node kept always has room.
    pub fn take_node(&mut self) -> bool {
        if self.nodes == 0 || self.bytes < NODE_BYTES {
            return false;
        }
        self.nodes -= 1;
        self.bytes -= NODE_BYTES;
        true
    }

    /// Takes `bytes` if they fit (a long value left out does not stop shorter ones after it).
    pub fn take_bytes(&mut self, bytes: usize) -> bool {
        match self.bytes.checked_sub(bytes) {
            Some(left) => {
                self.bytes = left;
                true
            }
            None => false,
        }
    }

    /// The bytes still allowed: a measure of a value stops there.
    pub fn bytes_left(&self) -> usize {
        self.bytes
    }

    /// Takes `steps` steps of work only the explanation needs, or none if they do not fit
    /// (then nothing more is allowed).
    pub fn take_steps(&mut self, steps: usize) -> bool {
        match self.steps.checked_sub(steps) {
            Some(left) => {
                self.steps = left;
                true
            }
            None => {
                self.steps = 0;
                false
            }
        }
    }

    /// The steps beyond the decision still allowed.
    pub fn steps_left(&self) -> usize {
        self.steps
    }

    /// Whether any further work or node would be refused.
    pub fn spent(&self) -> bool {
        self.nodes == 0 || self.bytes < NODE_BYTES || self.steps == 0
    }
}

/// About how many bytes `val` takes once shown in an explanation node, or `None` if more
/// than `limit` (the measure stops there, so a long list costs no more than the budget).
pub(crate) fn shown_bytes(val: &Val<'_>, limit: usize) -> Option<usize> {
    match val {
        Val::Str(s) => (s.len() <= limit).then_some(s.len()),
        Val::Items(items, _) => {
            let mut total = 0usize;
            for item in *items {
                total += json_bytes(item, limit.checked_sub(total)?)?;
            }
            Some(total)
        }
        Val::Record(json, _) => json_bytes(json, limit),
        Val::List(items) => {
            let mut total = 0usize;
            for (item, _) in items {
                total += NODE_BYTES / 4 + shown_bytes(item, limit.checked_sub(total)?)?;
            }
            (total <= limit).then_some(total)
        }
        Val::Unknown | Val::Bool(_) | Val::Num(_) | Val::Date(_) => Some(0),
    }
}

/// About how many bytes a copy of `json` takes, or `None` if more than `limit`. It recurses
/// as deep as the value nests: a profile's values are within `max_depth`.
pub(crate) fn json_bytes(json: &Json, limit: usize) -> Option<usize> {
    /// A JSON value's own size in memory, besides what it points to.
    const VALUE: usize = 32;
    /// A map entry's own size (key and value), besides what they point to.
    const ENTRY: usize = 80;
    let mut total = VALUE;
    match json {
        Json::String(s) => total += s.len(),
        Json::Array(items) => {
            for item in items {
                total += json_bytes(item, limit.checked_sub(total)?)?;
            }
        }
        Json::Object(map) => {
            for (key, item) in map {
                total += ENTRY + key.len();
                total += json_bytes(item, limit.checked_sub(total)?)?;
            }
        }
        Json::Null | Json::Bool(_) | Json::Number(_) => {}
    }
    (total <= limit).then_some(total)
}

#[cfg(test)]
mod tests {
    use super::{ExplanationBudget, json_bytes};
    use serde_json::json;

    #[test]
    fn a_measure_stops_at_its_limit() {
        let long = json!(vec!["x"; 10_000]);
        assert_eq!(json_bytes(&long, 1_000), None);
        assert!(json_bytes(&long, 1_000_000).is_some_and(|n| n > 10_000));
        assert_eq!(json_bytes(&json!(true), 1_000), Some(32));
    }

    #[test]
    fn a_spent_budget_refuses_everything_after() {
        let limits = crate::Limits {
            max_explanation_nodes: 2,
            ..crate::Limits::default()
        };
        let mut budget = ExplanationBudget::new(&limits);
        assert!(budget.take_node() && budget.take_node());
        assert!(!budget.take_node() && budget.spent());
        assert_eq!(
            budget.bytes_left(),
            limits.max_explanation_bytes() - 2 * super::NODE_BYTES
        );
        let bytes = budget.bytes_left();
        assert!(!budget.take_bytes(usize::MAX) && budget.take_bytes(bytes));
        assert_eq!(budget.bytes_left(), 0);
        assert!(budget.take_steps(2) && !budget.take_steps(1));
    }
}
