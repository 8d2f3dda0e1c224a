//! The checked, compiled form of a rule set. Every name is resolved, every path is split
//! into keys, every definition is expanded and every literal is parsed: evaluation meets
//! nothing it must look up or guess.

use std::sync::Arc;

use crate::date::Date;

use crate::diagnostic::DiagnosticSpan;
use crate::types::Ty;

/// A compiled rule set: its header, schema, obligations and tests, every one checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    /// The name the `ruleset` declaration gives; without one, the first file's name without `.lex`.
    pub name: String,
    /// The `version` the `ruleset` declaration gives; empty when it gives none.
    pub version: String,
    /// The schema the files name: a bundled schema's name, or a file path joined to the declaring
    /// file's directory; `None` when they name none.
    pub schema: Option<String>,
    /// The obligations, in rule order (files as given, declarations in file order).
    pub obligations: Vec<Obligation>,
    /// The `test` blocks of the files compiled (a library's `*_test.lex` files are left out
    /// unless its tests run).
    pub tests: Vec<Test>,
}

/// Where an obligation or test is declared in its rule file: the place of its id or name.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    /// The rule file's name, as the caller gave it.
    pub file: String,
    /// The 1-based line.
    pub line: usize,
    /// The 1-based column, in characters.
    pub column: usize,
    /// The bytes of the obligation's id or the test's name in the file.
    pub span: DiagnosticSpan,
}

/// One obligation, compiled: its identity, its clauses as checked expressions, and where it is
/// written.
#[derive(Debug, Clone, PartialEq)]
pub struct Obligation {
    /// Its id, title, citation, group and text, shared with every report that shows it.
    pub identity: Arc<crate::report::ObligationIdentity>,
    /// The `weight` consumers score results by (1 unless the rule gives one).
    pub weight: f64,
    /// The qualifiers of its `exception` clauses, e.g. "where appropriate", which a profile may
    /// invoke; empty without one.
    pub exceptions: Vec<String>,
    /// The `deadline` clause, if any.
    pub deadline: Option<Deadline>,
    /// The `met on` clause: the date the obligation was met, which tells on time from late.
    pub met_on: Option<Expr>,
    /// The `applies when` condition; the obligation always applies without it.
    pub applies: Option<Expr>,
    /// `in each jurisdiction`: on a profile that names jurisdictions, the obligation is
    /// evaluated in each unit and the units' verdicts aggregated; otherwise it binds the State
    /// as a whole and is evaluated once on the national facts.
    pub per_jurisdiction: bool,
    /// The `require` condition: true means `met`.
    pub require: Expr,
    /// The `partial when` condition, which tells `partially_met` from `not_met` when `require` is
    /// false.
    pub partial: Option<Expr>,
    /// The obligation's source text, for `lexpact explain`.
    pub source: String,
    /// Where the obligation is written.
    pub location: Location,
}

impl Obligation {
    /// The obligation's id, unique in its rule set.
    pub fn id(&self) -> &str {
        &self.identity.id
    }
}

/// A `deadline` clause: `deadline DUE`, or the window `deadline FROM to DUE` for an ambiguous
/// expression such as "by 2013".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    /// The start of the window; met by it is on time, met inside the window on time only under its
    /// latest reading.
    pub from: Option<Date>,
    /// The due date: met after it is late, not met after it is overdue.
    pub due: Date,
}

/// A `test` block: a profile, an evaluation date and the verdicts expected of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Test {
    /// The name the test is declared with, unique in the rule set.
    pub name: String,
    /// The test's `as_of` date; without one, the profile's own `as_of`.
    pub as_of: Option<Date>,
    /// The profile evaluated; `TestProfile::json` gives it as a document.
    pub profile: TestProfile,
    /// Its `expect` clauses, in the order written.
    pub expectations: Vec<Expectation>,
    /// Where the test is written.
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

/// One `expect` clause of a test: what the report must show, and where the clause stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Expectation {
    /// What is checked.
    pub check: Check,
    /// The 1-based line of the clause, for the failure message.
    pub line: usize,
}

/// What one `expect` clause checks in the report of its test.
#[derive(Debug, Clone, PartialEq)]
pub enum Check {
    /// `expect ID VERDICT [STATUS]`: the verdict, and maybe the deadline status, an obligation
    /// must get.
    Verdict {
        /// The obligation's id (checked to be one of the rule set's when it was compiled).
        obligation: String,
        /// The verdict expected.
        verdict: crate::report::Verdict,
        /// The deadline status expected, when the clause names one; otherwise not compared.
        deadline: Option<crate::report::DeadlineStatus>,
    },
    /// `expect ID [not] MARK`: a mark of the obligation's result, present (or, negated, absent).
    Mark {
        /// The obligation's id.
        obligation: String,
        /// `true` for `not`: the mark must be absent.
        negated: bool,
        /// The mark.
        mark: Mark,
    },
    /// `expect N UNIT [VERDICT] [in GROUP]`: how many bullets or obligations got a verdict
    /// (all of them without one), in the whole report or in one group.
    Count {
        /// The number expected.
        count: usize,
        /// Whether bullets of the text or obligations are counted.
        unit: CountUnit,
        /// The verdict counted; `None` counts them all.
        verdict: Option<crate::report::Verdict>,
        /// The group counted; `None` counts the whole report.
        group: Option<String>,
    },
}

/// A mark of an obligation's result that a test can expect.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// The obligation rests on a late amendment: any (`None`), or this passage.
    Amended(Option<String>),
    /// The obligation carries this indicator (`SCHEME:ID`).
    Indicator(String),
    /// The deadline window's reading applies on the evaluation date (`deadline.in_window`).
    InWindow,
}

/// What an `expect N UNIT` clause counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountUnit {
    /// Bullets of the text (the summaries' `bullets`): the obligations sharing a `cite` once.
    Bullets,
    /// Obligations.
    Obligations,
}

/// An expression with the canonical source text it came from, used as its label in
/// explanations.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    /// What the expression computes.
    pub kind: ExprKind,
    /// The canonical source text, shared with every explanation node of this expression.
    pub label: Arc<str>,
    /// Its static type, as checked against the schema.
    pub ty: Ty,
}

impl Expr {
    /// Calls `visit` on each expression directly inside this one, in source order: the one
    /// place that lists where sub-expressions sit, for the walks over compiled rules.
    pub fn for_each_child<'e>(&'e self, mut visit: impl FnMut(&'e Expr)) {
        match &self.kind {
            ExprKind::Literal(_) | ExprKind::Fact { .. } => {}
            ExprKind::Not(inner) | ExprKind::Neg(inner) => visit(inner),
            ExprKind::Call { body, .. } => visit(body),
            ExprKind::And(items)
            | ExprKind::Or(items)
            | ExprKind::List(items)
            | ExprKind::Builtin(_, items) => items.iter().for_each(visit),
            ExprKind::Compare(_, a, b) | ExprKind::Arith(_, a, b) => {
                visit(a);
                visit(b);
            }
            ExprKind::In { item, list, .. } => {
                visit(item);
                visit(list);
            }
            ExprKind::Quantified {
                list, condition, ..
            } => {
                visit(list);
                if let Some(condition) = condition {
                    visit(condition);
                }
            }
        }
    }
}

/// A comparison operator; with an unknown operand the comparison is unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
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
}

/// An arithmetic operator on numbers; with an unknown operand the result is unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArithOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`; division by zero is unknown.
    Div,
}

/// A quantifier over the items of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quant {
    /// `all v in L where c`: true when `c` holds for every item (so for an empty list).
    All,
    /// `any v in L where c`: true when `c` holds for some item.
    Any,
    /// `count v in L where c`: the number of items for which `c` is true (every item without
    /// `where`).
    Count,
}

/// A built-in function of the rule language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    /// `year(d)`: the year of a date, as a number.
    Year,
    /// `days_between(a, b)`: the days from date `a` to date `b`, negative when `b` is earlier.
    DaysBetween,
    /// `is_known(x)`: whether `x` has a value; never unknown.
    IsKnown,
    /// `evaluation_date()`: the day the rules are evaluated on (the caller's `as_of`, or an
    /// earlier day a computed `met on` steps back to), not the profile's own `as_of` field.
    EvaluationDate,
    /// `add_years(d, n)`: the same day `n` years later (see `Date::add_years`).
    AddYears,
}

/// A node of the rule set's path table: one distinct prefix of the facts read from the root.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PathNode(pub u32);

/// Where a path starts: the profile's root, or the current item of a quantifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    /// The profile document's root.
    Root,
    /// The current item of the quantifier with this slot, numbered within its obligation.
    Var(usize),
}

/// A constant written in a rule, already parsed.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    /// `true` or `false`.
    Bool(bool),
    /// A number, e.g. `18` or `0.5`.
    Num(f64),
    /// A string, e.g. `"ratified"`.
    Str(Arc<str>),
    /// A date, e.g. `2013-12-31`, known to exist.
    Date(Date),
}

/// What an expression computes, every name resolved and every definition expanded.
#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    /// A constant.
    Literal(Literal),
    /// A fact: `keys` read from `base`.
    Fact {
        /// Where the path starts: the root, or a quantifier's item.
        base: Base,
        /// The field names followed from `base`, in order.
        keys: Arc<[Arc<str>]>,
        /// `keys` as a JSON Pointer suffix (`/a/b`, escaped), computed once at compile time:
        /// the fact's pointer is the base's pointer followed by it.
        pointer: Arc<str>,
        /// For a fact read from the root: the node of each prefix of `keys` in the rule set's
        /// path table (`crate::paths`), so that a profile's objects are looked up once per
        /// evaluation however many obligations read them. Empty until the table is built.
        prefixes: Arc<[PathNode]>,
    },
    /// `not a`.
    Not(Box<Expr>),
    /// `a and b and …`: false if any operand is false, else unknown if any is unknown.
    And(Vec<Expr>),
    /// `a or b or …`: true if any operand is true, else unknown if any is unknown.
    Or(Vec<Expr>),
    /// A comparison of two values of one type.
    Compare(CmpOp, Box<Expr>, Box<Expr>),
    /// `item in list`, or `item not in list` when `negated`.
    In {
        /// Written `not in`.
        negated: bool,
        /// The value looked for.
        item: Box<Expr>,
        /// The list looked in.
        list: Box<Expr>,
    },
    /// Arithmetic on two numbers.
    Arith(ArithOp, Box<Expr>, Box<Expr>),
    /// `-a`.
    Neg(Box<Expr>),
    /// A list written in the rule, e.g. `["ratified", "acceded"]`.
    List(Vec<Expr>),
    /// `all`, `any` or `count` over the items of a list.
    Quantified {
        /// Which quantifier.
        quant: Quant,
        /// The number of the bound item within the obligation, which `Base::Var` paths read.
        slot: usize,
        /// The list whose items are visited.
        list: Box<Expr>,
        /// The `where` condition; `count` without one counts every item.
        condition: Option<Box<Expr>>,
    },
    /// The use of a definition, expanded; kept as a node so explanations show its name.
    Call {
        /// The definition's name.
        name: Arc<str>,
        /// Its body, the arguments put in place of its parameters.
        body: Box<Expr>,
    },
    /// A built-in function applied to its arguments.
    Builtin(Builtin, Vec<Expr>),
}
