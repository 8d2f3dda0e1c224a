//! The entry points the bindings wrap: in-memory files, editor checks, formatting, the
//! obligation catalogue and caller-given dates.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lexpact_core::{Limits, RuleSet, Severity, Source, check, format_rules, parse_as_of};

const SCHEMA: &str = r#"{"type":"object","properties":{"as_of":{"type":"string"},
  "law":{"type":"object","properties":{"ok":{"type":"boolean"}}}}}"#;

const RULES: &str = r#"ruleset "demo" version "1"
schema "../schemas/profile.json"
obligation law_ok {
  title "The law is in order"
  cite "Art. 1"
  group "A"
  text "Keep the law in order."
  require law.ok
}
"#;

fn files() -> Vec<Source> {
    vec![
        Source::new("rules/demo.lex", RULES),
        Source::new("schemas/profile.json", SCHEMA),
    ]
}

#[test]
fn files_in_memory_serve_the_schema_a_rule_file_names() {
    let rules = RuleSet::compile_files(&files(), Limits::default()).unwrap();
    let report = rules
        .evaluate_text("p", r#"{"as_of":"2024-01-01","law":{"ok":true}}"#, None)
        .unwrap();
    assert_eq!(report.results[0].verdict.as_str(), "met");
    // The schema is enforced: a wrong type is refused.
    let refused = rules.evaluate_text("p", r#"{"as_of":"2024-01-01","law":{"ok":1}}"#, None);
    assert!(refused.is_err());
}

#[test]
fn a_missing_named_file_is_a_diagnostic() {
    let only_rules = vec![Source::new("rules/demo.lex", RULES)];
    let found = check(&only_rules, Limits::default());
    assert!(
        found.iter().any(|d| d.severity == Severity::Error),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|d| d.message.contains("schemas/profile.json"))
    );
}

#[test]
fn check_locates_a_typo_and_is_empty_for_clean_files() {
    assert_eq!(check(&files(), Limits::default()), vec![]);
    let typo = vec![
        Source::new("rules/demo.lex", RULES.replace("law.ok", "law.okk")),
        Source::new("schemas/profile.json", SCHEMA),
    ];
    let found = check(&typo, Limits::default());
    let d = &found[0];
    assert_eq!(
        (d.code.as_str(), d.file.as_str(), d.line),
        ("E0201", "rules/demo.lex", 8)
    );
    assert!(d.span.end > d.span.start);
}

#[test]
fn format_rules_formats_or_reports_the_syntax_error() {
    let messy = "ruleset \"x\"   version \"1\"\nobligation a {require   true}\n";
    let tidy = format_rules("x.lex", messy).unwrap();
    assert_eq!(format_rules("x.lex", &tidy).unwrap(), tidy);
    let broken = format_rules("x.lex", "obligation {").unwrap_err();
    assert_eq!(broken.0[0].file, "x.lex");
    assert!(broken.0[0].line >= 1);
}

#[test]
fn the_catalogue_lists_every_obligation_with_its_citation() {
    let rules = RuleSet::library("rio").unwrap();
    let catalogue = rules.catalogue();
    assert_eq!(catalogue.len(), rules.obligations().len());
    let registration = catalogue
        .iter()
        .find(|o| o.id == "birth_registration_immediate")
        .unwrap();
    assert_eq!(registration.cite, "C.1(a)-20");
    assert!(registration.text.contains("immediately after birth"));
    assert!(catalogue.iter().any(|o| o.deadline.is_some()));
    let json = serde_json::to_value(&catalogue).unwrap();
    assert!(json[0]["line"].as_u64().unwrap() > 0);
}

#[test]
fn parse_as_of_refuses_what_is_not_a_date() {
    assert_eq!(parse_as_of("2024-02-29").unwrap().to_string(), "2024-02-29");
    for bad in ["2023-02-29", "yesterday", "", "2024-1-1"] {
        let e = parse_as_of(bad).unwrap_err();
        assert_eq!(e.0[0].code, "E0304", "{bad}");
    }
}

#[test]
fn explaining_an_obligation_the_rule_set_lacks_names_the_closest() {
    let rules = lexpact_core::RuleSet::library("rio").unwrap();
    let profile =
        serde_json::json!({ "profile": "lexpact/legal-profile/v1", "as_of": "2024-01-01" });
    let id = rules.obligations()[0].id().to_string();
    let misspelt = format!("{id}x");
    let error = rules
        .explain_obligation(&profile, "p", None, &misspelt)
        .unwrap_err();
    assert_eq!(error.0[0].code, "E0210");
    assert!(
        error.0[0].help.as_deref().unwrap_or("").contains(&id),
        "{error:?}"
    );
    let explained = rules.explain_obligation(&profile, "p", None, &id).unwrap();
    assert!(!explained.explanation.is_empty());
}
