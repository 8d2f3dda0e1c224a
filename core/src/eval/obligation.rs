//! One obligation's verdict, deadline status and exception, from its evaluated clauses
//! (the tables of `docs/language.md`, "Verdicts" and "Deadlines"); an obligation evaluated
//! `in each jurisdiction` is evaluated per unit and aggregated by `units`.

use std::sync::Arc;

use crate::date::Date;
use serde_json::{Map, Value as Json};

use super::exception::invoked_exception;
use super::met_on::{self, MetOn};
use super::mode::Mode;
use super::value::{Missing, Val};
use super::verdict::{Conditions, Decided, decide};
use super::{Evaluated, Evaluator, units};
use crate::ir::Obligation;
use crate::json::field;
use crate::report::{
    ClauseExplanation, DeadlineResult, DeadlineStatus, FactRead, MetOnBasis, NotApplicableReason,
    ObligationResult, ReviewStatus, Verdict,
};

/// What evaluating an obligation's clauses on one set of facts (the national ones, or one
/// unit's over them) gives.
pub(crate) struct Outcome {
    pub decided: Decided,
    /// What is known of the day it was met (`NotGiven` unless it is `met`).
    pub met_on: MetOn,
    pub deadline: DeadlineResult,
    pub missing: Vec<Arc<str>>,
    /// The status of each of `missing`, in the same order.
    pub missing_status: Vec<String>,
    pub facts: Vec<FactRead>,
    pub explanation: Vec<ClauseExplanation>,
    pub warnings: Vec<String>,
}

/// The obligation's result, or `None` when the evaluation budget (shared by the obligations
/// of one profile, kept by `ev`) ran out during it. `exceptions` is the profile's
/// `exceptions` object, if it has one.
pub(crate) fn evaluate_obligation<'p, M: Mode>(
    ob: &'p Obligation,
    ev: &mut Evaluator<'p, M>,
    exceptions: Option<&'p Map<String, Json>>,
    as_of: Date,
) -> Option<ObligationResult> {
    ev.start_obligation(as_of);
    let mut warnings = Vec::new();
    let exception = exceptions
        .and_then(|all| field(all, ob.id()))
        .and_then(|invocation| invoked_exception(ob, invocation, &mut warnings));
    // An exception is the State's: accepted, no unit is evaluated.
    let accepted = exception
        .as_ref()
        .is_some_and(|e| e.review.status == ReviewStatus::Accepted);
    let mut per_unit = Vec::new();
    let outcome = if accepted {
        Outcome {
            decided: Decided {
                verdict: Verdict::NotApplicable,
                range: Vec::new(),
            },
            met_on: MetOn::NotGiven,
            deadline: deadline_result(
                ob,
                &Decided::known(Verdict::NotApplicable),
                as_of,
                MetOn::NotGiven,
            ),
            missing: Vec::new(),
            missing_status: Vec::new(),
            facts: Vec::new(),
            explanation: Vec::new(),
            warnings: Vec::new(),
        }
    } else if ob.per_jurisdiction && ev.unit_count() > 0 {
        let (outcome, units) = units::evaluate_in_each(ob, ev, as_of)?;
        per_unit = units;
        outcome
    } else {
        evaluate_clauses(ob, ev, as_of)?
    };
    let verdict = outcome.decided.verdict;
    let reason = match verdict {
        Verdict::NotApplicable if accepted => Some(NotApplicableReason::Exception),
        Verdict::NotApplicable => Some(NotApplicableReason::AppliesWhen),
        _ => None,
    };
    if warnings.is_empty() {
        warnings = outcome.warnings;
    } else {
        warnings.extend(outcome.warnings);
    }
    Some(ObligationResult {
        obligation: ob.identity.clone(),
        weight: ob.weight,
        verdict,
        range: outcome.decided.range,
        reason,
        deadline: outcome.deadline,
        exception,
        missing_status: outcome.missing_status,
        missing: outcome.missing,
        facts: outcome.facts,
        explanation: outcome.explanation,
        warnings,
        tally: (!per_unit.is_empty()).then(|| crate::report::JurisdictionTally::of(&per_unit)),
        jurisdictions: per_unit,
    })
}

/// The obligation's clauses evaluated on the facts `ev` reads now (the national ones, or a
/// unit's over them), on `as_of`; `None` when the step budget ran out. Inlined: the outcome
/// is then built where the result is, not moved there.
#[inline]
pub(crate) fn evaluate_clauses<'p, M: Mode>(
    ob: &'p Obligation,
    ev: &mut Evaluator<'p, M>,
    as_of: Date,
) -> Option<Outcome> {
    let mut explanation = Vec::new();
    let mut missing: Vec<Missing<'p>> = Vec::new();
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
        super::append(&mut missing, applies.1);
    }
    let mut steady = super::history::Steady::NoHistory;
    if applies.0 != Some(false) {
        ev.reset_steady();
        let (require, why) = clause(ev, "require", &ob.require, &mut explanation);
        steady = ev.steady();
        conditions.require = require;
        if require.is_none() {
            super::append(&mut missing, why);
        }
        if require != Some(true) {
            let (partial, why) = match &ob.partial {
                Some(e) => clause(ev, "partial when", e, &mut explanation),
                None => (Some(false), Vec::new()),
            };
            conditions.partial = partial;
            if partial.is_none() {
                super::append(&mut missing, why);
            }
        }
    }
    let decided = decide(conditions);

    let mut warnings = Vec::new();
    let met_on = if decided.verdict == Verdict::Met && ob.deadline.is_some() {
        match met_on::from_clause(ob, ev, &mut explanation, &mut missing) {
            // The histories can show that the whole requirement held only after the day the
            // rule's clause reads (a body founded on that day, independent years later).
            Some(MetOn::On(on, basis)) => match met_on::from_history(&ob.require, ev, steady)? {
                MetOn::On(held, MetOnBasis::History) if held > on => {
                    MetOn::On(held, MetOnBasis::History)
                }
                _ => MetOn::On(on, basis),
            },
            Some(found) => found,
            None => met_on::from_history(&ob.require, ev, steady)?,
        }
    } else {
        MetOn::NotGiven
    };
    if let MetOn::On(on, MetOnBasis::Clause) = met_on
        && on > as_of
    {
        warnings.push(format!(
            "met on {on}, after the evaluation date {as_of}: the profile's facts are of a later date than the evaluation"
        ));
    }
    let deadline = deadline_result(ob, &decided, as_of, met_on);
    if ev.exhausted {
        return None;
    }
    let (pointers, missing_status) = report_lists(missing);
    Some(Outcome {
        decided,
        met_on,
        deadline,
        missing: pointers,
        missing_status,
        facts: if M::EXPLAIN {
            ev.take_facts()
        } else {
            Vec::new()
        },
        explanation,
        warnings,
    })
}

/// The missing facts as a result gives them: their pointers sorted, each once, and the status
/// of each. Always inlined, as when this was part of `evaluate_clauses`: called, it cost more.
#[inline(always)]
fn report_lists(mut missing: Vec<Missing<'_>>) -> (Vec<Arc<str>>, Vec<String>) {
    // Most verdicts are known, with nothing missing.
    if missing.is_empty() {
        return (Vec::new(), Vec::new());
    }
    missing.sort_unstable_by(Missing::by_pointer);
    missing.dedup_by(|a, b| a.same_fact(b));
    let statuses = missing.iter().map(|m| m.status.to_string()).collect();
    // Collected in place, in the list's own allocation.
    let pointers = missing.into_iter().map(|m| m.pointer.into_owned());
    (pointers.collect(), statuses)
}

/// Where an obligation with the verdict `decided` stands against its deadline on `as_of`,
/// given what is known of the day it was met.
#[inline]
pub(crate) fn deadline_result(
    ob: &Obligation,
    decided: &Decided,
    as_of: Date,
    met_on: MetOn,
) -> DeadlineResult {
    let Some(deadline) = ob.deadline else {
        return DeadlineResult {
            status: DeadlineStatus::None,
            from: None,
            due: None,
            met_on: None,
            reading: None,
            met_on_basis: None,
            in_window: false,
        };
    };
    let mut result = DeadlineResult {
        status: DeadlineStatus::None,
        from: deadline.from.map(|d| d.to_string()),
        due: Some(deadline.due.to_string()),
        met_on: None,
        reading: None,
        met_on_basis: None,
        // Judged by the window's end, not its start: strictly after FROM, not after the due date.
        in_window: decided.verdict != Verdict::NotApplicable
            && deadline
                .from
                .is_some_and(|from| from < as_of && as_of <= deadline.due),
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
        Verdict::Met => match met_on {
            MetOn::On(on, basis) => {
                result.met_on = Some(on.to_string());
                result.met_on_basis = Some(basis);
                let at_the_latest = basis == MetOnBasis::HistoryAtTheLatest;
                if on <= strict {
                    DeadlineStatus::OnTime
                } else if on <= deadline.due {
                    result.reading = Some("end_of_window".to_string());
                    DeadlineStatus::OnTime
                } else if at_the_latest {
                    // Met on that day at the latest: perhaps in time, perhaps not.
                    DeadlineStatus::Unknown
                } else {
                    DeadlineStatus::Late
                }
            }
            MetOn::Always => DeadlineStatus::OnTime,
            MetOn::Unknown => DeadlineStatus::Unknown,
            MetOn::NotGiven if as_of <= deadline.due => DeadlineStatus::OnTime,
            MetOn::NotGiven => DeadlineStatus::Unknown,
        },
        _ if as_of <= deadline.due => DeadlineStatus::NotDue,
        Verdict::Unknown if cannot_be_met => DeadlineStatus::Overdue,
        Verdict::Unknown => DeadlineStatus::Unknown,
        _ => DeadlineStatus::Overdue,
    };
    result
}
