//! Obligation metadata end to end: the `indicator` and `amended` clauses of the report-v2
//! fixture in every output of `check` and in `explain`, and `check --by-indicator SCHEME`
//! on the fixture and on the bundled `icmec` library.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::{lexpact, scratch, text};
use serde_json::{Value, json};

const RULES: &str = "tests/fixtures/report-v2";
const PROFILE: &str = "tests/fixtures/report-v2/profile.json";

fn check(args: &[&str]) -> (Option<i32>, String, String) {
    let mut all = vec!["check", "--rules", RULES];
    all.extend_from_slice(args);
    all.push(PROFILE);
    let out = lexpact(&all);
    (out.status.code(), text(&out.stdout), text(&out.stderr))
}

fn ok(args: &[&str]) -> String {
    let (code, out, err) = check(args);
    assert_eq!(code, Some(0), "{err}");
    out
}

#[test]
fn the_json_report_carries_indicators_and_amendments_only_when_there_are_some() {
    let report: Value = serde_json::from_str(&ok(&["--format", "json"])).unwrap();
    assert_eq!(report["report"], "lexpact/report/v2");
    let results = report["results"].as_array().unwrap();
    let helpline = &results[0];
    assert_eq!(helpline["id"], "child_helpline");
    assert_eq!(helpline["indicators"], json!(["icmec:3", "lanzarote:13"]));
    assert_eq!(helpline["amendments"], json!(["free, 24-hour"]));
    for other in &results[1..] {
        assert!(other.get("indicators").is_none(), "{other}");
        assert!(other.get("amendments").is_none(), "{other}");
    }
}

#[test]
fn the_report_schema_lists_both_as_optional_lists_of_strings() {
    let out = lexpact(&["schema"]);
    let schema: Value = serde_json::from_slice(&out.stdout).unwrap();
    let result = &schema["$defs"]["ObligationResult"];
    for field in ["indicators", "amendments"] {
        assert_eq!(result["properties"][field]["type"], "array", "{field}");
        assert_eq!(
            result["properties"][field]["items"]["type"], "string",
            "{field}"
        );
        let required = result["required"].as_array().unwrap();
        assert!(!required.contains(&json!(field)), "{field} is optional");
    }
}

#[test]
fn text_csv_and_explain_show_them() {
    let report = ok(&[]);
    assert!(
        report.contains(
            "                 child_helpline\n\
             \x20                indicators: icmec:3, lanzarote:13\n\
             \x20                late amendment: \"free, 24-hour\"\n"
        ),
        "{report}"
    );
    assert_eq!(report.matches("indicators:").count(), 1, "{report}");

    let csv = ok(&["--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (indicators, amended) = (column("indicators"), column("late_amendment"));
    assert_eq!(amended, indicators + 1);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(&rows[0][indicators], "icmec:3;lanzarote:13");
    assert_eq!(&rows[0][amended], "free, 24-hour");
    assert_eq!((&rows[1][indicators], &rows[1][amended]), ("", ""));

    let out = lexpact(&["explain", "--rules", RULES, "child_helpline"]);
    let explained = text(&out.stdout);
    assert!(
        explained
            .contains("indicators: icmec:3, lanzarote:13\nlate amendment: \"free, 24-hour\"\n"),
        "{explained}"
    );
    let out = lexpact(&["explain", "--rules", RULES, "offender_register"]);
    let explained = text(&out.stdout);
    assert!(!explained.contains("indicators:"), "{explained}");
    assert!(!explained.contains("late amendment"), "{explained}");
}

#[test]
fn the_html_matrix_marks_the_row_and_lists_the_indicators_in_its_details() {
    let page = ok(&["--format", "html"]);
    assert_eq!(
        page.matches(
            "<span class=\"amended\" title=\"rests on a passage marked in the draft \
                      as a late amendment: “free, 24-hour”\""
        )
        .count(),
        1,
        "one dagger, on the helpline's row"
    );
    assert!(
        page.contains("<li class=\"amended-key\">"),
        "the legend explains the dagger"
    );
    assert!(
        page.contains("<dt>Indicators</dt><dd class=\"indicators\">icmec:3, lanzarote:13</dd>"),
        "the details list the indicators"
    );
    assert!(page.contains("<dt>Late amendment</dt>"));
    // A matrix with no amended obligation has no legend entry for the mark.
    let dir = scratch("metadata-html");
    std::fs::write(
        dir.join("rules.lex"),
        "obligation o { title \"t\" cite \"c\" indicator \"icmec:1\" require true }\n",
    )
    .unwrap();
    let profile = dir.join("p.json");
    std::fs::write(&profile, r#"{"as_of": "2024-01-01"}"#).unwrap();
    let out = lexpact(&[
        "check",
        "--rules",
        dir.join("rules.lex").to_str().unwrap(),
        "--format",
        "html",
        profile.to_str().unwrap(),
    ]);
    let plain = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        !plain.contains("<span class=\"amended\"") && !plain.contains("<li class=\"amended-key\">"),
        "no mark, no legend entry"
    );
    assert!(plain.contains("icmec:1</dd>"));
}

#[test]
fn by_indicator_groups_results_as_text_and_json() {
    let grouped = ok(&["--by-indicator", "lanzarote"]);
    assert_eq!(
        grouped,
        "tests/fixtures/report-v2/profile.json (Republic of Fixturia)\n\
         as of 2024-06-30; by indicator of lanzarote\n\
         \n\
         lanzarote:13  1 unknown\n\
         \x20 unknown        T-1          A national child helpline †\n\
         \x20                could still be at least partially met\n\
         \n\
         no indicator of lanzarote  3 obligations\n\
         \x20 not applicable T-2          A register of sex offenders, where appropriate\n\
         \x20 not met        T-3          A children's ombudsperson, where appropriate\n\
         \x20 not applicable T-4          Patrols against trafficking by sea, for coastal States\n"
    );
    let json: Value =
        serde_json::from_str(&ok(&["--by-indicator", "icmec", "--format", "json"])).unwrap();
    assert_eq!(json["format"], "lexpact/by-indicator/v1");
    assert_eq!(json["scheme"], "icmec");
    let profile = &json["profiles"][0];
    assert_eq!(profile["indicators"][0]["indicator"], "icmec:3");
    assert_eq!(
        profile["indicators"][0]["tally"],
        json!({ "met": 0, "partially_met": 0, "not_met": 0, "unknown": 1, "not_applicable": 0 })
    );
    assert_eq!(
        profile["indicators"][0]["obligations"][0]["id"],
        "child_helpline"
    );
    let unmapped: Vec<&str> = profile["unmapped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        unmapped,
        [
            "offender_register",
            "childrens_ombudsperson",
            "coastal_patrols"
        ]
    );
}

#[test]
fn by_indicator_refuses_an_unknown_scheme_and_formats_it_cannot_write() {
    let (code, out, err) = check(&["--by-indicator", "ots"]);
    assert_eq!(code, Some(2));
    assert!(out.is_empty());
    assert!(
        err.contains("names no indicator of scheme `ots`; the schemes it uses: icmec, lanzarote"),
        "{err}"
    );
    let (code, _, err) = check(&["--by-indicator", "icmec", "--format", "csv"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--format text or --format json"), "{err}");
}

/// `lexpact check --library LIBRARY --by-indicator SCHEME --format json` on Aurelia.
fn by_indicator(library: &str, scheme: &str) -> Value {
    let out = lexpact(&[
        "check",
        "--library",
        library,
        "--by-indicator",
        scheme,
        "--format",
        "json",
        "examples/profiles/aurelia.json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The ids of the indicator groups of a `by_indicator` answer, in order.
fn indicator_ids(json: &Value) -> Vec<&str> {
    json["profiles"][0]["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["id"].as_str().unwrap())
        .collect()
}

#[test]
fn by_indicator_on_the_icmec_library_sorts_the_criteria_naturally() {
    let json = by_indicator("icmec", "icmec");
    assert_eq!(indicator_ids(&json), ["1", "2", "3", "4", "5", "rating"]);
    assert_eq!(json["profiles"][0]["unmapped"], json!([]));
    // The Rio library's crosswalk maps each of ICMEC's five criteria to a Rio obligation.
    let json = by_indicator("rio", "icmec");
    assert_eq!(indicator_ids(&json), ["1", "2", "3", "4", "5"]);
    // The Out of the Shadows Index: the three sub-indicators of its indicator 4.4.
    let json = by_indicator("rio", "ots");
    assert_eq!(indicator_ids(&json), ["4.4.1", "4.4.2", "4.4.3"]);
    // A scheme the rules do not use: the error names the ones they do.
    let out = lexpact(&[
        "check",
        "--library",
        "rio",
        "--by-indicator",
        "unicef",
        "examples/profiles/aurelia.json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("the schemes it uses: ecpat, icmec, lanzarote, ots"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_late_amendment_that_would_start_a_formula_is_written_as_text_in_csv() {
    let dir = scratch("metadata-csv");
    std::fs::write(
        dir.join("rules.lex"),
        "obligation o { title \"t\" cite \"c\" text \"=SUM(A1) is amended\" \
         amended \"=SUM(A1)\" require true }\n",
    )
    .unwrap();
    let profile = dir.join("p.json");
    std::fs::write(&profile, r#"{"as_of": "2024-01-01"}"#).unwrap();
    let out = lexpact(&[
        "check",
        "--rules",
        dir.join("rules.lex").to_str().unwrap(),
        "--format",
        "csv",
        profile.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[18], "'=SUM(A1)");
}

/// `explain` on a bundled library gives the crosswalk's reason: why an obligation has no
/// indicator, or what its indicators leave out and whether the mapping is a judgement.
#[test]
fn explain_gives_the_crosswalk_reason_of_a_bundled_library() {
    let out = lexpact(&["explain", "--library", "rio", "travel_notification_system"]);
    assert_eq!(out.status.code(), Some(0));
    let explained = text(&out.stdout);
    assert!(
        explained.contains(
            "indicators: none\ncrosswalk: CETS 201 has no provision on travel notification; \
             Interpol green notices are outside the schemes.\n"
        ),
        "{explained}"
    );
    let out = lexpact(&[
        "explain",
        "--library",
        "rio",
        "csam_production_distribution",
    ]);
    let explained = text(&out.stdout);
    assert!(
        explained.contains(
            "indicators: icmec:1, lanzarote:20, ots:4.4.2 (a judgement)\ncrosswalk: \
             Art. 20(1)(a)-(c). ICMEC criterion 1"
        ),
        "{explained}"
    );
    // A library without a crosswalk table, and rules of one's own, show no reason.
    let out = lexpact(&[
        "explain",
        "--library",
        "icmec",
        "icmec_specific_legislation",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let explained = text(&out.stdout);
    assert!(!explained.contains("crosswalk:"), "{explained}");
}
