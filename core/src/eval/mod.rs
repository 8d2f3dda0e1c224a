//! Three-valued evaluation of compiled expressions over a profile document (strong Kleene
//! logic: a missing fact is unknown, never false). Each step yields its value, the facts whose
//! absence made it unknown, and an explanation node.

mod lists;
pub(crate) mod located;
pub(crate) mod mode;
mod obligation;
pub(crate) mod value;

use std::borrow::Cow;
use std::cmp::Ordering;
use std::sync::Arc;

use serde_json::Value as Json;

use crate::ir::{ArithOp, Base, Builtin, CmpOp, Expr, ExprKind, PathNode};
use crate::report::FactRead;
use crate::types::Ty;
use located::{Located, walk};
use mode::Mode;
use value::{At, Missing, Val, read_fact};

pub(crate) use obligation::evaluate_obligation;

/// The result of one sub-expression.
pub(crate) struct Out<'p, M: Mode> {
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
    located: Located<'p>,
    /// The current item of each quantifier.
    slots: Vec<Option<Slot<'p>>>,
    /// The facts read by the current obligation, in reading order (sorted and deduplicated
    /// by `take_facts`).
    facts: Vec<FactRead>,
    /// Explanation nodes still allowed for the current obligation.
    budget: usize,
    max_explanation_nodes: usize,
    max_list_len: usize,
    /// Evaluation steps still allowed (`Limits::max_evaluation_steps`, shared by every
    /// obligation of one profile); at zero every further step is unknown and `exhausted` set.
    steps: usize,
    pub exhausted: bool,
    mode: std::marker::PhantomData<M>,
}

impl<'p, M: Mode> Evaluator<'p, M> {
    /// `paths` is the number of nodes of the rule set's path table (`crate::paths`).
    pub fn new(root: &'p Json, paths: usize, limits: &crate::Limits) -> Self {
        Evaluator {
            located: Located::new(root, paths),
            slots: Vec::new(),
            facts: Vec::new(),
            budget: limits.max_explanation_nodes,
            max_explanation_nodes: limits.max_explanation_nodes,
            max_list_len: limits.max_list_len,
            steps: limits.max_evaluation_steps,
            exhausted: false,
            mode: std::marker::PhantomData,
        }
    }

    /// Prepares for the next obligation: a fresh explanation budget, no facts read yet.
    pub fn start_obligation(&mut self) {
        self.budget = self.max_explanation_nodes;
        self.facts.clear();
    }

    /// Takes one step; `false` once the budget is spent.
    fn step(&mut self) -> bool {
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

    fn node(
        &mut self,
        expr: &Expr,
        val: &Val<'p>,
        fact: Option<&Arc<str>>,
        children: Vec<M::Node>,
    ) -> M::Node {
        if M::EXPLAIN {
            self.budget = self.budget.saturating_sub(1);
        }
        M::node(expr, || val.to_json(), val.is_known(), fact, children)
    }

    fn out(
        &mut self,
        expr: &Expr,
        val: Val<'p>,
        missing: Vec<Missing<'p>>,
        children: Vec<M::Node>,
    ) -> Out<'p, M> {
        let children = if self.budget == 0 {
            Vec::new()
        } else {
            children
        };
        let missing = if val.is_known() { Vec::new() } else { missing };
        let node = self.node(expr, &val, None, children);
        Out { val, missing, node }
    }

    pub fn eval(&mut self, expr: &'p Expr) -> Out<'p, M> {
        if !self.step() {
            // The result is thrown away (`exhausted`): any node will do.
            return Out {
                val: Val::Unknown,
                missing: Vec::new(),
                node: M::node(expr, || Json::Null, false, None, Vec::new()),
            };
        }
        match &expr.kind {
            ExprKind::Literal(lit) => {
                let val = Val::from_literal(lit);
                self.out(expr, val, Vec::new(), Vec::new())
            }
            ExprKind::Fact {
                base,
                keys,
                pointer,
                prefixes,
            } => self.fact(expr, *base, keys, pointer, prefixes),
            ExprKind::Not(inner) => {
                let o = self.eval(inner);
                let val = match o.val {
                    Val::Bool(b) => Val::Bool(!b),
                    _ => Val::Unknown,
                };
                self.out(expr, val, o.missing, vec![o.node])
            }
            ExprKind::And(operands) => self.connective(expr, operands, false),
            ExprKind::Or(operands) => self.connective(expr, operands, true),
            ExprKind::Compare(op, lhs, rhs) => {
                let (l, r) = (self.eval(lhs), self.eval(rhs));
                let val = compare(*op, &l.val, &r.val).map_or(Val::Unknown, Val::Bool);
                let (missing, children) = split2(l, r);
                self.out(expr, val, missing, children)
            }
            ExprKind::In {
                negated,
                item,
                list,
            } => {
                let (i, l) = (self.eval(item), self.eval(list));
                let elem = match &list.ty {
                    Ty::List(elem) => elem,
                    _ => &Ty::Any,
                };
                let mut unknown_items = Vec::new();
                let val = match self.member(&i.val, &l.val, elem, &mut unknown_items) {
                    Some(found) => Val::Bool(found != *negated),
                    None => Val::Unknown,
                };
                let (mut missing, children) = split2(i, l);
                missing.extend(unknown_items);
                self.out(expr, val, missing, children)
            }
            ExprKind::Arith(op, lhs, rhs) => {
                let (l, r) = (self.eval(lhs), self.eval(rhs));
                let val = match (&l.val, &r.val) {
                    (Val::Num(a), Val::Num(b)) => arith(*op, *a, *b).map_or(Val::Unknown, Val::Num),
                    _ => Val::Unknown,
                };
                let (missing, children) = split2(l, r);
                self.out(expr, val, missing, children)
            }
            ExprKind::Neg(inner) => {
                let o = self.eval(inner);
                let val = match o.val {
                    Val::Num(n) => Val::Num(-n),
                    _ => Val::Unknown,
                };
                self.out(expr, val, o.missing, vec![o.node])
            }
            ExprKind::List(items) => {
                let outs: Vec<Out<'p, M>> = items.iter().map(|i| self.eval(i)).collect();
                let val = Val::List(
                    outs.iter()
                        .map(|o| (o.val.clone(), o.missing.clone()))
                        .collect(),
                );
                let (missing, children) = split(outs);
                self.out(expr, val, missing, children)
            }
            ExprKind::Quantified {
                quant,
                slot,
                list,
                condition,
            } => self.quantified(expr, *quant, *slot, list, condition.as_deref()),
            ExprKind::Call { body, .. } => {
                let o = self.eval(body);
                self.out(expr, o.val, o.missing, vec![o.node])
            }
            ExprKind::Builtin(builtin, args) => self.builtin(expr, *builtin, args),
        }
    }

    /// `and` (`decisive` false) or `or` (`decisive` true) in Kleene's logic: the decisive value
    /// wins over unknown. Without explanations the first decisive operand ends the evaluation
    /// (the value is then known, so nothing is missing and nothing else would be reported).
    fn connective(&mut self, expr: &'p Expr, operands: &'p [Expr], decisive: bool) -> Out<'p, M> {
        let mut any_decisive = false;
        let mut all_other = true;
        let mut missing = Vec::new();
        let mut children = Vec::with_capacity(if M::EXPLAIN { operands.len() } else { 0 });
        for operand in operands {
            let o = self.eval(operand);
            match o.val {
                Val::Bool(b) if b == decisive => any_decisive = true,
                Val::Bool(_) => {}
                _ => all_other = false,
            }
            if M::EXPLAIN {
                append(&mut missing, o.missing);
                children.push(o.node);
            } else if any_decisive {
                break;
            } else {
                append(&mut missing, o.missing);
            }
        }
        let val = if any_decisive {
            Val::Bool(decisive)
        } else if all_other {
            Val::Bool(!decisive)
        } else {
            Val::Unknown
        };
        self.out(expr, val, missing, children)
    }

    fn fact(
        &mut self,
        expr: &Expr,
        base: Base,
        keys: &[Arc<str>],
        suffix: &'p Arc<str>,
        prefixes: &[PathNode],
    ) -> Out<'p, M> {
        let ty = &expr.ty;
        let (reading, pointer) = match base {
            Base::Root => {
                let found = self.located.find(keys, prefixes);
                let reading = read_fact(found, ty, || suffix.clone());
                let pointer =
                    (M::EXPLAIN || !reading.value.is_known()).then_some(Cow::Borrowed(suffix));
                (reading, pointer)
            }
            Base::Var(slot) => match self.slots.get(slot) {
                Some(Some(Slot::Json(item, list, index))) => {
                    read_below::<M>(walk(Some(*item), keys), At::Item(list, *index), suffix, ty)
                }
                Some(Some(Slot::Value(Val::Record(item, pointer), _))) => {
                    read_below::<M>(walk(Some(*item), keys), At::Path(pointer), suffix, ty)
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
                    return self.out(expr, val, missing, Vec::new());
                }
                _ => read_below::<M>(None, At::Root, suffix, ty),
            },
        };
        let Some(pointer) = pointer else {
            // A known value without explanations: nothing to record, nothing missing.
            return Out {
                val: reading.value,
                missing: Vec::new(),
                node: M::node(expr, || Json::Null, true, None, Vec::new()),
            };
        };
        let known = reading.value.is_known();
        if M::EXPLAIN {
            if !matches!(expr.ty, Ty::Record(_)) {
                self.facts
                    .push(reading.record(pointer.clone().into_owned(), ty));
            }
            self.budget = self.budget.saturating_sub(1);
        }
        let node = M::node(
            expr,
            || match &reading.value {
                Val::Record(..) => Json::String("<record>".to_string()),
                Val::Items(..) => Json::String("<list>".to_string()),
                other => other.to_json(),
            },
            known,
            Some(&*pointer),
            Vec::new(),
        );
        Out {
            val: reading.value,
            missing: if known { Vec::new() } else { vec![pointer] },
            node,
        }
    }

    fn builtin(&mut self, expr: &'p Expr, builtin: Builtin, args: &'p [Expr]) -> Out<'p, M> {
        let outs: Vec<Out<'p, M>> = args.iter().map(|a| self.eval(a)).collect();
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
            _ => Val::Unknown,
        };
        let (missing, children) = split(outs);
        self.out(expr, val, missing, children)
    }

    /// The facts the current obligation read, sorted by pointer, each once (as first read).
    pub fn take_facts(&mut self) -> Vec<FactRead> {
        let mut facts = std::mem::take(&mut self.facts);
        // A stable sort keeps the first reading of a pointer first; `dedup_by` keeps it.
        facts.sort_by(|a, b| a.pointer.cmp(&b.pointer));
        facts.dedup_by(|later, first| later.pointer == first.pointer);
        facts
    }
}

/// Reads the fact `found` below a record or list item at `at`; its pointer is written only
/// when explanations are recorded or the value is unknown (it is then a missing fact).
fn read_below<'p, M: Mode>(
    found: Option<&'p Json>,
    at: At<'_>,
    suffix: &Arc<str>,
    ty: &Ty,
) -> (value::Reading<'p>, Option<Missing<'p>>) {
    if M::EXPLAIN {
        // Written once, for the reading (a list or record keeps it) and for the report.
        let pointer = at.pointer(suffix);
        let reading = read_fact(found, ty, || pointer.clone());
        return (reading, Some(Cow::Owned(pointer)));
    }
    // Without explanations a list or record is known, so at most one of these writes it.
    let reading = read_fact(found, ty, || at.pointer(suffix));
    let pointer = (!reading.value.is_known()).then(|| Cow::Owned(at.pointer(suffix)));
    (reading, pointer)
}

/// The missing facts and the explanation nodes of sub-results.
fn split<'p, M: Mode>(outs: Vec<Out<'p, M>>) -> (Vec<Missing<'p>>, Vec<M::Node>) {
    let mut missing = Vec::new();
    let mut children = Vec::with_capacity(if M::EXPLAIN { outs.len() } else { 0 });
    for o in outs {
        append(&mut missing, o.missing);
        if M::EXPLAIN {
            children.push(o.node);
        }
    }
    (missing, children)
}

/// `split` for two sub-results, without gathering them in a list first.
fn split2<'p, M: Mode>(a: Out<'p, M>, b: Out<'p, M>) -> (Vec<Missing<'p>>, Vec<M::Node>) {
    let mut missing = a.missing;
    append(&mut missing, b.missing);
    let children = if M::EXPLAIN {
        vec![a.node, b.node]
    } else {
        Vec::new()
    };
    (missing, children)
}

/// Appends `more` to `missing`, taking its allocation when `missing` is still empty.
pub(crate) fn append<'p>(missing: &mut Vec<Missing<'p>>, more: Vec<Missing<'p>>) {
    if missing.is_empty() {
        *missing = more;
    } else {
        missing.extend(more);
    }
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
