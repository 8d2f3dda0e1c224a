//! What stands at a byte offset of a parsed file, and every name-like node of a file with its
//! meaning (a definition called, a parameter used, an obligation named, a fact path read).
//!
//! Every other feature is built on these: hover and completion ask `locate`, navigation,
//! rename and semantic tokens go over `occurrences`. Names resolve as the compiler resolves
//! them: a parameter or quantifier item in scope first, then a definition of the workspace,
//! then a built-in function, else the first segment of a fact path.

use std::collections::HashMap;

use lexpact_grammar::Span;
use lexpact_grammar::ast::{
    BinaryOp, Clause, ClauseKind, Data, DataKind, Definition, Expr, ExprKind, File, Ident, Item,
    StrLit, TestClause, TestClauseKind,
};

use crate::Analysis;

/// The built-in functions of the language (the compiler's list).
pub(crate) const BUILTINS: [&str; 5] = [
    "year",
    "days_between",
    "is_known",
    "evaluation_date",
    "add_years",
];

/// The definitions of every parsed file of an analysis, by name (the first of a name wins, as
/// a duplicate is a compile error anyway).
#[derive(Debug, Default)]
pub(crate) struct Defs<'a> {
    by_name: HashMap<&'a str, (&'a str, &'a Definition)>,
}

impl<'a> Defs<'a> {
    /// The definitions of `analysis`.
    pub(crate) fn of(analysis: &'a Analysis) -> Self {
        let mut by_name = HashMap::new();
        for file in analysis.files() {
            let Ok(ast) = &file.ast else { continue };
            for item in &ast.items {
                if let Item::Define(def) = item {
                    by_name
                        .entry(def.name.name.as_str())
                        .or_insert((file.name.as_str(), def));
                }
            }
        }
        Defs { by_name }
    }

    /// The definition named `name` and the file declaring it.
    pub(crate) fn get(&self, name: &str) -> Option<(&'a str, &'a Definition)> {
        self.by_name.get(name).copied()
    }
}

/// What a bound name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BindingKind {
    /// A definition's parameter.
    Parameter,
    /// A quantifier's item (`all x in …`).
    Item,
}

/// A name bound inside an expression: where it is declared and where it can be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Binding<'a> {
    /// The declaring name.
    pub ident: &'a Ident,
    /// Parameter or quantifier item.
    pub kind: BindingKind,
    /// The region its uses may stand in (the definition, the quantifier's condition).
    pub scope: Span,
}

/// What a string literal is, by where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum StrRole<'a> {
    /// `ruleset "…"`
    Ruleset,
    /// `ruleset … version "…"`
    Version,
    /// `schema "…"`
    Schema,
    /// A clause of an obligation (`cite`, `text`, `title`, `group`, …), by its keyword.
    Clause(&'static str),
    /// `test "…"`
    TestName,
    /// `profile "file"` in a test.
    ProfileFile,
    /// A string inside an inline test profile, under these keys.
    Data(Vec<&'a Ident>),
    /// A string in an expression that is not compared to a path.
    Expr,
}

/// Why an obligation id is named outside its declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ObligationUse {
    /// `expect ID verdict` in a test.
    Expect,
    /// A key under `exceptions` in an inline test profile.
    ExceptionKey,
}

/// A node that means something to an editor.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node<'a> {
    /// The name of a `define`.
    DefinitionDecl(&'a Definition),
    /// A definition used: `name(args)`, or a bare `name` for one without parameters.
    DefinitionRef {
        /// The name as written at the use.
        ident: &'a Ident,
        /// The definition.
        def: &'a Definition,
        /// The file declaring it.
        file: &'a str,
    },
    /// A call of a built-in function.
    Builtin(&'a Ident),
    /// A call of a name that is neither a definition nor a built-in.
    UnknownCall(&'a Ident),
    /// A parameter or quantifier item, at its declaration or a use.
    Bound {
        /// The name as written here.
        ident: &'a Ident,
        /// Its declaration.
        binding: Binding<'a>,
        /// Whether this is the declaration itself.
        declaration: bool,
    },
    /// An obligation's id where it is declared.
    ObligationDecl(&'a Ident),
    /// An obligation's id named elsewhere.
    ObligationRef {
        /// The id as written.
        ident: &'a Ident,
        /// Where it is named.
        role: ObligationUse,
    },
    /// A segment of a path: a fact path, or fields read from a bound name (`binding`).
    Path {
        /// Every segment of the path.
        segments: &'a [Ident],
        /// The segment at hand.
        index: usize,
        /// The bound name the path starts with, if it does (then segment 0 is `Bound`).
        binding: Option<Binding<'a>>,
    },
    /// A string compared to a path (`p == "x"`, `p in ["x", "y"]`): an enum value.
    EnumLiteral {
        /// The string as written (quotes included).
        span: Span,
        /// Its value.
        value: &'a str,
        /// The path it is compared to.
        path: &'a [Ident],
        /// The bound name the path starts with, if it does.
        binding: Option<Binding<'a>>,
    },
    /// Any other string literal.
    Str {
        /// The string as written (quotes included).
        span: Span,
        /// Its value.
        value: &'a str,
        /// Where it stands.
        role: StrRole<'a>,
    },
    /// A key of an inline test profile; `keys` ends with it.
    DataKey(Vec<&'a Ident>),
    /// The verdict or deadline status of an `expect` line.
    Verdict(&'a Ident),
}

/// A node and the span an editor acts on (the name, the segment, the string).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Occurrence<'a> {
    /// The span of the name or literal.
    pub span: Span,
    /// What it is.
    pub node: Node<'a>,
}

/// The clause an offset stands in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum ClauseAt<'a> {
    /// A clause of an obligation.
    Obligation(&'a Clause),
    /// A clause of a test.
    Test(&'a TestClause),
}

/// What stands at an offset: the declaration, the clause and the innermost node.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Located<'a> {
    /// The declaration containing the offset.
    pub item: Option<&'a Item>,
    /// Its clause containing the offset.
    pub clause: Option<ClauseAt<'a>>,
    /// The innermost node at the offset (one the offset is in or right after).
    pub node: Option<Occurrence<'a>>,
}

/// What stands at byte `offset` of `file`. An offset right after a name counts as on it (the
/// cursor just after a word typed), unless another node starts there.
pub(crate) fn locate<'a>(file: &'a File, offset: usize, defs: &Defs<'a>) -> Located<'a> {
    let item = file.items.iter().find(|i| within(i.span(), offset));
    let clause = item.and_then(|item| match item {
        Item::Obligation(o) => o
            .clauses
            .iter()
            .find(|c| within(c.span, offset))
            .map(ClauseAt::Obligation),
        Item::Test(t) => t
            .clauses
            .iter()
            .find(|c| within(c.span, offset))
            .map(ClauseAt::Test),
        _ => None,
    });
    let node = item.and_then(|item| {
        let mut found = Vec::new();
        item_occurrences(item, defs, &mut found);
        innermost(found, offset)
    });
    Located { item, clause, node }
}

/// The occurrence at `offset`: one strictly containing it before one ending at it, the
/// narrowest first.
pub(crate) fn innermost(found: Vec<Occurrence<'_>>, offset: usize) -> Option<Occurrence<'_>> {
    found
        .into_iter()
        .filter(|o| within(o.span, offset))
        .min_by_key(|o| (o.span.end == offset, o.span.end - o.span.start))
}

/// Whether `offset` is in `span` or right after it.
pub(crate) fn within(span: Span, offset: usize) -> bool {
    span.start <= offset && offset <= span.end
}

/// Every occurrence in `file`, in source order.
pub(crate) fn occurrences<'a>(file: &'a File, defs: &Defs<'a>) -> Vec<Occurrence<'a>> {
    let mut out = Vec::new();
    for item in &file.items {
        item_occurrences(item, defs, &mut out);
    }
    out.sort_by_key(|o| (o.span.start, o.span.end));
    out
}

fn item_occurrences<'a>(item: &'a Item, defs: &Defs<'a>, out: &mut Vec<Occurrence<'a>>) {
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
                match &clause.kind {
                    ClauseKind::Title(s)
                    | ClauseKind::Cite(s)
                    | ClauseKind::Group(s)
                    | ClauseKind::Text(s)
                    | ClauseKind::Indicator(s)
                    | ClauseKind::Amended(s)
                    | ClauseKind::Exception(s) => {
                        str_lit(s, StrRole::Clause(clause.kind.keyword()), out);
                    }
                    ClauseKind::MetOn(e)
                    | ClauseKind::AppliesWhen(e)
                    | ClauseKind::Require(e)
                    | ClauseKind::PartialWhen(e) => Walker {
                        defs,
                        out: &mut *out,
                        scope: Vec::new(),
                    }
                    .expr(e),
                    ClauseKind::Weight(_)
                    | ClauseKind::Deadline { .. }
                    | ClauseKind::InEachJurisdiction => {}
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
                let binding = Binding {
                    ident: var,
                    kind: BindingKind::Item,
                    scope: Span::new(var.span.start, expr.span.end),
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
            BinaryOp::In | BinaryOp::NotIn => enum_of(lhs).map(|p| (p, rhs)),
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
                    if let ClauseKind::MetOn(e)
                    | ClauseKind::AppliesWhen(e)
                    | ClauseKind::Require(e)
                    | ClauseKind::PartialWhen(e) = &clause.kind
                    {
                        go(e, item, Some(clause), visit);
                    }
                }
            }
            Item::Ruleset(_) | Item::Schema(_) | Item::Test(_) => {}
        }
    }
}

/// The text of a fact path's segments `..=index`, joined by dots.
pub(crate) fn path_text(segments: &[Ident], upto: usize) -> String {
    segments
        .iter()
        .take(upto + 1)
        .map(|s| s.name.as_str())
        .collect::<Vec<_>>()
        .join(".")
}

#[cfg(test)]
#[path = "locate_tests.rs"]
mod tests;
