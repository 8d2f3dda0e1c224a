//! What a rule set holds (its obligations, without their rules) and the outcome of its tests.

use lexpact_core::{catalogue, testing};

use super::count;

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
    /// Indicators of other monitoring schemes that measure the same thing (`SCHEME:ID`).
    pub indicators: Vec<String>,
    /// Passages the obligation rests on that the text marks as late amendments, quoted.
    pub amendments: Vec<String>,
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
            indicators: o.indicators,
            amendments: o.amendments,
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
