//! The checked, compiled form of a rule set. Every name is resolved, every path is split
//! into keys, every definition is expanded and every literal is parsed: evaluation meets
//! nothing it must look up or guess.

use std::sync::Arc;

use crate::date::Date;

use crate::diagnostic::DiagnosticSpan;
use crate::types::Ty;

#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    pub name: String,
    pub version: String,
    pub schema: Option<String>,
    pub obligations: Vec<Obligation>,
    pub tests: Vec<Test>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub span: DiagnosticSpan,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Obligation {
    pub id: String,
    pub title: String,
    pub cite: String,
    pub group: String,
    pub text: String,
    pub weight: f64,
    pub exceptions: Vec<String>,
    pub deadline: Option<Deadline>,
    pub met_on: Option<Expr>,
    pub applies: Option<Expr>,
    pub require: Expr,
    pub partial: Option<Expr>,
    /// The obligation's source text, for `lexpact explain`.
    pub source: String,
    pub location: Location,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    pub from: Option<Date>,
    pub due: Date,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Test {
    pub name: String,
    pub as_of: Option<Date>,
    pub profile: serde_json::Value,
    pub expectations: Vec<Expectation>,
    pub location: Location,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expectation {
    pub obligation: String,
    pub verdict: crate::report::Verdict,
    pub deadline: Option<crate::report::DeadlineStatus>,
    pub line: usize,
}

/// An expression with the canonical source text it came from, used as its label in
/// explanations.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub label: Arc<str>,
    pub ty: Ty,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    Div,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quant {
    All,
    Any,
    Count,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    Year,
    DaysBetween,
    IsKnown,
}

/// Where a path starts: the profile's root, or the current item of a quantifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    Root,
    Var(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    Bool(bool),
    Num(f64),
    Str(Arc<str>),
    Date(Date),
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Literal(Literal),
    /// A fact: `keys` read from `base`.
    Fact {
        base: Base,
        keys: Arc<[Arc<str>]>,
        /// `keys` as a JSON Pointer suffix (`/a/b`, escaped), computed once at compile time:
        /// the fact's pointer is the base's pointer followed by it.
        pointer: Arc<str>,
    },
    Not(Box<Expr>),
    And(Vec<Expr>),
    Or(Vec<Expr>),
    Compare(CmpOp, Box<Expr>, Box<Expr>),
    In {
        negated: bool,
        item: Box<Expr>,
        list: Box<Expr>,
    },
    Arith(ArithOp, Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
    List(Vec<Expr>),
    Quantified {
        quant: Quant,
        slot: usize,
        list: Box<Expr>,
        condition: Option<Box<Expr>>,
    },
    /// The use of a definition, expanded; kept as a node so explanations show its name.
    Call {
        name: Arc<str>,
        body: Box<Expr>,
    },
    Builtin(Builtin, Vec<Expr>),
}
