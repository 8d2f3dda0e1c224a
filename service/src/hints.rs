//! Inlay hints (each obligation's verdict on the profile the user chose) and code lenses
//! (run the file's tests).

use lexpact_core::report::ObligationResult;
use lexpact_core::{DeadlineStatus, Detail, EvaluateOptions, ProfileInput, Verdict};
use lexpact_grammar::ast::Item;

use crate::{Analysis, CodeLens, Command, InlayHint, TestOutcome};

/// The command a lens runs: its arguments are the file and, for one test, its name.
pub const RUN_TESTS: &str = "lexpact.runTests";

/// Each obligation's verdict on the workspace's chosen profile, after its name; none when no
/// profile is chosen or the rules do not compile.
pub fn inlay_hints(analysis: &Analysis, file: &str) -> Vec<InlayHint> {
    let (Some(profile), Some(rules)) = (analysis.workspace().profile(), analysis.rules()) else {
        return Vec::new();
    };
    let options = EvaluateOptions::default().with_detail(Detail::Verdicts);
    let report = match rules.evaluate(ProfileInput::text(&profile.name, &profile.text), &options) {
        Ok(report) => report,
        Err(diagnostics) => {
            // The profile is refused: one hint on the first obligation of the file says why.
            let Some(first) = rules.obligations().iter().find(|o| o.location.file == file) else {
                return Vec::new();
            };
            let why: Vec<String> = diagnostics
                .0
                .iter()
                .map(|d| format!("- {}: {}", d.code, d.message))
                .collect();
            return vec![InlayHint {
                offset: first.location.span.end,
                label: ": profile refused".to_string(),
                tooltip: Some(format!(
                    "`{}` is refused:\n{}",
                    profile.name,
                    why.join("\n")
                )),
            }];
        }
    };
    rules
        .obligations()
        .iter()
        .zip(&report.results)
        .filter(|(ob, _)| ob.location.file == file)
        .map(|(ob, result)| InlayHint {
            offset: ob.location.span.end,
            label: format!(": {}", label(result)),
            tooltip: Some(tooltip(result, &profile.name, &report.as_of)),
        })
        .collect()
}

/// The verdict in words, with what qualifies it: `partially met (met in 3 of 4
/// jurisdictions)`, `unknown (2 facts missing)`, `met, late`.
fn label(result: &ObligationResult) -> String {
    let mut label = result.verdict.as_str().replace('_', " ");
    if let Some(tally) = &result.tally {
        let (count, word) = match result.verdict {
            Verdict::Unknown => (tally.unknown, "unknown"),
            _ => (tally.met, "met"),
        };
        label.push_str(&format!(
            " ({word} in {count} of {} jurisdictions)",
            tally.applicable
        ));
    } else if result.verdict == Verdict::Unknown && !result.missing.is_empty() {
        let n = result.missing.len();
        label.push_str(&format!(
            " ({n} fact{} missing)",
            if n == 1 { "" } else { "s" }
        ));
    }
    if !matches!(
        result.deadline.status,
        DeadlineStatus::None | DeadlineStatus::NotDue | DeadlineStatus::OnTime
    ) {
        label.push_str(&format!(
            ", {}",
            result.deadline.status.as_str().replace('_', " ")
        ));
    }
    label
}

/// The facts missing with their status, the deadline and the exception invoked.
fn tooltip(result: &ObligationResult, profile: &str, as_of: &str) -> String {
    let mut out = format!(
        "`{}` on `{profile}` as of {as_of}: **{}**",
        result.obligation.id,
        result.verdict.as_str()
    );
    if !result.missing.is_empty() {
        out.push_str("\n\nMissing facts:");
        for (i, pointer) in result.missing.iter().enumerate() {
            let status = result
                .missing_status
                .get(i)
                .map_or("absent", String::as_str);
            out.push_str(&format!("\n- `{pointer}` ({status})"));
        }
    }
    if let Some(due) = &result.deadline.due {
        out.push_str(&format!(
            "\n\nDeadline {due}: {}",
            result.deadline.status.as_str()
        ));
        if let Some(met_on) = &result.deadline.met_on {
            out.push_str(&format!(" (met on {met_on})"));
        }
    }
    if let Some(exception) = &result.exception {
        out.push_str(&format!(
            "\n\nException invoked: \"{}\"",
            exception.qualifier
        ));
    }
    out
}

/// The lenses of one file: run its tests (on each `test` block and at the top of a file that
/// has tests).
pub fn code_lenses(analysis: &Analysis, file: &str) -> Vec<CodeLens> {
    let Some(Ok(ast)) = analysis.file(file).map(|f| &f.ast) else {
        return Vec::new();
    };
    let tests: Vec<_> = ast
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Test(test) => Some(test),
            _ => None,
        })
        .collect();
    if tests.is_empty() {
        return Vec::new();
    }
    let n = tests.len();
    let mut lenses = vec![CodeLens {
        start: 0,
        end: 0,
        command: Command {
            title: format!("▶ run {n} test{}", if n == 1 { "" } else { "s" }),
            name: RUN_TESTS.to_string(),
            arguments: vec![file.into()],
        },
    }];
    lenses.extend(tests.into_iter().map(|test| CodeLens {
        start: test.span.start,
        end: test.name.span.end,
        command: Command {
            title: "▶ run test".to_string(),
            name: RUN_TESTS.to_string(),
            arguments: vec![file.into(), test.name.value.as_str().into()],
        },
    }));
    lenses
}

/// Runs the tests of `file` (all of the workspace's when `None`), or of one test by name.
pub fn run_tests(analysis: &Analysis, file: Option<&str>, test: Option<&str>) -> TestOutcome {
    let rules = match analysis.compiled() {
        Ok(rules) => rules,
        Err(diagnostics) => {
            return TestOutcome {
                passed: 0,
                failed: 1,
                failures: diagnostics
                    .0
                    .iter()
                    .map(|d| {
                        format!(
                            "the rules do not compile: {}:{}: {}: {}",
                            d.file, d.line, d.code, d.message
                        )
                    })
                    .collect(),
            };
        }
    };
    let run = lexpact_core::testing::run_where(rules, |t| {
        file.is_none_or(|f| t.location.file == f) && test.is_none_or(|n| t.name == n)
    });
    if run.results.is_empty()
        && let Some(name) = test
    {
        return TestOutcome {
            passed: 0,
            failed: 1,
            failures: vec![format!(
                "no test \"{name}\" in {}",
                file.unwrap_or("the rule set")
            )],
        };
    }
    let failures = run
        .results
        .iter()
        .filter(|r| !r.passed)
        .flat_map(|r| {
            r.failures
                .iter()
                .map(move |f| format!("{}:{}: \"{}\": {f}", r.file, r.line, r.name))
        })
        .collect();
    TestOutcome {
        passed: run.passed,
        failed: run.failed,
        failures,
    }
}
