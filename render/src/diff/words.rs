//! The words of a diff, shared by its text and HTML renderings: a result's verdict with its
//! range or reason, its deadline status, its exception and review, a fact as one report read
//! it, and each side's header.

use lexpact_core::diff::{FactState, ObligationChange, ReportSide, ResultState};
pub use lexpact_core::report::words::verdict;
use lexpact_core::report::words::{range, reason};
use lexpact_core::report::{DeadlineStatus, ExceptionUse};
use serde_json::Value as Json;

/// A result's verdict with what qualifies it, in the words of the report:
/// `unknown (not met or met)`, `not applicable: exception accepted`.
pub fn outcome(state: &ResultState) -> String {
    let word = verdict(state.verdict);
    if !state.range.is_empty() {
        return format!("{word} ({})", range(&state.range));
    }
    match state.reason {
        Some(why) => format!("{word}: {}", reason(why)),
        None => word.to_string(),
    }
}

/// A deadline status in words, with its due date: `overdue (due 2013-12-31)`.
pub fn deadline(state: &ResultState) -> String {
    let status = match state.deadline.status {
        DeadlineStatus::None => "no deadline".to_string(),
        DeadlineStatus::Unknown => "deadline cannot be told".to_string(),
        other => other.as_str().replace('_', " "),
    };
    match &state.deadline.due {
        Some(due) if state.deadline.status != DeadlineStatus::None => {
            format!("{status} (due {due})")
        }
        _ => status,
    }
}

/// An exception's change in words, old and new: only the review when nothing else changed
/// (`review pending, by X` → `review accepted, by X, 2024-03-14`), else the whole invocation.
pub fn exception_change(
    old: Option<&ExceptionUse>,
    new: Option<&ExceptionUse>,
) -> (String, String) {
    match (old, new) {
        (Some(a), Some(b))
            if a.qualifier == b.qualifier
                && a.justification == b.justification
                && a.source == b.source =>
        {
            (review(a), review(b))
        }
        _ => (exception(old), exception(new)),
    }
}

/// An exception in words, with its review: `"where appropriate" (review pending): …`.
fn exception(exception: Option<&ExceptionUse>) -> String {
    let Some(e) = exception else {
        return "none".to_string();
    };
    format!("\"{}\" ({}): {}", e.qualifier, review(e), e.justification)
}

/// The review of an exception: `review accepted, by X, 2024-03-14; note`.
fn review(e: &ExceptionUse) -> String {
    let mut text = format!("review {}", e.review.status.as_str());
    for part in [&e.review.by, &e.review.date].into_iter().flatten() {
        text.push_str(&format!(", {part}"));
    }
    if let Some(note) = &e.review.note {
        text.push_str(&format!("; {note}"));
    }
    text
}

/// A fact as one report read it: its value (or status) and sources, or `not read`.
pub fn fact(state: Option<&FactState>) -> String {
    let Some(f) = state else {
        return "not read".to_string();
    };
    let mut text = match (&f.value, f.status.as_str()) {
        (Some(value), "known") => value.to_string(),
        (Some(value), status) => format!("{status} ({value})"),
        (None, status) => status.to_string(),
    };
    if !f.sources.is_empty() {
        let cites: Vec<String> = f.sources.iter().map(source).collect();
        text.push_str(&format!(" [{}]", cites.join("; ")));
    }
    text
}

/// A source by its `cite`, or as compact JSON when it has none.
fn source(source: &Json) -> String {
    match source.get("cite") {
        Some(Json::String(cite)) => cite.clone(),
        _ => match source {
            Json::String(text) => text.clone(),
            other => other.to_string(),
        },
    }
}

/// One side's header: `profile.json (State); rule set rio, version; as of 2024-06-30`.
pub fn side(side: &ReportSide) -> String {
    let state = side
        .profile
        .state
        .as_deref()
        .map(|s| format!(" ({s})"))
        .unwrap_or_default();
    let version = if side.ruleset.version.is_empty() {
        String::new()
    } else {
        format!(", {}", side.ruleset.version)
    };
    format!(
        "{}{state}; rule set {}{version}; as of {}",
        side.profile.name, side.ruleset.name, side.as_of
    )
}

/// The changes by section, sections in order of first appearance.
pub fn groups(changes: &[ObligationChange]) -> Vec<(&str, Vec<&ObligationChange>)> {
    let mut groups: Vec<(&str, Vec<&ObligationChange>)> = Vec::new();
    for change in changes {
        let name = change.obligation.group.as_str();
        match groups.iter_mut().find(|(g, _)| *g == name) {
            Some((_, list)) => list.push(change),
            None => groups.push((name, vec![change])),
        }
    }
    groups
}
