//! The diff model: what changed between two reports of one State, serialised as the stable JSON
//! `lexpact/diff/v1`. Field order is declaration order; obligations keep the new report's rule
//! order (removed ones after it, in the old report's order), facts are sorted by pointer.

use std::sync::Arc;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use crate::report::{
    Counts, DeadlineResult, ExceptionUse, NotApplicableReason, ObligationIdentity, ProfileInfo,
    RulesetInfo, Verdict,
};

/// The comparison of two reports: what each was about, counts of what changed, and every
/// obligation that changed with the facts behind it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct ReportDiff {
    /// The format marker, `lexpact/diff/v1`.
    pub diff: String,
    /// The earlier report: its rule set, profile, date and summary.
    pub old: ReportSide,
    /// The later report: its rule set, profile, date and summary.
    pub new: ReportSide,
    /// How many obligations improved, regressed, changed otherwise, were added, removed, or did
    /// not change.
    pub summary: ChangeCounts,
    /// Every obligation that changed, was added or was removed: in the new report's rule order,
    /// then the removed ones in the old report's order. Unchanged obligations are only counted.
    pub changes: Vec<ObligationChange>,
    /// What the reader should know about the comparison itself, such as two reports about
    /// different States (absent when nothing).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub warnings: Vec<String>,
}

/// One of the two reports compared, as its header and summary describe it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct ReportSide {
    /// The rule set the report comes from.
    pub ruleset: RulesetInfo,
    /// The profile the report is about.
    pub profile: ProfileInfo,
    /// The report's evaluation date (`YYYY-MM-DD`).
    pub as_of: String,
    /// The report's own summary counts.
    pub summary: Counts,
}

/// How many obligations fall under each kind of change.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct ChangeCounts {
    /// Obligations whose verdict (or, with the verdict unchanged, deadline status) got better.
    pub improved: usize,
    /// Obligations whose verdict (or, with the verdict unchanged, deadline status) got worse.
    pub regressed: usize,
    /// Obligations that changed in a way that is neither better nor worse.
    pub changed: usize,
    /// Obligations of the new report that the old one lacks.
    pub added: usize,
    /// Obligations of the old report that the new one lacks.
    pub removed: usize,
    /// Obligations of both reports whose verdict, range, reason, deadline status and exception
    /// are the same.
    pub unchanged: usize,
}

/// How an obligation changed between the two reports.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum ChangeMark {
    /// Better: see `docs/diff.md` for the order of verdicts and deadline statuses.
    Improved,
    /// Worse, by the same order.
    Regressed,
    /// Different, but neither better nor worse (for example to or from `not_applicable`).
    Changed,
    /// Only in the new report.
    Added,
    /// Only in the old report.
    Removed,
}

impl ChangeMark {
    /// Every mark, in the order the summary counts them.
    pub const ALL: [ChangeMark; 5] = [
        ChangeMark::Improved,
        ChangeMark::Regressed,
        ChangeMark::Changed,
        ChangeMark::Added,
        ChangeMark::Removed,
    ];

    /// The mark as the diff writes it, e.g. `regressed`.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeMark::Improved => "improved",
            ChangeMark::Regressed => "regressed",
            ChangeMark::Changed => "changed",
            ChangeMark::Added => "added",
            ChangeMark::Removed => "removed",
        }
    }
}

impl ChangeCounts {
    /// How many obligations carry `mark`.
    pub fn of(&self, mark: ChangeMark) -> usize {
        match mark {
            ChangeMark::Improved => self.improved,
            ChangeMark::Regressed => self.regressed,
            ChangeMark::Changed => self.changed,
            ChangeMark::Added => self.added,
            ChangeMark::Removed => self.removed,
        }
    }

    /// Counts one more obligation with `mark`.
    pub fn add(&mut self, mark: ChangeMark) {
        match mark {
            ChangeMark::Improved => self.improved += 1,
            ChangeMark::Regressed => self.regressed += 1,
            ChangeMark::Changed => self.changed += 1,
            ChangeMark::Added => self.added += 1,
            ChangeMark::Removed => self.removed += 1,
        }
    }
}

/// Which part of an obligation's result differs between the two reports.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum ChangedPart {
    /// The verdict.
    Verdict,
    /// The range of an `unknown` verdict.
    Range,
    /// Why a `not_applicable` verdict does not apply.
    Reason,
    /// The deadline status.
    Deadline,
    /// The exception invoked, its justification, source or review.
    Exception,
}

impl ChangedPart {
    /// The part as the diff writes it, e.g. `deadline`.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangedPart::Verdict => "verdict",
            ChangedPart::Range => "range",
            ChangedPart::Reason => "reason",
            ChangedPart::Deadline => "deadline",
            ChangedPart::Exception => "exception",
        }
    }
}

/// One obligation that changed, was added or removed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct ObligationChange {
    /// Which obligation (as the new report describes it; as the old one does when removed).
    #[serde(flatten)]
    #[cfg_attr(feature = "typescript", tsify(type = "ObligationIdentity"))]
    pub obligation: Arc<ObligationIdentity>,
    /// Better, worse, otherwise changed, added or removed.
    pub mark: ChangeMark,
    /// The parts of the result that differ, in the order verdict, range, reason, deadline,
    /// exception (empty when added or removed).
    pub parts: Vec<ChangedPart>,
    /// The result in the old report; absent when the obligation was added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub old: Option<ResultState>,
    /// The result in the new report; absent when the obligation was removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub new: Option<ResultState>,
    /// The facts the obligation read whose value, status or sources differ, or that one report
    /// read and the other did not, sorted by pointer (empty when added or removed).
    pub facts: Vec<FactChange>,
}

/// An obligation's result in one report, without its explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct ResultState {
    /// The verdict.
    pub verdict: Verdict,
    /// For an `unknown` verdict: the verdicts still possible (absent otherwise).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub range: Vec<Verdict>,
    /// For a `not_applicable` verdict: why (absent otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub reason: Option<NotApplicableReason>,
    /// The deadline and where the obligation stands against it.
    pub deadline: DeadlineResult,
    /// The exception invoked, with its review (absent when none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub exception: Option<ExceptionUse>,
}

/// A fact behind a changed obligation, as each report read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct FactChange {
    /// JSON pointer into the profile.
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub pointer: Arc<str>,
    /// What differs: `value`, `status`, `sources`, or `read` when only one report read it.
    pub parts: Vec<FactPart>,
    /// The fact in the old report; absent when only the new one read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub old: Option<FactState>,
    /// The fact in the new report; absent when only the old one read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub new: Option<FactState>,
}

/// Which part of a fact differs between the two reports.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum FactPart {
    /// Only one of the reports read the fact.
    Read,
    /// The status (`known`, `missing`, `unknown`, …).
    Status,
    /// The value written.
    Value,
    /// The sources given.
    Sources,
}

impl FactPart {
    /// The part as the diff writes it, e.g. `sources`.
    pub fn as_str(self) -> &'static str {
        match self {
            FactPart::Read => "read",
            FactPart::Status => "status",
            FactPart::Value => "value",
            FactPart::Sources => "sources",
        }
    }
}

/// A fact as one report read it (see `FactRead`); its note is shown, not compared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct FactState {
    /// `known`, `missing`, or the status the profile gave.
    pub status: String,
    /// The value written in the profile (absent when none is written).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(type = "unknown"))]
    pub value: Option<Json>,
    /// Where the fact comes from, as written (absent when not given).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", tsify(optional, type = "unknown[]"))]
    pub sources: Vec<Json>,
    /// The note of the fact's envelope, as written (absent when none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(type = "unknown"))]
    pub note: Option<Json>,
}
