//! How large and how deep a rule becomes once its definitions are expanded, known before
//! anything is expanded.
//!
//! Definitions that use others several times multiply: forty definitions, each using the one
//! before twice, expand to 2^40 nodes. Expanding first and counting on the way would take that
//! long to refuse, so each definition is summarised once, in dependency order: its node count
//! as a constant plus, for each parameter, how many times the argument's nodes are copied
//! (call by name), and its depth as the deepest of a constant and each parameter's depth plus
//! an offset. A use of a definition applies its summary to the summaries of its arguments, so
//! a rule's expanded size is known in time linear in the source. The arithmetic saturates.
//!
//! The counts are those of the lowering in `expr.rs`: one node per IR node made, one level per
//! expression lowered (a parameter's use is a level above its argument).

use std::collections::BTreeMap;

use lexpact_grammar::ast::{self, ExprKind};

use super::cycles::names_used;
use super::expr::BUILTINS;
use super::{Context, DefInfo};
use crate::limits::Limits;

/// The node count of an expression, as a function of the node counts of the arguments of the
/// definition it stands in: `constant + Σ copies[i] × nodes(argument i)`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct NodeCount {
    constant: usize,
    copies: Vec<usize>,
}

/// The depth of an expression, as a function of the depths of the arguments of the definition
/// it stands in: the deepest of `constant` and `offsets[i] + depth(argument i)` for each
/// parameter used.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Depth {
    constant: usize,
    offsets: Vec<Option<usize>>,
}

/// Both measures of an expression.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Shape {
    nodes: NodeCount,
    depth: Depth,
}

impl Shape {
    /// A node without children (a literal, a fact, a name that lowers to nothing more).
    fn leaf(params: usize) -> Shape {
        Shape {
            nodes: NodeCount {
                constant: 1,
                copies: vec![0; params],
            },
            depth: Depth {
                constant: 1,
                offsets: vec![None; params],
            },
        }
    }

    /// The use of parameter `index` alone: its argument, one level down.
    fn param(index: usize, params: usize) -> Shape {
        let mut shape = Shape::leaf(params);
        shape.nodes.constant = 0;
        shape.depth.constant = 0;
        if let Some(copies) = shape.nodes.copies.get_mut(index) {
            *copies = 1;
        }
        if let Some(offset) = shape.depth.offsets.get_mut(index) {
            *offset = Some(1);
        }
        shape
    }

    /// A node over `children`: one more node than theirs together, one level above the
    /// deepest.
    fn node(children: impl IntoIterator<Item = Shape>, params: usize) -> Shape {
        let mut shape = Shape::leaf(params);
        let mut deepest = Depth {
            constant: 0,
            offsets: vec![None; params],
        };
        for child in children {
            shape.nodes.add(&child.nodes, 1);
            deepest.deepen(&child.depth, 0);
        }
        deepest.constant = deepest.constant.saturating_add(1);
        for offset in deepest.offsets.iter_mut().flatten() {
            *offset = offset.saturating_add(1);
        }
        shape.depth = deepest;
        shape
    }

    /// A use of the definition summarised by `callee`, with `args` (shapes in the caller's
    /// terms) for its parameters: the call node over its body.
    fn apply(callee: &Shape, args: &[Shape], params: usize) -> Shape {
        let mut nodes = NodeCount {
            constant: callee.nodes.constant.saturating_add(1),
            copies: vec![0; params],
        };
        let mut depth = Depth {
            constant: callee.depth.constant,
            offsets: vec![None; params],
        };
        for (index, arg) in args.iter().enumerate() {
            if let Some(copies) = callee.nodes.copies.get(index) {
                nodes.add(&arg.nodes, *copies);
            }
            if let Some(Some(offset)) = callee.depth.offsets.get(index) {
                depth.deepen(&arg.depth, *offset);
            }
        }
        depth.constant = depth.constant.saturating_add(1);
        for offset in depth.offsets.iter_mut().flatten() {
            *offset = offset.saturating_add(1);
        }
        Shape { nodes, depth }
    }

    /// The measures of a definition's body checked on its own: each parameter lowers to one
    /// node.
    fn standalone(&self) -> (usize, usize) {
        let one_each = NodeCount {
            constant: 1,
            copies: Vec::new(),
        };
        let mut nodes = NodeCount {
            constant: self.nodes.constant,
            copies: Vec::new(),
        };
        for copies in &self.nodes.copies {
            nodes.add(&one_each, *copies);
        }
        let depth = self
            .depth
            .offsets
            .iter()
            .flatten()
            .map(|offset| offset.saturating_add(1))
            .fold(self.depth.constant, usize::max);
        (nodes.constant, depth)
    }
}

impl NodeCount {
    /// Adds `times` copies of `other`.
    fn add(&mut self, other: &NodeCount, times: usize) {
        self.constant = self
            .constant
            .saturating_add(other.constant.saturating_mul(times));
        for (mine, theirs) in self.copies.iter_mut().zip(&other.copies) {
            *mine = mine.saturating_add(theirs.saturating_mul(times));
        }
    }
}

impl Depth {
    /// Makes this at least as deep as `other` placed `offset` levels down.
    fn deepen(&mut self, other: &Depth, offset: usize) {
        self.constant = self.constant.max(other.constant.saturating_add(offset));
        for (mine, theirs) in self.offsets.iter_mut().zip(&other.offsets) {
            if let Some(theirs) = theirs {
                let shifted = theirs.saturating_add(offset);
                *mine = Some(mine.map_or(shifted, |m| m.max(shifted)));
            }
        }
    }
}

/// The summary of every definition not on a cycle (a use of one on a cycle is never
/// expanded).
pub(crate) struct Expansion<'a> {
    shapes: BTreeMap<&'a str, Shape>,
    /// The summarised definitions, each after the ones it uses.
    order: Vec<&'a str>,
}

/// The expanded measures of one expression or definition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Measure {
    pub nodes: usize,
    pub depth: usize,
}

impl<'a> Expansion<'a> {
    /// Summarises every definition, each after the ones it uses.
    pub(crate) fn new(cx: &Context<'a>) -> Self {
        let acyclic = |name: &str| cx.defs.contains_key(name) && !cx.cyclic.contains(name);
        let mut waiting_on: BTreeMap<&'a str, usize> = BTreeMap::new();
        let mut users: BTreeMap<&'a str, Vec<&'a str>> = BTreeMap::new();
        let mut ready = Vec::new();
        for (name, info) in cx.defs.iter().filter(|(name, _)| acyclic(name)) {
            let mut used = Vec::new();
            names_used(&info.def.body, &mut used);
            used.retain(|callee| acyclic(callee));
            used.sort_unstable();
            used.dedup();
            for callee in &used {
                users.entry(callee).or_default().push(name);
            }
            if used.is_empty() {
                ready.push(*name);
            }
            waiting_on.insert(name, used.len());
        }
        let mut expansion = Expansion {
            shapes: BTreeMap::new(),
            order: Vec::new(),
        };
        while let Some(name) = ready.pop() {
            let Some(info) = cx.defs.get(name) else {
                continue;
            };
            let shape = expansion.shape_of_body(cx, info);
            expansion.shapes.insert(name, shape);
            expansion.order.push(name);
            for user in users.get(name).map(Vec::as_slice).unwrap_or_default() {
                if let Some(count) = waiting_on.get_mut(user) {
                    *count = count.saturating_sub(1);
                    if *count == 0 {
                        ready.push(user);
                    }
                }
            }
        }
        expansion
    }

    fn shape_of_body(&self, cx: &Context<'a>, info: &DefInfo<'a>) -> Shape {
        let params = info.def.params.as_deref().unwrap_or_default();
        let mut walker = Walker {
            cx,
            shapes: &self.shapes,
            params,
            items: Vec::new(),
        };
        walker.shape(&info.def.body)
    }

    /// The measures of `expr`, written outside any definition, once expanded.
    pub(crate) fn measure(&self, cx: &Context<'a>, expr: &'a ast::Expr) -> Measure {
        let mut walker = Walker {
            cx,
            shapes: &self.shapes,
            params: &[],
            items: Vec::new(),
        };
        let shape = walker.shape(expr);
        Measure {
            nodes: shape.nodes.constant,
            depth: shape.depth.constant,
        }
    }

    /// Every definition, each after the ones it uses; those on a cycle last.
    pub(crate) fn dependency_order(&self, cx: &Context<'a>) -> Vec<&'a str> {
        let mut order = self.order.clone();
        order.extend(
            cx.defs
                .keys()
                .filter(|name| !self.shapes.contains_key(*name)),
        );
        order
    }

    /// The definitions `name`'s body uses that are summarised.
    pub(crate) fn used_by(&self, cx: &Context<'a>, name: &str) -> Vec<&'a str> {
        let mut used = Vec::new();
        if let Some(info) = cx.defs.get(name) {
            names_used(&info.def.body, &mut used);
        }
        used.retain(|callee| self.shapes.contains_key(callee));
        used
    }

    /// The measures of the body of definition `name` checked on its own, if it is summarised.
    pub(crate) fn standalone(&self, name: &str) -> Option<Measure> {
        self.shapes.get(name).map(|shape| {
            let (nodes, depth) = shape.standalone();
            Measure { nodes, depth }
        })
    }
}

/// Walks one expression, in a definition's body (with its parameters) or outside.
struct Walker<'w, 'a> {
    cx: &'w Context<'a>,
    shapes: &'w BTreeMap<&'a str, Shape>,
    params: &'a [ast::Ident],
    /// The quantifier items in scope: a path rooted at one is a fact of the item.
    items: Vec<&'a str>,
}

impl<'a> Walker<'_, 'a> {
    fn shape(&mut self, expr: &'a ast::Expr) -> Shape {
        let params = self.params.len();
        match &expr.kind {
            ExprKind::Bool(_) | ExprKind::Number(_) | ExprKind::Date(_) | ExprKind::Str(_) => {
                Shape::leaf(params)
            }
            ExprKind::Path(parts) => match parts.as_slice() {
                [root] => self.name(&root.name),
                _ => Shape::leaf(params),
            },
            ExprKind::Call { name, args } => {
                if BUILTINS.iter().any(|(builtin, _)| *builtin == name.name) {
                    let children: Vec<Shape> = args.iter().map(|arg| self.shape(arg)).collect();
                    Shape::node(children, params)
                } else {
                    self.use_definition(&name.name, args)
                }
            }
            ExprKind::List(items) | ExprKind::And(items) | ExprKind::Or(items) => {
                let children: Vec<Shape> = items.iter().map(|item| self.shape(item)).collect();
                Shape::node(children, params)
            }
            ExprKind::Not(inner) | ExprKind::Neg(inner) => {
                let inner = self.shape(inner);
                Shape::node([inner], params)
            }
            ExprKind::Binary { lhs, rhs, .. } => {
                let (lhs, rhs) = (self.shape(lhs), self.shape(rhs));
                Shape::node([lhs, rhs], params)
            }
            ExprKind::Quantified {
                var,
                list,
                condition,
                ..
            } => {
                let list = self.shape(list);
                self.items.push(&var.name);
                let condition = condition.as_deref().map(|c| self.shape(c));
                self.items.pop();
                Shape::node([list].into_iter().chain(condition), params)
            }
        }
    }

    /// A path of one segment: an item, a parameter, a definition or a fact of the profile,
    /// looked up in the order the lowering does.
    fn name(&mut self, name: &'a str) -> Shape {
        let params = self.params.len();
        if self.items.contains(&name) {
            return Shape::leaf(params);
        }
        if let Some(index) = self.params.iter().position(|p| p.name == name) {
            return Shape::param(index, params);
        }
        if self.cx.defs.contains_key(name) {
            return self.use_definition(name, &[]);
        }
        Shape::leaf(params)
    }

    fn use_definition(&mut self, name: &str, args: &'a [ast::Expr]) -> Shape {
        let params = self.params.len();
        let Some(callee) = self.shapes.get(name) else {
            // Unknown, or on a cycle: the lowering reports it and expands nothing.
            return Shape::leaf(params);
        };
        let args: Vec<Shape> = args.iter().map(|arg| self.shape(arg)).collect();
        Shape::apply(callee, &args, params)
    }
}

impl Measure {
    /// The message and help refusing `subject` ("this rule", or a definition's name in
    /// backquotes) if it is over `max_expanded_nodes` or `max_expanded_depth`.
    pub(crate) fn refusal(self, limits: &Limits, subject: &str) -> Option<(String, &'static str)> {
        if self.nodes > limits.max_expanded_nodes {
            Some(too_many_nodes(limits, subject))
        } else if self.depth > limits.max_expanded_depth {
            Some(too_deep(limits, subject))
        } else {
            None
        }
    }
}

/// Refusing `subject` for `max_expanded_nodes`: message and help.
pub(crate) fn too_many_nodes(limits: &Limits, subject: &str) -> (String, &'static str) {
    (
        format!(
            "with its definitions expanded, {subject} has more than {} nodes (max_expanded_nodes)",
            limits.max_expanded_nodes
        ),
        "definitions that use others several times multiply; simplify them",
    )
}

/// Refusing `subject` for `max_expanded_depth`: message and help.
pub(crate) fn too_deep(limits: &Limits, subject: &str) -> (String, &'static str) {
    (
        format!(
            "with its definitions expanded, {subject} nests more than {} levels deep (max_expanded_depth)",
            limits.max_expanded_depth
        ),
        "definitions used inside definitions add up their nesting; flatten them",
    )
}
