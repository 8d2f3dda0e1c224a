//! What a path written in a rule stands for in the profile schema: a fact path from the root, a
//! quantifier's item followed by fields, or a definition's parameter (whose place is read off
//! the definition's uses). Shared by hover (on syntax trees) and completion (on tokens).

use std::ops::ControlFlow;

use lexpact_core::ir::{self, Base, ExprKind as I};
use lexpact_core::schema::{Node, NodeId, Schema};
use lexpact_grammar::ast::{Expr, ExprKind, Item};

use crate::Analysis;
use crate::scan::{Tok, tokens};

/// How deep parameters are followed through uses inside other definitions.
const MAX_PARAM_DEPTH: usize = 4;

/// What a name in scope stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Binding {
    /// The current item of a quantifier over the list at this path (resolved in the scope
    /// before the binding).
    Item(Vec<String>),
    /// The parameter number `index` of the definition `def`.
    Param { def: String, index: usize },
    /// A name whose place is not known (a quantifier over a computed list).
    Opaque,
}

/// The names in scope at a place, outermost first.
pub(crate) type Scope = Vec<(String, Binding)>;

/// What a walk calls on each expression, with the names in scope there.
pub(crate) type Visit<'v, T> = dyn FnMut(&Expr, &[(String, Binding)]) -> ControlFlow<T> + 'v;

/// A place of the profile schema a path reaches.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Resolved {
    /// Its schema node.
    pub node: NodeId,
    /// Its JSON pointer, list items written `/0`.
    pub pointer: String,
    /// Its path as a reader writes it, list items written `[]`: `cooperation.agreements[].kind`.
    pub path: String,
}

impl Resolved {
    /// The whole profile.
    pub fn root(schema: &Schema) -> Resolved {
        Resolved {
            node: schema.root(),
            pointer: String::new(),
            path: String::new(),
        }
    }

    pub(crate) fn field(&self, schema: &Schema, name: &str) -> Option<Resolved> {
        let next = schema.field(self.node, name).ok()?;
        let path = if self.path.is_empty() {
            name.to_string()
        } else {
            format!("{}.{name}", self.path)
        };
        Some(Resolved {
            node: next,
            pointer: format!("{}/{name}", self.pointer),
            path,
        })
    }

    pub(crate) fn item(&self, schema: &Schema) -> Option<Resolved> {
        match schema.node(self.node) {
            Node::Array { items: Some(items) } => Some(Resolved {
                node: *items,
                pointer: format!("{}/0", self.pointer),
                path: format!("{}[]", self.path),
            }),
            _ => None,
        }
    }
}

/// The place the keys of an inline profile reach: lists are stepped into, as their items hold
/// the keys that follow.
pub(crate) fn data_place(analysis: &Analysis, keys: &[&str]) -> Option<Resolved> {
    let schema = analysis.schema()?;
    let mut place = Resolved::root(schema);
    for key in keys {
        while matches!(schema.node(place.node), Node::Array { .. }) {
            place = place.item(schema)?;
        }
        place = place.field(schema, key)?;
    }
    Some(place)
}

/// `data_place`, stepped into the items of a list: the object a `{` inside it opens.
pub(crate) fn data_object(analysis: &Analysis, keys: &[&str]) -> Option<Resolved> {
    let schema = analysis.schema()?;
    let mut place = data_place(analysis, keys)?;
    while matches!(schema.node(place.node), Node::Array { .. }) {
        place = place.item(schema)?;
    }
    Some(place)
}

/// The place `segments` reach under `scope`, if the schema has it.
pub(crate) fn resolve(
    analysis: &Analysis,
    segments: &[&str],
    scope: &[(String, Binding)],
) -> Option<Resolved> {
    resolve_at(analysis, segments, scope, 0)
}

fn resolve_at(
    analysis: &Analysis,
    segments: &[&str],
    scope: &[(String, Binding)],
    depth: usize,
) -> Option<Resolved> {
    let schema = analysis.schema()?;
    let (first, rest) = segments.split_first()?;
    let bound = scope.iter().rposition(|(name, _)| name == first);
    let (mut place, rest) = match bound.and_then(|i| Some((i, scope.get(i)?))) {
        Some((i, (_, binding))) => {
            let base = match binding {
                Binding::Item(list) => {
                    let list: Vec<&str> = list.iter().map(String::as_str).collect();
                    resolve_at(analysis, &list, scope.get(..i)?, depth)?.item(schema)?
                }
                Binding::Param { def, index } => param(analysis, def, *index, depth + 1)?,
                Binding::Opaque => return None,
            };
            (base, rest)
        }
        None => (Resolved::root(schema), segments),
    };
    for segment in rest {
        place = place.field(schema, segment)?;
    }
    Some(place)
}

/// The place the parameter `index` of `def` stands for: the first use of the definition whose
/// argument there is a path the schema has.
fn param(analysis: &Analysis, def: &str, index: usize, depth: usize) -> Option<Resolved> {
    if depth > MAX_PARAM_DEPTH {
        return None;
    }
    let found = walk_files(analysis, &mut |expr, scope| {
        if let ExprKind::Call { name, args } = &expr.kind
            && name.name == def
            && let Some(Expr {
                kind: ExprKind::Path(path),
                ..
            }) = args.get(index)
        {
            let segments: Vec<&str> = path.iter().map(|s| s.name.as_str()).collect();
            if let Some(place) = resolve_at(analysis, &segments, scope, depth) {
                return ControlFlow::Break(place);
            }
        }
        ControlFlow::Continue(())
    });
    match found {
        ControlFlow::Break(place) => Some(place),
        ControlFlow::Continue(()) => analysis
            .files()
            .iter()
            .filter(|f| f.ast.is_err())
            .find_map(|f| use_in_text(analysis, &f.text, def, index, depth)),
    }
}

/// The place the parameter `index` of `def` stands for, read off a use in a text that does not
/// parse: `def(a.b, …)` with a fact path from the root at that argument.
fn use_in_text(
    analysis: &Analysis,
    text: &str,
    def: &str,
    index: usize,
    depth: usize,
) -> Option<Resolved> {
    let (toks, _) = tokens(text);
    toks.iter().enumerate().find_map(|(i, tok)| {
        if !(tok.kind == Tok::Word && tok.text(text) == def && toks.get(i + 1)?.is(text, "(")) {
            return None;
        }
        // The tokens of the argument at `index`, at the call's own bracket depth.
        let mut depth_in = 0usize;
        let mut arg = 0;
        let mut segments = Vec::new();
        for t in toks.iter().skip(i + 2) {
            match t.text(text) {
                "(" | "[" => depth_in += 1,
                ")" | "]" if depth_in == 0 => break,
                ")" | "]" => depth_in -= 1,
                "," if depth_in == 0 => arg += 1,
                "." => {}
                word if arg == index && depth_in == 0 && t.kind == Tok::Word => segments.push(word),
                _ if arg == index => return None,
                _ => {}
            }
        }
        resolve_at(analysis, &segments, &[], depth)
    })
}

/// Calls `visit` on every expression of every parsed file with the names in scope there.
pub(crate) fn walk_files<T>(analysis: &Analysis, visit: &mut Visit<'_, T>) -> ControlFlow<T> {
    for file in analysis.files() {
        let Ok(ast) = &file.ast else { continue };
        for item in &ast.items {
            walk_item(item, visit)?;
        }
    }
    ControlFlow::Continue(())
}

/// Calls `visit` on every expression of one declaration with the names in scope there.
pub(crate) fn walk_item<T>(item: &Item, visit: &mut Visit<'_, T>) -> ControlFlow<T> {
    match item {
        Item::Define(def) => {
            let mut scope: Scope = def
                .params
                .iter()
                .flatten()
                .enumerate()
                .map(|(index, p)| {
                    let binding = Binding::Param {
                        def: def.name.name.clone(),
                        index,
                    };
                    (p.name.clone(), binding)
                })
                .collect();
            walk_expr(&def.body, &mut scope, visit)
        }
        Item::Obligation(ob) => {
            for clause in &ob.clauses {
                if let Some(expr) = clause.kind.expression() {
                    walk_expr(expr, &mut Vec::new(), visit)?;
                }
            }
            ControlFlow::Continue(())
        }
        Item::Ruleset(_) | Item::Schema(_) | Item::Test(_) => ControlFlow::Continue(()),
    }
}

/// Visits `expr` and everything inside it, parents first, with the quantifiers' items bound
/// in their conditions.
pub(crate) fn walk_expr<T>(
    expr: &Expr,
    scope: &mut Scope,
    visit: &mut Visit<'_, T>,
) -> ControlFlow<T> {
    visit(expr, scope)?;
    match &expr.kind {
        ExprKind::Bool(_)
        | ExprKind::Number(_)
        | ExprKind::Date(_)
        | ExprKind::Str(_)
        | ExprKind::Path(_) => ControlFlow::Continue(()),
        ExprKind::List(items) | ExprKind::And(items) | ExprKind::Or(items) => {
            for item in items {
                walk_expr(item, scope, visit)?;
            }
            ControlFlow::Continue(())
        }
        ExprKind::Call { args, .. } => {
            for arg in args {
                walk_expr(arg, scope, visit)?;
            }
            ControlFlow::Continue(())
        }
        ExprKind::Not(inner) | ExprKind::Neg(inner) => walk_expr(inner, scope, visit),
        ExprKind::Binary { lhs, rhs, .. } => {
            walk_expr(lhs, scope, visit)?;
            walk_expr(rhs, scope, visit)
        }
        ExprKind::Quantified {
            var,
            list,
            condition,
            ..
        } => {
            walk_expr(list, scope, visit)?;
            let Some(condition) = condition else {
                return ControlFlow::Continue(());
            };
            let binding = match &list.kind {
                ExprKind::Path(path) => {
                    Binding::Item(path.iter().map(|s| s.name.clone()).collect())
                }
                _ => Binding::Opaque,
            };
            scope.push((var.name.clone(), binding));
            let flow = walk_expr(condition, scope, visit);
            scope.pop();
            flow
        }
    }
}

/// The JSON pointers of the facts an obligation reads (list items written `/0`), sorted and
/// without repeats.
pub(crate) fn facts_read(ob: &ir::Obligation) -> Vec<String> {
    let mut found = Vec::new();
    let mut slots = Vec::new();
    let clauses = [&ob.applies, &ob.partial, &ob.met_on];
    for expr in std::iter::once(&ob.require).chain(clauses.into_iter().flatten()) {
        facts_of(expr, &mut slots, &mut found);
    }
    found.sort();
    found.dedup();
    found
}

/// The pointer of a fact read at `base` (`None` for a computed list's item).
fn fact_pointer(base: Base, pointer: &str, slots: &[(usize, Option<String>)]) -> Option<String> {
    match base {
        Base::Root => Some(pointer.to_string()),
        Base::Var(slot) => {
            let list = slots.iter().rev().find(|(s, _)| *s == slot)?.1.as_ref()?;
            Some(format!("{list}/0{pointer}"))
        }
    }
}

fn facts_of(expr: &ir::Expr, slots: &mut Vec<(usize, Option<String>)>, found: &mut Vec<String>) {
    match &expr.kind {
        I::Literal(_) => {}
        I::Fact { base, pointer, .. } => found.extend(fact_pointer(*base, pointer, slots)),
        I::Not(e) | I::Neg(e) => facts_of(e, slots, found),
        I::Call { body, .. } => facts_of(body, slots, found),
        I::And(items) | I::Or(items) | I::List(items) | I::Builtin(_, items) => {
            for item in items {
                facts_of(item, slots, found);
            }
        }
        I::Compare(_, a, b)
        | I::Arith(_, a, b)
        | I::In {
            item: a, list: b, ..
        } => {
            facts_of(a, slots, found);
            facts_of(b, slots, found);
        }
        I::Quantified {
            slot,
            list,
            condition,
            ..
        } => {
            facts_of(list, slots, found);
            // The list read, through the definitions that name it.
            let mut read = &list.kind;
            while let I::Call { body, .. } = read {
                read = &body.kind;
            }
            let list_pointer = match read {
                I::Fact { base, pointer, .. } => fact_pointer(*base, pointer, slots),
                _ => None,
            };
            if let Some(condition) = condition {
                slots.push((*slot, list_pointer));
                facts_of(condition, slots, found);
                slots.pop();
            }
        }
    }
}

/// Every obligation of the files that parse, in file order.
pub(crate) fn obligations(
    analysis: &Analysis,
) -> impl Iterator<Item = &lexpact_grammar::ast::Obligation> {
    analysis
        .files()
        .iter()
        .filter_map(|f| f.ast.as_ref().ok())
        .flat_map(|ast| &ast.items)
        .filter_map(|item| match item {
            Item::Obligation(ob) => Some(ob),
            _ => None,
        })
}
