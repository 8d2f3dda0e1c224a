//! What a summary counts across obligations, and what qualifies a missing fact or a deadline,
//! in every output of `lexpact check` and in `lexpact questions`, on the conformance case
//! `078-bullets-statuses-window`: a bullet split into three obligations, missing facts absent,
//! not assessed and contested, and deadline windows open on the evaluation date.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::{lexpact, text};
use serde_json::{Value, json};

const CASE: &str = "tests/conformance/cases/078-bullets-statuses-window";
const PROFILE: &str = "tests/conformance/cases/078-bullets-statuses-window/profile.json";

fn check(format: &str) -> String {
    let out = lexpact(&["check", "--rules", CASE, "--format", format, PROFILE]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    text(&out.stdout)
}

fn result<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no result {id}"))
}

#[test]
fn json_gives_each_missing_fact_its_status_the_bullets_and_the_open_window() {
    let report: Value = serde_json::from_str(&check("json")).unwrap();
    assert_eq!(
        result(&report, "not_assessed_fact")["missing_status"],
        json!(["not_assessed"])
    );
    assert_eq!(
        result(&report, "absent_fact")["missing_status"],
        json!(["absent"])
    );
    assert_eq!(
        result(&report, "contested_fact")["missing_status"],
        json!(["contested"])
    );
    assert!(
        result(&report, "single_met")
            .get("missing_status")
            .is_none()
    );
    let summary = &report["summary"];
    assert_eq!(summary["total"], 10);
    assert_eq!(
        summary["bullets"],
        json!({"total": 6, "met": 1, "partially_met": 1, "not_met": 1, "unknown": 2, "not_applicable": 1})
    );
    assert_eq!(
        summary["missing_by_status"],
        json!({"absent": 1, "contested": 1, "not_assessed": 1})
    );
    assert_eq!(
        result(&report, "window_open_not_met")["deadline"],
        json!({"status": "not_due", "from": "2013-01-01", "due": "2013-12-31", "in_window": true})
    );
    assert!(
        result(&report, "window_starts_today")["deadline"]
            .get("in_window")
            .is_none()
    );
    // After the window, the flag is gone and the obligation overdue.
    let later = lexpact(&[
        "check",
        "--rules",
        CASE,
        "--format",
        "json",
        "--as-of",
        "2014-01-01",
        PROFILE,
    ]);
    let later: Value = serde_json::from_str(&text(&later.stdout)).unwrap();
    assert_eq!(
        result(&later, "window_open_not_met")["deadline"],
        json!({"status": "overdue", "from": "2013-01-01", "due": "2013-12-31"})
    );
}

#[test]
fn text_words_the_statuses_the_bullets_and_the_open_window() {
    let out = check("text");
    for line in [
        "missing /logic/u (not assessed)",
        "missing /logic/u2 (no data)",
        "missing /logic/t2 (contested)",
        "due by 2013-12-31; the window 2013-01-01 to 2013-12-31 is open",
        "10 obligations in 6 bullets: 2 met, 0 partially met, 3 not met, 3 unknown, 2 not applicable; 0 late, 0 overdue",
        "by bullet: 1 met, 1 partially met, 1 not met, 2 unknown, 1 not applicable",
        "3 missing facts: 1 not assessed; 1 no data; 1 contested",
    ] {
        assert!(out.contains(line), "no {line:?} in\n{out}");
    }
    // Twice: the window is open for the obligation met and for the one not met.
    assert_eq!(out.matches("is open").count(), 2, "{out}");
}

#[test]
fn csv_gives_the_statuses_in_the_order_of_missing_and_the_window_flag() {
    let csv = check("csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let cell =
        |id: &str, column: &str| rows.iter().find(|r| &r[3] == id).unwrap()[at(column)].to_string();
    assert_eq!(cell("not_assessed_fact", "missing"), "/logic/u");
    assert_eq!(cell("not_assessed_fact", "missing_status"), "not_assessed");
    assert_eq!(cell("absent_fact", "missing_status"), "absent");
    assert_eq!(cell("single_met", "missing_status"), "");
    assert_eq!(cell("window_open_met", "in_window"), "true");
    assert_eq!(cell("window_starts_today", "in_window"), "");
}

#[test]
fn the_html_matrix_marks_not_assessed_and_counts_bullets() {
    let html = check("html");
    assert!(html.contains("<li class=\"s-not_assessed\"><code>"));
    assert!(html.contains("<span class=\"mstatus\">not assessed</span>"));
    assert!(html.contains("<li class=\"s-absent\"><code>"));
    assert!(html.contains("<span class=\"mstatus\">no data</span>"));
    assert!(html.contains("10 in 1 section, 6 bullets"), "the header");
    assert!(html.contains(
        "<tr class=\"total-bullets\"><th scope=\"row\">bullets (a cite counts once)</th>\
         <td data-profile=\"0\" data-count=\"6\"><b>6</b></td></tr>"
    ));
    assert!(html.contains("due by 2013-12-31; the window 2013-01-01 to 2013-12-31 is open"));
}

#[test]
fn questions_give_each_fact_its_status() {
    let out = lexpact(&["questions", "--rules", CASE, "--format", "json", PROFILE]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let asked: Value = serde_json::from_str(&text(&out.stdout)).unwrap();
    let status: Vec<(String, String)> = asked["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            (
                q["pointer"].as_str().unwrap().to_string(),
                q["status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let mut status = status;
    status.sort();
    assert_eq!(
        status,
        [
            ("/logic/t2".to_string(), "contested".to_string()),
            ("/logic/u".to_string(), "not_assessed".to_string()),
            ("/logic/u2".to_string(), "absent".to_string()),
        ]
    );
    let out = lexpact(&["questions", "--rules", CASE, PROFILE]);
    assert!(text(&out.stdout).contains("/logic/u (boolean; not assessed)"));
}
