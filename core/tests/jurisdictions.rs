//! Federal profiles: each unit's facts laid over the national ones, obligations evaluated
//! `in each jurisdiction` and aggregated (`docs/profile.md`, `docs/language.md`).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lexpact_core::report::{MetOnBasis, Report};
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
    "state": { "type": "object", "properties": { "name": { "type": "string" } } },
    "treaty": { "type": "object", "properties": { "ratified": { "$ref": "#/$defs/bool_fact" } } },
    "crime": { "type": "object", "properties": {
        "possession": { "$ref": "#/$defs/bool_fact" },
        "grooming": { "$ref": "#/$defs/bool_fact" },
        "since": { "$ref": "#/$defs/date_fact" } } },
    "services": { "type": "object", "properties": {
        "helpline": { "$ref": "#/$defs/bool_fact" },
        "channels": { "type": "array", "items": { "type": "string" } } } },
    "exceptions": { "type": "object" }
  },
  "additionalProperties": false
}"##;

const RULES: &str = r#"
schema "profile.schema.json"
obligation ratify { title "Ratify" cite "1" require treaty.ratified }
obligation possession {
  title "Possession"
  cite "2"
  in each jurisdiction
  require crime.possession and crime.grooming
  partial when crime.possession or crime.grooming
}
obligation helpline {
  title "Helpline"
  cite "3"
  exception "where appropriate"
  in each jurisdiction
  require services.helpline and "phone" in services.channels
}
obligation dated {
  title "Dated"
  cite "4"
  deadline 2013-12-31
  met on crime.since
  in each jurisdiction
  require crime.possession
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

fn evaluate_with(profile: &Value, detail: Detail) -> Report {
    rules()
        .evaluate(
            ProfileInput::document("profile.json", profile),
            &EvaluateOptions::default().with_detail(detail),
        )
        .unwrap_or_else(|e| panic!("{e:?}"))
}

fn evaluate(profile: &Value) -> Report {
    evaluate_with(profile, Detail::Full)
}

fn federal() -> Value {
    json!({
        "profile": "lexpact/legal-profile/v1.1",
        "as_of": "2024-06-30",
        "treaty": { "ratified": true },
        "crime": { "possession": true, "grooming": true, "since": "2010-01-01" },
        "services": { "helpline": true, "channels": ["phone", "chat"] },
        "competences": ["services"],
        "jurisdictions": [
            { "id": "north", "name": "North", "level": "province",
              "facts": { "crime": { "since": "2015-05-01" }, "services": { "helpline": true, "channels": ["phone"] } } },
            { "id": "south", "name": "South", "level": "province",
              "facts": { "crime": { "grooming": false }, "services": { "helpline": true } } },
            { "id": "east", "name": "East",
              "facts": { "crime": { "possession": { "status": "unknown" }, "grooming": null },
                         "services": { "helpline": true, "channels": ["chat"] } } }
        ]
    })
}

fn result<'r>(report: &'r Report, id: &str) -> &'r lexpact_core::report::ObligationResult {
    report
        .results
        .iter()
        .find(|r| r.obligation.id == id)
        .unwrap()
}

#[test]
fn a_state_wide_obligation_reads_the_national_facts_only() {
    let report = evaluate(&federal());
    let ratify = result(&report, "ratify");
    assert_eq!(ratify.verdict, Verdict::Met);
    assert!(ratify.jurisdictions.is_empty());
    let units: Vec<&str> = report
        .profile
        .jurisdictions
        .iter()
        .map(|u| u.id.as_str())
        .collect();
    assert_eq!(units, ["north", "south", "east"]);
}

#[test]
fn each_unit_overlays_the_national_facts_fact_by_fact() {
    let report = evaluate(&federal());
    let possession = result(&report, "possession");
    let verdicts: Vec<(&str, Verdict)> = possession
        .jurisdictions
        .iter()
        .map(|u| (u.id.as_str(), u.verdict))
        .collect();
    // North falls back to both national facts; South overrides grooming; East's explicit
    // unknown does not fall back, and its `null` does.
    assert_eq!(
        verdicts,
        [
            ("north", Verdict::Met),
            ("south", Verdict::PartiallyMet),
            ("east", Verdict::Unknown)
        ]
    );
    let east = &possession.jurisdictions[2];
    assert_eq!(east.range, [Verdict::PartiallyMet, Verdict::Met]);
    assert_eq!(east.missing.len(), 1);
    assert_eq!(&*east.missing[0], "/jurisdictions/2/facts/crime/possession");
    let south_facts: Vec<&str> = possession.jurisdictions[1]
        .facts
        .iter()
        .map(|f| &*f.pointer)
        .collect();
    assert_eq!(
        south_facts,
        ["/crime/possession", "/jurisdictions/1/facts/crime/grooming"]
    );
    // A mix of met and partially met, whatever East turns out to be.
    assert_eq!(possession.verdict, Verdict::PartiallyMet);
    assert!(possession.range.is_empty());
    assert!(possession.explanation.is_empty());
}

#[test]
fn a_competence_of_the_units_never_falls_back_and_a_list_replaces_the_national_one() {
    let report = evaluate(&federal());
    let helpline = result(&report, "helpline");
    let units: Vec<(&str, Verdict)> = helpline
        .jurisdictions
        .iter()
        .map(|u| (u.id.as_str(), u.verdict))
        .collect();
    // South gives no channels: `services` is the units' competence, so the national list is
    // not used; East's list replaces the national one whole.
    assert_eq!(
        units,
        [
            ("north", Verdict::Met),
            ("south", Verdict::Unknown),
            ("east", Verdict::NotMet)
        ]
    );
    assert_eq!(
        helpline.jurisdictions[1]
            .missing
            .iter()
            .map(|m| &**m)
            .collect::<Vec<_>>(),
        ["/jurisdictions/1/facts/services/channels"]
    );
    assert_eq!(helpline.verdict, Verdict::PartiallyMet);
}

#[test]
fn an_accepted_exception_is_the_states_and_no_unit_is_evaluated() {
    let mut profile = federal();
    profile["exceptions"] = json!({ "helpline": {
        "justification": "Served by a regional helpline.",
        "review": { "status": "accepted", "by": "Analyst", "date": "2024-07-01" } } });
    let report = evaluate(&profile);
    let helpline = result(&report, "helpline");
    assert_eq!(helpline.verdict, Verdict::NotApplicable);
    assert!(helpline.jurisdictions.is_empty());
}

#[test]
fn the_aggregate_is_met_on_the_day_the_last_unit_met_it() {
    let mut profile = federal();
    profile["jurisdictions"][2]["facts"]["crime"]["possession"] = json!(true);
    let report = evaluate(&profile);
    let dated = result(&report, "dated");
    assert_eq!(dated.verdict, Verdict::Met);
    assert_eq!(dated.deadline.met_on.as_deref(), Some("2015-05-01"));
    assert_eq!(dated.deadline.met_on_basis, Some(MetOnBasis::Jurisdictions));
    assert_eq!(dated.deadline.status, DeadlineStatus::Late);
    let north = &dated.jurisdictions[0];
    assert_eq!(north.deadline.status, DeadlineStatus::Late);
    assert_eq!(
        dated.jurisdictions[1].deadline.status,
        DeadlineStatus::OnTime
    );
}

#[test]
fn a_unitary_profile_gives_the_results_it_always_gave() {
    let mut profile = federal();
    profile.as_object_mut().unwrap().remove("jurisdictions");
    let report = evaluate(&profile);
    assert!(report.profile.jurisdictions.is_empty());
    for r in &report.results {
        assert!(r.jurisdictions.is_empty(), "{}", r.obligation.id);
    }
    assert_eq!(result(&report, "possession").verdict, Verdict::Met);
    assert!(
        !serde_json::to_string(&report)
            .unwrap()
            .contains("jurisdictions")
    );
}

#[test]
fn every_detail_gives_the_same_verdicts_and_one_obligation_explained_equals_the_full_report() {
    let profile = federal();
    let full = evaluate_with(&profile, Detail::Full);
    let quiet = evaluate_with(&profile, Detail::Verdicts);
    for (f, q) in full.results.iter().zip(&quiet.results) {
        assert_eq!(f.verdict, q.verdict);
        assert_eq!(f.range, q.range);
        assert_eq!(f.missing, q.missing);
        assert_eq!(f.deadline, q.deadline);
        let verdicts = |r: &lexpact_core::report::ObligationResult| {
            r.jurisdictions
                .iter()
                .map(|u| (u.verdict, u.missing.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(verdicts(f), verdicts(q));
    }
    for f in &full.results {
        let one = rules()
            .explain_obligation(
                ProfileInput::document("profile.json", &profile),
                &f.obligation.id,
                &EvaluateOptions::default(),
            )
            .unwrap();
        assert_eq!(&one, f);
    }
}
