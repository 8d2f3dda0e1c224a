//! Three-valued evaluation of compiled expressions over a profile document (strong Kleene
//! logic: a missing fact is unknown, never false). Each step yields its value, the facts whose
//! absence made it unknown, and an explanation node.
//!
//! With explanations, the operands and items after the one that decided an `and`, `or`,
//! `all` or `any` are still evaluated for the explanation, but only while the obligation's
//! explanation budget lasts (`budget`), never from the profile's step budget: the steps
//! counted, and so the verdicts, missing facts and `E0305`, are those of an evaluation
//! without explanations, which stops at the deciding operand.

mod budget;
mod exception;
pub(crate) mod history;
mod lists;
pub(crate) mod located;
mod met_on;
pub(crate) mod missing_status;
pub(crate) mod mode;
mod obligation;
mod overlay;
mod units;
pub(crate) mod value;
pub(crate) mod verdict;

use std::borrow::Cow;
use std::cmp::Ordering;
use std::sync::Arc;

use rustc_hash::FxHashSet;
use serde_json::Value as Json;

use crate::date::Date;
use crate::ir::{ArithOp, Base, Builtin, CmpOp, Expr, ExprKind, PathNode};
use crate::report::FactRead;
use crate::types::Ty;
use budget::{ExplanationBudget, FACT_BYTES, json_bytes, shown_bytes};
use history::Steady;
use located::{Located, walk};
use mode::Mode;
use overlay::{Lookup, Overlay};
use value::{At, Missing, Reading, Val, read_fact};

pub(crate) use obligation::evaluate_obligation;

/// Bytes from which a string fact is recorded once however often it is read.
const LONG_VALUE: usize = 256;

/// The room a list of missing facts starts with.
const MISSING_ROOM: usize = 8;

/// What evaluating one sub-expression gives: its value, the facts that would settle it and
/// its explanation node.
pub(crate) struct Evaluated<'p, M: Mode> {
    pub val: Val<'p>,
    /// Pointers of the facts that would settle an unknown value (empty when known).
    pub missing: Vec<Missing<'p>>,
    pub node: M::Node,
}

/// The current item of a quantifier.
#[derive(Clone)]
enum Slot<'p> {
    /// An item of a list of the profile: the item, the list's pointer and the item's index
    /// (its pointer is written out only when a reading needs it).
    Json(&'p Json, Arc<str>, usize),
    /// An item of a list written in the rules: its value and the facts that would settle it.
    Value(Val<'p>, Vec<Missing<'p>>),
}

/// Evaluates the obligations of a rule set on one profile, one after the other (`M` says
/// whether explanations are recorded).
pub(crate) struct Evaluator<'p, M: Mode> {
    root: &'p Json,
    located: Located<'p>,
    /// The profile's units, and the one being evaluated (`in each jurisdiction`).
    overlay: Overlay<'p>,
    /// The day facts with a history are read on: the evaluation date, or a day the computed
    /// `met on` steps back to.
    date: Date,
    /// Over which stretch of time the history facts read so far (not past a decision) keep
    /// their values.
    steady: Steady,
    /// What the evaluator was made with, for the evaluations the computed `met on` runs.
    paths: usize,
    limits: crate::Limits,
    /// The current item of each quantifier.
    slots: Vec<Option<Slot<'p>>>,
    /// The facts recorded for the current obligation, in reading order (sorted and
    /// deduplicated by `take_facts`).
    facts: Vec<FactRead>,
    /// The pointers of the long facts in `facts` (see `record`).
    recorded: FxHashSet<Arc<str>>,
    /// The pointers of facts too long for what was left of the budget, measured once.
    oversized: FxHashSet<Arc<str>>,
    /// What is left of the current obligation's explanation budget.
    budget: ExplanationBudget,
    /// The budget each obligation starts with.
    fresh_budget: ExplanationBudget,
    max_list_len: usize,
    /// Evaluation steps still allowed (`Limits::max_evaluation_steps`, shared by every
    /// obligation of one profile); at zero every further step is unknown and `exhausted` set.
    steps: usize,
    pub exhausted: bool,
    /// Whether the sub-expression being evaluated is past the decision of an enclosing
    /// `and`, `or`, `all` or `any`: evaluated only for the explanation.
    beyond: bool,
    /// Set when work past a decision was refused for lack of explanation budget: the values
    /// computed since, up to the operand past the decision, may be wrong and are not shown.
    abandoned: bool,
    mode: std::marker::PhantomData<M>,
}

impl<'p, M: Mode> Evaluator<'p, M> {
    /// `paths` is the number of nodes of the rule set's path table (`crate::paths`).
    pub fn new(root: &'p Json, paths: usize, limits: &crate::Limits) -> Self {
        let budget = ExplanationBudget::new(limits);
        Evaluator {
            root,
            located: Located::new(root, paths),
            overlay: Overlay::new(root, paths),
            date: Date::MIN,
            steady: Steady::NoHistory,
            paths,
            limits: *limits,
            slots: Vec::new(),
            facts: Vec::new(),
            recorded: FxHashSet::default(),
            oversized: FxHashSet::default(),
            budget,
            fresh_budget: budget,
            max_list_len: limits.max_list_len,
            steps: limits.max_evaluation_steps,
            exhausted: false,
            beyond: false,
            abandoned: false,
            mode: std::marker::PhantomData,
        }
    }

    /// The evaluation steps still allowed: what a caller sharing one budget over several
    /// evaluations hands to the next.
    pub fn steps_left(&self) -> usize {
        self.steps
    }

    /// Prepares for the next obligation, or the next unit of one, evaluated on `date`: a
    /// fresh explanation budget, no facts read yet.
    pub fn start_obligation(&mut self, date: Date) {
        self.date = date;
        self.steady = Steady::NoHistory;
        self.budget = self.fresh_budget;
        self.facts.clear();
        self.recorded.clear();
        self.oversized.clear();
    }

    /// How many units the profile names.
    pub fn unit_count(&self) -> usize {
        self.overlay.len()
    }

    /// Who unit `index` is.
    pub fn unit_info(&self, index: usize) -> Option<&crate::report::JurisdictionInfo> {
        self.overlay.info(index)
    }

    /// Reads the facts of unit `index` over the national ones from now on (`None`: the
    /// national facts alone).
    pub fn enter_unit(&mut self, index: Option<usize>) {
        self.overlay.enter(index);
    }

    /// Where a fact of the root is read: in the national facts, unless a unit is evaluated.
    #[inline]
    fn unit_lookup(&mut self, keys: &[Arc<str>], prefixes: &[PathNode]) -> Lookup<'p> {
        if self.overlay.in_unit() {
            self.overlay.find(keys, prefixes)
        } else {
            Lookup::National
        }
    }

    /// Forgets the history facts read so far, before a condition whose steadiness is asked.
    pub fn reset_steady(&mut self) {
        self.steady = Steady::NoHistory;
    }

    /// Over which stretch the history facts read since `reset_steady` keep their values.
    pub fn steady(&self) -> Steady {
        self.steady
    }

    /// Takes one step; `false` once the budget is spent (past a decision, the explanation's).
    fn step(&mut self) -> bool {
        if M::EXPLAIN && self.beyond {
            return self.explanation_steps(1);
        }
        match self.steps.checked_sub(1) {
            Some(left) => {
                self.steps = left;
                true
            }
            None => {
                self.exhausted = true;
                false
            }
        }
    }

    /// Takes `steps` steps of work past a decision from the explanation budget.
    fn explanation_steps(&mut self, steps: usize) -> bool {
        let allowed = self.budget.take_steps(steps);
        if !allowed {
            self.abandoned = true;
        }
        allowed
    }

    /// Whether a node taken from the budget (`taken`) is shown: not when its value may be
    /// wrong because work past a decision was refused.
    fn shows(&self, taken: bool) -> bool {
        M::EXPLAIN && taken && !(self.beyond && self.abandoned)
    }

    /// Evaluates `expr`, an operand or item past the decision of its parent, for the
    /// explanation only: its node, or none once the explanation budget is spent.
    fn beyond_decision(&mut self, expr: &'p Expr) -> M::Node {
        if !M::EXPLAIN || self.budget.spent() || (self.beyond && self.abandoned) {
            return M::none();
        }
        let outer = self.beyond;
        self.beyond = true;
        let node = self.eval(expr).node;
        self.beyond = outer;
        if !outer {
            // The parent's value does not depend on this operand's.
            self.abandoned = false;
        }
        node
    }

    fn node(&mut self, expr: &Expr, taken: bool, val: &Val<'p>, children: M::Children) -> M::Node {
        if !self.shows(taken) {
            return M::none();
        }
        let bytes = shown_bytes(val, self.budget.bytes_left());
        if !self.budget.take_bytes(bytes.unwrap_or(usize::MAX)) {
            return M::none();
        }
        M::node(expr, || val.to_json(), val.is_known(), None, children)
    }

    fn out(
        &mut self,
        expr: &Expr,
        taken: bool,
        val: Val<'p>,
        missing: Vec<Missing<'p>>,
        children: M::Children,
    ) -> Evaluated<'p, M> {
        let missing = if val.is_known() { Vec::new() } else { missing };
        let node = self.node(expr, taken, &val, children);
        Evaluated { val, missing, node }
    }

    pub fn eval(&mut self, expr: &'p Expr) -> Evaluated<'p, M> {
        if !self.step() {
            // Either the profile's steps are spent (`exhausted`: the result is thrown away)
            // or, past a decision, the explanation's (`abandoned`: the value is not used).
            return Evaluated {
                val: Val::Unknown,
                missing: Vec::new(),
                node: M::none(),
            };
        }
        // Nodes are taken before their children, so that a spent budget cuts the deepest and
        // latest detail, not the top of the tree.
        let taken = M::EXPLAIN && self.budget.take_node();
        match &expr.kind {
            ExprKind::Literal(lit) => {
                let val = Val::from_literal(lit);
                self.out(expr, taken, val, Vec::new(), M::Children::default())
            }
            ExprKind::Fact {
                base,
                keys,
                pointer,
                prefixes,
            } => self.fact(expr, taken, *base, keys, pointer, prefixes),
            ExprKind::Not(inner) => {
                let o = self.eval(inner);
                let val = match o.val {
                    Val::Bool(b) => Val::Bool(!b),
                    _ => Val::Unknown,
                };
                self.out(expr, taken, val, o.missing, one::<M>(o.node))
            }
            ExprKind::And(operands) => self.connective(expr, taken, operands, false),
            ExprKind::Or(operands) => self.connective(expr, taken, operands, true),
            ExprKind::Compare(op, lhs, rhs) => {
                let (l, r) = (self.eval(lhs), self.eval(rhs));
                let val = compare(*op, &l.val, &r.val).map_or(Val::Unknown, Val::Bool);
                let (missing, children) = split2(l, r);
                self.out(expr, taken, val, missing, children)
            }
            ExprKind::In {
                negated,
                item,
                list,
            } => self.membership(expr, taken, *negated, item, list),
            ExprKind::Arith(op, lhs, rhs) => {
                let (l, r) = (self.eval(lhs), self.eval(rhs));
                let val = match (&l.val, &r.val) {
                    (Val::Num(a), Val::Num(b)) => arith(*op, *a, *b).map_or(Val::Unknown, Val::Num),
                    _ => Val::Unknown,
                };
                let (missing, children) = split2(l, r);
                self.out(expr, taken, val, missing, children)
            }
            ExprKind::Neg(inner) => {
                let o = self.eval(inner);
                let val = match o.val {
                    Val::Num(n) => Val::Num(-n),
                    _ => Val::Unknown,
                };
                self.out(expr, taken, val, o.missing, one::<M>(o.node))
            }
            ExprKind::List(items) => {
                let outs: Vec<Evaluated<'p, M>> = items.iter().map(|i| self.eval(i)).collect();
                let val = Val::List(
                    outs.iter()
                        .map(|o| (o.val.clone(), o.missing.clone()))
                        .collect(),
                );
                let (missing, children) = split(outs);
                self.out(expr, taken, val, missing, children)
            }
            ExprKind::Quantified {
                quant,
                slot,
                list,
                condition,
            } => self.quantified(expr, taken, *quant, *slot, list, condition.as_deref()),
            ExprKind::Call { body, .. } => {
                let o = self.eval(body);
                self.out(expr, taken, o.val, o.missing, one::<M>(o.node))
            }
            ExprKind::Builtin(builtin, args) => self.builtin(expr, taken, *builtin, args),
        }
    }

    /// `and` (`decisive` false) or `or` (`decisive` true) in Kleene's logic: the decisive value
    /// wins over unknown. The first decisive operand settles the value (known, so nothing is
    /// missing); the operands after it are evaluated only for the explanation.
    fn connective(
        &mut self,
        expr: &'p Expr,
        taken: bool,
        operands: &'p [Expr],
        decisive: bool,
    ) -> Evaluated<'p, M> {
        let mut any_decisive = false;
        let mut all_other = true;
        let mut missing = Vec::new();
        let mut children = M::Children::default();
        for operand in operands {
            if any_decisive {
                if !M::EXPLAIN {
                    break;
                }
                let node = self.beyond_decision(operand);
                M::add(&mut children, node);
                continue;
            }
            let o = self.eval(operand);
            match o.val {
                Val::Bool(b) if b == decisive => any_decisive = true,
                Val::Bool(_) => {}
                _ => all_other = false,
            }
            append(&mut missing, o.missing);
            M::add(&mut children, o.node);
        }
        let val = if any_decisive {
            Val::Bool(decisive)
        } else if all_other {
            Val::Bool(!decisive)
        } else {
            Val::Unknown
        };
        self.out(expr, taken, val, missing, children)
    }

    fn fact(
        &mut self,
        expr: &Expr,
        taken: bool,
        base: Base,
        keys: &[Arc<str>],
        suffix: &'p Arc<str>,
        prefixes: &[PathNode],
    ) -> Evaluated<'p, M> {
        let ty = &expr.ty;
        let explain = self.shows(taken);
        let date = self.date;
        // `found` is where the fact is in the profile: its status, if it is missing, is read
        // there rather than looked up again by pointer.
        let (reading, pointer, found) = match base {
            Base::Root => match self.unit_lookup(keys, prefixes) {
                Lookup::National => {
                    let found = self.located.find(keys, prefixes);
                    let reading = read_fact(found, ty, || suffix.clone(), date);
                    let pointer =
                        (explain || !reading.value.is_known()).then_some(Cow::Borrowed(suffix));
                    (reading, pointer, found)
                }
                Lookup::Unit(found, facts) => {
                    let (reading, pointer) =
                        read_below(explain, found, At::Path(&facts), suffix, ty, date);
                    (reading, pointer, found)
                }
            },
            Base::Var(slot) => match self.slots.get(slot) {
                Some(Some(Slot::Json(item, list, index))) => {
                    let found = walk(Some(*item), keys);
                    let at = At::Item(list, *index);
                    let (reading, pointer) = read_below(explain, found, at, suffix, ty, date);
                    (reading, pointer, found)
                }
                Some(Some(Slot::Value(Val::Record(item, pointer), _))) => {
                    let found = walk(Some(*item), keys);
                    let at = At::Path(pointer);
                    let (reading, pointer) = read_below(explain, found, at, suffix, ty, date);
                    (reading, pointer, found)
                }
                Some(Some(Slot::Value(val, missing))) => {
                    // An item of a list written in the rules: the value itself (its facts were
                    // read and recorded where the list was written); no field of it can be read
                    // unless it is a record, so an unknown record item stays unknown.
                    let val = if keys.is_empty() {
                        val.clone()
                    } else {
                        Val::Unknown
                    };
                    let missing = missing.clone();
                    return self.out(expr, taken, val, missing, M::Children::default());
                }
                _ => {
                    let (reading, pointer) = read_below(explain, None, At::Root, suffix, ty, date);
                    // No item in the slot: the status is that of the place the pointer names.
                    (reading, pointer, missing_status::find(self.root, suffix))
                }
            },
        };
        if let Some(segment) = reading.segment
            && !self.beyond
        {
            self.steady.add(segment.start);
        }
        let known = reading.value.is_known();
        let node = match &pointer {
            Some(pointer) if explain && self.record(&reading, pointer, ty) => M::node(
                expr,
                || match &reading.value {
                    Val::Record(..) => Json::String("<record>".to_string()),
                    Val::Items(..) => Json::String("<list>".to_string()),
                    other => other.to_json(),
                },
                known,
                Some(pointer),
                M::Children::default(),
            ),
            _ => M::none(),
        };
        Evaluated {
            val: reading.value,
            missing: match pointer {
                Some(pointer) if !known => {
                    // Room for the facts of the operands it is joined with (`append`): a list
                    // of one grows at its first join otherwise.
                    let mut missing = Vec::with_capacity(MISSING_ROOM);
                    missing.push(Missing {
                        pointer,
                        status: missing_status::status(found, date),
                    });
                    missing
                }
                _ => Vec::new(),
            },
            node,
        }
    }

    /// Records a fact read at `pointer` for the report, within the explanation budget:
    /// `false` if its node and record do not fit. A long value (a list, a record, a long
    /// string) is recorded once however often it is read; short ones are deduplicated when
    /// the obligation ends (`take_facts`), which costs no lookup per reading.
    fn record(&mut self, reading: &Reading<'p>, pointer: &Arc<str>, ty: &Ty) -> bool {
        let value_bytes = match reading.value {
            Val::Str(ref s) => s.len(),
            _ => 0,
        };
        if matches!(ty, Ty::Record(_)) {
            return self.budget.take_bytes(value_bytes);
        }
        let long = match reading.written {
            Some(Json::Array(_) | Json::Object(_)) => true,
            Some(Json::String(s)) => s.len() > LONG_VALUE,
            _ => false,
        };
        if long && self.recorded.contains(pointer) {
            return self.budget.take_bytes(value_bytes);
        }
        if !self.oversized.is_empty() && self.oversized.contains(pointer) {
            return false;
        }
        let left = self.budget.bytes_left();
        let written = reading.written.map_or(Some(0), |w| json_bytes(w, left));
        let part = |name: &str| reading.part(name).map_or(Some(0), |v| json_bytes(v, left));
        let bytes = match (written, part("source"), part("sources"), part("note")) {
            (Some(w), Some(s), Some(more), Some(n)) => {
                value_bytes + FACT_BYTES + pointer.len() + w + s + more + n
            }
            _ => usize::MAX,
        };
        if !self.budget.take_bytes(bytes) {
            // Measured once: a fact too long now stays too long for this obligation.
            self.oversized.insert(pointer.clone());
            return false;
        }
        self.facts.push(reading.record(pointer.clone(), ty));
        if long {
            self.recorded.insert(pointer.clone());
        }
        true
    }

    fn builtin(
        &mut self,
        expr: &'p Expr,
        taken: bool,
        builtin: Builtin,
        args: &'p [Expr],
    ) -> Evaluated<'p, M> {
        let outs: Vec<Evaluated<'p, M>> = args.iter().map(|a| self.eval(a)).collect();
        let vals: Vec<&Val<'p>> = outs.iter().map(|o| &o.val).collect();
        let val = match (builtin, vals.as_slice()) {
            (Builtin::Year, [Val::Date(d)]) => Val::Num(f64::from(d.year())),
            // A civil date's span is counted in whole days (no time zone, no 24-hour question).
            (Builtin::DaysBetween, [Val::Date(a), Val::Date(b)]) =>
            {
                #[expect(
                    clippy::cast_precision_loss,
                    reason = "day counts between years 1 and 9999 are far below 2^52"
                )]
                Val::Num(a.days_until(*b) as f64)
            }
            (Builtin::IsKnown, [v]) => Val::Bool(v.is_known()),
            (Builtin::EvaluationDate, []) => {
                // The value holds on this day only: a computed `met on` steps back day by day.
                self.steady.add(Some(self.date));
                Val::Date(self.date)
            }
            // Only a whole number of years names a day; any other count is unknown.
            (Builtin::AddYears, [Val::Date(d), Val::Num(n)]) => whole(*n)
                .and_then(|n| d.add_years(n))
                .map_or(Val::Unknown, Val::Date),
            _ => Val::Unknown,
        };
        let (missing, children) = split(outs);
        self.out(expr, taken, val, missing, children)
    }

    /// The facts the current obligation recorded, sorted by pointer, each once (as first
    /// read).
    pub fn take_facts(&mut self) -> Vec<FactRead> {
        let mut facts = std::mem::take(&mut self.facts);
        // A stable sort keeps the first reading of a pointer first; `dedup_by` keeps it.
        facts.sort_by(|a, b| a.pointer.cmp(&b.pointer));
        facts.dedup_by(|later, first| later.pointer == first.pointer);
        facts
    }
}

/// `n` as a whole number within the range a date can move by, if it is one.
fn whole(n: f64) -> Option<i64> {
    #[expect(
        clippy::cast_possible_truncation,
        reason = "checked: a whole number within ±10000 converts exactly"
    )]
    (n.fract() == 0.0 && n.abs() <= 10_000.0).then_some(n as i64)
}

/// Reads the fact `found` below a record or list item at `at`; its pointer is written only
/// when the reading is explained or the value is unknown (it is then a missing fact).
fn read_below<'p>(
    explain: bool,
    found: Option<&'p Json>,
    at: At<'_>,
    suffix: &Arc<str>,
    ty: &Ty,
    date: Date,
) -> (value::Reading<'p>, Option<Cow<'p, Arc<str>>>) {
    if explain {
        // Written once, for the reading (a list or record keeps it) and for the report.
        let pointer = at.pointer(suffix);
        let reading = read_fact(found, ty, || pointer.clone(), date);
        return (reading, Some(Cow::Owned(pointer)));
    }
    // Otherwise a list or record is known, so at most one of these writes it.
    let reading = read_fact(found, ty, || at.pointer(suffix), date);
    let pointer = (!reading.value.is_known()).then(|| Cow::Owned(at.pointer(suffix)));
    (reading, pointer)
}

/// The children of a node with one sub-result.
fn one<M: Mode>(node: M::Node) -> M::Children {
    let mut children = M::Children::default();
    M::add(&mut children, node);
    children
}

/// The missing facts and the explanation nodes of sub-results.
fn split<'p, M: Mode>(outs: Vec<Evaluated<'p, M>>) -> (Vec<Missing<'p>>, M::Children) {
    let mut missing = Vec::new();
    let mut children = M::Children::default();
    for o in outs {
        append(&mut missing, o.missing);
        M::add(&mut children, o.node);
    }
    (missing, children)
}

/// `split` for two sub-results, without gathering them in a list first.
fn split2<'p, M: Mode>(
    a: Evaluated<'p, M>,
    b: Evaluated<'p, M>,
) -> (Vec<Missing<'p>>, M::Children) {
    let mut missing = a.missing;
    append(&mut missing, b.missing);
    let mut children = one::<M>(a.node);
    M::add(&mut children, b.node);
    (missing, children)
}

/// Appends `more` to `missing`, taking its allocation when `missing` is still empty.
#[inline]
pub(crate) fn append<'p>(missing: &mut Vec<Missing<'p>>, more: Vec<Missing<'p>>) {
    if more.is_empty() {
        return;
    }
    if missing.is_empty() {
        *missing = more;
    } else {
        append_both(missing, more);
    }
}

/// `append` of two lists that both hold facts: the one with room for both is extended (their
/// order does not matter, they are sorted when the obligation's result is made).
#[inline(never)]
fn append_both<'p>(missing: &mut Vec<Missing<'p>>, mut more: Vec<Missing<'p>>) {
    let needed = missing.len() + more.len();
    if missing.capacity() < needed && more.capacity() >= needed {
        std::mem::swap(missing, &mut more);
    }
    missing.extend(more);
}

fn arith(op: ArithOp, a: f64, b: f64) -> Option<f64> {
    let r = match op {
        ArithOp::Add => a + b,
        ArithOp::Sub => a - b,
        ArithOp::Mul => a * b,
        ArithOp::Div if b == 0.0 => return None,
        ArithOp::Div => a / b,
    };
    r.is_finite().then_some(r)
}

/// Compares two known values of one type; `None` if either is unknown or they do not compare.
pub(crate) fn compare(op: CmpOp, a: &Val<'_>, b: &Val<'_>) -> Option<bool> {
    let ordering = order(a, b)?;
    Some(match op {
        CmpOp::Eq => ordering == Ordering::Equal,
        CmpOp::Ne => ordering != Ordering::Equal,
        CmpOp::Lt => ordering == Ordering::Less,
        CmpOp::Le => ordering != Ordering::Greater,
        CmpOp::Gt => ordering == Ordering::Greater,
        CmpOp::Ge => ordering != Ordering::Less,
    })
}

fn order(a: &Val<'_>, b: &Val<'_>) -> Option<Ordering> {
    match (a, b) {
        (Val::Bool(x), Val::Bool(y)) => Some(x.cmp(y)),
        (Val::Num(x), Val::Num(y)) => x.partial_cmp(y),
        (Val::Str(x), Val::Str(y)) => Some(x.cmp(y)),
        (Val::Date(x), Val::Date(y)) => Some(x.cmp(y)),
        // Without a schema a date in the profile arrives as a string.
        (Val::Str(x), Val::Date(y)) => as_date(x).map(|x| x.cmp(y)),
        (Val::Date(x), Val::Str(y)) => as_date(y).map(|y| x.cmp(&y)),
        _ => None,
    }
}

fn as_date(s: &str) -> Option<crate::date::Date> {
    s.parse().ok()
}
