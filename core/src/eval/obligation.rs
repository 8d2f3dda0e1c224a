//! One obligation's verdict, deadline status and exception, from its evaluated clauses
//! (the tables of `docs/language.md`, "Verdicts" and "Deadlines").

use std::borrow::Cow;

use crate::date::Date;
use serde_json::{Map, Value as Json};

use super::mode::Mode;
use super::value::{Missing, Val};
use super::{Evaluated, Evaluator};
use crate::ir::Obligation;
use crate::json::field;
use crate::report::{
    ClauseExplanation, DeadlineResult, DeadlineStatus, ExceptionUse, ObligationResult, Verdict,
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

    let verdict = if exception.is_some() {
        Verdict::NotApplicable
    } else {
        let applies = ob
            .applies
            .as_ref()
            .map(|e| clause(ev, "applies when", e, &mut explanation));
        match applies {
            Some((Some(false), _)) => Verdict::NotApplicable,
            Some((None, why)) => {
                missing.extend(why);
                Verdict::Unknown
            }
            _ => {
                let (require, why_require) = clause(ev, "require", &ob.require, &mut explanation);
                match require {
                    Some(true) => Verdict::Met,
                    None => {
                        missing.extend(why_require);
                        Verdict::Unknown
                    }
                    Some(false) => match ob
                        .partial
                        .as_ref()
                        .map(|e| clause(ev, "partial when", e, &mut explanation))
                    {
                        Some((Some(true), _)) => Verdict::PartiallyMet,
                        Some((None, why)) => {
                            missing.extend(why);
                            Verdict::Unknown
                        }
                        _ => Verdict::NotMet,
                    },
                }
            }
        }
    };

    let deadline = deadline_result(ob, verdict, as_of, ev, &mut explanation, &mut missing);
    if ev.exhausted {
        return None;
    }
    missing.sort_unstable_by(|a, b| a.as_ref().cmp(b.as_ref()));
    missing.dedup_by(|a, b| a.as_ref() == b.as_ref());
    Some(ObligationResult {
        obligation: ob.identity.clone(),
        weight: ob.weight,
        verdict,
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
    })
}

fn deadline_result<'p, M: Mode>(
    ob: &'p Obligation,
    verdict: Verdict,
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
        };
    };
    let mut result = DeadlineResult {
        status: DeadlineStatus::None,
        from: deadline.from.map(|d| d.to_string()),
        due: Some(deadline.due.to_string()),
        met_on: None,
        reading: None,
    };
    let strict = deadline.from.unwrap_or(deadline.due);
    result.status = match verdict {
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
        Verdict::Unknown => DeadlineStatus::Unknown,
        _ => DeadlineStatus::Overdue,
    };
    result
}

/// The exception the profile invokes for this obligation (`invocation`), if it is one the
/// obligation allows and it comes with a justification; anything else is a warning, never a
/// silent pass.
fn invoked_exception(
    ob: &Obligation,
    invocation: &Json,
    warnings: &mut Vec<String>,
) -> Option<ExceptionUse> {
    let Some(qualifier) = ob.exceptions.first() else {
        warnings.push(format!("the profile invokes an exception for `{}`, but the text gives this obligation no conditional qualifier: ignored", ob.id()));
        return None;
    };
    let justification = invocation
        .get("justification")
        .and_then(Json::as_str)
        .map(str::trim)
        .unwrap_or_default();
    if justification.is_empty() {
        warnings.push(format!(
            "the exception \"{qualifier}\" is invoked without a justification: ignored"
        ));
        return None;
    }
    let chosen = invocation
        .get("qualifier")
        .and_then(Json::as_str)
        .and_then(|q| ob.exceptions.iter().find(|e| e.as_str() == q))
        .unwrap_or(qualifier);
    Some(ExceptionUse {
        qualifier: chosen.clone(),
        justification: justification.to_string(),
        source: invocation.get("source").cloned(),
    })
}
