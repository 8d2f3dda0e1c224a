//! Facts with their histories: the value in force on the evaluation date, the anachronism
//! warning, and the `met on` date computed on the whole requirement
//! (`docs/profile.md`, "Facts over time"; `docs/language.md`, "Deadlines").
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lexpact_core::report::{MetOnBasis, ObligationResult, Report};
use lexpact_core::{
    DeadlineStatus, Detail, EvaluateOptions, ProfileInput, RuleSet, Source, Verdict,
};
use serde_json::{Value, json};

const SCHEMA: &str = r##"{
  "type": "object",
  "$defs": {
    "bool_fact": { "anyOf": [ { "type": "boolean" }, { "type": "object", "properties": { "value": { "type": "boolean" } } } ] },
    "date_fact": { "anyOf": [ { "type": "string", "format": "date" }, { "type": "object", "properties": { "value": { "type": "string", "format": "date" } } } ] }
  },
  "properties": {
    "profile": { "type": "string" },
    "as_of": { "type": "string", "format": "date" },
    "body": { "type": "object", "properties": {
        "exists": { "$ref": "#/$defs/bool_fact" },
        "independent": { "$ref": "#/$defs/bool_fact" },
        "established": { "$ref": "#/$defs/date_fact" } } },
    "crime": { "type": "object", "properties": { "possession": { "$ref": "#/$defs/bool_fact" } } }
  },
  "additionalProperties": false
}"##;

const RULES: &str = r#"
schema "profile.schema.json"
obligation possession { title "Possession" cite "1" require crime.possession }
obligation body {
  title "Independent body by 2013"
  cite "2"
  deadline 2013-01-01 to 2013-12-31
  require body.exists and body.independent
}
obligation body_dated {
  title "Body, dated by its rule"
  cite "3"
  deadline 2013-12-31
  met on body.established
  require body.exists and body.independent
}
"#;

fn rules() -> RuleSet {
    let loader = |path: &str| {
        if path == "profile.schema.json" {
            Ok(SCHEMA.to_string())
        } else {
            Err("no".to_string())
        }
    };
    RuleSet::compile(&[Source::new("rules.lex", RULES)], &loader).unwrap()
}

fn evaluate_with(profile: &Value, as_of: Option<&str>, detail: Detail) -> Report {
    let mut options = EvaluateOptions::default().with_detail(detail);
    if let Some(day) = as_of {
        options = options.with_as_of(Some(day.parse().unwrap()));
    }
    rules()
        .evaluate(ProfileInput::document("profile.json", profile), &options)
        .unwrap_or_else(|e| panic!("{e:?}"))
}

fn evaluate(profile: &Value, as_of: Option<&str>) -> Report {
    evaluate_with(profile, as_of, Detail::Full)
}

fn result<'r>(report: &'r Report, id: &str) -> &'r ObligationResult {
    report
        .results
        .iter()
        .find(|r| r.obligation.id == id)
        .unwrap()
}

/// A body founded in 2012 but independent only from 2018; possession criminalised from
/// 2012-03-01.
fn profile() -> Value {
    json!({
        "profile": "lexpact/legal-profile/v1.1",
        "as_of": "2024-06-30",
        "body": {
            "exists": { "value": true, "history": [
                { "value": false, "until": "2012-05-01" },
                { "value": true, "from": "2012-05-01", "source": { "cite": "Act 12 of 2012" } } ] },
            "independent": { "history": [
                { "value": false, "from": "2012-05-01", "until": "2018-03-01" },
                { "value": true, "from": "2018-03-01", "source": { "cite": "Amendment Act 2018" } } ] },
            "established": "2012-05-01"
        },
        "crime": { "possession": { "history": [
            { "value": false, "from": "2010-01-01", "until": "2012-03-01" },
            { "value": true, "from": "2012-03-01" } ] } }
    })
}

#[test]
fn a_fact_has_the_value_of_the_entry_in_force_boundary_days_included() {
    let p = profile();
    let on = |day: &str| result(&evaluate(&p, Some(day)), "possession").verdict;
    assert_eq!(on("2012-02-29"), Verdict::NotMet);
    assert_eq!(on("2012-03-01"), Verdict::Met);
    assert_eq!(on("2010-01-01"), Verdict::NotMet);
    assert_eq!(on("2009-12-31"), Verdict::Unknown);
    let before = evaluate(&p, Some("2009-12-31"));
    let possession = result(&before, "possession");
    assert_eq!(&*possession.missing[0], "/crime/possession");
    assert_eq!(possession.facts[0].status, "not_in_force");
}

#[test]
fn the_fact_read_names_its_entry_and_the_entrys_source() {
    let report = evaluate(&profile(), Some("2020-01-01"));
    let body = result(&report, "body");
    let independent = body
        .facts
        .iter()
        .find(|f| &*f.pointer == "/body/independent")
        .unwrap();
    let in_force = independent.in_force.as_ref().unwrap();
    assert_eq!(in_force.from.as_deref(), Some("2018-03-01"));
    assert_eq!(in_force.until, None);
    assert_eq!(
        independent.sources,
        [json!({ "cite": "Amendment Act 2018" })]
    );
    assert_eq!(independent.value, Some(json!(true)));
}

#[test]
fn the_whole_requirement_dates_the_met_on_founded_2012_independent_2018_is_late() {
    let report = evaluate(&profile(), None);
    let body = result(&report, "body");
    assert_eq!(body.verdict, Verdict::Met);
    assert_eq!(body.deadline.met_on.as_deref(), Some("2018-03-01"));
    assert_eq!(body.deadline.met_on_basis, Some(MetOnBasis::History));
    assert_eq!(body.deadline.status, DeadlineStatus::Late);
    // The same without explanations.
    let quiet = evaluate_with(&profile(), None, Detail::Verdicts);
    assert_eq!(result(&quiet, "body").deadline, body.deadline);
}

#[test]
fn a_met_on_clause_before_the_whole_requirement_held_gives_way_to_the_histories() {
    let report = evaluate(&profile(), None);
    let dated = result(&report, "body_dated");
    // `met on body.established` reads 2012-05-01, but the body was independent only in 2018.
    assert_eq!(dated.deadline.met_on.as_deref(), Some("2018-03-01"));
    assert_eq!(dated.deadline.met_on_basis, Some(MetOnBasis::History));
    assert_eq!(dated.deadline.status, DeadlineStatus::Late);
}

#[test]
fn a_met_on_clause_after_the_histories_date_is_the_rules_reading_and_wins() {
    let mut later = profile();
    later["body"]["independent"] = json!(true);
    later["body"]["established"] = json!("2013-06-01");
    let dated = result(&evaluate(&later, None), "body_dated")
        .deadline
        .clone();
    assert_eq!(dated.met_on.as_deref(), Some("2013-06-01"));
    assert_eq!(dated.met_on_basis, Some(MetOnBasis::Clause));
    assert_eq!(dated.status, DeadlineStatus::OnTime);
    // Without the clause, the histories give the day the body came to exist.
    let body = result(&evaluate(&later, None), "body").deadline.clone();
    assert_eq!(body.met_on.as_deref(), Some("2012-05-01"));
    assert_eq!(body.met_on_basis, Some(MetOnBasis::History));
}

#[test]
fn founded_and_independent_together_is_on_time_and_unknown_before_is_met_at_the_latest() {
    let mut on_time = profile();
    on_time["body"]["independent"] =
        json!({ "history": [ { "value": true, "from": "2012-05-01" } ] });
    let body = result(&evaluate(&on_time, None), "body").deadline.clone();
    // The day before, the body did not exist: the requirement was false, so met that day.
    assert_eq!(body.met_on.as_deref(), Some("2012-05-01"));
    assert_eq!(body.met_on_basis, Some(MetOnBasis::History));
    assert_eq!(body.status, DeadlineStatus::OnTime);

    let mut at_the_latest = profile();
    at_the_latest["body"]["exists"] = json!(true);
    at_the_latest["body"]["independent"] =
        json!({ "history": [ { "value": true, "from": "2012-05-01" } ] });
    let body = result(&evaluate(&at_the_latest, None), "body")
        .deadline
        .clone();
    // Before 2012-05-01 `independent` has no entry: unknown, so met that day at the latest.
    assert_eq!(body.met_on.as_deref(), Some("2012-05-01"));
    assert_eq!(body.met_on_basis, Some(MetOnBasis::HistoryAtTheLatest));
    assert_eq!(body.status, DeadlineStatus::OnTime);

    at_the_latest["body"]["independent"] =
        json!({ "history": [ { "value": true, "from": "2018-03-01" } ] });
    let body = result(&evaluate(&at_the_latest, None), "body")
        .deadline
        .clone();
    assert_eq!(body.met_on.as_deref(), Some("2018-03-01"));
    assert_eq!(body.met_on_basis, Some(MetOnBasis::HistoryAtTheLatest));
    assert_eq!(body.status, DeadlineStatus::Unknown);

    let mut always = profile();
    always["body"] = json!({
        "exists": { "history": [ { "value": true } ] },
        "independent": true
    });
    let body = result(&evaluate(&always, None), "body").deadline.clone();
    assert_eq!(body.met_on, None);
    assert_eq!(body.status, DeadlineStatus::OnTime);
}

#[test]
fn evaluated_in_2010_the_body_did_not_exist_yet() {
    let report = evaluate(&profile(), Some("2010-06-30"));
    let body = result(&report, "body");
    assert_eq!(body.verdict, Verdict::NotMet);
    assert_eq!(body.deadline.status, DeadlineStatus::NotDue);
    // Histories everywhere the rules read, but not for `established`: the warning says so.
    assert_eq!(report.warnings.len(), 1, "{:?}", report.warnings);
    assert!(report.warnings[0].contains("facts without a history"));
}

#[test]
fn a_profile_without_histories_evaluated_before_its_date_is_warned_about() {
    let plain = json!({
        "as_of": "2024-06-30",
        "body": { "exists": true, "independent": true, "established": "2016-01-01" }
    });
    let report = evaluate(&plain, Some("2010-01-01"));
    assert_eq!(report.warnings.len(), 1);
    assert!(report.warnings[0].contains("describes the law on 2024-06-30"));
    assert!(report.warnings[0].contains("as they stood on 2024-06-30, not on 2010-01-01"));
    // A `met on` date after the evaluation date is named where it is read.
    let dated = result(&report, "body_dated");
    assert!(
        dated
            .warnings
            .iter()
            .any(|w| w.contains("met on 2016-01-01, after the evaluation date 2010-01-01"))
    );
    assert!(evaluate(&plain, None).warnings.is_empty());
    assert!(evaluate(&plain, Some("2025-01-01")).warnings.is_empty());
}
