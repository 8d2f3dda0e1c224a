//! The report model: one versioned structure, serialised as stable JSON and rendered by the
//! CLI and the bindings. Field order is declaration order; lists are in rule order or sorted,
//! so the same inputs give byte-identical output.

use std::sync::Arc;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

pub const REPORT_FORMAT: &str = "lexpact/report/v1";

/// The JSON Schema of the report, generated from these types so that it cannot drift.
pub fn report_schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(Report);
    schema.insert(
        "$id".to_string(),
        serde_json::Value::String("urn:lexpact:schema:report:v1".to_string()),
    );
    schema.to_value()
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Met,
    PartiallyMet,
    NotMet,
    Unknown,
    NotApplicable,
}

impl Verdict {
    pub const ALL: [Verdict; 5] = [
        Verdict::Met,
        Verdict::PartiallyMet,
        Verdict::NotMet,
        Verdict::Unknown,
        Verdict::NotApplicable,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Met => "met",
            Verdict::PartiallyMet => "partially_met",
            Verdict::NotMet => "not_met",
            Verdict::Unknown => "unknown",
            Verdict::NotApplicable => "not_applicable",
        }
    }

    pub fn parse(word: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.as_str() == word)
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum DeadlineStatus {
    /// The obligation has no deadline, or does not apply.
    None,
    NotDue,
    OnTime,
    Late,
    Overdue,
    /// Cannot be told: met on an unknown date, met with no `met on` after the due date, or an
    /// `unknown` verdict after the due date.
    Unknown,
}

impl DeadlineStatus {
    pub const ALL: [DeadlineStatus; 6] = [
        DeadlineStatus::None,
        DeadlineStatus::NotDue,
        DeadlineStatus::OnTime,
        DeadlineStatus::Late,
        DeadlineStatus::Overdue,
        DeadlineStatus::Unknown,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DeadlineStatus::None => "none",
            DeadlineStatus::NotDue => "not_due",
            DeadlineStatus::OnTime => "on_time",
            DeadlineStatus::Late => "late",
            DeadlineStatus::Overdue => "overdue",
            DeadlineStatus::Unknown => "unknown",
        }
    }

    pub fn parse(word: &str) -> Option<DeadlineStatus> {
        DeadlineStatus::ALL.into_iter().find(|v| v.as_str() == word)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct Report {
    /// The format marker, `lexpact/report/v1`.
    pub report: String,
    pub ruleset: RulesetInfo,
    pub profile: ProfileInfo,
    pub as_of: String,
    pub summary: Counts,
    pub groups: Vec<GroupSummary>,
    pub results: Vec<ObligationResult>,
    /// Problems with the profile as a whole that did not stop the evaluation, such as an
    /// exception invoked for an obligation the rule set does not have (absent when none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct RulesetInfo {
    pub name: String,
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct ProfileInfo {
    /// The name the caller gave the profile (usually its file).
    pub name: String,
    /// `state.name` of the profile, when it has one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub state: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct Counts {
    pub total: usize,
    pub met: usize,
    pub partially_met: usize,
    pub not_met: usize,
    pub unknown: usize,
    pub not_applicable: usize,
    /// Deadline statuses: obligations met late, and obligations still not met after their deadline.
    pub late: usize,
    pub overdue: usize,
}

impl Counts {
    pub fn add(&mut self, verdict: Verdict, deadline: DeadlineStatus) {
        self.total += 1;
        match verdict {
            Verdict::Met => self.met += 1,
            Verdict::PartiallyMet => self.partially_met += 1,
            Verdict::NotMet => self.not_met += 1,
            Verdict::Unknown => self.unknown += 1,
            Verdict::NotApplicable => self.not_applicable += 1,
        }
        match deadline {
            DeadlineStatus::Late => self.late += 1,
            DeadlineStatus::Overdue => self.overdue += 1,
            _ => {}
        }
    }

    pub fn of(&self, verdict: Verdict) -> usize {
        match verdict {
            Verdict::Met => self.met,
            Verdict::PartiallyMet => self.partially_met,
            Verdict::NotMet => self.not_met,
            Verdict::Unknown => self.unknown,
            Verdict::NotApplicable => self.not_applicable,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct GroupSummary {
    pub group: String,
    pub counts: Counts,
}

/// One obligation's result on the profile: its verdict and deadline status, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct ObligationResult {
    /// Which obligation this is (its fields come first in the JSON). Shared with the rule
    /// set and every report of it, not copied: as are the pointers below.
    #[serde(flatten)]
    #[cfg_attr(feature = "typescript", tsify(type = "ObligationIdentity"))]
    pub obligation: Arc<ObligationIdentity>,
    pub weight: f64,
    pub verdict: Verdict,
    pub deadline: DeadlineResult,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub exception: Option<ExceptionUse>,
    /// JSON pointers of the facts that would settle an `unknown` verdict (or deadline status).
    #[cfg_attr(feature = "typescript", tsify(type = "string[]"))]
    pub missing: Vec<Arc<str>>,
    /// Every fact read, sorted by pointer, with its value and source.
    pub facts: Vec<FactRead>,
    /// One tree per clause that was evaluated.
    pub explanation: Vec<ClauseExplanation>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub warnings: Vec<String>,
}

/// What identifies an obligation in a report: its id, title, citation of the text, group
/// and the text itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct ObligationIdentity {
    pub id: String,
    pub title: String,
    pub cite: String,
    pub group: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct DeadlineResult {
    pub status: DeadlineStatus,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub due: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub met_on: Option<String>,
    /// `end_of_window` when met inside a deadline window: on time only under its latest reading.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub reading: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct ExceptionUse {
    /// The qualifier of the text, e.g. "where appropriate".
    pub qualifier: String,
    pub justification: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "typescript", tsify(type = "unknown"))]
    pub source: Option<Json>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct FactRead {
    /// JSON pointer into the profile.
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub pointer: Arc<str>,
    /// `known`, `missing` (absent or null), or the status the profile gave (`unknown`, `not_assessed`, …).
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "typescript", tsify(type = "unknown"))]
    pub value: Option<Json>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "typescript", tsify(type = "unknown"))]
    pub source: Option<Json>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "typescript", tsify(type = "unknown"))]
    pub note: Option<Json>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct ClauseExplanation {
    /// `applies when`, `require`, `partial when` or `met on`.
    pub clause: String,
    #[serde(flatten)]
    pub node: Explanation,
}

/// One evaluated sub-expression: its source text, its value (`null` when unknown) and how it
/// was reached.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct Explanation {
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub expr: Arc<str>,
    #[cfg_attr(feature = "typescript", tsify(type = "unknown"))]
    pub value: Json,
    pub known: bool,
    /// The fact's pointer, for a node that reads one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "typescript", tsify(optional, type = "string"))]
    pub fact: Option<Arc<str>>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub children: Vec<Explanation>,
    /// Some of the node's children were left out: the obligation's explanation budget
    /// (`max_explanation_nodes`) ran out. Absent when nothing was left out.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub truncated: bool,
}
