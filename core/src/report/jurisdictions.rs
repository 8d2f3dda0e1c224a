//! The parts of a report that federal States and facts with histories add: each unit's own
//! result, the units a profile names, the history entry a fact was read from, and how a
//! `met on` date was found.

use std::sync::Arc;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ClauseExplanation, DeadlineResult, FactRead, NotApplicableReason, Verdict};

/// A sub-national jurisdiction the profile names (`jurisdictions`), in the profile's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct JurisdictionInfo {
    /// The unit's `id`, unique in the profile, e.g. `north-shore`.
    pub id: String,
    /// The unit's name for people.
    pub name: String,
    /// The unit's `level` as the profile writes it (`province`, `state`, `territory`, …).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub level: Option<String>,
}

/// One unit's result for an obligation evaluated `in each jurisdiction`: the obligation
/// evaluated over the unit's facts laid over the national ones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct JurisdictionResult {
    /// The unit's `id`.
    pub id: String,
    /// The unit's name.
    pub name: String,
    /// The unit's `level`, when the profile gives one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub level: Option<String>,
    /// The obligation's verdict in this unit.
    pub verdict: Verdict,
    /// For an `unknown` verdict only: the verdicts still possible in this unit.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub range: Vec<Verdict>,
    /// For a `not_applicable` verdict only: why.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub reason: Option<NotApplicableReason>,
    /// The deadline as it stands in this unit (its own `met on`).
    pub deadline: DeadlineResult,
    /// JSON pointers of the facts that would settle this unit's unknown verdict: the unit's own
    /// (`/jurisdictions/N/facts/...`) or the national ones it falls back to.
    #[cfg_attr(feature = "typescript", tsify(type = "string[]"))]
    pub missing: Vec<Arc<str>>,
    /// The status of each fact of `missing`, in the same order, as in `ObligationResult`.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub missing_status: Vec<String>,
    /// Every fact read for this unit, sorted by pointer.
    pub facts: Vec<FactRead>,
    /// One tree per clause evaluated for this unit.
    pub explanation: Vec<ClauseExplanation>,
}

/// How many units got each verdict, for an obligation evaluated in each jurisdiction: the
/// numbers behind "met in 6 of 9 jurisdictions" (`met` of `applicable`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct JurisdictionTally {
    /// The units where the obligation applies or may apply: every unit but those whose
    /// verdict is `not_applicable`.
    pub applicable: usize,
    /// Units where it is met.
    pub met: usize,
    /// Units where it is partially met.
    pub partially_met: usize,
    /// Units where it is not met.
    pub not_met: usize,
    /// Units whose verdict is unknown.
    pub unknown: usize,
    /// Units where it does not apply, left out of the aggregate.
    pub not_applicable: usize,
}

impl JurisdictionTally {
    /// The tally of `units`' verdicts.
    pub fn of(units: &[JurisdictionResult]) -> JurisdictionTally {
        let mut tally = JurisdictionTally::default();
        for unit in units {
            let count = match unit.verdict {
                Verdict::Met => &mut tally.met,
                Verdict::PartiallyMet => &mut tally.partially_met,
                Verdict::NotMet => &mut tally.not_met,
                Verdict::Unknown => &mut tally.unknown,
                Verdict::NotApplicable => &mut tally.not_applicable,
            };
            *count += 1;
        }
        tally.applicable = units.len() - tally.not_applicable;
        tally
    }
}

/// The history entry a fact was read from: in force from `from` up to, but not including,
/// `until`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct InForce {
    /// The first day the entry is in force (`YYYY-MM-DD`); absent for an entry that holds
    /// from before the history's first date.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub from: Option<String>,
    /// The day it stops being in force (`YYYY-MM-DD`); absent while it still is.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub until: Option<String>,
}

/// Where a deadline's `met_on` date comes from.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum MetOnBasis {
    /// The rule's own `met on` clause.
    Clause,
    /// The histories of the facts `require` reads: the first day from which the whole
    /// requirement held without a break up to the evaluation date.
    History,
    /// As `History`, but the requirement was unknown just before that day: it was met on that
    /// day at the latest.
    HistoryAtTheLatest,
    /// An obligation evaluated in each jurisdiction: the latest of the units' dates, the day
    /// the last unit met it.
    Jurisdictions,
}

impl MetOnBasis {
    /// The basis as reports write it, e.g. `history_at_the_latest`.
    pub fn as_str(self) -> &'static str {
        match self {
            MetOnBasis::Clause => "clause",
            MetOnBasis::History => "history",
            MetOnBasis::HistoryAtTheLatest => "history_at_the_latest",
            MetOnBasis::Jurisdictions => "jurisdictions",
        }
    }
}
