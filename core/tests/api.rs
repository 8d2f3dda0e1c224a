//! The entry points the bindings wrap: in-memory files, editor checks, formatting, the
//! obligation catalogue and caller-given dates.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lexpact_core::{
    EvaluateOptions, Limits, ProfileInput, RuleSet, Severity, Source, check, format_rules,
    parse_as_of,
};

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
        .evaluate(
            ProfileInput::text("p", r#"{"as_of":"2024-01-01","law":{"ok":true}}"#),
            &EvaluateOptions::default(),
        )
        .unwrap();
    assert_eq!(report.results[0].verdict.as_str(), "met");
    // The schema is enforced: a wrong type is refused.
    let refused = rules.evaluate(
        ProfileInput::text("p", r#"{"as_of":"2024-01-01","law":{"ok":1}}"#),
        &EvaluateOptions::default(),
    );
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
    let tidy = format_rules("x.lex", messy, &Limits::default()).unwrap();
    assert_eq!(
        format_rules("x.lex", &tidy, &Limits::default()).unwrap(),
        tidy
    );
    let broken = format_rules("x.lex", "obligation {", &Limits::default()).unwrap_err();
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
fn the_catalogue_gives_each_obligations_indicators_and_amendments_as_a_report_does() {
    let rules = RuleSet::library("rio").unwrap();
    let catalogue = rules.catalogue();
    let profile =
        serde_json::json!({ "profile": "lexpact/legal-profile/v1", "as_of": "2024-01-01" });
    let report = rules
        .evaluate(
            ProfileInput::document("empty", &profile),
            &EvaluateOptions::default(),
        )
        .unwrap();
    assert_eq!(report.results.len(), catalogue.len());
    for (info, result) in catalogue.iter().zip(&report.results) {
        assert_eq!(info.id, result.obligation.id);
        assert_eq!(info.indicators, result.obligation.indicators, "{}", info.id);
        assert_eq!(info.amendments, result.obligation.amendments, "{}", info.id);
    }
    // The library's crosswalk and amendment marks reach the catalogue, and JSON leaves out
    // an empty list as the report does.
    assert!(catalogue.iter().any(|o| !o.indicators.is_empty()));
    assert!(catalogue.iter().any(|o| !o.amendments.is_empty()));
    let json = serde_json::to_value(&catalogue).unwrap();
    let without = catalogue
        .iter()
        .position(|o| o.amendments.is_empty())
        .unwrap();
    assert!(json[without].get("amendments").is_none());
    let with = catalogue
        .iter()
        .position(|o| !o.indicators.is_empty())
        .unwrap();
    assert_eq!(
        json[with]["indicators"],
        serde_json::json!(catalogue[with].indicators)
    );
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
        .explain_obligation(
            ProfileInput::document("p", &profile),
            &misspelt,
            &EvaluateOptions::default(),
        )
        .unwrap_err();
    assert_eq!(error.0[0].code, "E0210");
    assert!(
        error.0[0].help.as_deref().unwrap_or("").contains(&id),
        "{error:?}"
    );
    let explained = rules
        .explain_obligation(
            ProfileInput::document("p", &profile),
            &id,
            &EvaluateOptions::default(),
        )
        .unwrap();
    assert!(!explained.explanation.is_empty());
}

/// A rule whose condition nests `levels` brackets deep.
fn nested_rule(levels: usize) -> String {
    format!(
        "obligation deep {{\n  title \"t\"\n  cite \"c\"\n  group \"g\"\n  require {}true{}\n}}\n",
        "(".repeat(levels),
        ")".repeat(levels)
    )
}

#[test]
fn format_rules_takes_the_limits_compiling_takes() {
    // A file past 1 MiB within the default 4 MiB formats, and its output is not capped.
    let comment = format!("# {}\n", "x".repeat(100));
    let big = format!("{}{}", comment.repeat(21_000), nested_rule(1));
    assert!(big.len() > 2 << 20);
    let formatted = format_rules("big.lex", &big, &Limits::default()).unwrap();
    assert!(formatted.len() > 2 << 20);
    let small = Limits {
        max_source_bytes: 1 << 20,
        ..Limits::default()
    };
    assert_eq!(
        format_rules("big.lex", &big, &small).unwrap_err().0[0].code,
        "E0003"
    );
    // A rule nested deeper than the default compiles and formats with a raised `max_depth`.
    let deep = nested_rule(40);
    let raised = Limits {
        max_depth: 64,
        ..Limits::default()
    };
    let file = [Source::new("deep.lex", deep.as_str())];
    assert_eq!(
        format_rules("deep.lex", &deep, &Limits::default())
            .unwrap_err()
            .0[0]
            .code,
        "E0002"
    );
    assert!(RuleSet::compile_files(&file, raised).is_ok());
    assert!(format_rules("deep.lex", &deep, &raised).is_ok());
    // A depth above the ceiling is an argument error, as everywhere.
    let above = Limits {
        max_depth: 65,
        ..Limits::default()
    };
    assert_eq!(
        format_rules("deep.lex", &deep, &above).unwrap_err().0[0].code,
        "E0306"
    );
    assert_eq!(
        RuleSet::compile_files(&file, above).unwrap_err().0[0].code,
        "E0306"
    );
}

#[test]
fn the_grammar_defaults_are_the_core_defaults() {
    let parse = lexpact_grammar::ParseOptions::default();
    let limits = Limits::default();
    assert_eq!(
        (parse.max_source_bytes, parse.max_depth),
        (limits.max_source_bytes, limits.max_depth)
    );
}

#[test]
fn a_missing_date_is_explained_without_naming_a_caller_flag() {
    let rules = RuleSet::compile_files(&files(), Limits::default()).unwrap();
    let error = rules
        .evaluate(
            ProfileInput::text("p", r#"{"law":{"ok":true}}"#),
            &EvaluateOptions::default(),
        )
        .unwrap_err();
    assert_eq!(error.0[0].code, "E0304");
    let help = error.0[0].help.as_deref().unwrap();
    assert_eq!(help, lexpact_core::boundary::NO_AS_OF_HELP);
    assert!(!help.contains("--"), "{help}");
}

#[test]
fn in_each_jurisdiction_marks_the_obligation_once_and_the_catalogue_shows_it() {
    let per_unit = RULES.replace(
        "  require law.ok",
        "  in each jurisdiction\n  require law.ok",
    );
    let sources = vec![
        Source::new("rules/demo.lex", per_unit.clone()),
        Source::new("schemas/profile.json", SCHEMA),
    ];
    let rules = RuleSet::compile_files(&sources, Limits::default()).unwrap();
    assert!(rules.obligations()[0].per_jurisdiction);
    let catalogue = rules.catalogue();
    assert!(catalogue[0].per_jurisdiction);
    let json = serde_json::to_value(&catalogue).unwrap();
    assert_eq!(json[0]["per_jurisdiction"], true);
    // Without the clause the flag is false and left out of JSON.
    let national = RuleSet::compile_files(&files(), Limits::default()).unwrap();
    assert!(!national.obligations()[0].per_jurisdiction);
    let json = serde_json::to_value(national.catalogue()).unwrap();
    assert!(json[0].get("per_jurisdiction").is_none(), "{json}");
    // Given twice, it is refused like any clause an obligation has once.
    let twice = per_unit.replace(
        "  in each jurisdiction\n",
        "  in each jurisdiction\n  in each jurisdiction\n",
    );
    let found = check(
        &[
            Source::new("rules/demo.lex", twice),
            Source::new("schemas/profile.json", SCHEMA),
        ],
        Limits::default(),
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].code.as_str(), found[0].line), ("E0207", 9));
    assert_eq!(
        found[0].message,
        "`in each jurisdiction` appears twice in `law_ok`"
    );
}
