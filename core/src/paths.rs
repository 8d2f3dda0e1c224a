//! Numbers every distinct prefix of the facts the rules read from a profile's root (a trie
//! of their keys), so that an evaluation looks each object of a profile up once, however many
//! obligations read below it (see `eval::located`).
//!
//! Built once per rule set, after lowering: each root fact's `prefixes` lists the node of
//! `keys[..1]`, `keys[..2]`, …, `keys`. A node's parent is always numbered before it.

use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::ir::{Base, Expr, ExprKind, Obligation, PathNode};
use crate::schema::{Node, NodeId, ReadTable, Schema};

/// Numbers the prefixes of every root fact of `obligations`, fills in their `prefixes`, and
/// returns how many nodes there are.
pub(crate) fn number_paths(obligations: &mut [Obligation]) -> usize {
    // About as many paths as rules (grown step by step, the tables are copied again and again).
    let mut trie = Trie {
        nodes: FxHashMap::with_capacity_and_hasher(obligations.len() * 2, Default::default()),
        done: FxHashMap::with_capacity_and_hasher(obligations.len() * 2, Default::default()),
    };
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

struct Trie {
    /// (parent, key) → node; `None` is the root of the profile.
    nodes: FxHashMap<(Option<PathNode>, Arc<str>), PathNode>,
    /// The prefixes already found for a list of keys the compiler shares between facts (it
    /// makes each path's keys once), so a path read by many rules is walked once.
    done: FxHashMap<*const [Arc<str>], Arc<[PathNode]>>,
}

impl Trie {
    fn number(&mut self, expr: &mut Expr) {
        match &mut expr.kind {
            ExprKind::Fact {
                base: Base::Root,
                keys,
                prefixes,
                ..
            } => {
                *prefixes = match self.done.get(&Arc::as_ptr(keys)) {
                    Some(found) => Arc::clone(found),
                    None => {
                        let found = self.prefixes(keys);
                        self.done.insert(Arc::as_ptr(keys), Arc::clone(&found));
                        found
                    }
                }
            }
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

/// The profile paths a rule set reads from the root, as a tree of keys: what an evaluation
/// validates by default (`crate::rule_set::Validation::Read`). A node marked `whole` is a fact
/// (or an object) read as a whole, so everything below it is checked.
#[derive(Debug, Clone, Default)]
pub struct ReadPaths {
    /// Read as a whole: the subtree is validated in full.
    pub(crate) whole: bool,
    /// The keys read below this place.
    pub(crate) children: Vec<(Arc<str>, ReadPaths)>,
    /// Every field the schema lists for the object here, with its schema node and, when the
    /// rules read below it, its place in `children`: one lookup per key of a profile object,
    /// as full validation makes (`resolve`; `None` until then, or where the schema has no
    /// object).
    pub(crate) fields: Option<ReadTable>,
}

/// The paths below the root that an evaluation reads whatever the rules: the State's name
/// (the report's `profile.state`), the date and format marker, and the exceptions invoked.
const ALWAYS_READ: [&[&str]; 4] = [
    &["profile"],
    &["as_of"],
    &["exceptions"],
    &["state", "name"],
];

impl ReadPaths {
    /// The paths every fact of `obligations` read from the root lies on, with `ALWAYS_READ`.
    pub(crate) fn of(obligations: &[Obligation]) -> ReadPaths {
        let mut tree = ReadPaths::default();
        for keys in ALWAYS_READ {
            tree.insert(keys.iter().copied());
        }
        // Inserting a path again changes nothing, and the compiler shares each path's keys
        // between the facts that read it: each list of keys is inserted once.
        let mut seen =
            FxHashSet::with_capacity_and_hasher(obligations.len() * 2, Default::default());
        for ob in obligations {
            let clauses = [
                ob.applies.as_ref(),
                Some(&ob.require),
                ob.partial.as_ref(),
                ob.met_on.as_ref(),
            ];
            for expr in clauses.into_iter().flatten() {
                tree.collect(expr, &mut seen);
            }
        }
        tree
    }

    /// Fills in `fields` from `schema`, at `id` (the root for the whole tree).
    pub(crate) fn resolve(&mut self, schema: &Schema, id: NodeId) {
        if self.whole {
            return;
        }
        let (
            Node::Object {
                index, additional, ..
            },
            Some(table),
        ) = (schema.node(id), schema.read_table(id))
        else {
            return;
        };
        // A copy of the schema's table: its names are shared, not allocated again.
        let mut fields = table.clone();
        for (at, (key, below)) in self.children.iter_mut().enumerate() {
            let Some(child) = index.get(key.as_ref()).copied().or(*additional) else {
                continue;
            };
            below.resolve(schema, child);
            if let Some(field) = fields.get_mut(key.as_ref()) {
                field.1 = Some(at);
            }
        }
        self.fields = Some(fields);
    }

    /// The node of `key` below this one, if the rules read below it.
    pub(crate) fn child(&self, key: &str) -> Option<&ReadPaths> {
        self.children
            .iter()
            .find(|(name, _)| name.as_ref() == key)
            .map(|(_, node)| node)
    }

    fn insert<'k>(&mut self, keys: impl Iterator<Item = &'k str>) {
        let mut node = self;
        for key in keys {
            if node.whole {
                // Already read as a whole: a longer path adds nothing.
                return;
            }
            let at = match node
                .children
                .iter()
                .position(|(name, _)| name.as_ref() == key)
            {
                Some(at) => at,
                None => {
                    node.children.push((Arc::from(key), ReadPaths::default()));
                    node.children.len() - 1
                }
            };
            let Some((_, next)) = node.children.get_mut(at) else {
                return;
            };
            node = next;
        }
        node.whole = true;
        node.children.clear();
    }

    fn collect(&mut self, expr: &Expr, seen: &mut FxHashSet<*const [Arc<str>]>) {
        match &expr.kind {
            ExprKind::Fact {
                base: Base::Root,
                keys,
                ..
            } => {
                if seen.insert(Arc::as_ptr(keys)) {
                    self.insert(keys.iter().map(AsRef::as_ref));
                }
            }
            // Any other fact (a quantifier's item lies inside a list read from the root, checked
            // as a whole) or literal has no child to walk.
            _ => expr.for_each_child(|child| self.collect(child, seen)),
        }
    }
}
