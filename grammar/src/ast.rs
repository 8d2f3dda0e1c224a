//! The typed syntax tree of one rule file. Every node keeps the byte span it came from so
//! that the checker can point at it; nothing here knows what a name or a path means.

use crate::span::Span;

/// A parsed rule file.
#[derive(Debug, Clone, PartialEq)]
pub struct File {
    /// The declarations, in source order.
    pub items: Vec<Item>,
    /// Every `#` comment, in source order; the formatter puts them back.
    pub comments: Vec<Comment>,
}

/// A `#` comment.
#[derive(Debug, Clone, PartialEq)]
pub struct Comment {
    /// The comment's text after `#`, without the line break.
    pub text: String,
    /// Where it stands in the source.
    pub span: Span,
}

/// A top-level declaration.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// `ruleset …`
    Ruleset(RulesetDecl),
    /// `schema …`
    Schema(SchemaDecl),
    /// `define …`
    Define(Definition),
    /// `obligation … { … }`
    Obligation(Obligation),
    /// `test … { … }`
    Test(TestBlock),
}

impl Item {
    /// Where the whole declaration stands.
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

/// A name: of a definition, parameter, obligation, field or quantifier item.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Ident {
    /// The name as written.
    pub name: String,
    /// Where it stands in the source.
    pub span: Span,
}

/// A string literal with its escapes resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StrLit {
    /// The text, escapes resolved.
    pub value: String,
    /// Where it stands in the source.
    pub span: Span,
}

/// A number or date literal, kept as written; `core` gives it a meaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawLit {
    /// The literal exactly as written.
    pub raw: String,
    /// Where it stands in the source.
    pub span: Span,
}

/// `ruleset "name" version "v"`
#[derive(Debug, Clone, PartialEq)]
pub struct RulesetDecl {
    /// The rule set's name.
    pub name: StrLit,
    /// Its version, if given.
    pub version: Option<StrLit>,
    /// Where it stands in the source.
    pub span: Span,
}

/// `schema "name-or-path"`
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaDecl {
    /// A bundled schema's name or a path relative to the rule file.
    pub target: StrLit,
    /// Where it stands in the source.
    pub span: Span,
}

/// `define name(a, b) = expr` or `define name = expr`
#[derive(Debug, Clone, PartialEq)]
pub struct Definition {
    /// The definition's name.
    pub name: Ident,
    /// `None` for a definition written without parentheses.
    pub params: Option<Vec<Ident>>,
    /// The expression it stands for.
    pub body: Expr,
    /// Where it stands in the source.
    pub span: Span,
}

/// `obligation id { clauses }`
#[derive(Debug, Clone, PartialEq)]
pub struct Obligation {
    /// The obligation's id.
    pub id: Ident,
    /// Its clauses, in source order.
    pub clauses: Vec<Clause>,
    /// Where it stands in the source.
    pub span: Span,
}

/// One clause of an obligation.
#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    /// Which clause, with its content.
    pub kind: ClauseKind,
    /// Where it stands in the source.
    pub span: Span,
}

/// The clauses of an obligation.
#[derive(Debug, Clone, PartialEq)]
pub enum ClauseKind {
    /// `title "…"`
    Title(StrLit),
    /// `cite "…"`
    Cite(StrLit),
    /// `group "…"`
    Group(StrLit),
    /// `text "…"`: the words of the source text the obligation encodes.
    Text(StrLit),
    /// `indicator "SCHEME:ID"`: an indicator of another monitoring scheme measuring the same
    /// thing (may repeat).
    Indicator(StrLit),
    /// `amended "…"`: a passage the obligation rests on that the text marks as a late
    /// amendment (may repeat).
    Amended(StrLit),
    /// `weight N`
    Weight(RawLit),
    /// `exception "…"`: a ground a State may invoke (may repeat).
    Exception(StrLit),
    /// `deadline D` or `deadline FROM to D`
    Deadline {
        /// Where the window opens, if it has a start.
        from: Option<RawLit>,
        /// The date the obligation is due.
        due: RawLit,
    },
    /// `met on EXPR`: the date the deadline was met.
    MetOn(Expr),
    /// `applies when EXPR`
    AppliesWhen(Expr),
    /// `require EXPR`
    Require(Expr),
    /// `partial when EXPR`
    PartialWhen(Expr),
    /// `in each jurisdiction`: the obligation binds each unit of a federal State.
    InEachJurisdiction,
}

impl ClauseKind {
    /// The clause's keyword(s) as written in source.
    pub fn keyword(&self) -> &'static str {
        match self {
            ClauseKind::Title(_) => "title",
            ClauseKind::Cite(_) => "cite",
            ClauseKind::Group(_) => "group",
            ClauseKind::Text(_) => "text",
            ClauseKind::Indicator(_) => "indicator",
            ClauseKind::Amended(_) => "amended",
            ClauseKind::Weight(_) => "weight",
            ClauseKind::Exception(_) => "exception",
            ClauseKind::Deadline { .. } => "deadline",
            ClauseKind::MetOn(_) => "met on",
            ClauseKind::AppliesWhen(_) => "applies when",
            ClauseKind::Require(_) => "require",
            ClauseKind::PartialWhen(_) => "partial when",
            ClauseKind::InEachJurisdiction => "in each jurisdiction",
        }
    }

    /// The string the clause holds: a `title`, `cite`, `group`, `text`, `indicator`, `amended`
    /// or `exception`.
    pub fn string(&self) -> Option<&StrLit> {
        match self {
            ClauseKind::Title(s)
            | ClauseKind::Cite(s)
            | ClauseKind::Group(s)
            | ClauseKind::Text(s)
            | ClauseKind::Indicator(s)
            | ClauseKind::Amended(s)
            | ClauseKind::Exception(s) => Some(s),
            _ => None,
        }
    }

    /// The condition or date the clause holds: a `require`, `applies when`, `partial when` or
    /// `met on`.
    pub fn expression(&self) -> Option<&Expr> {
        match self {
            ClauseKind::MetOn(e)
            | ClauseKind::AppliesWhen(e)
            | ClauseKind::Require(e)
            | ClauseKind::PartialWhen(e) => Some(e),
            _ => None,
        }
    }
}

/// `test "name" { clauses }`
#[derive(Debug, Clone, PartialEq)]
pub struct TestBlock {
    /// The test's name.
    pub name: StrLit,
    /// Its clauses, in source order.
    pub clauses: Vec<TestClause>,
    /// Where it stands in the source.
    pub span: Span,
}

/// One clause of a test.
#[derive(Debug, Clone, PartialEq)]
pub struct TestClause {
    /// Which clause, with its content.
    pub kind: TestClauseKind,
    /// Where it stands in the source.
    pub span: Span,
}

/// The clauses of a test.
#[derive(Debug, Clone, PartialEq)]
pub enum TestClauseKind {
    /// `as_of DATE`
    AsOf(RawLit),
    /// `profile "file"`: a profile file relative to the rule file.
    ProfileFile(StrLit),
    /// `profile { … }`: the profile written inline.
    ProfileInline(Data),
    /// `expect obligation_id verdict [deadline_status]`
    Expect {
        /// The obligation expected.
        id: Ident,
        /// Its verdict.
        verdict: Ident,
        /// Its deadline status, if expected.
        deadline: Option<Ident>,
    },
    /// `expect obligation_id [not] (amended [STRING] | indicator STRING | in_window)`: a mark
    /// the report gives the obligation, or (with `not`) does not.
    ExpectMark {
        /// The obligation expected.
        id: Ident,
        /// Whether `not` was written.
        negated: bool,
        /// Which mark.
        mark: ExpectedMark,
    },
    /// `expect NUMBER UNIT [VERDICT] [in STRING]`: how many bullets (or obligations) of the
    /// report, or of one group, got a verdict (all of them without one).
    ExpectCount {
        /// The number, as written.
        count: RawLit,
        /// `bullet(s)` or `obligation(s)`, as written.
        unit: Ident,
        /// The verdict counted, if any.
        verdict: Option<Ident>,
        /// The group counted, if any.
        group: Option<StrLit>,
    },
}

/// The report marks an `expect` clause can check.
#[derive(Debug, Clone, PartialEq)]
pub enum ExpectedMark {
    /// `amended`, or `amended "passage"`: the obligation rests on a late amendment (that one).
    Amended(Option<StrLit>),
    /// `indicator "SCHEME:ID"`: the report carries that indicator.
    Indicator(StrLit),
    /// `in_window`: the deadline window's reading applies on the evaluation date.
    InWindow,
}

/// A JSON-like value written inline in a test: keys may be bare words, dates are bare.
#[derive(Debug, Clone, PartialEq)]
pub struct Data {
    /// The value.
    pub kind: DataKind,
    /// Where it stands in the source.
    pub span: Span,
}

/// The values of inline data.
#[derive(Debug, Clone, PartialEq)]
pub enum DataKind {
    /// `null`
    Null,
    /// `true` or `false`
    Bool(bool),
    /// A number as written.
    Number(String),
    /// A bare date as written.
    Date(String),
    /// A string, escapes resolved.
    Str(String),
    /// `[ … ]`
    List(Vec<Data>),
    /// `{ key: value, … }`, keys in source order.
    Object(Vec<(Ident, Data)>),
}

/// An expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    /// What kind of expression, with its parts.
    pub kind: ExprKind,
    /// Where it stands in the source.
    pub span: Span,
}

/// The operators with two operands (`and` and `or` are chains: `ExprKind::And`, `ExprKind::Or`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `in`
    In,
    /// `not in`
    NotIn,
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
}

impl BinaryOp {
    /// The operator as written.
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

    /// Whether it gives a condition (a comparison or `in`) rather than a number.
    pub fn is_comparison(self) -> bool {
        !matches!(
            self,
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div
        )
    }
}

/// The quantifiers over a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Quantifier {
    /// `all x in list where condition`
    All,
    /// `any x in list where condition`
    Any,
    /// `count x in list [where condition]`
    Count,
}

impl Quantifier {
    /// The quantifier's word.
    pub fn keyword(self) -> &'static str {
        match self {
            Quantifier::All => "all",
            Quantifier::Any => "any",
            Quantifier::Count => "count",
        }
    }
}

/// The kinds of expression.
#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    /// `true` or `false`
    Bool(bool),
    /// A number as written.
    Number(String),
    /// A bare date as written.
    Date(String),
    /// A string, escapes resolved.
    Str(String),
    /// `[a, b]`
    List(Vec<Expr>),
    /// `a.b.c`: a fact path, or a parameter / bound variable followed by fields.
    Path(Vec<Ident>),
    /// `name(args)`: a definition or built-in function used with arguments.
    Call {
        /// The function's name.
        name: Ident,
        /// The arguments, in order.
        args: Vec<Expr>,
    },
    /// `not x`
    Not(Box<Expr>),
    /// `-x`
    Neg(Box<Expr>),
    /// Two or more operands joined by `and`.
    And(Vec<Expr>),
    /// Two or more operands joined by `or`.
    Or(Vec<Expr>),
    /// `lhs op rhs`
    Binary {
        /// The operator.
        op: BinaryOp,
        /// The left operand.
        lhs: Box<Expr>,
        /// The right operand.
        rhs: Box<Expr>,
    },
    /// `all|any|count var in list where condition`
    Quantified {
        /// Which quantifier.
        quantifier: Quantifier,
        /// The name of the current item.
        var: Ident,
        /// The list gone over.
        list: Box<Expr>,
        /// Required for `all` and `any`; optional for `count`.
        condition: Option<Box<Expr>>,
    },
}
