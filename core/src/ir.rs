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
    /// Its id, title, citation, group and text, shared with every report that shows it.
    pub identity: Arc<crate::report::ObligationIdentity>,
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

impl Obligation {
    pub fn id(&self) -> &str {
        &self.identity.id
    }
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
    /// The profile evaluated; `TestProfile::json` gives it as a document.
    pub profile: TestProfile,
    pub expectations: Vec<Expectation>,
    pub location: Location,
}

/// A test's profile. Inline data stays as written until the test runs (a library has hundreds
/// of tests, and most compiles never run them); `compile/test_profile.rs` converts it.
#[derive(Debug, Clone, PartialEq)]
pub enum TestProfile {
    /// Written in the test block.
    Inline(lexpact_grammar::ast::Data),
    /// Read from the file the test names, when the rule set was compiled.
    File(serde_json::Value),
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

/// A node of the rule set's path table: one distinct prefix of the facts read from the root.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PathNode(pub u32);

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
        /// For a fact read from the root: the node of each prefix of `keys` in the rule set's
        /// path table (`crate::paths`), so that a profile's objects are looked up once per
        /// evaluation however many obligations read them. Empty until the table is built.
        prefixes: Arc<[PathNode]>,
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
