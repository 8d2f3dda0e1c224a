//! The v2 report model in every output of `lexpact check` (JSON, NDJSON, text, CSV, HTML), on the
//! fixture `tests/fixtures/report-v2/`: an unknown `require` with a true `partial when` (range
//! partially met or met), an exception accepted and one contested, an obligation that does not
//! concern the State, and a fact with two sources. Then a federal State's report, written by
//! hand in `tests/fixtures/report-federal/report.json` and rendered by the CLI's renderers
//! (`lexpact-render`): obligations evaluated in each of five jurisdictions (met, met, not met,
//! unknown with a range, not applicable), facts read from histories, `met on` dates found from
//! histories and from the units.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use lexpact_render as render;

use common::{lexpact, scratch, text};

use serde_json::{Value, json};

const RULES: &str = "tests/fixtures/report-v2";
const PROFILE: &str = "tests/fixtures/report-v2/profile.json";

fn check(format: &str) -> String {
    let out = lexpact(&["check", "--rules", RULES, "--format", format, PROFILE]);
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

/// The lines of one result in the text report: its verdict line, then every line indented
/// under it (the id first).
fn text_block(report: &str, id: &str) -> String {
    let lines: Vec<&str> = report.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.trim_start() == id && l.starts_with(&" ".repeat(17)))
        .unwrap_or_else(|| panic!("no {id} in {report}"));
    let under = lines[at..]
        .iter()
        .take_while(|l| l.starts_with(&" ".repeat(17)))
        .count();
    lines[at - 1..at + under].join("\n")
}

#[test]
fn json_and_ndjson_carry_ranges_reasons_reviews_and_sources() {
    let report: Value = serde_json::from_str(&check("json")).unwrap();
    let ndjson = check("ndjson");
    let line: Value = serde_json::from_str(ndjson.trim_end()).unwrap();
    assert_eq!(line, report, "NDJSON is the same report, one a line");
    assert_eq!(report["report"], "lexpact/report/v2");

    let helpline = result(&report, "child_helpline");
    assert_eq!(helpline["verdict"], "unknown");
    assert_eq!(helpline["range"], json!(["partially_met", "met"]));
    assert_eq!(helpline["missing"], json!(["/services/helpline/exists"]));
    let planned = helpline["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["pointer"] == "/services/helpline/planned")
        .unwrap();
    assert_eq!(
        planned["sources"],
        json!([
            { "cite": "National Plan 2024, s. 3" },
            { "cite": "Budget Law 2024, art. 12", "url": "https://example.org/budget-2024" }
        ])
    );
    assert!(planned.get("source").is_none(), "v1's `source` is gone");

    let accepted = result(&report, "offender_register");
    assert_eq!(accepted["verdict"], "not_applicable");
    assert_eq!(accepted["reason"], "exception");
    assert_eq!(accepted["exception"]["review"]["status"], "accepted");
    assert!(accepted.get("range").is_none());

    let contested = result(&report, "childrens_ombudsperson");
    assert_eq!(
        contested["verdict"], "not_met",
        "a contested claim sets nothing aside"
    );
    assert!(contested.get("reason").is_none());
    assert_eq!(
        contested["exception"]["review"],
        json!({
            "status": "contested",
            "by": "Monitoring Committee",
            "date": "2024-04-15",
            "note": "the commission has no children's mandate"
        })
    );

    let coastal = result(&report, "coastal_patrols");
    assert_eq!(coastal["reason"], "applies_when");

    let summary = &report["summary"];
    assert_eq!(summary["not_applicable"], 2);
    assert_eq!(summary["not_applicable_applies_when"], 1);
    assert_eq!(summary["not_applicable_exception"], 1);
    assert_eq!(
        summary["ranges"],
        json!([{ "range": ["partially_met", "met"], "count": 1 }])
    );
}

#[test]
fn the_text_report_words_ranges_reasons_reviews_and_every_source() {
    let report = check("text");
    let helpline = text_block(&report, "child_helpline");
    assert!(helpline.starts_with("  unknown "), "{helpline}");
    assert!(
        helpline.contains("\n                 unknown (at least partially met)\n"),
        "{helpline}"
    );
    assert!(
        helpline.contains(
            "/services/helpline/planned = true (National Plan 2024, s. 3; Budget Law 2024, art. 12)"
        ),
        "{helpline}"
    );

    let accepted = text_block(&report, "offender_register");
    assert!(
        accepted.contains("not applicable: exception accepted"),
        "{accepted}"
    );
    assert!(
        accepted.contains(
            "exception claimed: where appropriate — accepted by Monitoring Committee on 2024-03-01"
        ),
        "{accepted}"
    );

    let contested = text_block(&report, "childrens_ombudsperson");
    assert!(contested.starts_with("  not met "), "{contested}");
    assert!(
        contested.contains(
            "exception claimed: where appropriate — contested by Monitoring Committee on \
             2024-04-15: the commission has no children's mandate"
        ),
        "{contested}"
    );
    assert!(
        contested.contains("justification: The human rights commission covers children"),
        "{contested}"
    );

    let coastal = text_block(&report, "coastal_patrols");
    assert!(
        coastal.contains("not applicable: not concerned (applies when is false)"),
        "{coastal}"
    );

    assert!(
        report.ends_with(
            "\n1 unknown: 1 at least partially met\n\
             2 not applicable: 1 not concerned (applies when is false); 1 exception accepted\n\
             1 missing fact: 1 not assessed\n"
        ),
        "{report}"
    );
}

#[test]
fn csv_has_range_reason_and_review_columns() {
    let csv = check("csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "profile",
            "state",
            "as_of",
            "id",
            "cite",
            "group",
            "verdict",
            "range",
            "reason",
            "deadline_status",
            "exception",
            "exception_review",
            "missing",
            "weight",
            "jurisdictions",
            "jurisdiction_verdicts",
            "met_on_basis",
            "indicators",
            "late_amendment",
            "missing_status",
            "in_window"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let row = |id: &str| {
        let row = rows.iter().find(|r| &r[3] == id).unwrap();
        [&row[6], &row[7], &row[8], &row[10], &row[11]].map(str::to_string)
    };
    assert_eq!(
        row("child_helpline"),
        ["unknown", "partially_met|met", "", "", ""]
    );
    assert_eq!(
        row("offender_register"),
        [
            "not_applicable",
            "",
            "exception",
            "where appropriate",
            "accepted"
        ]
    );
    assert_eq!(
        row("childrens_ombudsperson"),
        ["not_met", "", "", "where appropriate", "contested"]
    );
    assert_eq!(
        row("coastal_patrols"),
        ["not_applicable", "", "applies_when", "", ""]
    );
}

#[test]
fn the_html_matrix_shows_ranges_reasons_reviews_and_every_source() {
    let html = check("html");
    let cell = |o: usize| {
        let start = html
            .find(&format!("<a class=\"cell\" id=\"c0-{o}\""))
            .unwrap();
        let td = html[..start].rfind("<td").unwrap();
        let end = start + html[start..].find("</td>").unwrap();
        html[td..end].to_string()
    };
    let helpline = cell(0);
    assert!(
        helpline.contains("data-verdict=\"unknown\" data-range=\"partially_met|met\""),
        "{helpline}"
    );
    assert!(
        helpline.contains("Verdict: unknown (at least partially met)"),
        "{helpline}"
    );
    assert!(
        helpline.contains("<span class=\"sr\"> (at least partially met)</span>"),
        "{helpline}"
    );

    let accepted = cell(1);
    assert!(
        accepted.starts_with("<td class=\"m v-not_applicable na-exception exc\">"),
        "{accepted}"
    );
    assert!(accepted.contains("§ exception accepted"), "{accepted}");
    assert!(accepted.contains("Verdict: not applicable: exception accepted"));

    let contested = cell(2);
    assert!(
        contested.starts_with("<td class=\"m v-not_met claim\">"),
        "{contested}"
    );
    assert!(contested.contains("§ claim contested"), "{contested}");
    assert!(contested.contains(
        "Exception claimed: where appropriate — contested by Monitoring Committee on 2024-04-15: \
         the commission has no children&#39;s mandate"
    ));

    let coastal = cell(3);
    assert!(
        coastal.starts_with("<td class=\"m v-not_applicable na-applies_when\">"),
        "{coastal}"
    );

    // The details panel: the review in full, both sources in order.
    let detail = |o: usize| {
        let start = html
            .find(&format!("<section class=\"detail\" id=\"d0-{o}\""))
            .unwrap();
        let end = start + html[start..].find("</section>").unwrap();
        html[start..end].to_string()
    };
    assert!(detail(0).contains(
        "<ol class=\"srcs\"><li class=\"src\"><span class=\"cite-src\">National Plan 2024, s. 3</span></li>\
         <li class=\"src\"><span class=\"cite-src\">Budget Law 2024, art. 12</span> <span class=\"smeta\">\
         <span class=\"k\">url</span> https://example.org/budget-2024</span></li></ol>"
    ));
    assert!(detail(0).contains("<dt>Could still be</dt>"));
    assert!(detail(1).contains("<h3>Exception accepted</h3>"));
    assert!(detail(2).contains("<h3>Exception claimed, not accepted</h3>"));
    assert!(detail(2).contains(
        "<dt>Review</dt><dd><b>contested</b></dd><dt>By</dt><dd>Monitoring Committee</dd>\
         <dt>Date</dt><dd>2024-04-15</dd><dt>Note</dt><dd>the commission has no children&#39;s \
         mandate</dd>"
    ));
    assert!(
        detail(3).contains("<dt>Not applicable</dt><dd>not concerned (applies when is false)</dd>")
    );

    // Totals by range and by reason.
    for (key, n) in [
        (
            "<tr class=\"total-range\" data-range=\"partially_met|met\">",
            1,
        ),
        (
            "<tr class=\"total-reason\" data-reason=\"applies_when\">",
            1,
        ),
        ("<tr class=\"total-reason\" data-reason=\"exception\">", 1),
    ] {
        let start = html.find(key).unwrap_or_else(|| panic!("no {key}"));
        let row = &html[start..start + html[start..].find("</tr>").unwrap()];
        assert!(
            row.contains(&format!("<td data-profile=\"0\" data-count=\"{n}\"")),
            "{row}"
        );
    }
}

/// The federal fixture, deserialised as the engine's own report type.
fn federal() -> lexpact_core::Report {
    let json = std::fs::read_to_string("tests/fixtures/report-federal/report.json").unwrap();
    serde_json::from_str(&json).unwrap()
}

fn rendered(write: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> String {
    let mut out = Vec::new();
    write(&mut out).unwrap();
    String::from_utf8(out).unwrap()
}

const GROOMING_TALLY: &str = "partially met: met in 2 of 4 jurisdictions (North Shore, Lakeland); \
                              not met in Ridge; unknown in Delta; not applicable in Isle";

#[test]
fn json_and_ndjson_carry_units_periods_in_force_and_met_on_bases() {
    let reports = [federal()];
    let report: Value =
        serde_json::from_str(&rendered(|out| render::json::write(out, &reports))).unwrap();
    let ndjson = rendered(|out| render::json::write_lines(out, &reports));
    let line: Value = serde_json::from_str(ndjson.trim_end()).unwrap();
    assert_eq!(line, report, "NDJSON is the same report, one a line");
    let written: Value = serde_json::from_str(
        &std::fs::read_to_string("tests/fixtures/report-federal/report.json").unwrap(),
    )
    .unwrap();
    assert_eq!(report, written, "every field read is written back");

    assert_eq!(report["profile"]["jurisdictions"][3]["id"], "delta");
    assert_eq!(report["profile"]["jurisdictions"][3]["level"], "territory");
    let grooming = result(&report, "grooming_offence");
    let verdicts: Vec<&str> = grooming["jurisdictions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["verdict"].as_str().unwrap())
        .collect();
    assert_eq!(
        verdicts,
        ["met", "met", "not_met", "unknown", "not_applicable"]
    );
    assert_eq!(
        grooming["jurisdictions"][3]["range"],
        json!(["not_met", "met"])
    );
    assert_eq!(grooming["jurisdictions"][4]["reason"], "applies_when");
    let helpline = result(&report, "child_helpline");
    assert_eq!(helpline["deadline"]["met_on_basis"], "history");
    assert_eq!(
        helpline["facts"][1]["in_force"],
        json!({ "from": "2018-05-01", "until": "2030-01-01" })
    );
    assert!(helpline.get("jurisdictions").is_none(), "absent when empty");
    assert_eq!(
        result(&report, "free_birth_registration")["deadline"]["met_on_basis"],
        "jurisdictions"
    );
}

#[test]
fn the_text_report_shows_the_tally_and_each_unit() {
    let text = rendered(|out| render::text::write(out, &[federal()], false));
    let grooming = text_block(&text, "grooming_offence");
    assert!(grooming.starts_with("  partially met "), "{grooming}");
    let pad = " ".repeat(17);
    for line in [
        format!("{pad}{GROOMING_TALLY}"),
        format!("{pad}North Shore (north-shore): met"),
        format!(
            "{pad}  /jurisdictions/0/facts/criminal_law/grooming_offence = true \
             (North Shore Criminal Code, s. 10)"
        ),
        format!("{pad}Ridge (ridge): not met"),
        format!("{pad}Delta (delta): unknown (not met or met)"),
        format!("{pad}  missing /jurisdictions/3/facts/criminal_law/grooming_offence"),
        format!("{pad}Isle (isle): not applicable: not concerned (applies when is false)"),
    ] {
        assert!(
            grooming.contains(&format!("{line}\n")),
            "no {line:?} in\n{grooming}"
        );
    }
    // The aggregate's facts are shown unit by unit, not again as a union.
    assert_eq!(
        grooming.matches("grooming_offence = true").count(),
        2,
        "{grooming}"
    );

    let helpline = text_block(&text, "child_helpline");
    for line in [
        "met on 2018-05-01, the day the whole requirement first held (from the facts' histories)",
        "/services/helpline/exists = true, in force from 2012-03-01 (Helpline Act 2012, s. 2)",
        "/services/helpline/free = true, in force from 2018-05-01 until 2030-01-01 \
         (Helpline Fees Order 2018)",
    ] {
        assert!(helpline.contains(line), "no {line:?} in\n{helpline}");
    }
    let advocate = text_block(&text, "child_advocate");
    assert!(
        advocate.contains(
            "unknown (at least partially met): met in 3 of 4 jurisdictions (North Shore, \
             Lakeland, Delta); unknown in Ridge; not applicable in Isle\n"
        ),
        "{advocate}"
    );
    assert!(
        advocate.contains(
            "Ridge (ridge): unknown (not met or met)\n                   missing \
             /jurisdictions/2/facts/institutions/child_advocate/exists"
        ),
        "{advocate}"
    );
    let registration = text_block(&text, "free_birth_registration");
    for line in [
        "met in 4 of 4 jurisdictions; not applicable in Isle",
        "met on 2019-07-01, the day the last jurisdiction met it",
        "Lakeland (lakeland): met\n                   met on 2019-07-01, the day the whole \
         requirement first held",
    ] {
        assert!(
            registration.contains(line),
            "no {line:?} in\n{registration}"
        );
    }
}

#[test]
fn csv_adds_the_tally_the_units_verdicts_and_the_met_on_basis_at_the_end() {
    let csv = rendered(|out| render::csv::write(out, &[federal()]));
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header[13..],
        [
            "weight",
            "jurisdictions",
            "jurisdiction_verdicts",
            "met_on_basis",
            "indicators",
            "late_amendment",
            "missing_status",
            "in_window"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 5, "one row per obligation");
    let row = |id: &str| {
        let row = rows.iter().find(|r| &r[3] == id).unwrap();
        [&row[6], &row[14], &row[15], &row[16]].map(str::to_string)
    };
    assert_eq!(
        row("grooming_offence"),
        [
            "partially_met",
            GROOMING_TALLY,
            "north-shore=met; lakeland=met; ridge=not_met; delta=unknown; isle=not_applicable",
            ""
        ]
    );
    assert_eq!(row("child_helpline"), ["met", "", "", "history"]);
    assert_eq!(
        row("free_birth_registration"),
        [
            "met",
            "met in 4 of 4 jurisdictions; not applicable in Isle",
            "north-shore=met; lakeland=met; ridge=met; delta=met; isle=not_applicable",
            "jurisdictions"
        ]
    );
}

#[test]
fn the_html_matrix_opens_an_aggregated_cell_into_its_units() {
    let reports = [federal()];
    let html = rendered(|out| render::html::write(out, &reports));
    // In two columns, left for the check in Chromium (tests/browser/html-matrix.sh).
    let dir = scratch("report-federal");
    let twice = [federal(), federal()];
    std::fs::write(
        dir.join("report-federal-2.html"),
        rendered(|out| render::html::write(out, &twice)),
    )
    .unwrap();
    std::fs::write(
        dir.join("report-federal-2.json"),
        rendered(|out| render::json::write(out, &twice)),
    )
    .unwrap();

    let td = |o: usize| {
        let start = html
            .find(&format!("<a class=\"cell\" id=\"c0-{o}\""))
            .unwrap();
        let td = html[..start].rfind("<td").unwrap();
        let end = start + html[start..].find("</td>").unwrap();
        html[td..end].to_string()
    };
    let grooming = td(0);
    assert!(
        grooming.starts_with("<td class=\"m v-partially_met fed\">"),
        "{grooming}"
    );
    assert!(grooming.contains(" data-units=\"2/4\""), "{grooming}");
    assert!(
        grooming.contains("<span class=\"tally\" aria-hidden=\"true\">2/4</span>"),
        "{grooming}"
    );
    assert!(grooming.contains(&format!("By jurisdiction: {GROOMING_TALLY}")));
    assert!(grooming.contains(
        "<details class=\"units\"><summary>By jurisdiction <span class=\"ucount\">2/4 met</span>"
    ));
    for (id, name, verdict, words) in [
        ("north-shore", "North Shore", "met", "met"),
        ("lakeland", "Lakeland", "met", "met"),
        ("ridge", "Ridge", "not_met", "not met"),
        ("delta", "Delta", "unknown", "unknown (not met or met)"),
        (
            "isle",
            "Isle",
            "not_applicable",
            "not applicable: not concerned (applies when is false)",
        ),
    ] {
        let at = grooming
            .find(&format!(
                "<li class=\"unit v-{verdict}\" data-unit=\"{id}\" data-verdict=\"{verdict}\""
            ))
            .unwrap_or_else(|| panic!("no unit {id} in {grooming}"));
        let li = &grooming[at..at + grooming[at..].find("</li>").unwrap()];
        assert!(
            li.contains(&format!(
                "<span class=\"uname\">{name}</span> <span class=\"word\">{words}</span>"
            )),
            "{li}"
        );
    }
    assert!(grooming.contains(
        "<span class=\"umissing\">missing: /jurisdictions/3/facts/criminal_law/grooming_offence</span>"
    ));
    let helpline = td(1);
    assert!(helpline.starts_with("<td class=\"m v-met\">"), "{helpline}");
    assert!(
        !helpline.contains("<details"),
        "a unitary cell is unchanged"
    );
    assert!(helpline.contains(
        "Deadline: on time (due 2019-12-31, met on 2018-05-01, the day the whole requirement \
         first held (from the facts&#39; histories))"
    ));
    assert!(helpline.contains(
        "/services/helpline/free = true, in force from 2018-05-01 until 2030-01-01 — Helpline \
         Fees Order 2018"
    ));

    let detail = |o: usize| {
        let start = html
            .find(&format!("<section class=\"detail\" id=\"d0-{o}\""))
            .unwrap();
        let end = start + html[start..].find("</section>").unwrap();
        html[start..end].to_string()
    };
    let grooming = detail(0);
    assert!(grooming.contains(&format!(
        "<h3>By jurisdiction</h3>\n<p class=\"tally-words\">{GROOMING_TALLY}</p>"
    )));
    assert!(grooming.contains(
        "<div class=\"unit-detail\" data-unit=\"delta\"><h4><span class=\"cite\">delta</span> \
         Delta <span class=\"lvl\">territory</span></h4>\n<p class=\"verdict v-unknown\">"
    ));
    assert_eq!(grooming.matches("<div class=\"unit-detail\"").count(), 5);
    assert!(detail(1).contains("<span class=\"inforce\">in force from 2012-03-01</span>"));
    assert!(html.contains("<span class=\"pfile punits\">5 jurisdictions</span>"));
}
