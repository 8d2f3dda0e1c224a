//! Lists: `in` and the quantifiers `all`, `any` and `count`. Every item visited is one step of
//! the evaluation budget, so that quantifiers nested over long lists end in `E0305` rather
//! than running for hours (past a decision, a step of the explanation budget instead).

use std::borrow::Cow;
use std::sync::Arc;

use super::missing_status;
use super::mode::Mode;
use super::value::{Missing, Val, item_value};
use super::{CmpOp, Evaluated, Evaluator, Slot, compare};
use crate::ir::{Expr, Quant};
use crate::types::Ty;

impl<'p, M: Mode> Evaluator<'p, M> {
    /// `item in list` (`negated`: `not in`).
    pub(super) fn membership(
        &mut self,
        expr: &'p Expr,
        taken: bool,
        negated: bool,
        item: &'p Expr,
        list: &'p Expr,
    ) -> Evaluated<'p, M> {
        let (i, l) = (self.eval(item), self.eval(list));
        let elem = match &list.ty {
            Ty::List(elem) => elem,
            _ => &Ty::Any,
        };
        let mut unknown_items = Vec::new();
        let val = match self.member(&i.val, &l.val, elem, &mut unknown_items) {
            Some(found) => Val::Bool(found != negated),
            None => Val::Unknown,
        };
        let (mut missing, children) = super::split2(i, l);
        missing.extend(unknown_items);
        self.out(expr, taken, val, missing, children)
    }

    /// `Some(true)` if `item` is in `list`, `Some(false)` if surely not, `None` if unknown.
    /// The facts that would settle the list's unknown items are added to `unknown_items`.
    pub(super) fn member(
        &mut self,
        item: &Val<'p>,
        list: &Val<'p>,
        elem: &Ty,
        unknown_items: &mut Vec<Missing<'p>>,
    ) -> Option<bool> {
        let date = self.date;
        let mut unsure = !item.is_known();
        let mut visit = |candidate: &Val<'_>, why: &mut dyn FnMut() -> Vec<Missing<'p>>| -> bool {
            if !candidate.is_known() {
                unsure = true;
                unknown_items.extend(why());
                return false;
            }
            match compare(CmpOp::Eq, item, candidate) {
                Some(found) => found,
                None => {
                    unsure = true;
                    false
                }
            }
        };
        let visited = match list {
            Val::Items(items, _) => items.len().min(self.max_list_len),
            Val::List(values) => values.len(),
            _ => 0,
        };
        let explanation_only = M::EXPLAIN && self.beyond;
        let allowed = if explanation_only {
            self.budget.steps_left()
        } else {
            self.steps
        };
        let mut steps = 0usize;
        let found = match list {
            Val::Items(items, pointer) => {
                items
                    .iter()
                    .take(visited.min(allowed))
                    .enumerate()
                    .any(|(i, json)| {
                        steps += 1;
                        visit(
                            &item_value(json, elem, || Arc::from(format!("{pointer}/{i}"))),
                            &mut || {
                                vec![Missing {
                                    pointer: Cow::Owned(Arc::from(format!("{pointer}/{i}"))),
                                    status: missing_status::status(Some(json), date),
                                }]
                            },
                        )
                    })
            }
            Val::List(values) => values
                .iter()
                .take(visited.min(allowed))
                .any(|(value, why)| {
                    steps += 1;
                    visit(value, &mut || why.clone())
                }),
            _ => return None,
        };
        if explanation_only {
            // All or nothing: a list left unfinished abandons the work past the decision.
            if !self.explanation_steps(if !found && steps < visited {
                usize::MAX
            } else {
                steps
            }) {
                return None;
            }
        } else if !found && steps < visited {
            // The budget ran out before the list did.
            self.steps = 0;
            self.exhausted = true;
            return None;
        } else {
            self.steps = self.steps.saturating_sub(steps);
        }
        let truncated = matches!(list, Val::Items(items, _) if items.len() > self.max_list_len);
        if found && item.is_known() {
            Some(true)
        } else if unsure || truncated {
            None
        } else {
            Some(false)
        }
    }

    pub(super) fn quantified(
        &mut self,
        expr: &'p Expr,
        taken: bool,
        quant: Quant,
        slot: usize,
        list: &'p Expr,
        condition: Option<&'p Expr>,
    ) -> Evaluated<'p, M> {
        let l = self.eval(list);
        let len = match &l.val {
            Val::Items(items, _) => items.len(),
            Val::List(values) => values.len(),
            _ => {
                return self.out(
                    expr,
                    taken,
                    Val::Unknown,
                    l.missing,
                    super::one::<M>(l.node),
                );
            }
        };
        let list_val = l.val.clone();
        if self.slots.len() <= slot {
            self.slots.resize(slot + 1, None);
        }
        let mut trues = 0usize;
        let mut falses = 0usize;
        let mut missing = Vec::new();
        // `missing` is sorted and deduplicated whenever it doubles: nested quantifiers would
        // otherwise gather the same pointers once per outer item.
        let mut compact_at = COMPACT_FROM;
        let mut children = super::one::<M>(l.node);
        let over_limit = len > self.max_list_len;
        for i in 0..len.min(self.max_list_len) {
            let Some(condition) = condition else {
                trues += 1;
                continue;
            };
            let settled = match quant {
                Quant::All => falses > 0,
                Quant::Any => trues > 0,
                Quant::Count => false,
            };
            if settled {
                // The rest of the list cannot change the value: evaluated for the
                // explanation only, while its budget lasts.
                if !M::EXPLAIN {
                    break;
                }
                if self.budget.spent() || (self.beyond && self.abandoned) {
                    M::cut(&mut children);
                    break;
                }
                self.set_slot(slot, item_slot(&list_val, i));
                let node = self.beyond_decision(condition);
                M::add(&mut children, node);
                continue;
            }
            if !self.step() {
                break;
            }
            self.set_slot(slot, item_slot(&list_val, i));
            let o = self.eval(condition);
            match o.val {
                Val::Bool(true) => trues += 1,
                Val::Bool(false) => falses += 1,
                _ => {
                    super::append(&mut missing, o.missing);
                    compact(&mut missing, &mut compact_at);
                }
            }
            M::add(&mut children, o.node);
        }
        self.set_slot(slot, None);
        let unknowns = len.min(self.max_list_len).saturating_sub(trues + falses);
        let unsure = unknowns > 0 || over_limit;
        let val = match quant {
            Quant::All if falses > 0 => Val::Bool(false),
            Quant::Any if trues > 0 => Val::Bool(true),
            _ if unsure => Val::Unknown,
            Quant::All => Val::Bool(true),
            Quant::Any => Val::Bool(false),
            #[expect(
                clippy::cast_precision_loss,
                reason = "list lengths are far below 2^52"
            )]
            Quant::Count => Val::Num(trues as f64),
        };
        self.out(expr, taken, val, missing, children)
    }

    fn set_slot(&mut self, slot: usize, item: Option<Slot<'p>>) {
        if let Some(s) = self.slots.get_mut(slot) {
            *s = item;
        }
    }
}

/// Missing facts a quantifier gathers before it first sorts and deduplicates them.
const COMPACT_FROM: usize = 64;

/// Sorts and deduplicates `missing` once it is longer than `compact_at`, then waits until it
/// doubles (the report sorts and deduplicates them anyway).
fn compact(missing: &mut Vec<Missing<'_>>, compact_at: &mut usize) {
    if missing.len() > *compact_at {
        missing.sort_unstable_by(Missing::by_pointer);
        missing.dedup_by(|a, b| a.same_fact(b));
        *compact_at = missing.len().saturating_mul(2).max(COMPACT_FROM);
    }
}

/// The quantifier's slot for item `i` of `list`.
fn item_slot<'p>(list: &Val<'p>, i: usize) -> Option<Slot<'p>> {
    match list {
        Val::Items(items, pointer) => items
            .get(i)
            .map(|json| Slot::Json(json, pointer.clone(), i)),
        Val::List(values) => values
            .get(i)
            .map(|(value, why)| Slot::Value(value.clone(), why.clone())),
        _ => None,
    }
}
