//! The depth limit on the shape of an expression, and the order of the errors found in it.
//!
//! Besides brackets and quantifiers (which the lexer counts, see `nesting.rs`), the limit
//! `max_depth` bounds how deep the *tree* of an expression grows, so that the checker and the
//! evaluator, which recurse over it, cannot be made to overflow: `not not … a` and
//! `1 + 1 + …` are refused past it. A node's depth is the number of these steps above it:
//!
//! - an operand of an `and` / `or` chain of two or more operands: one more than the chain;
//! - the operand of `k` prefixes `not` (or `-`): `k` more than the prefixed expression;
//! - an operand of a comparison or of a `+ -` / `* /` chain: one more than the chain; the
//!   chain itself needs `1 + n` levels for its `n` operators (the `n`-th operator is checked
//!   at that depth, against the span of the whole chain);
//! - a list item, a call argument, a quantifier's list or condition: one more;
//! - a parenthesised expression: the same as the brackets.
//!
//! The error names the first node, in the order "a node before what it contains, operands left
//! to right", that is deeper than the limit. Escapes a string may not hold (E0004) and
//! quantifiers without `where` (E0005) take their place in the same order: whichever comes
//! first is reported.
//!
//! A left-to-right parser does not know a chain's depth when it starts its first operand: in
//! `a and b`, `a` turns out one level deeper only when `and` is read. So this module keeps,
//! for the subtree being parsed, the nodes that could fail first, each relative to that
//! subtree's root ("visits" deeper than every one before them: a shallower node after a
//! deeper one can never fail first), and shifts them when the subtree's own depth becomes
//! known. The list holds at most `max_depth + 1` visits; a visit already deeper than the
//! limit relative to its subtree fails whatever happens above it and ends the list.

use crate::error::{SyntaxError, too_deep};
use crate::span::Span;

/// Marks the span end of a chain's operator visit until the chain ends.
const OPEN_END: usize = usize::MAX;

#[derive(Debug, Clone, Copy)]
struct Visit {
    /// Levels below the root of the subtree that holds the visit.
    below: usize,
    span: Span,
}

/// The nodes of one expression that may fail the limit, and the first error certain to.
pub(super) struct DepthLimit {
    max_depth: usize,
    visits: Vec<Visit>,
    /// Where the visits of the innermost subtree being parsed begin.
    base: usize,
    /// The first error that happens whatever the depths above, after every visit kept.
    error: Option<Box<SyntaxError>>,
}

/// A subtree whose depth below its parent is not known yet when it starts.
#[must_use]
pub(super) struct Subtree {
    at: usize,
    parent_base: usize,
    /// False when an error came before the subtree: nothing in it can come first.
    counted: bool,
}

impl DepthLimit {
    pub fn new(max_depth: usize) -> Self {
        DepthLimit {
            max_depth,
            visits: Vec::new(),
            base: 0,
            error: None,
        }
    }

    /// Starts the expression of a definition or clause.
    pub fn start_root(&mut self) {
        self.visits.clear();
        self.base = 0;
        self.error = None;
    }

    /// Ends the expression started last: its first error, if any.
    pub fn finish_root(&mut self) -> Option<Box<SyntaxError>> {
        self.visits.clear();
        self.error.take()
    }

    pub fn open(&mut self) -> Subtree {
        let subtree = Subtree {
            at: self.visits.len(),
            parent_base: self.base,
            counted: self.error.is_none(),
        };
        self.base = self.visits.len();
        subtree
    }

    /// Ends a subtree that lies `levels` below its parent and spans `span` (brackets included).
    pub fn close(&mut self, subtree: Subtree, span: Span, levels: usize) {
        self.base = subtree.parent_base;
        if !subtree.counted {
            return;
        }
        let at = subtree.at;
        if self.visits.len() <= at {
            // Nothing below could fail first (most subtrees: a path, a literal): at most the
            // subtree's own root is a visit, so the general shuffle below is not needed.
            self.close_leaf(at, subtree.parent_base, span, levels);
            return;
        }
        if levels > 0 {
            // The subtree's root is a node of its own, `levels` below the parent.
            self.visits.insert(at, Visit { below: 0, span });
            for visit in self.visits.iter_mut().skip(at) {
                visit.below += levels;
            }
        }
        // Keep only the visits deeper than every visit of the parent before them.
        let floor = if at > subtree.parent_base {
            at.checked_sub(1)
                .and_then(|i| self.visits.get(i))
                .map_or(0, |v| v.below)
        } else {
            0
        };
        let shallow = self
            .visits
            .iter()
            .skip(at)
            .take_while(|v| v.below <= floor)
            .count();
        self.visits.drain(at..at + shallow);
        self.fail_past_limit(at);
    }

    /// `close` for a subtree that holds no visit: the same result without moving any.
    fn close_leaf(&mut self, at: usize, parent_base: usize, span: Span, levels: usize) {
        if levels == 0 {
            return;
        }
        let floor = if at > parent_base {
            at.checked_sub(1)
                .and_then(|i| self.visits.get(i))
                .map_or(0, |v| v.below)
        } else {
            0
        };
        if levels <= floor {
            return;
        }
        if levels > self.max_depth {
            self.error = Some(Box::new(too_deep(span, self.max_depth)));
        } else {
            self.visits.push(Visit {
                below: levels,
                span,
            });
        }
    }

    /// The check of a chain's operator, `below` levels under the chain that starts at
    /// `chain_start`; its span is the whole chain, known at [`DepthLimit::end_chain`].
    pub fn operator(&mut self, below: usize, chain_start: usize) {
        if self.error.is_some() {
            return;
        }
        let floor = self
            .visits
            .len()
            .checked_sub(1)
            .filter(|&i| i >= self.base)
            .and_then(|i| self.visits.get(i))
            .map_or(0, |v| v.below);
        if below > floor {
            let at = self.visits.len();
            self.visits.push(Visit {
                below,
                span: Span::new(chain_start, OPEN_END),
            });
            self.fail_past_limit(at);
        }
    }

    /// Ends the chain that starts at `chain_start`: its operator visits span `chain_start..end`.
    pub fn end_chain(&mut self, chain_start: usize, end: usize) {
        let open = Span::new(chain_start, OPEN_END);
        for visit in self.visits.iter_mut().filter(|v| v.span == open) {
            visit.span.end = end;
        }
        if let Some(error) = self.error.as_mut().filter(|e| e.span == open) {
            error.span.end = end;
        }
    }

    /// Whether the expression is certain to give an error: its tree will be thrown away, so
    /// it need not grow deeper (a long `not` or `+` chain would make it too deep to drop).
    pub fn failed(&self) -> bool {
        self.error.is_some()
    }

    /// An error met at this point of the walk, whatever the depth (E0004, E0005).
    pub fn fail(&mut self, error: SyntaxError) {
        if self.error.is_none() {
            self.error = Some(Box::new(error));
        }
    }

    /// The first visit from `from` on that is deeper than the limit relative to its subtree
    /// fails whatever the depths above: it becomes the error and ends the list.
    fn fail_past_limit(&mut self, from: usize) {
        let max_depth = self.max_depth;
        if let Some(offset) = self
            .visits
            .iter()
            .skip(from)
            .position(|v| v.below > max_depth)
        {
            let first = from + offset;
            if let Some(visit) = self.visits.get(first) {
                self.error = Some(Box::new(too_deep(visit.span, max_depth)));
            }
            self.visits.truncate(first);
        }
    }
}
