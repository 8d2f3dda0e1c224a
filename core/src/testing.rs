//! Runs the `test` blocks of a rule set: each test's profile is evaluated at its `as_of`
//! date and every expectation compared with the verdict (and deadline status) obtained.

use serde::{Deserialize, Serialize};

use crate::ir::{Check, CountUnit, Expectation, Mark};
use crate::report::ObligationResult;
use crate::{DeadlineStatus, EvaluateOptions, ProfileInput, Report, RuleSet, Verdict};

/// The outcome of running a rule set's tests: counts and one result per test.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct TestRun {
    /// Tests whose every expectation held.
    pub passed: usize,
    /// Tests with a failed expectation or a profile refused.
    pub failed: usize,
    /// One result per test, in rule order.
    pub results: Vec<TestResult>,
}

/// The outcome of one `test` block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct TestResult {
    /// The test's name.
    pub name: String,
    /// The rule file the test is written in.
    pub file: String,
    /// The 1-based line of the test (0 for a library whose tests did not compile).
    pub line: usize,
    /// Whether every expectation held.
    pub passed: bool,
    /// What went wrong, one line each; empty when the test passed.
    pub failures: Vec<String>,
}

impl TestRun {
    /// Adds the results of `other` after these.
    pub fn append(&mut self, other: TestRun) {
        self.passed += other.passed;
        self.failed += other.failed;
        self.results.extend(other.results);
    }

    /// One failed result standing for the tests of `library`, which did not compile.
    /// The run of a bundled library's tests in a build that does not carry them (the
    /// WebAssembly package): one failed result that says where they run, never a silent pass.
    pub(crate) fn not_bundled(library: &str) -> TestRun {
        TestRun {
            passed: 0,
            failed: 1,
            results: vec![TestResult {
                name: format!("the tests of `{library}`"),
                file: library.to_string(),
                line: 0,
                passed: false,
                failures: vec![format!(
                    "the tests of the bundled library `{library}` are not part of this build (the WebAssembly package leaves them out to stay small); `lexpact test --library {library}` runs them"
                )],
            }],
        }
    }

    pub(crate) fn not_compiled(library: &str, diagnostics: &crate::Diagnostics) -> TestRun {
        TestRun {
            passed: 0,
            failed: 1,
            results: vec![TestResult {
                name: format!("the tests of `{library}`"),
                file: library.to_string(),
                line: 0,
                passed: false,
                failures: diagnostics
                    .0
                    .iter()
                    .map(|d| format!("{}:{}: {}: {}", d.file, d.line, d.code, d.message))
                    .collect(),
            }],
        }
    }
}

pub(crate) fn run(rules: &RuleSet) -> TestRun {
    run_where(rules, |_| true)
}

/// Runs the rule set's own `test` blocks that `keep` selects (a bundled library's tests are not
/// compiled in unless its files were given): an editor runs one file's tests, or one test.
pub fn run_where(rules: &RuleSet, keep: impl Fn(&crate::ir::Test) -> bool) -> TestRun {
    let mut results = Vec::new();
    for test in rules.program().tests.iter().filter(|t| keep(t)) {
        let mut failures = Vec::new();
        let profile = rules.test_profile(test);
        let options = EvaluateOptions::default().with_as_of(test.as_of);
        match rules.evaluate(ProfileInput::document(&test.name, &profile), &options) {
            Err(diagnostics) => failures.extend(
                diagnostics
                    .0
                    .iter()
                    .map(|d| format!("the profile is refused: {}: {}", d.code, d.message)),
            ),
            Ok(report) => {
                for expect in &test.expectations {
                    failures.extend(check(&report, expect));
                }
            }
        }
        results.push(TestResult {
            name: test.name.clone(),
            file: test.location.file.clone(),
            line: test.location.line,
            passed: failures.is_empty(),
            failures,
        });
    }
    let passed = results.iter().filter(|r| r.passed).count();
    TestRun {
        passed,
        failed: results.len() - passed,
        results,
    }
}

/// What is wrong with `report` against one expectation, one line each; none if it holds.
fn check(report: &Report, expect: &Expectation) -> Vec<String> {
    let line = expect.line;
    let result_of = |id: &str| {
        report
            .results
            .iter()
            .find(|r| r.obligation.id == id)
            .ok_or_else(|| vec![format!("line {line}: `{id}` is not in the report")])
    };
    let checked = match &expect.check {
        Check::Verdict {
            obligation,
            verdict,
            deadline,
        } => result_of(obligation)
            .and_then(|r| check_verdict(r, line, obligation, *verdict, *deadline)),
        Check::Mark {
            obligation,
            negated,
            mark,
        } => result_of(obligation).and_then(|r| check_mark(r, line, obligation, *negated, mark)),
        Check::Count {
            count,
            unit,
            verdict,
            group,
        } => check_count(report, line, *count, *unit, *verdict, group.as_deref()),
    };
    checked.err().unwrap_or_default()
}

fn check_verdict(
    result: &ObligationResult,
    line: usize,
    obligation: &str,
    verdict: Verdict,
    deadline: Option<DeadlineStatus>,
) -> Result<(), Vec<String>> {
    let mut failures = Vec::new();
    if result.verdict != verdict {
        let mut message = format!(
            "line {line}: `{obligation}` expected {}, got {}",
            verdict.as_str(),
            result.verdict.as_str()
        );
        if !result.missing.is_empty() {
            message.push_str(&format!(" (missing: {})", result.missing.join(", ")));
        }
        failures.push(message);
    }
    if let Some(status) = deadline.filter(|s| *s != result.deadline.status) {
        failures.push(format!(
            "line {line}: `{obligation}` expected deadline status {}, got {}",
            status.as_str(),
            result.deadline.status.as_str()
        ));
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures)
    }
}

fn check_mark(
    result: &ObligationResult,
    line: usize,
    obligation: &str,
    negated: bool,
    mark: &Mark,
) -> Result<(), Vec<String>> {
    let identity = &result.obligation;
    let (present, what, shown) = match mark {
        Mark::Amended(None) => (
            !identity.amendments.is_empty(),
            "a late amendment".to_string(),
            quoted(&identity.amendments),
        ),
        Mark::Amended(Some(passage)) => (
            identity.amendments.contains(passage),
            format!("the late amendment \"{passage}\""),
            quoted(&identity.amendments),
        ),
        Mark::Indicator(id) => (
            identity.indicators.contains(id),
            format!("the indicator \"{id}\""),
            quoted(&identity.indicators),
        ),
        Mark::InWindow => (
            result.deadline.in_window,
            "the deadline window's reading (in_window)".to_string(),
            format!("deadline status {}", result.deadline.status.as_str()),
        ),
    };
    if present == negated {
        let not = if negated { "not " } else { "" };
        return Err(vec![format!(
            "line {line}: `{obligation}` expected {not}{what}, got {shown}"
        )]);
    }
    Ok(())
}

fn check_count(
    report: &Report,
    line: usize,
    count: usize,
    unit: CountUnit,
    verdict: Option<Verdict>,
    group: Option<&str>,
) -> Result<(), Vec<String>> {
    let counts = match group {
        None => &report.summary,
        Some(name) => match report.groups.iter().find(|g| g.group == name) {
            Some(g) => &g.counts,
            // A group with no obligation in the report counts none.
            None if count == 0 => return Ok(()),
            None => {
                return Err(vec![format!(
                    "line {line}: group \"{name}\" is not in the report"
                )]);
            }
        },
    };
    let got = match (unit, verdict) {
        (CountUnit::Bullets, None) => counts.bullets.total,
        (CountUnit::Bullets, Some(v)) => counts.bullets.of_verdict(v),
        (CountUnit::Obligations, None) => counts.total,
        (CountUnit::Obligations, Some(v)) => counts.of(v),
    };
    if got == count {
        return Ok(());
    }
    let unit = match (unit, count == 1) {
        (CountUnit::Bullets, true) => "bullet",
        (CountUnit::Bullets, false) => "bullets",
        (CountUnit::Obligations, true) => "obligation",
        (CountUnit::Obligations, false) => "obligations",
    };
    let verdict = verdict
        .map(|v| format!(" {}", v.as_str()))
        .unwrap_or_default();
    let group = group.map(|g| format!(" in \"{g}\"")).unwrap_or_default();
    Err(vec![format!(
        "line {line}: expected {count} {unit}{verdict}{group}, got {got}"
    )])
}

/// Quoted strings for a failure message, or `none`.
fn quoted(items: &[String]) -> String {
    if items.is_empty() {
        return "none".to_string();
    }
    items
        .iter()
        .map(|i| format!("\"{i}\""))
        .collect::<Vec<_>>()
        .join(", ")
}
