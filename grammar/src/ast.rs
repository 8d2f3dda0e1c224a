//! The typed syntax tree of one rule file. Every node keeps the byte span it came from so
//! that the checker can point at it; nothing here knows what a name or a path means.

use crate::span::Span;

#[derive(Debug, Clone, PartialEq)]
pub struct File {
    pub items: Vec<Item>,
    /// Every `#` comment, in source order; the formatter puts them back.
    pub comments: Vec<Comment>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comment {
    /// The comment's text after `#`, without the line break.
    pub text: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Ruleset(RulesetDecl),
    Schema(SchemaDecl),
    Define(Definition),
    Obligation(Obligation),
    Test(TestBlock),
}

impl Item {
    pub fn span(&self) -> Span {
        match self {
            Item::Ruleset(d) => d.span,
            Item::Schema(d) => d.span,
            Item::Define(d) => d.span,
            Item::Obligation(d) => d.span,
            Item::Test(d) => d.span,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

/// A string literal with its escapes resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StrLit {
    pub value: String,
    pub span: Span,
}

/// A number or date literal, kept as written; `core` gives it a meaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawLit {
    pub raw: String,
    pub span: Span,
}

/// `ruleset "name" version "v"`
#[derive(Debug, Clone, PartialEq)]
pub struct RulesetDecl {
    pub name: StrLit,
    pub version: Option<StrLit>,
    pub span: Span,
}

/// `schema "name-or-path"`
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaDecl {
    pub target: StrLit,
    pub span: Span,
}

/// `define name(a, b) = expr` or `define name = expr`
#[derive(Debug, Clone, PartialEq)]
pub struct Definition {
    pub name: Ident,
    /// `None` for a definition written without parentheses.
    pub params: Option<Vec<Ident>>,
    pub body: Expr,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Obligation {
    pub id: Ident,
    pub clauses: Vec<Clause>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    pub kind: ClauseKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ClauseKind {
    Title(StrLit),
    Cite(StrLit),
    Group(StrLit),
    Text(StrLit),
    Weight(RawLit),
    Exception(StrLit),
    /// `deadline D` or `deadline FROM to D`
    Deadline {
        from: Option<RawLit>,
        due: RawLit,
    },
    MetOn(Expr),
    AppliesWhen(Expr),
    Require(Expr),
    PartialWhen(Expr),
}

impl ClauseKind {
    /// The clause's keyword(s) as written in source.
    pub fn keyword(&self) -> &'static str {
        match self {
            ClauseKind::Title(_) => "title",
            ClauseKind::Cite(_) => "cite",
            ClauseKind::Group(_) => "group",
            ClauseKind::Text(_) => "text",
            ClauseKind::Weight(_) => "weight",
            ClauseKind::Exception(_) => "exception",
            ClauseKind::Deadline { .. } => "deadline",
            ClauseKind::MetOn(_) => "met on",
            ClauseKind::AppliesWhen(_) => "applies when",
            ClauseKind::Require(_) => "require",
            ClauseKind::PartialWhen(_) => "partial when",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TestBlock {
    pub name: StrLit,
    pub clauses: Vec<TestClause>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TestClause {
    pub kind: TestClauseKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TestClauseKind {
    AsOf(RawLit),
    ProfileFile(StrLit),
    ProfileInline(Data),
    /// `expect obligation_id verdict [deadline_status]`
    Expect {
        id: Ident,
        verdict: Ident,
        deadline: Option<Ident>,
    },
}

/// A JSON-like value written inline in a test: keys may be bare words, dates are bare.
#[derive(Debug, Clone, PartialEq)]
pub struct Data {
    pub kind: DataKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum DataKind {
    Null,
    Bool(bool),
    Number(String),
    Date(String),
    Str(String),
    List(Vec<Data>),
    Object(Vec<(Ident, Data)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    NotIn,
    Add,
    Sub,
    Mul,
    Div,
}

impl BinaryOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Eq => "==",
            BinaryOp::Ne => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::Le => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::Ge => ">=",
            BinaryOp::In => "in",
            BinaryOp::NotIn => "not in",
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
        }
    }

    pub fn is_comparison(self) -> bool {
        !matches!(
            self,
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Quantifier {
    All,
    Any,
    Count,
}

impl Quantifier {
    pub fn keyword(self) -> &'static str {
        match self {
            Quantifier::All => "all",
            Quantifier::Any => "any",
            Quantifier::Count => "count",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Bool(bool),
    Number(String),
    Date(String),
    Str(String),
    List(Vec<Expr>),
    /// `a.b.c`: a fact path, or a parameter / bound variable followed by fields.
    Path(Vec<Ident>),
    Call {
        name: Ident,
        args: Vec<Expr>,
    },
    Not(Box<Expr>),
    Neg(Box<Expr>),
    /// Two or more operands joined by `and`.
    And(Vec<Expr>),
    /// Two or more operands joined by `or`.
    Or(Vec<Expr>),
    Binary {
        op: BinaryOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    Quantified {
        quantifier: Quantifier,
        var: Ident,
        list: Box<Expr>,
        /// Required for `all` and `any`; optional for `count`.
        condition: Option<Box<Expr>>,
    },
}
