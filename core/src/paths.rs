//! Numbers every distinct prefix of the facts the rules read from a profile's root (a trie
//! of their keys), so that an evaluation looks each object of a profile up once, however many
//! obligations read below it (see `eval::located`).
//!
//! Built once per rule set, after lowering: each root fact's `prefixes` lists the node of
//! `keys[..1]`, `keys[..2]`, …, `keys`. A node's parent is always numbered before it.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::ir::{Base, Expr, ExprKind, Obligation, PathNode};

/// Numbers the prefixes of every root fact of `obligations`, fills in their `prefixes`, and
/// returns how many nodes there are.
pub(crate) fn number_paths(obligations: &mut [Obligation]) -> usize {
    let mut trie = Trie::default();
    for ob in obligations {
        let clauses = [
            ob.applies.as_mut(),
            Some(&mut ob.require),
            ob.partial.as_mut(),
            ob.met_on.as_mut(),
        ];
        for expr in clauses.into_iter().flatten() {
            trie.number(expr);
        }
    }
    trie.nodes.len()
}

#[derive(Default)]
struct Trie {
    /// (parent, key) → node; `None` is the root of the profile.
    nodes: FxHashMap<(Option<PathNode>, Arc<str>), PathNode>,
}

impl Trie {
    fn number(&mut self, expr: &mut Expr) {
        match &mut expr.kind {
            ExprKind::Fact {
                base: Base::Root,
                keys,
                prefixes,
                ..
            } => *prefixes = self.prefixes(keys),
            ExprKind::Fact { .. } | ExprKind::Literal(_) => {}
            ExprKind::Not(inner) | ExprKind::Neg(inner) => self.number(inner),
            ExprKind::Call { body, .. } => self.number(body),
            ExprKind::And(items)
            | ExprKind::Or(items)
            | ExprKind::List(items)
            | ExprKind::Builtin(_, items) => items.iter_mut().for_each(|e| self.number(e)),
            ExprKind::Compare(_, a, b) | ExprKind::Arith(_, a, b) => {
                self.number(a);
                self.number(b);
            }
            ExprKind::In { item, list, .. } => {
                self.number(item);
                self.number(list);
            }
            ExprKind::Quantified {
                list, condition, ..
            } => {
                self.number(list);
                if let Some(condition) = condition {
                    self.number(condition);
                }
            }
        }
    }

    fn prefixes(&mut self, keys: &[Arc<str>]) -> Arc<[PathNode]> {
        let mut parent = None;
        keys.iter()
            .map(|key| {
                let next = PathNode(u32::try_from(self.nodes.len()).unwrap_or(u32::MAX));
                let node = *self.nodes.entry((parent, key.clone())).or_insert(next);
                parent = Some(node);
                node
            })
            .collect()
    }
}
