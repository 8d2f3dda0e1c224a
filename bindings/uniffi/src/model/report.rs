//! The report of one profile and the result of each obligation.

use lexpact_core::report;

use super::verdicts::verdicts;
use super::{
    ClauseExplanation, DeadlineResult, FactRead, JurisdictionInfo, JurisdictionResult,
    JurisdictionTally, NotApplicableReason, ReviewStatus, Verdict, count, json_text,
};

/// The report of one profile: the same content as the JSON report (`lexpact/report/v2`).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Report {
    /// The format marker, `lexpact/report/v2`.
    pub report: String,
    pub ruleset: RulesetInfo,
    pub profile: ProfileInfo,
    pub as_of: String,
    pub summary: Counts,
    pub groups: Vec<GroupSummary>,
    pub results: Vec<ObligationResult>,
    /// Problems with the profile as a whole that did not stop the evaluation, one line each,
    /// such as an exception invoked for an obligation the rule set does not have (empty when
    /// none; the JSON report then omits the field).
    pub warnings: Vec<String>,
}

impl From<report::Report> for Report {
    fn from(r: report::Report) -> Self {
        Report {
            report: r.report,
            ruleset: r.ruleset.into(),
            profile: r.profile.into(),
            as_of: r.as_of,
            summary: r.summary.into(),
            groups: r
                .groups
                .into_iter()
                .map(|g| GroupSummary {
                    group: g.group,
                    counts: g.counts.into(),
                })
                .collect(),
            results: r.results.into_iter().map(Into::into).collect(),
            warnings: r.warnings,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RulesetInfo {
    pub name: String,
    pub version: String,
}

impl From<report::RulesetInfo> for RulesetInfo {
    fn from(r: report::RulesetInfo) -> Self {
        RulesetInfo {
            name: r.name,
            version: r.version,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ProfileInfo {
    /// The name the caller gave the profile.
    pub name: String,
    /// `state.name` of the profile, when it has one.
    pub state: Option<String>,
    /// The sub-national jurisdictions the profile names, in its order (empty for a profile
    /// without any; the JSON report then omits the field).
    pub jurisdictions: Vec<JurisdictionInfo>,
}

impl From<report::ProfileInfo> for ProfileInfo {
    fn from(p: report::ProfileInfo) -> Self {
        ProfileInfo {
            name: p.name,
            state: p.state,
            jurisdictions: p.jurisdictions.into_iter().map(Into::into).collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Counts {
    pub total: u64,
    pub met: u64,
    pub partially_met: u64,
    pub not_met: u64,
    pub unknown: u64,
    pub not_applicable: u64,
    /// Of the `not_applicable` ones, those whose `applies when` is false.
    pub not_applicable_applies_when: u64,
    /// Of the `not_applicable` ones, those whose invoked exception a review accepted.
    pub not_applicable_exception: u64,
    /// Obligations met after their deadline.
    pub late: u64,
    /// Obligations still not met after their deadline.
    pub overdue: u64,
    /// The `unknown` ones by their range, one entry per range met, sorted by range (empty when
    /// no verdict is unknown; the JSON report then omits the field).
    pub ranges: Vec<RangeCount>,
    /// The same verdicts counted by bullet of the text (obligations sharing a cite count once).
    pub bullets: BulletCounts,
    /// The distinct missing facts by status, in the order first met (empty when no fact is missing;
    /// the JSON report then omits the field).
    pub missing_by_status: Vec<StatusCount>,
}

/// How many bullets of the text got each verdict.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct BulletCounts {
    pub total: u64,
    pub met: u64,
    pub partially_met: u64,
    pub not_met: u64,
    pub unknown: u64,
    pub not_applicable: u64,
}

impl From<report::BulletCounts> for BulletCounts {
    fn from(b: report::BulletCounts) -> Self {
        BulletCounts {
            total: count(b.total),
            met: count(b.met),
            partially_met: count(b.partially_met),
            not_met: count(b.not_met),
            unknown: count(b.unknown),
            not_applicable: count(b.not_applicable),
        }
    }
}

/// How many distinct missing facts have one status (`absent`, `not_assessed`, …).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct StatusCount {
    pub status: String,
    pub count: u64,
}

impl From<report::Counts> for Counts {
    fn from(c: report::Counts) -> Self {
        Counts {
            total: count(c.total),
            met: count(c.met),
            partially_met: count(c.partially_met),
            not_met: count(c.not_met),
            unknown: count(c.unknown),
            not_applicable: count(c.not_applicable),
            not_applicable_applies_when: count(c.not_applicable_applies_when),
            not_applicable_exception: count(c.not_applicable_exception),
            late: count(c.late),
            overdue: count(c.overdue),
            ranges: c
                .ranges
                .into_iter()
                .map(|r| RangeCount {
                    range: verdicts(r.range),
                    count: count(r.count),
                })
                .collect(),
            bullets: c.bullets.into(),
            missing_by_status: c
                .missing_by_status
                .into_iter()
                .map(|(status, n)| StatusCount {
                    status,
                    count: n.as_u64().unwrap_or(0),
                })
                .collect(),
        }
    }
}

/// How many `unknown` verdicts have one range.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RangeCount {
    /// The verdicts still possible, as in `ObligationResult.range`.
    pub range: Vec<Verdict>,
    pub count: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct GroupSummary {
    pub group: String,
    pub counts: Counts,
}

/// The verdict on one obligation, with what it rests on.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ObligationResult {
    pub id: String,
    pub title: String,
    pub cite: String,
    pub group: String,
    pub text: String,
    /// Indicators of other monitoring schemes that measure the same thing (`icmec:1`), from
    /// the rule's `indicator` clauses; empty without one.
    pub indicators: Vec<String>,
    /// Passages the obligation rests on that the text marks as late amendments, from the
    /// rule's `amended` clauses; empty without one.
    pub amendments: Vec<String>,
    pub weight: f64,
    pub verdict: Verdict,
    /// For an `unknown` verdict only: every verdict some truth values of its unknown conditions
    /// still give, in the order `not_applicable`, `not_met`, `partially_met`, `met`. Empty on
    /// every other verdict.
    pub range: Vec<Verdict>,
    /// For a `not_applicable` verdict only: why it does not apply.
    pub reason: Option<NotApplicableReason>,
    pub deadline: DeadlineResult,
    /// The exception the profile invokes for this obligation, with its review; it makes the
    /// obligation `not_applicable` only when the review accepted it.
    pub exception: Option<ExceptionUse>,
    /// JSON pointers of the facts that would settle an `unknown` verdict (or deadline status).
    pub missing: Vec<String>,
    /// The status of each of `missing`, in the same order: `absent` (not in the profile, or
    /// null), or the status the profile gave (`unknown`, `not_assessed`, `contested`, …,
    /// `not_in_force`).
    pub missing_status: Vec<String>,
    /// Every fact read, sorted by pointer.
    pub facts: Vec<FactRead>,
    /// One tree per clause that was evaluated.
    pub explanation: Vec<ClauseExplanation>,
    pub warnings: Vec<String>,
    /// For an obligation evaluated `in each jurisdiction` on a profile that names
    /// jurisdictions: each unit's own result, in the profile's order; the verdict above
    /// aggregates them. Empty otherwise.
    pub jurisdictions: Vec<JurisdictionResult>,
    /// With `jurisdictions`: how many units got each verdict ("met in `met` of `applicable`
    /// jurisdictions").
    pub tally: Option<JurisdictionTally>,
}

impl From<report::ObligationResult> for ObligationResult {
    fn from(r: report::ObligationResult) -> Self {
        let identity = std::sync::Arc::unwrap_or_clone(r.obligation);
        ObligationResult {
            id: identity.id,
            title: identity.title,
            cite: identity.cite,
            group: identity.group,
            text: identity.text,
            indicators: identity.indicators,
            amendments: identity.amendments,
            weight: r.weight,
            verdict: r.verdict.into(),
            range: verdicts(r.range),
            reason: r.reason.map(Into::into),
            deadline: r.deadline.into(),
            exception: r.exception.map(|e| ExceptionUse {
                qualifier: e.qualifier,
                justification: e.justification,
                source: e.source.as_ref().map(json_text),
                review: ExceptionReview {
                    status: e.review.status.into(),
                    by: e.review.by,
                    date: e.review.date,
                    note: e.review.note,
                },
            }),
            missing: r.missing.iter().map(ToString::to_string).collect(),
            missing_status: r.missing_status,
            facts: r.facts.into_iter().map(Into::into).collect(),
            explanation: r.explanation.into_iter().map(Into::into).collect(),
            warnings: r.warnings,
            jurisdictions: r.jurisdictions.into_iter().map(Into::into).collect(),
            tally: r.tally.map(Into::into),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ExceptionUse {
    /// The qualifier of the text, e.g. "where appropriate".
    pub qualifier: String,
    pub justification: String,
    /// The source the profile gives, as JSON text.
    pub source: Option<String>,
    /// Where the review of the invocation stands.
    pub review: ExceptionReview,
}

/// The review of an invoked exception, as the profile records it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ExceptionReview {
    /// `unreviewed` when the profile records no review.
    pub status: ReviewStatus,
    /// Who reviewed the invocation.
    pub by: Option<String>,
    /// When (`YYYY-MM-DD`), as written.
    pub date: Option<String>,
    pub note: Option<String>,
}
