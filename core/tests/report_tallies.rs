//! Through the public API: the deadline window open on the evaluation date (`in_window`), the
//! status of each missing fact, and the summary's counts by bullet and by missing status,
//! overall and by group.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lexpact_core::{
    DeadlineStatus, EvaluateOptions, ProfileInput, Report, RuleSet, Source, Verdict,
};
use serde_json::json;

/// No schema: the profile is read as written. C-1 is split into two obligations.
const RULES: &str = r#"
obligation plan_2013 {
  title "A plan by 2013"
  cite "C-1"
  group "C"
  deadline 2013-01-01 to 2013-12-31
  require plans.national
}
obligation plan_funded {
  title "The plan funded"
  cite "C-1"
  group "C"
  require plans.funded
}
obligation register_by_2015 {
  title "A register by 2015"
  cite "C-2"
  group "C"
  deadline 2015-12-31
  require registers.offenders
}
obligation hotline {
  title "A hotline"
  cite "D-1"
  group "D"
  require services.hotline
}
"#;

fn report(profile: serde_json::Value, as_of: &str) -> Report {
    RuleSet::compile(&[Source::new("rules.lex", RULES)], &|_: &str| {
        Err("no file".to_string())
    })
    .unwrap_or_else(|e| panic!("{e:#?}"))
    .evaluate(
        ProfileInput::document("p", &profile),
        &EvaluateOptions::default().with_as_of(lexpact_core::parse_date(as_of)),
    )
    .unwrap_or_else(|e| panic!("{e:#?}"))
}

fn profile() -> serde_json::Value {
    json!({
        "plans": { "national": false, "funded": { "status": "not_assessed" } },
        "services": { "hotline": null },
        "registers": { "offenders": false }
    })
}

#[test]
fn the_window_reading_is_flagged_only_inside_the_window() {
    let flag = |as_of: &str| {
        let r = report(profile(), as_of);
        let plan = r
            .results
            .iter()
            .find(|x| x.obligation.id == "plan_2013")
            .unwrap();
        (plan.deadline.status, plan.deadline.in_window)
    };
    // On FROM the strict reading is not yet late: no flag.
    assert_eq!(flag("2013-01-01"), (DeadlineStatus::NotDue, false));
    assert_eq!(flag("2013-01-02"), (DeadlineStatus::NotDue, true));
    assert_eq!(flag("2013-12-31"), (DeadlineStatus::NotDue, true));
    assert_eq!(flag("2014-01-01"), (DeadlineStatus::Overdue, false));
    // A deadline without a window is never in one.
    let r = report(profile(), "2013-06-30");
    let register = r
        .results
        .iter()
        .find(|x| x.obligation.id == "register_by_2015")
        .unwrap();
    assert_eq!(register.deadline.status, DeadlineStatus::NotDue);
    assert!(!register.deadline.in_window);
    let json = serde_json::to_value(&r.results[0].deadline).unwrap();
    assert_eq!(json["in_window"], true);
    let json = serde_json::to_value(&register.deadline).unwrap();
    assert!(json.get("in_window").is_none(), "absent when false");
}

#[test]
fn missing_facts_keep_their_status_and_are_counted_once_by_status() {
    let r = report(profile(), "2013-06-30");
    let funded = r
        .results
        .iter()
        .find(|x| x.obligation.id == "plan_funded")
        .unwrap();
    assert_eq!(funded.verdict, Verdict::Unknown);
    assert_eq!(funded.missing_status, ["not_assessed"]);
    let hotline = r
        .results
        .iter()
        .find(|x| x.obligation.id == "hotline")
        .unwrap();
    assert_eq!(hotline.missing_status, ["absent"]);
    let by_status: Vec<(&str, u64)> = r
        .summary
        .missing_by_status
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_u64().unwrap()))
        .collect();
    // In the order first met: plan_funded's fact comes before the hotline's.
    assert_eq!(by_status, [("not_assessed", 1), ("absent", 1)]);
    assert_eq!(
        serde_json::to_value(&r.summary).unwrap()["missing_by_status"],
        json!({"absent": 1, "not_assessed": 1})
    );
    // By group: C misses the not-assessed fact, D the absent one.
    let group = |name: &str| &r.groups.iter().find(|g| g.group == name).unwrap().counts;
    assert_eq!(
        group("C").missing_by_status.get("not_assessed"),
        Some(&json!(1))
    );
    assert_eq!(group("C").missing_by_status.get("absent"), None);
    assert_eq!(group("D").missing_by_status.get("absent"), Some(&json!(1)));
}

#[test]
fn a_split_bullet_counts_once() {
    let r = report(profile(), "2013-06-30");
    assert_eq!(r.summary.total, 4);
    // C-1: not met and unknown, so unknown; C-2 not met; D-1 unknown.
    let b = r.summary.bullets;
    assert_eq!((b.total, b.not_met, b.unknown, b.met), (3, 1, 2, 0));
    let c = r
        .groups
        .iter()
        .find(|g| g.group == "C")
        .unwrap()
        .counts
        .bullets;
    assert_eq!((c.total, c.not_met, c.unknown), (2, 1, 1));
    // With the plan funded, C-1 is met and not met: partially met.
    let mut funded = profile();
    funded["plans"]["funded"] = json!(true);
    let b = report(funded, "2013-06-30").summary.bullets;
    assert_eq!(
        (b.total, b.partially_met, b.not_met, b.unknown),
        (3, 1, 1, 1)
    );
}
