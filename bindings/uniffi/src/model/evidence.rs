//! What a result rests on: its deadline, the facts read (with the history entry a fact was
//! read from) and the explanation of each clause.

use lexpact_core::report;

use super::{DeadlineStatus, MetOnBasis, json_text};

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DeadlineResult {
    pub status: DeadlineStatus,
    /// Dates are `YYYY-MM-DD`.
    pub from: Option<String>,
    pub due: Option<String>,
    pub met_on: Option<String>,
    /// `end_of_window` when met inside a deadline window.
    pub reading: Option<String>,
    /// Where `met_on` comes from; absent when there is no `met_on`.
    pub met_on_basis: Option<MetOnBasis>,
    /// The evaluation date is inside the deadline window (after `from`, not after `due`): the
    /// obligation is judged by the window's end.
    pub in_window: bool,
}

impl From<report::DeadlineResult> for DeadlineResult {
    fn from(d: report::DeadlineResult) -> Self {
        DeadlineResult {
            status: d.status.into(),
            from: d.from,
            due: d.due,
            met_on: d.met_on,
            reading: d.reading,
            met_on_basis: d.met_on_basis.map(Into::into),
            in_window: d.in_window,
        }
    }
}

/// A fact read from the profile. `value`, each of `sources` and `note` are JSON text (`true`,
/// `3`, `"Penal Code art. 7"`, `{...}`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FactRead {
    /// JSON pointer into the profile.
    pub pointer: String,
    /// `known`, `missing`, or the status the profile gave (`unknown`, `not_assessed`, …).
    pub status: String,
    pub value: Option<String>,
    /// The envelope's `source`, then each of its `sources`, as JSON text.
    pub sources: Vec<String>,
    pub note: Option<String>,
    /// For a fact with a history: the entry read, in force on the evaluation date.
    pub in_force: Option<InForce>,
}

impl From<report::FactRead> for FactRead {
    fn from(f: report::FactRead) -> Self {
        FactRead {
            pointer: f.pointer.to_string(),
            status: f.status,
            value: f.value.as_ref().map(json_text),
            sources: f.sources.iter().map(json_text).collect(),
            note: f.note.as_ref().map(json_text),
            in_force: f.in_force.map(|i| InForce {
                from: i.from,
                until: i.until,
            }),
        }
    }
}

/// The history entry a fact was read from: in force from `from` up to, but not including,
/// `until` (`YYYY-MM-DD`). `from` is absent for an entry in force since before the history's
/// first date, `until` while the entry is still in force.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct InForce {
    pub from: Option<String>,
    pub until: Option<String>,
}

/// The explanation tree of one clause (`applies when`, `require`, `partial when`, `met on`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ClauseExplanation {
    pub clause: String,
    pub node: Explanation,
}

impl From<report::ClauseExplanation> for ClauseExplanation {
    fn from(c: report::ClauseExplanation) -> Self {
        ClauseExplanation {
            clause: c.clause,
            node: c.node.into(),
        }
    }
}

/// One evaluated sub-expression: its source text, its value as JSON text (`null` when
/// unknown) and how it was reached.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Explanation {
    pub expr: String,
    pub value: String,
    pub known: bool,
    /// The fact's pointer, for a node that reads one.
    pub fact: Option<String>,
    pub children: Vec<Explanation>,
    /// Some of this node's children were left out to keep the explanation within its budget.
    pub truncated: bool,
}

impl From<report::Explanation> for Explanation {
    fn from(e: report::Explanation) -> Self {
        Explanation {
            expr: e.expr.to_string(),
            value: json_text(&e.value),
            known: e.known,
            fact: e.fact.map(|p| p.to_string()),
            children: e.children.into_iter().map(Into::into).collect(),
            truncated: e.truncated,
        }
    }
}
