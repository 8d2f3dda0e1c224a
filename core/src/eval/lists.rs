//! Lists: `in` and the quantifiers `all`, `any` and `count`. Every item visited is one step of
//! the evaluation budget, so that quantifiers nested over long lists end in `E0305` rather
//! than running for hours.

use std::borrow::Cow;
use std::sync::Arc;

use super::mode::Mode;
use super::value::{Missing, Val, item_value};
use super::{CmpOp, Evaluator, Out, Slot, compare};
use crate::ir::{Expr, Quant};
use crate::types::Ty;

impl<'p, M: Mode> Evaluator<'p, M> {
    /// `Some(true)` if `item` is in `list`, `Some(false)` if surely not, `None` if unknown.
    /// The facts that would settle the list's unknown items are added to `unknown_items`.
    pub(super) fn member(
        &mut self,
        item: &Val<'p>,
        list: &Val<'p>,
        elem: &Ty,
        unknown_items: &mut Vec<Missing<'p>>,
    ) -> Option<bool> {
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
        let mut steps = 0usize;
        let found = match list {
            Val::Items(items, pointer) => items
                .iter()
                .take(visited.min(self.steps))
                .enumerate()
                .any(|(i, json)| {
                    steps += 1;
                    visit(
                        &item_value(json, elem, || Arc::from(format!("{pointer}/{i}"))),
                        &mut || vec![Cow::Owned(Arc::from(format!("{pointer}/{i}")))],
                    )
                }),
            Val::List(values) => values
                .iter()
                .take(visited.min(self.steps))
                .any(|(value, why)| {
                    steps += 1;
                    visit(value, &mut || why.clone())
                }),
            _ => return None,
        };
        if !found && steps < visited {
            // The budget ran out before the list did.
            self.steps = 0;
            self.exhausted = true;
            return None;
        }
        self.steps = self.steps.saturating_sub(steps);
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
        quant: Quant,
        slot: usize,
        list: &'p Expr,
        condition: Option<&'p Expr>,
    ) -> Out<'p, M> {
        let l = self.eval(list);
        let len = match &l.val {
            Val::Items(items, _) => items.len(),
            Val::List(values) => values.len(),
            _ => return self.out(expr, Val::Unknown, l.missing, vec![l.node]),
        };
        let list_val = l.val.clone();
        if self.slots.len() <= slot {
            self.slots.resize(slot + 1, None);
        }
        let mut trues = 0usize;
        let mut falses = 0usize;
        let mut missing = Vec::new();
        let mut children = vec![l.node];
        let over_limit = len > self.max_list_len;
        for i in 0..len.min(self.max_list_len) {
            let Some(condition) = condition else {
                trues += 1;
                continue;
            };
            if !self.step() {
                break;
            }
            let item = match &list_val {
                Val::Items(items, pointer) => items
                    .get(i)
                    .map(|json| Slot::Json(json, pointer.clone(), i)),
                Val::List(values) => values
                    .get(i)
                    .map(|(value, why)| Slot::Value(value.clone(), why.clone())),
                _ => None,
            };
            if let Some(s) = self.slots.get_mut(slot) {
                *s = item;
            }
            let o = self.eval(condition);
            match o.val {
                Val::Bool(true) => trues += 1,
                Val::Bool(false) => falses += 1,
                _ => super::append(&mut missing, o.missing),
            }
            if M::EXPLAIN && self.budget > 0 {
                children.push(o.node);
            }
            let settled = match quant {
                Quant::All => falses > 0,
                Quant::Any => trues > 0,
                Quant::Count => false,
            };
            if settled && !M::EXPLAIN {
                // Without explanations the rest of the list cannot change the value.
                break;
            }
        }
        if let Some(s) = self.slots.get_mut(slot) {
            *s = None;
        }
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
        self.out(expr, val, missing, children)
    }
}
