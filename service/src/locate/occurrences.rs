//! Every name-like node of a file with its meaning, and a walker over every expression.

use lexpact_grammar::Span;
use lexpact_grammar::ast::{
    BinaryOp, Clause, Data, DataKind, ExpectedMark, Expr, ExprKind, File, Ident, Item, StrLit,
    TestClauseKind,
};

use super::{BUILTINS, Binding, BindingKind, Defs, Node, ObligationUse, Occurrence, StrRole};

/// Every occurrence in `file`, in source order.
pub(crate) fn occurrences<'a>(file: &'a File, defs: &Defs<'a>) -> Vec<Occurrence<'a>> {
    let mut out = Vec::new();
    for item in &file.items {
        item_occurrences(item, defs, &mut out);
    }
    out.sort_by_key(|o| (o.span.start, o.span.end));
    out
}

pub(super) fn item_occurrences<'a>(item: &'a Item, defs: &Defs<'a>, out: &mut Vec<Occurrence<'a>>) {
    let str_lit = |lit: &'a StrLit, role: StrRole<'a>, out: &mut Vec<Occurrence<'a>>| {
        out.push(Occurrence {
            span: lit.span,
            node: Node::Str {
                span: lit.span,
                value: &lit.value,
                role,
            },
        });
    };
    match item {
        Item::Ruleset(decl) => {
            str_lit(&decl.name, StrRole::Ruleset, out);
            if let Some(version) = &decl.version {
                str_lit(version, StrRole::Version, out);
            }
        }
        Item::Schema(decl) => str_lit(&decl.target, StrRole::Schema, out),
        Item::Define(def) => {
            out.push(Occurrence {
                span: def.name.span,
                node: Node::DefinitionDecl(def),
            });
            let mut scope = Vec::new();
            for param in def.params.iter().flatten() {
                let binding = Binding {
                    ident: param,
                    kind: BindingKind::Parameter,
                    scope: def.span,
                    list: None,
                };
                out.push(Occurrence {
                    span: param.span,
                    node: Node::Bound {
                        ident: param,
                        binding,
                        declaration: true,
                    },
                });
                scope.push(binding);
            }
            Walker { defs, out, scope }.expr(&def.body);
        }
        Item::Obligation(o) => {
            out.push(Occurrence {
                span: o.id.span,
                node: Node::ObligationDecl(&o.id),
            });
            for clause in &o.clauses {
                if let Some(s) = clause.kind.string() {
                    str_lit(s, StrRole::Clause(clause.kind.keyword()), out);
                } else if let Some(e) = clause.kind.expression() {
                    Walker {
                        defs,
                        out: &mut *out,
                        scope: Vec::new(),
                    }
                    .expr(e);
                }
            }
        }
        Item::Test(t) => {
            str_lit(&t.name, StrRole::TestName, out);
            for clause in &t.clauses {
                match &clause.kind {
                    TestClauseKind::AsOf(_) => {}
                    TestClauseKind::ProfileFile(s) => str_lit(s, StrRole::ProfileFile, out),
                    TestClauseKind::ProfileInline(data) => data_occurrences(data, &[], out),
                    TestClauseKind::Expect {
                        id,
                        verdict,
                        deadline,
                    } => {
                        out.push(Occurrence {
                            span: id.span,
                            node: Node::ObligationRef {
                                ident: id,
                                role: ObligationUse::Expect,
                            },
                        });
                        for v in std::iter::once(verdict).chain(deadline) {
                            out.push(Occurrence {
                                span: v.span,
                                node: Node::Verdict(v),
                            });
                        }
                    }
                    TestClauseKind::ExpectMark { id, mark, .. } => {
                        out.push(Occurrence {
                            span: id.span,
                            node: Node::ObligationRef {
                                ident: id,
                                role: ObligationUse::Expect,
                            },
                        });
                        match mark {
                            ExpectedMark::Amended(Some(s)) => {
                                str_lit(s, StrRole::Clause("amended"), out);
                            }
                            ExpectedMark::Indicator(s) => {
                                str_lit(s, StrRole::Clause("indicator"), out);
                            }
                            ExpectedMark::Amended(None) | ExpectedMark::InWindow => {}
                        }
                    }
                    TestClauseKind::ExpectCount { verdict, group, .. } => {
                        if let Some(v) = verdict {
                            out.push(Occurrence {
                                span: v.span,
                                node: Node::Verdict(v),
                            });
                        }
                        if let Some(g) = group {
                            str_lit(g, StrRole::Clause("group"), out);
                        }
                    }
                }
            }
        }
    }
}

/// The keys and strings of inline profile data under `keys`; the keys under `exceptions` at
/// the top are obligation ids.
fn data_occurrences<'a>(data: &'a Data, keys: &[&'a Ident], out: &mut Vec<Occurrence<'a>>) {
    match &data.kind {
        DataKind::Str(value) => out.push(Occurrence {
            span: data.span,
            node: Node::Str {
                span: data.span,
                value,
                role: StrRole::Data(keys.to_vec()),
            },
        }),
        DataKind::List(items) => {
            for item in items {
                data_occurrences(item, keys, out);
            }
        }
        DataKind::Object(fields) => {
            for (key, value) in fields {
                let mut path = keys.to_vec();
                path.push(key);
                let exception_id =
                    matches!(keys, [top] if top.name == "exceptions") && !key.name.is_empty();
                out.push(Occurrence {
                    span: key.span,
                    node: if exception_id {
                        Node::ObligationRef {
                            ident: key,
                            role: ObligationUse::ExceptionKey,
                        }
                    } else {
                        Node::DataKey(path.clone())
                    },
                });
                data_occurrences(value, &path, out);
            }
        }
        DataKind::Null | DataKind::Bool(_) | DataKind::Number(_) | DataKind::Date(_) => {}
    }
}

/// Goes over an expression with the names bound where it stands.
struct Walker<'a, 'o, 'd> {
    defs: &'d Defs<'a>,
    out: &'o mut Vec<Occurrence<'a>>,
    scope: Vec<Binding<'a>>,
}

impl<'a> Walker<'a, '_, '_> {
    fn lookup(&self, name: &str) -> Option<Binding<'a>> {
        self.scope
            .iter()
            .rev()
            .find(|b| b.ident.name == name)
            .copied()
    }

    fn push(&mut self, span: Span, node: Node<'a>) {
        self.out.push(Occurrence { span, node });
    }

    fn expr(&mut self, expr: &'a Expr) {
        match &expr.kind {
            ExprKind::Bool(_) | ExprKind::Number(_) | ExprKind::Date(_) => {}
            ExprKind::Str(value) => self.push(
                expr.span,
                Node::Str {
                    span: expr.span,
                    value,
                    role: StrRole::Expr,
                },
            ),
            ExprKind::List(items) => items.iter().for_each(|e| self.expr(e)),
            ExprKind::Path(segments) => self.path(segments),
            ExprKind::Call { name, args } => {
                let node = if let Some((file, def)) = self.defs.get(&name.name) {
                    Node::DefinitionRef {
                        ident: name,
                        def,
                        file,
                    }
                } else if BUILTINS.contains(&name.name.as_str()) {
                    Node::Builtin(name)
                } else {
                    Node::UnknownCall(name)
                };
                self.push(name.span, node);
                args.iter().for_each(|e| self.expr(e));
            }
            ExprKind::Not(inner) | ExprKind::Neg(inner) => self.expr(inner),
            ExprKind::And(operands) | ExprKind::Or(operands) => {
                operands.iter().for_each(|e| self.expr(e));
            }
            ExprKind::Binary { op, lhs, rhs } => self.binary(*op, lhs, rhs),
            ExprKind::Quantified {
                var,
                list,
                condition,
                ..
            } => {
                self.expr(list);
                let fact_list = match &list.kind {
                    ExprKind::Path(segments) => segments.first().and_then(|first| {
                        let plain = self.lookup(&first.name).is_none()
                            && !(segments.len() == 1 && self.defs.get(&first.name).is_some());
                        plain.then_some(segments.as_slice())
                    }),
                    _ => None,
                };
                let binding = Binding {
                    ident: var,
                    kind: BindingKind::Item,
                    scope: Span::new(var.span.start, expr.span.end),
                    list: fact_list,
                };
                self.push(
                    var.span,
                    Node::Bound {
                        ident: var,
                        binding,
                        declaration: true,
                    },
                );
                if let Some(condition) = condition {
                    self.scope.push(binding);
                    self.expr(condition);
                    self.scope.pop();
                }
            }
        }
    }

    fn path(&mut self, segments: &'a [Ident]) {
        let Some(first) = segments.first() else {
            return;
        };
        let binding = self.lookup(&first.name);
        if let Some(binding) = binding {
            self.push(
                first.span,
                Node::Bound {
                    ident: first,
                    binding,
                    declaration: false,
                },
            );
        } else if let (Some((file, def)), 1) = (self.defs.get(&first.name), segments.len()) {
            self.push(
                first.span,
                Node::DefinitionRef {
                    ident: first,
                    def,
                    file,
                },
            );
            return;
        }
        let from = usize::from(binding.is_some());
        for (index, segment) in segments.iter().enumerate().skip(from) {
            self.push(
                segment.span,
                Node::Path {
                    segments,
                    index,
                    binding,
                },
            );
        }
    }

    /// A comparison of a path with strings makes them enum values of the path.
    fn binary(&mut self, op: BinaryOp, lhs: &'a Expr, rhs: &'a Expr) {
        let enum_of = |e: &'a Expr| match &e.kind {
            ExprKind::Path(p) => Some(p.as_slice()),
            _ => None,
        };
        let compared = match op {
            BinaryOp::Eq | BinaryOp::Ne => enum_of(lhs)
                .map(|p| (p, rhs))
                .or_else(|| enum_of(rhs).map(|p| (p, lhs))),
            // `"x" in list_path` asks whether a list of values holds one of them.
            BinaryOp::In | BinaryOp::NotIn => enum_of(lhs).map(|p| (p, rhs)).or_else(|| {
                enum_of(rhs)
                    .filter(|_| matches!(lhs.kind, ExprKind::Str(_)))
                    .map(|p| (p, lhs))
            }),
            _ => None,
        };
        let Some((path, other)) = compared else {
            self.expr(lhs);
            self.expr(rhs);
            return;
        };
        let strings: Vec<&'a Expr> = match &other.kind {
            ExprKind::Str(_) => vec![other],
            ExprKind::List(items) if matches!(op, BinaryOp::In | BinaryOp::NotIn) => {
                items.iter().collect()
            }
            _ => Vec::new(),
        };
        let binding = path.first().and_then(|first| self.lookup(&first.name));
        let is_definition = path.len() == 1
            && binding.is_none()
            && path
                .first()
                .is_some_and(|f| self.defs.get(&f.name).is_some());
        if strings.is_empty() || is_definition {
            self.expr(lhs);
            self.expr(rhs);
            return;
        }
        self.path(path);
        for s in &strings {
            if let ExprKind::Str(value) = &s.kind {
                self.push(
                    s.span,
                    Node::EnumLiteral {
                        span: s.span,
                        value,
                        path,
                        binding,
                    },
                );
            } else {
                self.expr(s);
            }
        }
        if let ExprKind::List(items) = &other.kind {
            // The list's non-string items (none in well-typed rules) still count.
            for item in items.iter().filter(|i| !matches!(i.kind, ExprKind::Str(_))) {
                self.expr(item);
            }
        } else if !matches!(other.kind, ExprKind::Str(_)) {
            self.expr(other);
        }
    }
}

#[allow(dead_code, reason = "the walker is for hover, completion and lints")]
/// Calls `visit` on every expression of `file`, outermost first, with the declaration and
/// obligation clause it stands in (`None` in a definition's body).
pub(crate) fn walk_exprs<'a>(
    file: &'a File,
    visit: &mut dyn FnMut(&'a Expr, &'a Item, Option<&'a Clause>),
) {
    fn go<'a>(
        e: &'a Expr,
        item: &'a Item,
        clause: Option<&'a Clause>,
        visit: &mut dyn FnMut(&'a Expr, &'a Item, Option<&'a Clause>),
    ) {
        visit(e, item, clause);
        match &e.kind {
            ExprKind::Bool(_)
            | ExprKind::Number(_)
            | ExprKind::Date(_)
            | ExprKind::Str(_)
            | ExprKind::Path(_) => {}
            ExprKind::List(items)
            | ExprKind::And(items)
            | ExprKind::Or(items)
            | ExprKind::Call { args: items, .. } => {
                items.iter().for_each(|i| go(i, item, clause, visit));
            }
            ExprKind::Not(inner) | ExprKind::Neg(inner) => go(inner, item, clause, visit),
            ExprKind::Binary { lhs, rhs, .. } => {
                go(lhs, item, clause, visit);
                go(rhs, item, clause, visit);
            }
            ExprKind::Quantified {
                list, condition, ..
            } => {
                go(list, item, clause, visit);
                if let Some(c) = condition {
                    go(c, item, clause, visit);
                }
            }
        }
    }
    for item in &file.items {
        match item {
            Item::Define(def) => go(&def.body, item, None, visit),
            Item::Obligation(o) => {
                for clause in &o.clauses {
                    if let Some(e) = clause.kind.expression() {
                        go(e, item, Some(clause), visit);
                    }
                }
            }
            Item::Ruleset(_) | Item::Schema(_) | Item::Test(_) => {}
        }
    }
}
