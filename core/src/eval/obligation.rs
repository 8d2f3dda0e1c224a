//! One obligation's verdict, deadline status and exception, from its evaluated clauses
//! (the tables of `docs/language.md`, "Verdicts" and "Deadlines").

use std::borrow::Cow;

use crate::date::Date;
use serde_json::{Map, Value as Json};

use super::exception::invoked_exception;
use super::mode::Mode;
use super::value::{Missing, Val};
use super::verdict::{Conditions, Decided, decide};
use super::{Evaluated, Evaluator};
use crate::ir::Obligation;
use crate::json::field;
use crate::report::{
    ClauseExplanation, DeadlineResult, DeadlineStatus, NotApplicableReason, ObligationResult,
    ReviewStatus, Verdict,
};

/// The obligation's result, or `None` when the evaluation budget (shared by the obligations
/// of one profile, kept by `ev`) ran out during it. `exceptions` is the profile's
/// `exceptions` object, if it has one.
pub(crate) fn evaluate_obligation<'p, M: Mode>(
    ob: &'p Obligation,
    ev: &mut Evaluator<'p, M>,
    exceptions: Option<&'p Map<String, Json>>,
    as_of: Date,
) -> Option<ObligationResult> {
    ev.start_obligation();
    let mut warnings = Vec::new();
    let mut explanation = Vec::new();
    let mut missing: Vec<Missing<'p>> = Vec::new();
    let exception = exceptions
        .and_then(|all| field(all, ob.id()))
        .and_then(|invocation| invoked_exception(ob, invocation, &mut warnings));

    let clause = |ev: &mut Evaluator<'p, M>,
                  name: &str,
                  expr: &'p crate::ir::Expr,
                  explanation: &mut Vec<ClauseExplanation>|
     -> (Option<bool>, Vec<Missing<'p>>) {
        let Evaluated { val, missing, node } = ev.eval(expr);
        explanation.extend(M::clause(
            name,
            expr,
            || (val.to_json(), val.is_known()),
            node,
        ));
        let value = match val {
            Val::Bool(b) => Some(b),
            _ => None,
        };
        (value, missing)
    };

    let accepted = exception
        .as_ref()
        .is_some_and(|e| e.review.status == ReviewStatus::Accepted);
    let decided = if accepted {
        Decided {
            verdict: Verdict::NotApplicable,
            range: Vec::new(),
        }
    } else {
        // Every condition that can still change the verdict is evaluated, even after an
        // unknown one, so that the range says what the known facts allow.
        let applies = match &ob.applies {
            Some(e) => clause(ev, "applies when", e, &mut explanation),
            None => (Some(true), Vec::new()),
        };
        let mut conditions = Conditions {
            applies: applies.0,
            require: None,
            partial: None,
        };
        if applies.0.is_none() {
            missing.extend(applies.1);
        }
        if applies.0 != Some(false) {
            let (require, why) = clause(ev, "require", &ob.require, &mut explanation);
            conditions.require = require;
            if require.is_none() {
                missing.extend(why);
            }
            if require != Some(true) {
                let (partial, why) = match &ob.partial {
                    Some(e) => clause(ev, "partial when", e, &mut explanation),
                    None => (Some(false), Vec::new()),
                };
                conditions.partial = partial;
                if partial.is_none() {
                    missing.extend(why);
                }
            }
        }
        decide(conditions)
    };
    let verdict = decided.verdict;
    let reason = match verdict {
        Verdict::NotApplicable if accepted => Some(NotApplicableReason::Exception),
        Verdict::NotApplicable => Some(NotApplicableReason::AppliesWhen),
        _ => None,
    };

    let deadline = deadline_result(ob, &decided, as_of, ev, &mut explanation, &mut missing);
    if ev.exhausted {
        return None;
    }
    missing.sort_unstable_by(|a, b| a.as_ref().cmp(b.as_ref()));
    missing.dedup_by(|a, b| a.as_ref() == b.as_ref());
    Some(ObligationResult {
        obligation: ob.identity.clone(),
        weight: ob.weight,
        verdict,
        range: decided.range,
        reason,
        deadline,
        exception,
        missing: missing.into_iter().map(Cow::into_owned).collect(),
        facts: if M::EXPLAIN {
            ev.take_facts()
        } else {
            Vec::new()
        },
        explanation,
        warnings,
        jurisdictions: Vec::new(),
    })
}

fn deadline_result<'p, M: Mode>(
    ob: &'p Obligation,
    decided: &Decided,
    as_of: Date,
    ev: &mut Evaluator<'p, M>,
    explanation: &mut Vec<ClauseExplanation>,
    missing: &mut Vec<Missing<'p>>,
) -> DeadlineResult {
    let Some(deadline) = ob.deadline else {
        return DeadlineResult {
            status: DeadlineStatus::None,
            from: None,
            due: None,
            met_on: None,
            reading: None,
            met_on_basis: None,
        };
    };
    let mut result = DeadlineResult {
        status: DeadlineStatus::None,
        from: deadline.from.map(|d| d.to_string()),
        due: Some(deadline.due.to_string()),
        met_on: None,
        reading: None,
        met_on_basis: None,
    };
    let strict = deadline.from.unwrap_or(deadline.due);
    // An unknown verdict that can only be `not_met` or `partially_met` is overdue all the same.
    let cannot_be_met = !decided.range.is_empty()
        && decided
            .range
            .iter()
            .all(|v| matches!(v, Verdict::NotMet | Verdict::PartiallyMet));
    result.status = match decided.verdict {
        Verdict::NotApplicable => DeadlineStatus::None,
        Verdict::Met => match &ob.met_on {
            Some(expr) => {
                let Evaluated {
                    val,
                    missing: why,
                    node,
                } = ev.eval(expr);
                explanation.extend(M::clause(
                    "met on",
                    expr,
                    || (val.to_json(), val.is_known()),
                    node,
                ));
                match val {
                    Val::Date(on) => {
                        result.met_on = Some(on.to_string());
                        result.met_on_basis = Some(crate::report::MetOnBasis::Clause);
                        if on <= strict {
                            DeadlineStatus::OnTime
                        } else if on <= deadline.due {
                            result.reading = Some("end_of_window".to_string());
                            DeadlineStatus::OnTime
                        } else {
                            DeadlineStatus::Late
                        }
                    }
                    _ => {
                        missing.extend(why);
                        DeadlineStatus::Unknown
                    }
                }
            }
            None if as_of <= deadline.due => DeadlineStatus::OnTime,
            None => DeadlineStatus::Unknown,
        },
        _ if as_of <= deadline.due => DeadlineStatus::NotDue,
        Verdict::Unknown if cannot_be_met => DeadlineStatus::Overdue,
        Verdict::Unknown => DeadlineStatus::Unknown,
        _ => DeadlineStatus::Overdue,
    };
    result
}
