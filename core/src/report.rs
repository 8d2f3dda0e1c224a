//! The report model: one versioned structure, serialised as stable JSON and rendered by the
//! CLI and the bindings. Field order is declaration order; lists are in rule order or sorted,
//! so the same inputs give byte-identical output.

use std::sync::Arc;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

pub mod jurisdictions;
pub mod tallies;
pub mod words;

pub use jurisdictions::{
    InForce, JurisdictionInfo, JurisdictionResult, JurisdictionTally, MetOnBasis,
};
pub use tallies::{BulletCounts, bullet_verdict};

/// The format marker of this version of the report, written in its `report` field.
pub const REPORT_FORMAT: &str = "lexpact/report/v2";

/// The JSON Schema of the report, generated from these types so that it cannot drift.
pub fn report_schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(Report);
    schema.insert(
        "$id".to_string(),
        serde_json::Value::String("urn:lexpact:schema:report:v2".to_string()),
    );
    schema.to_value()
}

/// An obligation's verdict on a profile, decided by the exception invoked and its `applies when`,
/// `require` and `partial when` conditions, each true, false or unknown.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The obligation applies (`applies when` true or absent) and `require` is true.
    Met,
    /// The obligation applies and `require` is false, but `partial when` is true.
    PartiallyMet,
    /// The obligation applies, `require` is false, and `partial when` is false or absent.
    NotMet,
    /// A deciding condition is unknown: the result's `missing` facts would settle it.
    Unknown,
    /// `applies when` is false, or the profile invokes the obligation's exception with a
    /// justification that a review accepted (see `NotApplicableReason`).
    NotApplicable,
}

impl Verdict {
    /// Every verdict, in the order the report counts them.
    pub const ALL: [Verdict; 5] = [
        Verdict::Met,
        Verdict::PartiallyMet,
        Verdict::NotMet,
        Verdict::Unknown,
        Verdict::NotApplicable,
    ];

    /// The verdict as reports and rule tests write it, e.g. `partially_met`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Met => "met",
            Verdict::PartiallyMet => "partially_met",
            Verdict::NotMet => "not_met",
            Verdict::Unknown => "unknown",
            Verdict::NotApplicable => "not_applicable",
        }
    }

    /// The verdict written `word` (as `as_str` gives it), or `None`.
    pub fn parse(word: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.as_str() == word)
    }
}

/// Where an obligation stands against its deadline on the evaluation date (`as_of`), given its
/// verdict and the date its `met on` clause reads.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum DeadlineStatus {
    /// The obligation has no deadline, or does not apply.
    None,
    /// Not met, partially met or unknown, and the due date has not passed on `as_of`.
    NotDue,
    /// Met by the due date (`end_of_window` reading when only inside its window), or met with no
    /// `met on` clause while the due date has not passed.
    OnTime,
    /// Met, but on a `met on` date after the due date.
    Late,
    /// Not met or only partially met, or `unknown` with a range of only those two, and the due
    /// date has passed on `as_of`.
    Overdue,
    /// Cannot be told: met on an unknown date, met with no `met on` after the due date, or an
    /// `unknown` verdict that could still be `met` (or not apply) after the due date.
    Unknown,
}

impl DeadlineStatus {
    /// Every deadline status, in declaration order.
    pub const ALL: [DeadlineStatus; 6] = [
        DeadlineStatus::None,
        DeadlineStatus::NotDue,
        DeadlineStatus::OnTime,
        DeadlineStatus::Late,
        DeadlineStatus::Overdue,
        DeadlineStatus::Unknown,
    ];

    /// The status as reports and rule tests write it, e.g. `not_due`.
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

    /// The status written `word` (as `as_str` gives it), or `None`.
    pub fn parse(word: &str) -> Option<DeadlineStatus> {
        DeadlineStatus::ALL.into_iter().find(|v| v.as_str() == word)
    }
}

/// What a rule set says of one profile on one date: every obligation's verdict, deadline status,
/// missing facts and explanation, with counts overall and by group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct Report {
    /// The format marker, `lexpact/report/v2`.
    pub report: String,
    /// The rule set applied.
    pub ruleset: RulesetInfo,
    /// The profile evaluated.
    pub profile: ProfileInfo,
    /// The evaluation date (`YYYY-MM-DD`) deadlines are judged on: the caller's, or else the
    /// profile's own `as_of`.
    pub as_of: String,
    /// Verdicts and deadline statuses counted over every obligation.
    pub summary: Counts,
    /// The same counts for each group of obligations, sorted by group name.
    pub groups: Vec<GroupSummary>,
    /// One result per obligation of the rule set, in rule order.
    pub results: Vec<ObligationResult>,
    /// Problems with the profile as a whole that did not stop the evaluation, such as an
    /// exception invoked for an obligation the rule set does not have (absent when none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub warnings: Vec<String>,
}

/// The rule set a report comes from, as its `ruleset` declaration names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct RulesetInfo {
    /// The name the `ruleset` declaration gives; without one, the first file's name without `.lex`.
    pub name: String,
    /// The `version` the `ruleset` declaration gives; empty when it gives none.
    pub version: String,
}

/// The profile a report is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct ProfileInfo {
    /// The name the caller gave the profile (usually its file).
    pub name: String,
    /// `state.name` of the profile, when it has one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub state: Option<String>,
    /// The sub-national jurisdictions the profile names, in its order; absent for a profile
    /// without any.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub jurisdictions: Vec<JurisdictionInfo>,
}

/// How many obligations got each verdict, and how many are late or overdue.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct Counts {
    /// Obligations counted; each has exactly one of the five verdicts below.
    pub total: usize,
    /// Obligations whose verdict is `met`.
    pub met: usize,
    /// Obligations whose verdict is `partially_met`.
    pub partially_met: usize,
    /// Obligations whose verdict is `not_met`.
    pub not_met: usize,
    /// Obligations whose verdict is `unknown`.
    pub unknown: usize,
    /// Obligations whose verdict is `not_applicable`.
    pub not_applicable: usize,
    /// Of the `not_applicable` ones, those whose `applies when` is false (the State is not
    /// concerned).
    pub not_applicable_applies_when: usize,
    /// Of the `not_applicable` ones, those for which the State invoked an exception that a
    /// review accepted.
    pub not_applicable_exception: usize,
    /// Obligations met after their deadline (deadline status `late`).
    pub late: usize,
    /// Obligations not met, or only partially, after their deadline (deadline status `overdue`).
    pub overdue: usize,
    /// The `unknown` ones by the range of verdicts their missing facts still allow, one entry
    /// per range met, sorted by range. Absent when no verdict is unknown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub ranges: Vec<RangeCount>,
    /// The same verdicts counted by bullet of the text: the obligations that share a `cite`
    /// count once, with the verdict `bullet_verdict` gives them (`docs/language.md`,
    /// "Verdicts").
    #[serde(default)]
    pub bullets: BulletCounts,
    /// The distinct missing facts (pointers in the results' `missing`), counted by their
    /// status: `absent`, or the status the profile gave (`unknown`, `not_assessed`, …).
    /// Absent when no fact is missing. The statuses in the order they are first met (rule
    /// order); a JSON object (each count a number) rather than a typed map, which keeps the
    /// WebAssembly package light.
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    #[schemars(with = "std::collections::BTreeMap<String, usize>")]
    #[cfg_attr(
        feature = "typescript",
        tsify(optional, type = "Record<string, number>")
    )]
    pub missing_by_status: serde_json::Map<String, Json>,
}

impl Counts {
    /// Counts one more obligation, from its result.
    pub fn add(&mut self, result: &ObligationResult) {
        self.total += 1;
        match result.verdict {
            Verdict::Met => self.met += 1,
            Verdict::PartiallyMet => self.partially_met += 1,
            Verdict::NotMet => self.not_met += 1,
            Verdict::Unknown => self.unknown += 1,
            Verdict::NotApplicable => self.not_applicable += 1,
        }
        match result.reason {
            Some(NotApplicableReason::AppliesWhen) => self.not_applicable_applies_when += 1,
            Some(NotApplicableReason::Exception) => self.not_applicable_exception += 1,
            None => {}
        }
        match result.deadline.status {
            DeadlineStatus::Late => self.late += 1,
            DeadlineStatus::Overdue => self.overdue += 1,
            _ => {}
        }
        if !result.range.is_empty() {
            // A handful of ranges: one met before is found by equality, which costs less than
            // ordering; a new one goes to its place in the order.
            if let Some(entry) = self.ranges.iter_mut().find(|c| c.range == result.range) {
                entry.count += 1;
            } else {
                let at = self
                    .ranges
                    .partition_point(|c| c.range.as_slice() < result.range.as_slice());
                self.ranges.insert(
                    at,
                    RangeCount {
                        range: result.range.clone(),
                        count: 1,
                    },
                );
            }
        }
    }

    /// How many obligations got `verdict`.
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

/// How many `unknown` verdicts have one range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct RangeCount {
    /// The verdicts allowed, as in `ObligationResult::range`.
    pub range: Vec<Verdict>,
    /// How many `unknown` verdicts have this range.
    pub count: usize,
}

/// Why a verdict is `not_applicable`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum NotApplicableReason {
    /// `applies when` is false: the State is not concerned (for example, not a member).
    AppliesWhen,
    /// The State invoked a qualifier of the text, and a review accepted the invocation.
    Exception,
}

impl NotApplicableReason {
    /// The reason as reports write it, e.g. `applies_when`.
    pub fn as_str(self) -> &'static str {
        match self {
            NotApplicableReason::AppliesWhen => "applies_when",
            NotApplicableReason::Exception => "exception",
        }
    }
}

/// The counts of one group of obligations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct GroupSummary {
    /// The group, as the obligations' `group` clause names it (empty for those without one).
    pub group: String,
    /// The verdicts and deadline statuses of the group's obligations.
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
    /// The obligation's `weight` (1 unless its rule gives one), for consumers that score results.
    pub weight: f64,
    /// The obligation's verdict on this profile.
    pub verdict: Verdict,
    /// For an `unknown` verdict only: every verdict that some truth values of its unknown
    /// conditions still give, in the order `not_applicable` (named when `applies when` is
    /// itself unknown), `not_met`, `partially_met`, `met` (`docs/language.md`, "Ranges").
    /// Absent on every other verdict.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub range: Vec<Verdict>,
    /// For a `not_applicable` verdict only: why it does not apply. Absent on every other verdict.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub reason: Option<NotApplicableReason>,
    /// The obligation's deadline and where it stands against it (status `none` without a deadline).
    pub deadline: DeadlineResult,
    /// The exception the profile invokes for this obligation, with its review: it makes the
    /// obligation `not_applicable` only when the review accepted it, and is shown beside the
    /// verdict otherwise. Absent when none is invoked or the invocation is ignored (see
    /// `warnings`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub exception: Option<ExceptionUse>,
    /// JSON pointers of the facts that would settle an `unknown` verdict (or deadline status).
    #[cfg_attr(feature = "typescript", tsify(type = "string[]"))]
    pub missing: Vec<Arc<str>>,
    /// The status of each fact of `missing`, in the same order: `absent` (not in the profile,
    /// or null), or the status the profile gave it (`unknown`, `not_assessed`, `contested`,
    /// …; `not_in_force` for a history with no entry in force on the evaluation date;
    /// `invalid` for a value of another type than the rules read). Absent when `missing` is.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub missing_status: Vec<String>,
    /// Every fact read, sorted by pointer, with its value and source.
    pub facts: Vec<FactRead>,
    /// One tree per clause that was evaluated.
    pub explanation: Vec<ClauseExplanation>,
    /// What was ignored in the profile's part for this obligation, such as an exception invoked
    /// without a justification (absent when nothing was).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub warnings: Vec<String>,
    /// For an obligation evaluated `in each jurisdiction` on a profile that names jurisdictions:
    /// each unit's own result, in the profile's order; the verdict above aggregates them
    /// (`docs/language.md`, "Jurisdictions"). Absent otherwise.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub jurisdictions: Vec<JurisdictionResult>,
    /// With `jurisdictions`: how many units got each verdict ("met in `met` of `applicable`
    /// jurisdictions"). Absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub tally: Option<JurisdictionTally>,
}

/// What identifies an obligation in a report: its id, title, citation of the text, group
/// and the text itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct ObligationIdentity {
    /// The obligation's id, unique in its rule set; the key a profile's `exceptions` use.
    pub id: String,
    /// A short name for people, from the `title` clause.
    pub title: String,
    /// Where the obligation stands in the text, e.g. `C.1(a)-4`, from the `cite` clause.
    pub cite: String,
    /// The section results are grouped by, from the `group` clause; empty without one.
    pub group: String,
    /// The quoted sentence of the instrument, from the `text` clause; empty without one.
    pub text: String,
    /// Indicators of other monitoring schemes that measure the same thing, each `SCHEME:ID`
    /// (`icmec:1`, `lanzarote:18`), from the `indicator` clauses in the order written. Absent
    /// without one.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub indicators: Vec<String>,
    /// Passages the obligation rests on that the text marks as late amendments, quoted, from
    /// the `amended` clauses in the order written. Absent without one.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub amendments: Vec<String>,
}

/// An obligation's deadline, if it has one, and where it stands against it on the evaluation date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct DeadlineResult {
    /// Where the obligation stands against its deadline.
    pub status: DeadlineStatus,
    /// The start of the deadline window (`YYYY-MM-DD`), for a rule written `deadline FROM to DUE`;
    /// absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub from: Option<String>,
    /// The due date (`YYYY-MM-DD`); absent when the obligation has no deadline.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub due: Option<String>,
    /// The date the obligation was met (`YYYY-MM-DD`), read through its `met on` clause; absent
    /// unless it is `met` and that date is known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub met_on: Option<String>,
    /// `end_of_window` when met inside a deadline window: on time only under its latest reading.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub reading: Option<String>,
    /// Where `met_on` comes from; absent when there is no `met_on`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub met_on_basis: Option<MetOnBasis>,
    /// For a rule written `deadline FROM to DUE` that applies: the evaluation date is inside
    /// the window (after FROM, not after DUE), so the obligation is judged by the window's
    /// end, not by FROM. Absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub in_window: bool,
}

/// An exception the profile invokes for an obligation, with a justification, and where its
/// review stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct ExceptionUse {
    /// The qualifier of the text, e.g. "where appropriate".
    pub qualifier: String,
    /// Why the State invokes it, as the profile gives it (trimmed; never empty).
    pub justification: String,
    /// The `source` object the profile gives for the invocation, as written; absent when it gives
    /// none.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "typescript", tsify(type = "unknown"))]
    pub source: Option<Json>,
    /// Where the review of the invocation stands: only `accepted` makes the obligation
    /// `not_applicable`.
    pub review: ExceptionReview,
}

/// The review of an invoked exception, as the profile records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct ExceptionReview {
    /// `accepted`, `contested`, `pending`, or `unreviewed` when the profile records no review.
    pub status: ReviewStatus,
    /// Who reviewed the invocation, as written; absent when not given.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub by: Option<String>,
    /// When (`YYYY-MM-DD`), as written; absent when not given.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub date: Option<String>,
    /// The reviewer's note, as written; absent when not given.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub note: Option<String>,
}

/// Where the review of an invoked exception stands.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum ReviewStatus {
    /// A reviewer accepted the invocation: the obligation is `not_applicable`, reason `exception`.
    Accepted,
    /// A reviewer contested it: the obligation is evaluated as if it had not been invoked.
    Contested,
    /// A review is under way: the obligation is evaluated as usual.
    Pending,
    /// No review is recorded: the obligation is evaluated as usual.
    Unreviewed,
}

impl ReviewStatus {
    /// The status as reports and profiles write it, e.g. `contested`.
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewStatus::Accepted => "accepted",
            ReviewStatus::Contested => "contested",
            ReviewStatus::Pending => "pending",
            ReviewStatus::Unreviewed => "unreviewed",
        }
    }
}

/// One fact an obligation's conditions read, as the profile gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct FactRead {
    /// JSON pointer into the profile.
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub pointer: Arc<str>,
    /// `known`, `missing` (absent or null), or the status the profile gave (`unknown`, `not_assessed`, …).
    pub status: String,
    /// The value written in the profile, shown even when its status keeps it from the rules; absent
    /// when none is written, and for an object of the profile.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "typescript", tsify(type = "unknown"))]
    pub value: Option<Json>,
    /// Where the fact comes from, in order: the envelope's `source`, then each of its
    /// `sources`, as written; absent for a plain value or an envelope without either.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    #[cfg_attr(feature = "typescript", tsify(optional, type = "unknown[]"))]
    pub sources: Vec<Json>,
    /// The `note` of the fact's envelope, as written; absent for a plain value or an envelope
    /// without one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "typescript", tsify(type = "unknown"))]
    pub note: Option<Json>,
    /// For a fact with a history: the entry read, in force on the evaluation date; absent for
    /// a fact without one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub in_force: Option<InForce>,
}

/// How one clause of an obligation was evaluated: the clause, and the tree of its expression.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct ClauseExplanation {
    /// `applies when`, `require`, `partial when` or `met on`.
    pub clause: String,
    /// The clause's expression, evaluated (its fields stand beside `clause` in the JSON).
    #[serde(flatten)]
    pub node: Explanation,
}

/// One evaluated sub-expression: its source text, its value (`null` when unknown) and how it
/// was reached.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct Explanation {
    /// The sub-expression in canonical rule text; the use of a definition as written, by its name.
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub expr: Arc<str>,
    /// Its value as JSON (a date as `YYYY-MM-DD`); `null` when unknown.
    #[cfg_attr(feature = "typescript", tsify(type = "unknown"))]
    pub value: Json,
    /// Whether the value is known; `false` for unknown.
    pub known: bool,
    /// The fact's pointer, for a node that reads one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "typescript", tsify(optional, type = "string"))]
    pub fact: Option<Arc<str>>,
    /// The operands, list items or definition body evaluated for this node, in evaluation order;
    /// absent when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub children: Vec<Explanation>,
    /// Some of the node's children were left out: the obligation's explanation budget
    /// (`max_explanation_nodes`) ran out. Absent when nothing was left out.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub truncated: bool,
}
