//! The `expect` lines of tests beyond the verdict: the marks of a result (`amended`,
//! `indicator`, `in_window`, with `not`) and the counts of bullets and obligations, which pass
//! when the report shows them and fail with a message saying what it shows instead.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lexpact_core::testing::TestRun;
use lexpact_core::{Diagnostics, RuleSet, Source};

/// C-1 is split into two obligations; the plan's deadline is a window.
const RULES: &str = r#"
obligation plan_2013 {
  title "A plan by 2013"
  cite "C-1"
  group "C"
  text "Adopt by 2013 a plan, as amended late"
  indicator "icmec:5"
  amended "as amended late"
  deadline 2013-01-01 to 2013-12-31
  require plans.national
}
obligation plan_funded {
  title "The plan funded"
  cite "C-1"
  group "C"
  require plans.funded
}
obligation hotline {
  title "A hotline"
  cite "D-1"
  group "D"
  require services.hotline
}
"#;

fn compile(tests: &str) -> Result<RuleSet, Diagnostics> {
    RuleSet::compile(
        &[Source::new("rules.lex", format!("{RULES}\n{tests}"))],
        &|_: &str| Err("no file".to_string()),
    )
}

fn run(tests: &str) -> TestRun {
    compile(tests)
        .unwrap_or_else(|e| panic!("{e:#?}"))
        .run_tests()
}

const PROFILE: &str =
    "profile { plans: { national: false, funded: true }, services: { hotline: true } }";

#[test]
fn marks_and_counts_that_hold_pass() {
    let run = run(&format!(
        "test \"holds\" {{\n  as_of 2013-06-30\n  {PROFILE}\n  \
         expect plan_2013 amended\n  expect plan_2013 amended \"as amended late\"\n  \
         expect plan_2013 indicator \"icmec:5\"\n  expect plan_2013 not indicator \"icmec:1\"\n  \
         expect plan_2013 in_window\n  expect hotline not amended\n  expect hotline not in_window\n  \
         expect 2 bullets\n  expect 3 obligations\n  expect 1 bullet partially_met\n  \
         expect 1 bullet met in \"D\"\n  expect 2 obligations in \"C\"\n  expect 1 obligation met in \"C\"\n  \
         expect 0 bullets not_met\n}}\n"
    ));
    assert_eq!((run.passed, run.failed), (1, 0), "{run:#?}");
}

#[test]
fn marks_and_counts_that_do_not_hold_say_what_the_report_shows() {
    let run = run(&format!(
        "test \"fails\" {{\n  as_of 2014-01-01\n  {PROFILE}\n  \
         expect hotline amended\n  expect plan_2013 not amended \"as amended late\"\n  \
         expect plan_2013 indicator \"icmec:1\"\n  expect plan_2013 in_window\n  \
         expect 3 bullets\n  expect 1 obligation met in \"C\"\n  expect 2 bullets met in \"C\"\n}}\n"
    ));
    assert_eq!((run.passed, run.failed), (0, 1));
    assert_eq!(
        run.results[0].failures,
        [
            "line 28: `hotline` expected a late amendment, got none",
            "line 29: `plan_2013` expected not the late amendment \"as amended late\", got \"as amended late\"",
            "line 30: `plan_2013` expected the indicator \"icmec:1\", got \"icmec:5\"",
            "line 31: `plan_2013` expected the deadline window's reading (in_window), got deadline status overdue",
            "line 32: expected 3 bullets, got 2",
            "line 34: expected 2 bullets met in \"C\", got 0",
        ]
    );
}

#[test]
fn words_that_are_not_a_count_a_unit_a_verdict_or_a_group_are_errors() {
    let err = compile(&format!(
        "test \"bad\" {{\n  as_of 2013-06-30\n  {PROFILE}\n  expect 1.5 bullets\n  \
         expect 2 widgets\n  expect 2 bullets mett\n  expect 2 bullets in \"E\"\n  \
         expect nobody amended\n}}\n"
    ))
    .unwrap_err();
    let got: Vec<(&str, &str)> = err
        .0
        .iter()
        .map(|d| (d.code.as_str(), d.message.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "E0208",
                "`1.5` is not a whole number of bullets or obligations"
            ),
            ("E0208", "`widgets` is not what a test counts"),
            ("E0208", "`mett` is not a verdict"),
            ("E0210", "no obligation of this rule set is in group \"E\""),
            ("E0210", "no obligation `nobody` in this rule set"),
        ]
    );
}
