//! Type-checks an expression against the schema and lowers it to IR, expanding definitions.
//!
//! A definition's parameters stand for the argument expressions (call by name): `t.status`
//! with `t` bound to `treaties.crc` is the path `treaties.crc.status`, checked as such. The
//! definition body sees only its parameters (lexical scope), never the caller's variables.

use std::sync::Arc;

use crate::date::Date;
use lexpact_grammar::Span;
use lexpact_grammar::ast::{self, BinaryOp, ExprKind as A, Quantifier};
use serde_json::Value as Json;

use super::expansion::{too_deep, too_many_nodes};
use super::fields::follow;
use super::scope::{Binding, Scope};
use super::typing::{Operand, Operator, bool_hint, check_operands};
use super::{Checked, Context};
use crate::diagnostic::codes;
use crate::ir::{self, Base, ExprKind as I, Literal, Quant};
use crate::schema::{Node, NodeId};
use crate::types::Ty;
use lexpact_grammar::suggest::closest;

mod builtins;
pub(crate) use builtins::BUILTINS;

/// How deep definition uses may nest inside each other.
const MAX_CALL_DEPTH: usize = 32;

/// One segment of a path, with the file its span points into (a path may be spliced
/// together from a definition's body and its caller's argument).
#[derive(Clone)]
struct Segment<'a> {
    name: &'a str,
    span: Span,
    file: usize,
}

/// The lowering state of one obligation (or definition check).
pub(crate) struct Lowerer<'a, 'c> {
    pub cx: &'c mut Context<'a>,
    pub next_slot: usize,
    pub nodes: usize,
    pub too_large: bool,
    /// How deep the expression being lowered is, definitions expanded.
    depth: usize,
    too_deep: bool,
    /// Checking a definition's body on its own: a use of a definition without parameters
    /// already checked stands for its result, unexpanded.
    pub checking_definition: bool,
    /// The names of the path being walked, kept to spare an allocation per path.
    names: Vec<&'a str>,
}

/// A lowered expression and, for facts, the schema node it reads.
pub(crate) struct Lowered {
    pub expr: ir::Expr,
    pub node: Option<NodeId>,
}

/// What lowering one expression gives: `None` once its error is reported.
type LowerResult = Option<Lowered>;

impl<'a, 'c> Lowerer<'a, 'c> {
    pub(crate) fn new(cx: &'c mut Context<'a>) -> Self {
        Lowerer {
            cx,
            next_slot: 0,
            nodes: 0,
            too_large: false,
            depth: 0,
            too_deep: false,
            checking_definition: false,
            names: Vec::new(),
        }
    }

    fn made(
        &mut self,
        kind: I,
        label: Arc<str>,
        ty: Ty,
        span: Span,
        scope: &Scope<'a>,
    ) -> LowerResult {
        self.nodes += 1;
        if self.nodes > self.cx.limits.max_expanded_nodes {
            // Not reached when the rule was measured first (`expansion.rs`); kept as a guard.
            if !self.too_large {
                self.too_large = true;
                let refusal = too_many_nodes(self.cx.limits, "this rule");
                self.refuse(scope.file, span, refusal);
            }
            return None;
        }
        Some(Lowered {
            expr: ir::Expr { kind, label, ty },
            node: None,
        })
    }

    /// Records the refusal of a rule over a limit.
    fn refuse(&mut self, file: usize, span: Span, (message, help): (String, &'static str)) {
        let refusal = self
            .cx
            .err(file, codes::TOO_LARGE, message, span)
            .with_help(help);
        self.cx.push(refusal);
    }

    /// Lowers `expr` and checks that its type fits `want`.
    pub(crate) fn expect(
        &mut self,
        expr: &'a ast::Expr,
        scope: &Scope<'a>,
        want: &Ty,
        role: &str,
    ) -> Option<ir::Expr> {
        let lowered = self.lower(expr, scope)?;
        if lowered.expr.ty.fits(want) {
            Some(lowered.expr)
        } else {
            let mut d = self.cx.err(
                scope.file,
                codes::TYPE_MISMATCH,
                format!(
                    "{role} needs {}, but `{}` is {}",
                    want.describe(),
                    lowered.expr.label,
                    lowered.expr.ty.describe()
                ),
                expr.span,
            );
            if *want == Ty::Bool {
                d = d.with_help(bool_hint(&lowered.expr.ty));
            }
            self.cx.push(d);
            None
        }
    }

    /// Lowers one expression, refusing a tree that nests, once definitions are expanded,
    /// deeper than `max_expanded_depth`: every later pass over it recurses that deep.
    pub(crate) fn lower(&mut self, expr: &'a ast::Expr, scope: &Scope<'a>) -> LowerResult {
        if self.too_large || self.too_deep {
            // Past a limit nothing more is made: walking on would only repeat the work.
            return None;
        }
        if self.depth >= self.cx.limits.max_expanded_depth {
            self.too_deep = true;
            let refusal = too_deep(self.cx.limits, "this rule");
            self.refuse(scope.file, expr.span, refusal);
            return None;
        }
        self.depth += 1;
        let lowered = self.lower_node(expr, scope);
        self.depth -= 1;
        lowered
    }

    fn lower_node(&mut self, expr: &'a ast::Expr, scope: &Scope<'a>) -> LowerResult {
        let label = self.cx.interned.label(expr);
        let span = expr.span;
        match &expr.kind {
            A::Bool(b) => self.made(I::Literal(Literal::Bool(*b)), label, Ty::Bool, span, scope),
            A::Number(raw) => match raw.parse::<f64>() {
                Ok(n) if n.is_finite() => {
                    self.made(I::Literal(Literal::Num(n)), label, Ty::Num, span, scope)
                }
                _ => {
                    self.cx.push(self.cx.err(
                        scope.file,
                        codes::BAD_LITERAL,
                        format!("`{raw}` is not a number this engine can hold"),
                        span,
                    ));
                    None
                }
            },
            A::Date(raw) => {
                let date = self.date(raw, span, scope.file)?;
                self.made(
                    I::Literal(Literal::Date(date)),
                    label,
                    Ty::Date,
                    span,
                    scope,
                )
            }
            A::Str(s) => self.made(
                I::Literal(Literal::Str(Arc::from(s.as_str()))),
                label,
                Ty::Str,
                span,
                scope,
            ),
            A::List(items) => self.list(items, label, span, scope),
            A::Path(parts) => {
                let segments = parts
                    .iter()
                    .map(|p| Segment {
                        name: &p.name,
                        span: p.span,
                        file: scope.file,
                    })
                    .collect();
                self.path(segments, expr, label, scope)
            }
            A::Call { name, args } => self.call(name, args, label, span, scope),
            A::Not(inner) => {
                let inner = self.expect(inner, scope, &Ty::Bool, "`not`")?;
                self.made(I::Not(Box::new(inner)), label, Ty::Bool, span, scope)
            }
            A::Neg(inner) => {
                let inner = self.expect(inner, scope, &Ty::Num, "`-`")?;
                self.made(I::Neg(Box::new(inner)), label, Ty::Num, span, scope)
            }
            A::And(operands) | A::Or(operands) => {
                let word = if matches!(expr.kind, A::And(_)) {
                    "`and`"
                } else {
                    "`or`"
                };
                let mut lowered = Vec::with_capacity(operands.len());
                let mut ok = true;
                for operand in operands {
                    match self.expect(operand, scope, &Ty::Bool, word) {
                        Some(e) => lowered.push(e),
                        None => ok = false,
                    }
                }
                if !ok {
                    return None;
                }
                let kind = if matches!(expr.kind, A::And(_)) {
                    I::And(lowered)
                } else {
                    I::Or(lowered)
                };
                self.made(kind, label, Ty::Bool, span, scope)
            }
            A::Binary { op, lhs, rhs } => self.binary(*op, lhs, rhs, label, span, scope),
            A::Quantified {
                quantifier,
                var,
                list,
                condition,
            } => self.quantified(
                *quantifier,
                var,
                list,
                condition.as_deref(),
                label,
                span,
                scope,
            ),
        }
    }

    pub(crate) fn date(&mut self, raw: &str, span: Span, file: usize) -> Option<Date> {
        match raw.parse::<Date>() {
            Ok(d) => Some(d),
            Err(_) => {
                self.cx.push(self.cx.err(
                    file,
                    codes::BAD_LITERAL,
                    format!("`{raw}` is not a date in the calendar"),
                    span,
                ));
                None
            }
        }
    }

    fn list(
        &mut self,
        items: &'a [ast::Expr],
        label: Arc<str>,
        span: Span,
        scope: &Scope<'a>,
    ) -> LowerResult {
        let mut lowered = Vec::with_capacity(items.len());
        let mut elem = Ty::Any;
        for item in items {
            let l = self.lower(item, scope)?;
            if elem == Ty::Any {
                elem = l.expr.ty.clone();
            } else if !l.expr.ty.fits(&elem) {
                self.cx.push(self.cx.err(
                    scope.file,
                    codes::TYPE_MISMATCH,
                    format!(
                        "a list holds values of one type: `{}` is {}, the list's first item is {}",
                        l.expr.label,
                        l.expr.ty.describe(),
                        elem.describe()
                    ),
                    item.span,
                ));
                return None;
            }
            lowered.push(l.expr);
        }
        self.made(
            I::List(lowered),
            label,
            Ty::List(Box::new(elem)),
            span,
            scope,
        )
    }

    fn path(
        &mut self,
        segments: Vec<Segment<'a>>,
        whole: &'a ast::Expr,
        label: Arc<str>,
        scope: &Scope<'a>,
    ) -> LowerResult {
        let root = segments.first()?.clone();
        match scope.lookup(root.name) {
            Some(Binding::Var { slot, ty, node }) => {
                let (slot, ty, node) = (*slot, ty.clone(), *node);
                self.walk(
                    Base::Var(slot),
                    ty,
                    node,
                    &segments,
                    1,
                    label,
                    whole.span,
                    scope,
                )
            }
            Some(Binding::Param { arg, scope: caller }) => {
                let (arg, caller) = (*arg, caller.clone());
                if segments.len() == 1 {
                    return self.lower(arg, &caller);
                }
                let A::Path(arg_parts) = &arg.kind else {
                    self.cx.push(
                        self.cx
                            .err(root.file, codes::TYPE_MISMATCH, format!("`{}` reads fields of `{}`, but the argument given for it is not a path", label, root.name), whole.span)
                            .with_help(format!("pass a path such as `treaties.crc` for `{}`", root.name)),
                    );
                    return None;
                };
                let mut spliced: Vec<Segment<'a>> = arg_parts
                    .iter()
                    .map(|p| Segment {
                        name: &p.name,
                        span: p.span,
                        file: caller.file,
                    })
                    .collect();
                spliced.extend(segments.into_iter().skip(1));
                self.path(spliced, whole, label, &caller)
            }
            Some(Binding::Unbound) => self.made(
                I::Literal(Literal::Bool(false)),
                label,
                Ty::Any,
                whole.span,
                scope,
            ),
            None if self.cx.defs.contains_key(root.name) => {
                if segments.len() > 1 {
                    self.cx.push(self.cx.err(
                        root.file,
                        codes::TYPE_MISMATCH,
                        format!("`{}` is a definition: its fields cannot be read", root.name),
                        whole.span,
                    ));
                    return None;
                }
                let name = ast::Ident {
                    name: root.name.to_string(),
                    span: root.span,
                };
                self.expand(&name, root.span, &[], label, whole.span, scope)
            }
            None => {
                let (ty, node) = match self.cx.schema {
                    Some(schema) => (schema.ty(schema.root()), Some(schema.root())),
                    None => (Ty::Any, None),
                };
                self.walk(Base::Root, ty, node, &segments, 0, label, whole.span, scope)
            }
        }
    }

    /// Follows `segments[from..]` through the schema from `node`.
    #[allow(clippy::too_many_arguments)]
    fn walk(
        &mut self,
        base: Base,
        ty: Ty,
        node: Option<NodeId>,
        segments: &[Segment<'a>],
        from: usize,
        label: Arc<str>,
        span: Span,
        scope: &Scope<'a>,
    ) -> LowerResult {
        let mut names = std::mem::take(&mut self.names);
        names.clear();
        names.extend(segments.iter().map(|seg| seg.name));
        let followed = follow(self.cx.schema, ty, node, &names, from);
        let path = followed
            .is_ok()
            .then(|| self.cx.interned.fact(names.get(from..).unwrap_or_default()));
        self.names = names;
        let (ty, node) = match followed {
            Ok(reached) => reached,
            Err(missing) => {
                let (file, at) = segments
                    .get(missing.index)
                    .map_or((scope.file, span), |seg| (seg.file, seg.span));
                let mut d = self.cx.err(file, codes::UNKNOWN_PATH, missing.message, at);
                if let Some(help) = missing.help {
                    d = d.with_help(help);
                }
                self.cx.push(d);
                return None;
            }
        };
        let path = path?;
        let mut out = self.made(
            I::Fact {
                base,
                keys: path.keys,
                pointer: path.pointer,
                prefixes: path.prefixes,
            },
            label,
            ty,
            span,
            scope,
        )?;
        out.node = node;
        Some(out)
    }

    fn call(
        &mut self,
        name: &'a ast::Ident,
        args: &'a [ast::Expr],
        label: Arc<str>,
        span: Span,
        scope: &Scope<'a>,
    ) -> LowerResult {
        if let Some((_, arity)) = BUILTINS.iter().find(|(b, _)| *b == name.name) {
            if args.len() != *arity {
                self.cx.push(self.cx.err(
                    scope.file,
                    codes::ARITY,
                    format!(
                        "`{}` takes {arity} argument{}, not {}",
                        name.name,
                        plural(*arity),
                        args.len()
                    ),
                    span,
                ));
                return None;
            }
            return self.builtin(&name.name, args, label, span, scope);
        }
        self.expand(name, name.span, args, label, span, scope)
    }

    /// Expands the use of a definition with its arguments bound to its parameters.
    fn expand(
        &mut self,
        name: &ast::Ident,
        name_span: Span,
        args: &'a [ast::Expr],
        label: Arc<str>,
        span: Span,
        scope: &Scope<'a>,
    ) -> LowerResult {
        let Some(info) = self.cx.defs.get(name.name.as_str()) else {
            let candidates = self
                .cx
                .defs
                .keys()
                .copied()
                .chain(BUILTINS.iter().map(|(b, _)| *b));
            let mut d = self.cx.err(
                scope.file,
                codes::UNKNOWN_NAME,
                format!("unknown definition `{}`", name.name),
                name_span,
            );
            if let Some(found) = closest(&name.name, candidates) {
                d = d.with_help(format!("did you mean `{found}`?"));
            }
            self.cx.push(d);
            return None;
        };
        let (def, def_file) = (info.def, info.file);
        if self.cx.cyclic.contains(name.name.as_str()) {
            // The cycle is reported once (`E0206`); expanding it would only hit the depth limit.
            return None;
        }
        let params: &'a [ast::Ident] = def.params.as_deref().unwrap_or_default();
        if params.len() != args.len() {
            self.cx.push(
                self.cx
                    .err(
                        scope.file,
                        codes::ARITY,
                        format!(
                            "`{}` takes {} argument{}, not {}",
                            name.name,
                            params.len(),
                            plural(params.len()),
                            args.len()
                        ),
                        span,
                    )
                    .with_help(format!(
                        "it is defined as `{}({})`",
                        name.name,
                        params
                            .iter()
                            .map(|p| p.name.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
            );
            return None;
        }
        if params.is_empty()
            && let Some(checked) = self.cx.checked_definitions.get(name.name.as_str())
        {
            // Without parameters its body means the same everywhere: if its own check failed,
            // every use fails the same way, and its errors are already reported.
            let Checked { ty, node } = checked.clone()?;
            if self.checking_definition {
                // A stand-in: the IR of a definition checked on its own is never kept.
                let stand_in = I::Literal(Literal::Bool(false));
                let mut out = self.made(stand_in, label, ty, span, scope)?;
                out.node = node;
                return Some(out);
            }
        }
        if scope.calls >= MAX_CALL_DEPTH {
            self.cx.push(self.cx.err(
                scope.file,
                codes::TOO_LARGE,
                format!("definitions nest more than {MAX_CALL_DEPTH} deep here"),
                span,
            ));
            return None;
        }
        let mut inner = scope.definition_body(def_file);
        for (param, arg) in params.iter().zip(args) {
            inner = inner.bind(
                &param.name,
                Binding::Param {
                    arg,
                    scope: scope.clone(),
                },
            );
        }
        let body = self.lower(&def.body, &inner)?;
        let ty = body.expr.ty.clone();
        let node = body.node;
        let mut out = self.made(
            I::Call {
                name: Arc::from(name.name.as_str()),
                body: Box::new(body.expr),
            },
            label,
            ty,
            span,
            scope,
        )?;
        out.node = node;
        Some(out)
    }

    fn binary(
        &mut self,
        op: BinaryOp,
        lhs: &'a ast::Expr,
        rhs: &'a ast::Expr,
        label: Arc<str>,
        span: Span,
        scope: &Scope<'a>,
    ) -> LowerResult {
        let left = self.lower(lhs, scope);
        let right = self.lower(rhs, scope);
        let (left, right) = (left?, right?);
        let operator = Operator::of(op);
        let checked = check_operands(
            operator,
            op.symbol(),
            &Operand {
                label: &left.expr.label,
                ty: &left.expr.ty,
            },
            &Operand {
                label: &right.expr.label,
                ty: &right.expr.ty,
            },
        );
        if let Err(message) = checked {
            self.cx
                .push(self.cx.err(scope.file, codes::TYPE_MISMATCH, message, span));
            return None;
        }
        if !matches!(operator, Operator::Arithmetic(_)) {
            self.check_enum_literals(&left, rhs, scope);
            self.check_enum_literals(&right, lhs, scope);
        }
        let (l, r) = (Box::new(left.expr), Box::new(right.expr));
        let kind = match operator {
            Operator::Arithmetic(arith) => I::Arith(arith, l, r),
            Operator::Membership { negated } => I::In {
                negated,
                item: l,
                list: r,
            },
            Operator::Comparison(cmp) => I::Compare(cmp, l, r),
        };
        self.made(kind, label, operator.result(), span, scope)
    }

    /// A string literal compared with an `enum` fact must be one of its values.
    fn check_enum_literals(&mut self, fact: &Lowered, other_ast: &'a ast::Expr, scope: &Scope<'a>) {
        let (Some(schema), Some(node)) = (self.cx.schema, fact.node) else {
            return;
        };
        let Some(allowed) = schema.allowed(node) else {
            return;
        };
        let literals: Vec<(&str, Span)> = match &other_ast.kind {
            A::Str(s) => vec![(s.as_str(), other_ast.span)],
            A::List(items) => items
                .iter()
                .filter_map(|i| match &i.kind {
                    A::Str(s) => Some((s.as_str(), i.span)),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        for (value, span) in literals {
            if allowed.iter().any(|a| a.as_str() == Some(value)) {
                continue;
            }
            let words: Vec<&str> = allowed.iter().filter_map(Json::as_str).collect();
            let mut d = self.cx.err(
                scope.file,
                codes::TYPE_MISMATCH,
                format!("\"{value}\" is not a value `{}` can have", fact.expr.label),
                span,
            );
            d = match closest(value, words.iter().copied()) {
                Some(c) => d.with_help(format!("did you mean \"{c}\"?")),
                None => d.with_help(format!("its values are: {}", words.join(", "))),
            };
            self.cx.push(d);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn quantified(
        &mut self,
        quantifier: Quantifier,
        var: &'a ast::Ident,
        list: &'a ast::Expr,
        condition: Option<&'a ast::Expr>,
        label: Arc<str>,
        span: Span,
        scope: &Scope<'a>,
    ) -> LowerResult {
        if scope.lookup(&var.name).is_some() || self.cx.defs.contains_key(var.name.as_str()) {
            self.cx.push(
                self.cx
                    .err(
                        scope.file,
                        codes::SHADOWED,
                        format!("`{}` is already a name here", var.name),
                        var.span,
                    )
                    .with_help("choose another name for the item"),
            );
            return None;
        }
        let list = self.lower(list, scope)?;
        let (elem, node) = match &list.expr.ty {
            Ty::List(elem) => {
                let node = match (self.cx.schema, list.node) {
                    (Some(schema), Some(id)) => match schema.node(id) {
                        Node::Array { items } => *items,
                        _ => None,
                    },
                    _ => None,
                };
                ((**elem).clone(), node)
            }
            Ty::Any => (Ty::Any, None),
            other => {
                self.cx.push(self.cx.err(
                    scope.file,
                    codes::TYPE_MISMATCH,
                    format!(
                        "`{}` goes over a list, but `{}` is {}",
                        quantifier.keyword(),
                        list.expr.label,
                        other.describe()
                    ),
                    list_span(span, var),
                ));
                return None;
            }
        };
        let slot = self.next_slot;
        self.next_slot += 1;
        let inner = scope.bind(
            &var.name,
            Binding::Var {
                slot,
                ty: elem,
                node,
            },
        );
        let condition = match condition {
            Some(c) => Some(Box::new(self.expect(
                c,
                &inner,
                &Ty::Bool,
                &format!("the `where` of `{}`", quantifier.keyword()),
            )?)),
            None => None,
        };
        let (quant, ty) = match quantifier {
            Quantifier::All => (Quant::All, Ty::Bool),
            Quantifier::Any => (Quant::Any, Ty::Bool),
            Quantifier::Count => (Quant::Count, Ty::Num),
        };
        self.made(
            I::Quantified {
                quant,
                slot,
                list: Box::new(list.expr),
                condition,
            },
            label,
            ty,
            span,
            scope,
        )
    }
}

fn list_span(span: Span, var: &ast::Ident) -> Span {
    Span::new(span.start, var.span.end.max(span.start))
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
