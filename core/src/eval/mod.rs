//! Three-valued evaluation of compiled expressions over a profile document (strong Kleene
//! logic: a missing fact is unknown, never false). Each step yields its value, the facts whose
//! absence made it unknown, and an explanation node.

mod lists;
mod obligation;
pub(crate) mod value;

use std::cmp::Ordering;
use std::rc::Rc;

use serde_json::Value as Json;

use crate::ir::{ArithOp, Base, Builtin, CmpOp, Expr, ExprKind};
use crate::report::{Explanation, FactRead};
use crate::types::Ty;
use value::{At, Val, read_fact};

pub(crate) use obligation::evaluate_obligation;

/// The result of one sub-expression.
pub(crate) struct Out<'p> {
    pub val: Val<'p>,
    /// Pointers of the facts that would settle an unknown value (empty when known).
    pub missing: Vec<String>,
    pub node: Explanation,
}

/// The current item of a quantifier.
#[derive(Clone)]
enum Slot<'p> {
    /// An item of a list of the profile: the item, the list's pointer and the item's index
    /// (its pointer is written out only when a reading needs it).
    Json(&'p Json, Rc<str>, usize),
    /// An item of a list written in the rules: its value and the facts that would settle it.
    Value(Val<'p>, Vec<String>),
}

pub(crate) struct Evaluator<'p> {
    root: &'p Json,
    /// The current item of each quantifier.
    slots: Vec<Option<Slot<'p>>>,
    /// The facts read, in reading order (sorted and deduplicated by `into_facts`).
    facts: Vec<FactRead>,
    /// Explanation nodes still allowed for this obligation.
    budget: usize,
    max_list_len: usize,
    /// Evaluation steps still allowed (`Limits::max_evaluation_steps`, shared by every
    /// obligation of one profile); at zero every further step is unknown and `exhausted` set.
    steps: usize,
    pub exhausted: bool,
    /// Whether explanation nodes and the facts read are recorded (`Detail::Full`).
    explain: bool,
}

impl<'p> Evaluator<'p> {
    pub fn new(
        root: &'p Json,
        budget: usize,
        max_list_len: usize,
        steps: usize,
        explain: bool,
    ) -> Self {
        Evaluator {
            root,
            slots: Vec::new(),
            facts: Vec::new(),
            budget,
            max_list_len,
            steps,
            exhausted: false,
            explain,
        }
    }

    pub fn steps_left(&self) -> usize {
        self.steps
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

    /// A placeholder node, for evaluations without explanations (no allocation).
    fn no_node() -> Explanation {
        Explanation {
            expr: String::new(),
            value: Json::Null,
            known: false,
            fact: None,
            children: Vec::new(),
        }
    }

    fn node(
        &mut self,
        expr: &Expr,
        val: &Val<'p>,
        fact: Option<String>,
        children: Vec<Explanation>,
    ) -> Explanation {
        if !self.explain {
            return Self::no_node();
        }
        self.budget = self.budget.saturating_sub(1);
        Explanation {
            expr: expr.label.to_string(),
            value: val.to_json(),
            known: val.is_known(),
            fact,
            children,
        }
    }

    fn out(
        &mut self,
        expr: &Expr,
        val: Val<'p>,
        missing: Vec<String>,
        children: Vec<Explanation>,
    ) -> Out<'p> {
        let children = if self.budget == 0 {
            Vec::new()
        } else {
            children
        };
        let missing = if val.is_known() { Vec::new() } else { missing };
        let node = self.node(expr, &val, None, children);
        Out { val, missing, node }
    }

    pub fn eval(&mut self, expr: &'p Expr) -> Out<'p> {
        if !self.step() {
            return Out {
                val: Val::Unknown,
                missing: Vec::new(),
                node: Self::no_node(),
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
            } => self.fact(expr, *base, keys, pointer),
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
                let (missing, children) = self.split2(l, r);
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
                let (mut missing, children) = self.split2(i, l);
                missing.extend(unknown_items);
                self.out(expr, val, missing, children)
            }
            ExprKind::Arith(op, lhs, rhs) => {
                let (l, r) = (self.eval(lhs), self.eval(rhs));
                let val = match (&l.val, &r.val) {
                    (Val::Num(a), Val::Num(b)) => arith(*op, *a, *b).map_or(Val::Unknown, Val::Num),
                    _ => Val::Unknown,
                };
                let (missing, children) = self.split2(l, r);
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
                let outs: Vec<Out<'p>> = items.iter().map(|i| self.eval(i)).collect();
                let val = Val::List(
                    outs.iter()
                        .map(|o| (o.val.clone(), o.missing.clone()))
                        .collect(),
                );
                let (missing, children) = self.split(outs);
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
    fn connective(&mut self, expr: &'p Expr, operands: &'p [Expr], decisive: bool) -> Out<'p> {
        let mut any_decisive = false;
        let mut all_other = true;
        let mut missing = Vec::new();
        let mut children = Vec::with_capacity(if self.explain { operands.len() } else { 0 });
        for operand in operands {
            let o = self.eval(operand);
            match o.val {
                Val::Bool(b) if b == decisive => any_decisive = true,
                Val::Bool(_) => {}
                _ => all_other = false,
            }
            append(&mut missing, o.missing);
            if self.explain {
                children.push(o.node);
            } else if any_decisive {
                break;
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
        keys: &[std::sync::Arc<str>],
        suffix: &str,
    ) -> Out<'p> {
        let ty = &expr.ty;
        let reading = match base {
            Base::Root => read_fact(Some(self.root), At::Root, keys, suffix, ty, self.explain),
            Base::Var(slot) => match self.slots.get(slot) {
                Some(Some(Slot::Json(item, list, index))) => read_fact(
                    Some(*item),
                    At::Item(list, *index),
                    keys,
                    suffix,
                    ty,
                    self.explain,
                ),
                Some(Some(Slot::Value(Val::Record(item, pointer), _))) => read_fact(
                    Some(*item),
                    At::Path(pointer),
                    keys,
                    suffix,
                    ty,
                    self.explain,
                ),
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
                _ => read_fact(None, At::Root, keys, suffix, ty, self.explain),
            },
        };
        let Some(read) = reading.read else {
            // Only without explanations, for a known value: nothing to record, nothing missing.
            return Out {
                val: reading.value,
                missing: Vec::new(),
                node: Self::no_node(),
            };
        };
        if !self.explain {
            return Out {
                val: reading.value,
                missing: vec![read.pointer],
                node: Self::no_node(),
            };
        }
        // (Without explanations `read_fact` makes a record only for an unknown value, with
        // just its pointer filled in.)
        let reading = value::Reading {
            value: reading.value,
            read,
        };
        let pointer = reading.read.pointer.clone();
        let missing = if reading.value.is_known() {
            Vec::new()
        } else {
            vec![pointer.clone()]
        };
        if !matches!(expr.ty, Ty::Record(_)) {
            self.facts.push(reading.read);
        }
        self.budget = self.budget.saturating_sub(1);
        let node = Explanation {
            expr: expr.label.to_string(),
            value: match &reading.value {
                Val::Record(..) | Val::Items(..) => Json::String(format!(
                    "<{}>",
                    if matches!(reading.value, Val::Record(..)) {
                        "record"
                    } else {
                        "list"
                    }
                )),
                other => other.to_json(),
            },
            known: reading.value.is_known(),
            fact: Some(pointer),
            children: Vec::new(),
        };
        Out {
            val: reading.value,
            missing,
            node,
        }
    }

    fn builtin(&mut self, expr: &'p Expr, builtin: Builtin, args: &'p [Expr]) -> Out<'p> {
        let outs: Vec<Out<'p>> = args.iter().map(|a| self.eval(a)).collect();
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
        let (missing, children) = self.split(outs);
        self.out(expr, val, missing, children)
    }

    /// The facts read, sorted by pointer, each once (as first read).
    pub fn into_facts(self) -> Vec<FactRead> {
        let mut facts = self.facts;
        // A stable sort keeps the first reading of a pointer first; `dedup_by` keeps it.
        facts.sort_by(|a, b| a.pointer.cmp(&b.pointer));
        facts.dedup_by(|later, first| later.pointer == first.pointer);
        facts
    }

    /// The missing facts and the explanation nodes of sub-results.
    fn split(&self, outs: Vec<Out<'_>>) -> (Vec<String>, Vec<Explanation>) {
        let mut missing = Vec::new();
        let mut children = Vec::with_capacity(if self.explain { outs.len() } else { 0 });
        for o in outs {
            append(&mut missing, o.missing);
            if self.explain {
                children.push(o.node);
            }
        }
        (missing, children)
    }

    /// `split` for two sub-results, without gathering them in a list first.
    fn split2(&self, a: Out<'_>, b: Out<'_>) -> (Vec<String>, Vec<Explanation>) {
        let mut missing = a.missing;
        append(&mut missing, b.missing);
        let children = if self.explain {
            vec![a.node, b.node]
        } else {
            Vec::new()
        };
        (missing, children)
    }
}

/// Appends `more` to `missing`, taking its allocation when `missing` is still empty.
pub(crate) fn append(missing: &mut Vec<String>, more: Vec<String>) {
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
