//! Labels and fact paths made once per rule set: a definition's body is lowered again at every
//! use, and many rules read the same facts, so the same text would otherwise be printed and
//! the same keys and pointers built over and over.

use std::sync::Arc;

use lexpact_grammar::ast;
use lexpact_grammar::print::push_expr;
use rustc_hash::FxHashMap;

use crate::ir::PathNode;

/// The keys of a fact below its base, and its JSON pointer.
#[derive(Clone)]
pub(crate) struct FactPath {
    pub keys: Arc<[Arc<str>]>,
    pub pointer: Arc<str>,
    /// No prefixes yet (`crate::paths` numbers them once the rule set is lowered).
    pub prefixes: Arc<[PathNode]>,
}

pub(crate) struct Interned<'a> {
    /// The label of each source expression, by its place in the parsed files (which outlive
    /// the compile, so a place never names two expressions).
    labels: FxHashMap<*const ast::Expr, Arc<str>>,
    /// Each key read, once.
    keys: FxHashMap<&'a str, Arc<str>>,
    /// The keys and pointer of each path read, by its keys.
    facts: FxHashMap<Box<[&'a str]>, FactPath>,
    /// Where a label or pointer is written before it is copied to its own allocation.
    buffer: String,
    /// The empty prefixes every fact starts with.
    no_prefixes: Arc<[PathNode]>,
}

impl<'a> Interned<'a> {
    /// Sized for rules of `source_bytes` bytes in all: grown step by step, the tables would
    /// be copied several times over while the bundled library compiles.
    pub(crate) fn for_source(source_bytes: usize) -> Self {
        Interned {
            labels: FxHashMap::with_capacity_and_hasher(source_bytes / 100, Default::default()),
            keys: FxHashMap::with_capacity_and_hasher(source_bytes / 1000, Default::default()),
            facts: FxHashMap::with_capacity_and_hasher(source_bytes / 300, Default::default()),
            buffer: String::new(),
            no_prefixes: Arc::from([]),
        }
    }

    /// The canonical text of `expr`, as explanations show it.
    pub(crate) fn label(&mut self, expr: &'a ast::Expr) -> Arc<str> {
        let buffer = &mut self.buffer;
        Arc::clone(
            self.labels
                .entry(std::ptr::from_ref(expr))
                .or_insert_with(|| {
                    buffer.clear();
                    push_expr(buffer, expr);
                    Arc::from(buffer.as_str())
                }),
        )
    }

    /// The keys and pointer of the fact `names` below its base.
    pub(crate) fn fact(&mut self, names: &[&'a str]) -> FactPath {
        if let Some(found) = self.facts.get(names) {
            return found.clone();
        }
        let keys: Arc<[Arc<str>]> = names
            .iter()
            .map(|&name| Arc::clone(self.keys.entry(name).or_insert_with(|| Arc::from(name))))
            .collect();
        // With no keys (a bare quantifier variable) the fact is the item itself.
        self.buffer.clear();
        for key in keys.iter() {
            crate::pointer::push_key(&mut self.buffer, key);
        }
        let path = FactPath {
            keys,
            pointer: Arc::from(self.buffer.as_str()),
            prefixes: Arc::clone(&self.no_prefixes),
        };
        self.facts.insert(names.into(), path.clone());
        path
    }
}
