//! The units of a federal State: those a profile names, each unit's own result for an
//! obligation evaluated `in each jurisdiction`, and the tally of their verdicts.

use lexpact_core::report;

use super::verdicts::verdicts;
use super::{ClauseExplanation, DeadlineResult, FactRead, NotApplicableReason, Verdict, count};

/// A sub-national jurisdiction the profile names (`jurisdictions`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct JurisdictionInfo {
    /// The unit's `id`, unique in the profile, e.g. `north-shore`.
    pub id: String,
    /// The unit's name for people.
    pub name: String,
    /// The unit's `level` as the profile writes it (`province`, `state`, `territory`, …).
    pub level: Option<String>,
}

impl From<report::JurisdictionInfo> for JurisdictionInfo {
    fn from(j: report::JurisdictionInfo) -> Self {
        JurisdictionInfo {
            id: j.id,
            name: j.name,
            level: j.level,
        }
    }
}

/// One unit's result for an obligation evaluated `in each jurisdiction`: the obligation
/// evaluated over the unit's facts laid over the national ones.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct JurisdictionResult {
    /// The unit's `id`.
    pub id: String,
    pub name: String,
    pub level: Option<String>,
    /// The obligation's verdict in this unit.
    pub verdict: Verdict,
    /// For an `unknown` verdict only: the verdicts still possible in this unit.
    pub range: Vec<Verdict>,
    /// For a `not_applicable` verdict only: why.
    pub reason: Option<NotApplicableReason>,
    /// The deadline as it stands in this unit.
    pub deadline: DeadlineResult,
    /// JSON pointers of the facts that would settle this unit's unknown verdict: the unit's own
    /// (`/jurisdictions/N/facts/...`) or the national ones it falls back to.
    pub missing: Vec<String>,
    /// The status of each of `missing`, in the same order (`absent`, `not_assessed`, …).
    pub missing_status: Vec<String>,
    /// Every fact read for this unit, sorted by pointer.
    pub facts: Vec<FactRead>,
    /// One tree per clause evaluated for this unit.
    pub explanation: Vec<ClauseExplanation>,
}

impl From<report::JurisdictionResult> for JurisdictionResult {
    fn from(j: report::JurisdictionResult) -> Self {
        JurisdictionResult {
            id: j.id,
            name: j.name,
            level: j.level,
            verdict: j.verdict.into(),
            range: verdicts(j.range),
            reason: j.reason.map(Into::into),
            deadline: j.deadline.into(),
            missing: j.missing.iter().map(ToString::to_string).collect(),
            missing_status: j.missing_status,
            facts: j.facts.into_iter().map(Into::into).collect(),
            explanation: j.explanation.into_iter().map(Into::into).collect(),
        }
    }
}

/// How many units got each verdict: the numbers behind "met in 6 of 9 jurisdictions" (`met`
/// of `applicable`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct JurisdictionTally {
    /// Every unit but those whose verdict is `not_applicable`.
    pub applicable: u64,
    pub met: u64,
    pub partially_met: u64,
    pub not_met: u64,
    pub unknown: u64,
    /// Units where the obligation does not apply, left out of the aggregate.
    pub not_applicable: u64,
}

impl From<report::JurisdictionTally> for JurisdictionTally {
    fn from(t: report::JurisdictionTally) -> Self {
        JurisdictionTally {
            applicable: count(t.applicable),
            met: count(t.met),
            partially_met: count(t.partially_met),
            not_met: count(t.not_met),
            unknown: count(t.unknown),
            not_applicable: count(t.not_applicable),
        }
    }
}
