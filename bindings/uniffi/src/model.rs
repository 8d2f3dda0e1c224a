//! The records and enums the bindings hand out: field-for-field mirrors of the core's report,
//! diagnostics, catalogue and test-run types, so that Kotlin, Swift and Python get typed values
//! instead of a JSON string. Conversions copy fields; JSON values of a profile (a fact's value,
//! sources or note, an exception's source, an explanation's value) travel as compact JSON text.

use lexpact_core::{catalogue, diagnostic, report, testing};
use serde_json::Value as Json;

/// Counts and positions cross the boundary as `u64` (`ULong`, `UInt64`, `int`).
fn count(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

fn json_text(value: &Json) -> String {
    value.to_string()
}

/// Limits cross the boundary as `u64`; a value above what this platform addresses saturates
/// (it could not be reached anyway).
fn size(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// Writes the `Limits` record from one list of fields: the foreign default of each field (what
/// `Limits()` gives in Kotlin, Python and Swift), the Rust `Default` written from the same
/// literals, and the conversions both ways. The conversions name every field of the
/// core's `Limits` in a struct literal, so a limit added to or removed from the core does not
/// compile here until it is mirrored; the tests below check the order and the defaults.
macro_rules! limits_record {
    ($( $(#[doc = $doc:tt])* $name:ident = $default:tt, )*) => {
        /// Explicit limits on every input, so that rule files or a profile from a stranger
        /// cannot make the engine use unbounded time, memory or stack: the core's `Limits`,
        /// field for field. `Limits()` has the defaults (as `default_limits()`); set only the
        /// fields you need: `Limits(maxDepth = 16uL)` in Kotlin, `Limits(max_depth=16)` in
        /// Python, `Limits(maxDepth: 16)` in Swift. `max_depth` and `max_expanded_depth` above
        /// 64 are refused (an `Argument` error naming the limit).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
        pub struct Limits {
            $(
                $(#[doc = $doc])*
                #[uniffi(default = $default)]
                pub $name: u64,
            )*
        }

        impl Default for Limits {
            fn default() -> Self {
                Limits { $($name: $default,)* }
            }
        }

        impl From<Limits> for lexpact_core::Limits {
            fn from(l: Limits) -> Self {
                lexpact_core::Limits { $($name: size(l.$name),)* }
            }
        }

        impl From<lexpact_core::Limits> for Limits {
            fn from(l: lexpact_core::Limits) -> Self {
                Limits { $($name: count(l.$name),)* }
            }
        }

        #[cfg(test)]
        impl Limits {
            /// The field names, in order.
            const FIELDS: &'static [&'static str] = &[$(stringify!($name),)*];
        }
    };
}

limits_record! {
    /// Bytes of one rule file, schema or profile.
    max_source_bytes = 4_194_304,
    /// Rule files in one rule set.
    max_files = 1_000,
    /// Nesting of brackets, quantifiers and operators in a rule, and of a profile document
    /// (at most 64).
    max_depth = 32,
    /// Obligations in one rule set.
    max_obligations = 10_000,
    /// Nodes of the whole rule set once every definition is expanded.
    max_expanded_nodes = 200_000,
    /// Nesting of the compiled rules once every definition is expanded (at most 64).
    max_expanded_depth = 64,
    /// Items of one list of a profile (and so of one list a quantifier or `in` may visit).
    max_list_len = 100_000,
    /// Explanation nodes kept per obligation; deeper detail is cut and marked.
    max_explanation_nodes = 2_000,
    /// Steps (expressions evaluated, list items visited) in one evaluation of one profile.
    max_evaluation_steps = 10_000_000,
}

/// One input file handed to a rule set: a `.lex` rule file, or a file the rules name (the
/// profile schema, a test's profile) under the path they name it by.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Source {
    pub name: String,
    pub text: String,
}

impl From<Source> for lexpact_core::Source {
    fn from(s: Source) -> Self {
        lexpact_core::Source::new(s.name, s.text)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Severity {
    Error,
    Warning,
}

impl From<diagnostic::Severity> for Severity {
    fn from(s: diagnostic::Severity) -> Self {
        match s {
            diagnostic::Severity::Error => Severity::Error,
            diagnostic::Severity::Warning => Severity::Warning,
        }
    }
}

/// What the checker, a loader or the evaluator says about an input. Its text (`toString()`,
/// `str()`, `description`) is one line: `file:line:column: severity code: message`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
#[uniffi::export(Debug, Display)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable code, e.g. `E0201` (see `docs/language.md`).
    pub code: String,
    pub message: String,
    /// The name of the source the position points into.
    pub file: String,
    /// 1-based line, 0 when the diagnostic has no position.
    pub line: u64,
    /// 1-based column in characters, 0 when the diagnostic has no position.
    pub column: u64,
    /// Byte range in the file, for editors that underline.
    pub span_start: u64,
    pub span_end: u64,
    pub help: Option<String>,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match (self.file.is_empty(), self.line) {
            (true, _) => write!(f, "{severity} {}: {}", self.code, self.message),
            (false, 0) => write!(
                f,
                "{}: {severity} {}: {}",
                self.file, self.code, self.message
            ),
            (false, line) => write!(
                f,
                "{}:{line}:{}: {severity} {}: {}",
                self.file, self.column, self.code, self.message
            ),
        }
    }
}

impl From<diagnostic::Diagnostic> for Diagnostic {
    fn from(d: diagnostic::Diagnostic) -> Self {
        Diagnostic {
            severity: d.severity.into(),
            code: d.code,
            message: d.message,
            file: d.file,
            line: count(d.line),
            column: count(d.column),
            span_start: count(d.span.start),
            span_end: count(d.span.end),
            help: d.help,
        }
    }
}

/// How much of a report `RuleSet.evaluate` computes (the core's `Detail`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, uniffi::Enum)]
pub enum Detail {
    /// Everything: verdicts, deadlines, missing facts, the facts read and the explanations.
    #[default]
    Full,
    /// The same report with every result's `facts` and `explanation` empty, much faster: for
    /// tables and dashboards (explain one obligation later with `RuleSet.explain_obligation`).
    Verdicts,
}

impl From<Detail> for lexpact_core::Detail {
    fn from(d: Detail) -> Self {
        match d {
            Detail::Full => lexpact_core::Detail::Full,
            Detail::Verdicts => lexpact_core::Detail::Verdicts,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Verdict {
    Met,
    PartiallyMet,
    NotMet,
    Unknown,
    NotApplicable,
}

impl From<report::Verdict> for Verdict {
    fn from(v: report::Verdict) -> Self {
        match v {
            report::Verdict::Met => Verdict::Met,
            report::Verdict::PartiallyMet => Verdict::PartiallyMet,
            report::Verdict::NotMet => Verdict::NotMet,
            report::Verdict::Unknown => Verdict::Unknown,
            report::Verdict::NotApplicable => Verdict::NotApplicable,
        }
    }
}

/// Why a verdict is `not_applicable`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum NotApplicableReason {
    /// `applies when` is false: the State is not concerned.
    AppliesWhen,
    /// The State invoked an exception, and a review accepted the invocation.
    Exception,
}

impl From<report::NotApplicableReason> for NotApplicableReason {
    fn from(r: report::NotApplicableReason) -> Self {
        match r {
            report::NotApplicableReason::AppliesWhen => NotApplicableReason::AppliesWhen,
            report::NotApplicableReason::Exception => NotApplicableReason::Exception,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum DeadlineStatus {
    /// The obligation has no deadline, or does not apply.
    None,
    NotDue,
    OnTime,
    Late,
    Overdue,
    /// Cannot be told (met on an unknown date, or unknown after the due date).
    Unknown,
}

impl From<report::DeadlineStatus> for DeadlineStatus {
    fn from(s: report::DeadlineStatus) -> Self {
        match s {
            report::DeadlineStatus::None => DeadlineStatus::None,
            report::DeadlineStatus::NotDue => DeadlineStatus::NotDue,
            report::DeadlineStatus::OnTime => DeadlineStatus::OnTime,
            report::DeadlineStatus::Late => DeadlineStatus::Late,
            report::DeadlineStatus::Overdue => DeadlineStatus::Overdue,
            report::DeadlineStatus::Unknown => DeadlineStatus::Unknown,
        }
    }
}

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
            ruleset: RulesetInfo {
                name: r.ruleset.name,
                version: r.ruleset.version,
            },
            profile: ProfileInfo {
                name: r.profile.name,
                state: r.profile.state,
            },
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

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ProfileInfo {
    /// The name the caller gave the profile.
    pub name: String,
    /// `state.name` of the profile, when it has one.
    pub state: Option<String>,
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

fn verdicts(range: Vec<report::Verdict>) -> Vec<Verdict> {
    range.into_iter().map(Into::into).collect()
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
    /// Every fact read, sorted by pointer.
    pub facts: Vec<FactRead>,
    /// One tree per clause that was evaluated.
    pub explanation: Vec<ClauseExplanation>,
    pub warnings: Vec<String>,
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
            weight: r.weight,
            verdict: r.verdict.into(),
            range: verdicts(r.range),
            reason: r.reason.map(Into::into),
            deadline: DeadlineResult {
                status: r.deadline.status.into(),
                from: r.deadline.from,
                due: r.deadline.due,
                met_on: r.deadline.met_on,
                reading: r.deadline.reading,
            },
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
            facts: r
                .facts
                .into_iter()
                .map(|f| FactRead {
                    pointer: f.pointer.to_string(),
                    status: f.status,
                    value: f.value.as_ref().map(json_text),
                    sources: f.sources.iter().map(json_text).collect(),
                    note: f.note.as_ref().map(json_text),
                })
                .collect(),
            explanation: r
                .explanation
                .into_iter()
                .map(|c| ClauseExplanation {
                    clause: c.clause,
                    node: c.node.into(),
                })
                .collect(),
            warnings: r.warnings,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DeadlineResult {
    pub status: DeadlineStatus,
    /// Dates are `YYYY-MM-DD`.
    pub from: Option<String>,
    pub due: Option<String>,
    pub met_on: Option<String>,
    /// `end_of_window` when met inside a deadline window.
    pub reading: Option<String>,
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

/// Where the review of an invoked exception stands: only `accepted` makes the obligation
/// `not_applicable`; under the others it is evaluated as usual.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ReviewStatus {
    Accepted,
    Contested,
    Pending,
    Unreviewed,
}

impl From<report::ReviewStatus> for ReviewStatus {
    fn from(s: report::ReviewStatus) -> Self {
        match s {
            report::ReviewStatus::Accepted => ReviewStatus::Accepted,
            report::ReviewStatus::Contested => ReviewStatus::Contested,
            report::ReviewStatus::Pending => ReviewStatus::Pending,
            report::ReviewStatus::Unreviewed => ReviewStatus::Unreviewed,
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
}

/// The explanation tree of one clause (`applies when`, `require`, `partial when`, `met on`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ClauseExplanation {
    pub clause: String,
    pub node: Explanation,
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

/// An obligation of a rule set, without its rule.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ObligationInfo {
    pub id: String,
    pub title: String,
    /// The paragraph cited, e.g. `C.1(a)-4`.
    pub cite: String,
    pub group: String,
    /// The quoted sentence of the instrument.
    pub text: String,
    pub weight: f64,
    /// The exceptions a profile may invoke, with a justification.
    pub exceptions: Vec<String>,
    /// Whether the rule binds each unit of a federal State (`in each jurisdiction`).
    pub per_jurisdiction: bool,
    pub deadline: Option<DeadlineInfo>,
    /// Where the obligation is written.
    pub file: String,
    pub line: u64,
}

impl From<catalogue::ObligationInfo> for ObligationInfo {
    fn from(o: catalogue::ObligationInfo) -> Self {
        ObligationInfo {
            id: o.id,
            title: o.title,
            cite: o.cite,
            group: o.group,
            text: o.text,
            weight: o.weight,
            exceptions: o.exceptions,
            per_jurisdiction: o.per_jurisdiction,
            deadline: o.deadline.map(|d| DeadlineInfo {
                from: d.from,
                due: d.due,
            }),
            file: o.file,
            line: count(o.line),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DeadlineInfo {
    /// The start of the window (`YYYY-MM-DD`), when the rule gives one.
    pub from: Option<String>,
    /// The due date (`YYYY-MM-DD`).
    pub due: String,
}

/// The outcome of a rule set's `test` blocks.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TestRun {
    pub passed: u64,
    pub failed: u64,
    pub results: Vec<TestResult>,
}

impl From<testing::TestRun> for TestRun {
    fn from(t: testing::TestRun) -> Self {
        TestRun {
            passed: count(t.passed),
            failed: count(t.failed),
            results: t
                .results
                .into_iter()
                .map(|r| TestResult {
                    name: r.name,
                    file: r.file,
                    line: count(r.line),
                    passed: r.passed,
                    failures: r.failures,
                })
                .collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TestResult {
    pub name: String,
    pub file: String,
    pub line: u64,
    pub passed: bool,
    /// What went wrong, one line each; empty when the test passed.
    pub failures: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limits_mirror_the_core_in_order() {
        assert_eq!(Limits::FIELDS, lexpact_core::Limits::NAMES);
    }

    #[test]
    fn the_default_limits_are_the_cores_and_round_trip() {
        let core = lexpact_core::Limits::default();
        // The record's foreign defaults are the literals of `Limits::default()`.
        assert_eq!(Limits::default(), Limits::from(core));
        assert_eq!(lexpact_core::Limits::from(Limits::default()), core);
    }

    #[test]
    fn every_limit_converts_by_name() {
        let mut core = lexpact_core::Limits::default();
        for (i, name) in lexpact_core::Limits::NAMES.iter().enumerate() {
            assert!(core.set(name, i + 1).is_ok(), "{name}");
        }
        let back = lexpact_core::Limits::from(Limits::from(core));
        for name in lexpact_core::Limits::NAMES {
            assert_eq!(back.get(name), core.get(name), "{name}");
        }
        assert_eq!(back, core);
    }
}
