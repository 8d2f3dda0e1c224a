//! End-to-end tests of `lexpact diff`: two profiles of one State under the rio library, one
//! profile under two versions of a rule set, saved reports as inputs, the published JSON
//! Schema, the HTML page, and the errors.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::path::{Path, PathBuf};

use common::{lexpact, scratch, text};
use serde_json::Value as Json;

const OLD: &str = "tests/fixtures/diff/cascadia-2023.json";
const NEW: &str = "tests/fixtures/diff/cascadia-2024.json";
const RULES_V1: &str = "tests/fixtures/diff/rules-v1";
const RULES_V2: &str = "tests/fixtures/diff/rules-v2";
const QUICKSTART: &str = "examples/quickstart/profile.json";

/// Runs `lexpact` and returns its standard output, asserting exit code 0.
fn ok(args: &[&str]) -> String {
    let out = lexpact(args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    text(&out.stdout)
}

fn json(args: &[&str]) -> Json {
    serde_json::from_str(&ok(args)).unwrap()
}

/// The change of obligation `id` in a diff.
fn change<'a>(diff: &'a Json, id: &str) -> &'a Json {
    diff["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no change of {id} in {diff:#}"))
}

fn pointers(change: &Json) -> Vec<&str> {
    change["facts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["pointer"].as_str().unwrap())
        .collect()
}

/// A profile's report saved as `check --format json` writes it.
fn saved(dir: &Path, profile: &str, name: &str) -> PathBuf {
    let path = dir.join(name);
    let report = ok(&["check", "--library", "rio", "--format", "json", profile]);
    std::fs::write(&path, report).unwrap();
    path
}

#[test]
fn two_profiles_of_one_state_improve_regress_and_change_with_the_facts_behind_them() {
    let diff = json(&["diff", "--library", "rio", "--format", "json", OLD, NEW]);
    assert_eq!(diff["diff"], "lexpact/diff/v1");
    assert_eq!(
        diff["summary"],
        serde_json::json!({ "improved": 1, "regressed": 1, "changed": 1, "added": 0,
                            "removed": 0, "unchanged": 71 })
    );
    assert_eq!(diff["changes"].as_array().unwrap().len(), 3);

    // D-1: no national report in 2023 (discussions not assessed: not met or partially met),
    // one published in 2024 and a parliamentary discussion.
    let reporting = change(&diff, "annual_national_reporting_rio");
    assert_eq!(reporting["mark"], "improved");
    assert_eq!(reporting["parts"], serde_json::json!(["verdict", "range"]));
    assert_eq!(reporting["old"]["verdict"], "unknown");
    assert_eq!(
        reporting["old"]["range"],
        serde_json::json!(["not_met", "partially_met"])
    );
    assert_eq!(reporting["new"]["verdict"], "met");
    let facts = pointers(reporting);
    assert!(facts.contains(&"/followup/rio_reports"), "{facts:?}");
    let discussions = reporting["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["pointer"] == "/followup/national_progress_discussions")
        .unwrap();
    assert_eq!(
        discussions["parts"],
        serde_json::json!(["status", "value", "sources"])
    );
    assert_eq!(discussions["old"]["status"], "not_assessed");
    assert_eq!(discussions["new"]["value"], true);
    assert_eq!(
        discussions["new"]["sources"][0]["cite"],
        "Parliamentary committee hearing, 12 March 2024"
    );
    // A fact read by the new report only counts.
    let year = reporting["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["pointer"] == "/followup/rio_reports/0/year")
        .unwrap();
    assert_eq!(year["parts"], serde_json::json!(["read"]));
    assert!(year.get("old").is_none());

    // Helplines: met in 2023, then an audit found them no longer confidential.
    let helplines = change(&diff, "helplines");
    assert_eq!(helplines["mark"], "regressed");
    assert_eq!(helplines["old"]["verdict"], "met");
    assert_eq!(helplines["new"]["verdict"], "partially_met");
    assert_eq!(
        pointers(helplines),
        ["/reporting/child_helpline/confidential"]
    );

    // The exception's review went from pending to accepted: not applicable, neither better nor
    // worse.
    let exception = change(&diff, "lead_le_agency_extraterritorial");
    assert_eq!(exception["mark"], "changed");
    assert_eq!(
        exception["parts"],
        serde_json::json!(["verdict", "range", "reason", "exception"])
    );
    assert_eq!(exception["old"]["exception"]["review"]["status"], "pending");
    assert_eq!(
        exception["new"]["exception"]["review"]["status"],
        "accepted"
    );
    assert_eq!(exception["new"]["reason"], "exception");

    // The CRC's source was retrieved again, but the obligation reading it did not change: not
    // listed.
    assert!(
        !diff["changes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["id"] == "ratify_crc")
    );

    // Each side's header and summary are those of `check` on that profile.
    for (side, profile) in [("old", OLD), ("new", NEW)] {
        let report = json(&["check", "--library", "rio", "--format", "json", profile]);
        assert_eq!(diff[side]["summary"], report["summary"], "{side}");
        assert_eq!(diff[side]["as_of"], report["as_of"], "{side}");
        assert_eq!(diff[side]["profile"], report["profile"], "{side}");
    }
    assert!(diff.get("warnings").is_none(), "{diff:#}");
}

#[test]
fn the_text_lists_each_change_by_section_with_the_facts_behind_it() {
    let out = ok(&["diff", "--library", "rio", OLD, NEW]);
    assert!(out.starts_with(&format!(
        "old: {OLD} (Federal Republic of Cascadia); rule set rio"
    )));
    assert!(out.contains("1 improved, 1 regressed, 1 changed, 0 added, 0 removed; 71 unchanged"));
    assert!(out.contains("\nunknown             70    68\n"), "{out}");
    assert!(out.contains(
        "  regressed  C.1(a)-23    Confidential child helplines, accessible in care and justice \
         institutions, with trained and supervised operators\n"
    ));
    assert!(out.contains("             verdict: met → partially met\n"));
    assert!(out.contains(
        "             /reporting/child_helpline/confidential: true [Helpline audit (2022), p. 3] → false [Helpline audit (2024), p. 3]\n"
    ));
    assert!(out.contains(
        "             exception: review pending, National monitoring committee → review accepted, \
         National monitoring committee, 2024-03-14\n"
    ));
    assert!(out.contains("\nD\n  improved   D-1 "), "{out}");
    // The same inputs give the same bytes, in every format.
    assert_eq!(ok(&["diff", "--library", "rio", OLD, NEW]), out);
    for format in ["json", "html"] {
        let args = ["diff", "--library", "rio", "--format", format, OLD, NEW];
        assert_eq!(ok(&args), ok(&args), "{format}");
    }
}

#[test]
fn as_of_evaluates_both_profiles_on_one_date() {
    let diff = json(&[
        "diff",
        "--library",
        "rio",
        "--as-of",
        "2025-01-31",
        "--format",
        "json",
        OLD,
        NEW,
    ]);
    assert_eq!(diff["old"]["as_of"], "2025-01-31");
    assert_eq!(diff["new"]["as_of"], "2025-01-31");
}

#[test]
fn one_profile_under_two_versions_of_a_rule_set() {
    let diff = json(&[
        "diff",
        "--rules",
        RULES_V1,
        "--new-rules",
        RULES_V2,
        "--format",
        "json",
        QUICKSTART,
    ]);
    assert_eq!(diff["old"]["ruleset"]["version"], "v1");
    assert_eq!(diff["new"]["ruleset"]["version"], "v2");
    assert_eq!(
        diff["summary"],
        serde_json::json!({ "improved": 0, "regressed": 1, "changed": 0, "added": 1,
                            "removed": 1, "unchanged": 1 })
    );
    let marks: Vec<(&str, &str)> = diff["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["id"].as_str().unwrap(), c["mark"].as_str().unwrap()))
        .collect();
    assert_eq!(
        marks,
        [
            ("abolish_double_criminality", "regressed"),
            ("ombudsperson_date_on_record", "added"),
            ("extraterritorial_jurisdiction", "removed"),
        ]
    );
    // The profile is the same: no fact changed.
    assert_eq!(
        pointers(change(&diff, "abolish_double_criminality")).len(),
        0
    );
    let added = change(&diff, "ombudsperson_date_on_record");
    assert!(added.get("old").is_none());
    assert_eq!(added["new"]["verdict"], "not_met");
    let removed = change(&diff, "extraterritorial_jurisdiction");
    assert!(removed.get("new").is_none());
    assert_eq!(removed["old"]["verdict"], "met");

    // The page names what lies between the sides: the rule set, the date being the same.
    let html = ok(&[
        "diff",
        "--rules",
        RULES_V1,
        "--new-rules",
        RULES_V2,
        "--format",
        "html",
        QUICKSTART,
    ]);
    assert!(html.contains("<p class=\"version\">rule set quickstart v1 to quickstart v2</p>"));
    assert!(html.contains("<li class=\"same\">No fact it reads changed.</li>"));
    assert!(html.contains("<span class=\"vchip absent\">not in this report</span>"));

    // --library and --new-library: the same library on both sides changes nothing.
    let same = json(&[
        "diff",
        "--library",
        "rio",
        "--new-library",
        "rio",
        "--format",
        "json",
        NEW,
    ]);
    assert_eq!(same["summary"]["unchanged"], 74);
    assert_eq!(same["changes"], serde_json::json!([]));
}

#[test]
fn saved_reports_compare_as_their_profiles_do() {
    let dir = scratch("diff-saved-reports");
    let old = saved(&dir, OLD, "old.json");
    let new = saved(&dir, NEW, "new.json");
    let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());
    let from_profiles = ok(&["diff", "--library", "rio", "--format", "json", OLD, NEW]);
    assert_eq!(ok(&["diff", "--format", "json", old, new]), from_profiles);
    // Options that would not be used are refused rather than ignored.
    for option in [["--library", "rio"], ["--as-of", "2024-06-30"]] {
        let out = lexpact(&["diff", option[0], option[1], old, new]);
        assert_eq!(out.status.code(), Some(2));
        assert!(text(&out.stderr).contains("E0306"), "{}", text(&out.stderr));
    }
    // A saved report on one side, a profile evaluated on the other.
    assert_eq!(
        ok(&["diff", "--library", "rio", "--format", "json", old, NEW]),
        from_profiles
    );
}

#[test]
fn the_json_validates_against_the_published_schema() {
    let schema: Json = serde_json::from_str(&ok(&["schema", "--diff"])).unwrap();
    assert_eq!(schema["$id"], "urn:lexpact:schema:diff:v1");
    let report_schema: Json = serde_json::from_str(&ok(&["schema"])).unwrap();
    assert_eq!(report_schema["$id"], "urn:lexpact:schema:report:v2");
    let validator = jsonschema::validator_for(&schema).unwrap();
    let diffs = [
        json(&["diff", "--library", "rio", "--format", "json", OLD, NEW]),
        json(&[
            "diff",
            "--rules",
            RULES_V1,
            "--new-rules",
            RULES_V2,
            "--format",
            "json",
            QUICKSTART,
        ]),
    ];
    for diff in &diffs {
        let errors: Vec<String> = validator
            .iter_errors(diff)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
    // The schema does constrain: a diff with an unknown mark is refused.
    let mut wrong = diffs[0].clone();
    wrong["changes"][0]["mark"] = "better".into();
    assert!(!validator.is_valid(&wrong));
}

#[test]
fn the_html_page_escapes_hostile_text_and_fetches_nothing() {
    const HOSTILE: &str =
        r#"<script>alert(1)</script><img src=x onerror=alert(2)>" onmouseover="x"#;
    let dir = scratch("diff-html");
    let mut profile: Json = serde_json::from_str(&std::fs::read_to_string(NEW).unwrap()).unwrap();
    profile["state"]["name"]["value"] = HOSTILE.into();
    profile["reporting"]["child_helpline"]["confidential"]["source"]["cite"] = HOSTILE.into();
    profile["reporting"]["child_helpline"]["confidential"]["note"] = HOSTILE.into();
    let new = dir.join("hostile.json");
    std::fs::write(&new, profile.to_string()).unwrap();
    let html = ok(&[
        "diff",
        "--library",
        "rio",
        "--format",
        "html",
        OLD,
        new.to_str().unwrap(),
    ]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">"
    ));
    assert!(!html.contains("<script"), "no script, hostile or not");
    assert!(!html.contains("<img"));
    assert!(!html.contains("\" onmouseover"));
    assert!(!html.contains("<link") && !html.contains("src=\"http"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    // The two States differ: the page says so.
    assert!(html.contains("<li>the reports are about different States: "));
    // One section per group changed, a row per change, marks and verdict chips.
    assert_eq!(html.matches("<section class=\"group\">").count(), 2);
    assert_eq!(html.matches("<tr class=\"change\"").count(), 3);
    for mark in ["improved", "regressed", "changed"] {
        assert!(html.contains(&format!("data-mark=\"{mark}\"")), "{mark}");
    }
    assert!(html.contains("<span class=\"vchip v-partially_met\" data-verdict=\"partially_met\">"));
    assert!(html.contains("/<wbr>reporting/<wbr>child_helpline/<wbr>confidential"));
}

#[test]
fn bad_inputs_exit_2_with_a_diagnostic() {
    let cases: [(&[&str], &str); 6] = [
        (&["diff", "--library", "rio", "-", "-"], "E0306"),
        (&["diff", OLD, NEW], "E0213"),
        (&["diff", "--library", "rio", OLD], "E0306"),
        (
            &["diff", "--library", "rio", "--new-library", "rio", OLD, NEW],
            "E0306",
        ),
        (
            &[
                "diff",
                "--library",
                "rio",
                OLD,
                "tests/fixtures/diff/none.json",
            ],
            "E0300",
        ),
        (
            &[
                "diff",
                "--library",
                "rio",
                "--as-of",
                "2024-13-01",
                OLD,
                NEW,
            ],
            "E0304",
        ),
    ];
    for (args, code) in cases {
        let out = lexpact(args);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(code), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    let missing_rules = text(&lexpact(&["diff", OLD, NEW]).stderr);
    assert!(missing_rules.contains("give --rules PATH or --library NAME to evaluate it"));

    // A report of another format, and several reports in one file.
    let dir = scratch("diff-bad-reports");
    let report = ok(&["check", "--library", "rio", "--format", "json", OLD]);
    let old_format = dir.join("v1.json");
    std::fs::write(
        &old_format,
        report.replace("lexpact/report/v2", "lexpact/report/v1"),
    )
    .unwrap();
    let several = dir.join("several.json");
    let two = ok(&["check", "--library", "rio", "--format", "json", OLD, NEW]);
    std::fs::write(&several, two).unwrap();
    let saved = saved(&dir, NEW, "new.json");
    for (file, words) in [
        (&old_format, "a report of format \"lexpact/report/v1\""),
        (&several, "a list of 2 reports"),
    ] {
        let out = lexpact(&["diff", file.to_str().unwrap(), saved.to_str().unwrap()]);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains("E0306") && err.contains(words), "{err}");
    }
}

#[test]
fn the_two_reports_of_an_example_state_show_every_changed_verdict_with_the_facts_behind_it() {
    let old_path = "examples/profiles/cascadia-2019.json";
    let new_path = "examples/profiles/cascadia.json";
    let report = |path: &str| json(&["check", "--library", "rio", "--format", "json", path]);
    let (old, new) = (report(old_path), report(new_path));
    let verdicts = |report: &Json| -> std::collections::BTreeMap<String, (Json, Json)> {
        report["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let range = r.get("range").cloned().unwrap_or(Json::Null);
                (
                    r["id"].as_str().unwrap().to_string(),
                    (r["verdict"].clone(), range),
                )
            })
            .collect()
    };
    let (before, after) = (verdicts(&old), verdicts(&new));
    let changed: Vec<&String> = before
        .keys()
        .filter(|id| before[*id] != after[*id])
        .collect();
    assert!(!changed.is_empty(), "the two years differ");

    let diff = json(&[
        "diff",
        "--library",
        "rio",
        "--format",
        "json",
        old_path,
        new_path,
    ]);
    for id in &changed {
        let listed = change(&diff, id);
        assert_eq!(listed["old"]["verdict"], before[*id].0, "{id}");
        assert_eq!(listed["new"]["verdict"], after[*id].0, "{id}");
        assert!(
            !pointers(listed).is_empty(),
            "{id}: a changed verdict shows the facts behind it"
        );
    }
    let text = ok(&["diff", "--library", "rio", old_path, new_path]);
    for id in &changed {
        assert!(
            text.contains(&format!("\n             {id}\n")),
            "{id} in the text"
        );
    }
}
