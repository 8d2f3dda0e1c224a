//! Exceptions a profile invokes (`exceptions.<obligation id>`) and their review: only an
//! accepted invocation makes an obligation `not_applicable` (`docs/language.md`, "Exceptions").

use serde_json::Value as Json;

use crate::ir::Obligation;
use crate::report::{ExceptionReview, ExceptionUse, ReviewStatus};

/// The exception the profile invokes for this obligation (`invocation`), if it is one the
/// obligation allows and it comes with a justification; anything else is a warning, never a
/// silent pass.
pub(super) fn invoked_exception(
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
        review: review(invocation.get("review")),
    })
}

/// The review recorded with an invocation; `unreviewed` when there is none. The profile's
/// schema allows only the four statuses, so any other word (in a profile not validated
/// against it) counts as no review.
fn review(recorded: Option<&Json>) -> ExceptionReview {
    let text = |name: &str| {
        recorded
            .and_then(|r| r.get(name))
            .and_then(Json::as_str)
            .map(str::to_string)
    };
    let status = match recorded
        .and_then(|r| r.get("status"))
        .and_then(Json::as_str)
    {
        Some("accepted") => ReviewStatus::Accepted,
        Some("contested") => ReviewStatus::Contested,
        Some("pending") => ReviewStatus::Pending,
        _ => ReviewStatus::Unreviewed,
    };
    ExceptionReview {
        status,
        by: text("by"),
        date: text("date"),
        note: text("note"),
    }
}
