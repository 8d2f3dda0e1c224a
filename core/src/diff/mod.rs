//! Progress between two reports of one State: which obligations improved, regressed, changed,
//! were added or removed, and the facts behind each change (`lexpact diff`, `docs/diff.md`).
//!
//! The two reports may come from two profiles under one rule set, one profile under two rule
//! sets, or two saved reports: the comparison only reads the reports. Obligations are matched
//! by id; the result is in rule order, so the same reports give the same diff, byte for byte.

mod facts;
mod mark;
mod model;
mod read;

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostic::Diagnostics;
use crate::report::{ObligationResult, Report};

pub use model::{
    ChangeCounts, ChangeMark, ChangedPart, FactChange, FactPart, FactState, ObligationChange,
    ReportDiff, ReportSide, ResultState,
};
pub use read::{read_report, saved_report};

/// The format marker of this version of the diff, written in its `diff` field.
pub const DIFF_FORMAT: &str = "lexpact/diff/v1";

/// The JSON Schema of the diff, generated from these types so that it cannot drift.
pub fn diff_schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(ReportDiff);
    schema.insert(
        "$id".to_string(),
        serde_json::Value::String("urn:lexpact:schema:diff:v1".to_string()),
    );
    schema.to_value()
}

/// The diff as the JSON text every caller gives: pretty-printed, with a final newline (what
/// `lexpact diff --format json` prints).
pub fn diff_json(diff: &ReportDiff) -> Result<String, Diagnostics> {
    let mut text = serde_json::to_string_pretty(diff).map_err(|e| {
        crate::boundary::internal_error(format!("the diff cannot be written as JSON: {e}"))
    })?;
    text.push('\n');
    Ok(text)
}

/// Compares two reports of one State, `old` before `new`.
pub fn diff_reports(old: &Report, new: &Report) -> ReportDiff {
    // Inserted one by one: collecting into a map or set sorts first, and a sort's code would
    // weigh on the playground's WebAssembly module.
    let mut old_by_id: BTreeMap<&str, &ObligationResult> = BTreeMap::new();
    for r in &old.results {
        old_by_id.insert(r.obligation.id.as_str(), r);
    }
    let mut new_ids: BTreeSet<&str> = BTreeSet::new();
    for r in &new.results {
        new_ids.insert(r.obligation.id.as_str());
    }
    let mut summary = ChangeCounts::default();
    let mut changes = Vec::new();
    for after in &new.results {
        let change = match old_by_id.get(after.obligation.id.as_str()) {
            Some(before) => changed(before, after),
            None => Some(one_sided(after, ChangeMark::Added)),
        };
        match change {
            Some(change) => {
                summary.add(change.mark);
                changes.push(change);
            }
            None => summary.unchanged += 1,
        }
    }
    for before in &old.results {
        if !new_ids.contains(before.obligation.id.as_str()) {
            summary.add(ChangeMark::Removed);
            changes.push(one_sided(before, ChangeMark::Removed));
        }
    }
    ReportDiff {
        diff: DIFF_FORMAT.to_string(),
        old: side(old),
        new: side(new),
        summary,
        changes,
        warnings: warnings(old, new),
    }
}

fn side(report: &Report) -> ReportSide {
    ReportSide {
        ruleset: report.ruleset.clone(),
        profile: report.profile.clone(),
        as_of: report.as_of.clone(),
        summary: report.summary.clone(),
    }
}

fn state(result: &ObligationResult) -> ResultState {
    ResultState {
        verdict: result.verdict,
        range: result.range.clone(),
        reason: result.reason,
        deadline: result.deadline.clone(),
        exception: result.exception.clone(),
    }
}

/// The parts of a result that differ, in the order `ChangedPart` declares them.
fn changed_parts(old: &ObligationResult, new: &ObligationResult) -> Vec<ChangedPart> {
    [
        (old.verdict != new.verdict, ChangedPart::Verdict),
        (old.range != new.range, ChangedPart::Range),
        (old.reason != new.reason, ChangedPart::Reason),
        (
            old.deadline.status != new.deadline.status,
            ChangedPart::Deadline,
        ),
        (old.exception != new.exception, ChangedPart::Exception),
    ]
    .into_iter()
    .filter_map(|(differs, part)| differs.then_some(part))
    .collect()
}

/// The change of an obligation both reports have, or `None` when nothing compared differs.
fn changed(old: &ObligationResult, new: &ObligationResult) -> Option<ObligationChange> {
    let parts = changed_parts(old, new);
    if parts.is_empty() {
        return None;
    }
    let (before, after) = (state(old), state(new));
    Some(ObligationChange {
        obligation: new.obligation.clone(),
        mark: mark::mark(&before, &after),
        parts,
        old: Some(before),
        new: Some(after),
        facts: facts::fact_changes(&old.facts, &new.facts),
    })
}

fn one_sided(result: &ObligationResult, mark: ChangeMark) -> ObligationChange {
    let only = Some(state(result));
    let (old, new) = if mark == ChangeMark::Removed {
        (only, None)
    } else {
        (None, only)
    };
    ObligationChange {
        obligation: result.obligation.clone(),
        mark,
        parts: Vec::new(),
        old,
        new,
        facts: Vec::new(),
    }
}

fn warnings(old: &Report, new: &Report) -> Vec<String> {
    let mut warnings = Vec::new();
    if let (Some(a), Some(b)) = (&old.profile.state, &new.profile.state)
        && a != b
    {
        warnings.push(format!(
            "the reports are about different States: \"{a}\" and \"{b}\""
        ));
    }
    if old.ruleset.name != new.ruleset.name {
        warnings.push(format!(
            "the reports come from different rule sets: \"{}\" and \"{}\"",
            old.ruleset.name, new.ruleset.name
        ));
    }
    if new.as_of < old.as_of {
        warnings.push(format!(
            "the new report's date ({}) is before the old report's ({})",
            new.as_of, old.as_of
        ));
    }
    warnings
}
