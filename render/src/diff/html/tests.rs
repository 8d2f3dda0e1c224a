#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use lexpact_core::diff::diff_reports;
use lexpact_core::report::{
    Counts, DeadlineResult, ExceptionReview, ExceptionUse, FactRead, ObligationIdentity,
    ObligationResult, ProfileInfo, ReviewStatus, RulesetInfo,
};
use lexpact_core::{DeadlineStatus, Report, Verdict};
use serde_json::json;

const HOSTILE: &str =
    r#"<script>alert(1)</script><img src=x onerror=alert(2)>" onmouseover="alert(3)"#;

fn result(id: &str, group: &str, verdict: Verdict, fact: &str) -> ObligationResult {
    ObligationResult {
        obligation: ObligationIdentity {
            id: format!("{id}{HOSTILE}"),
            title: format!("Title {HOSTILE}"),
            cite: "C.1(a)-1".into(),
            group: format!("{group}{HOSTILE}"),
            text: format!("Text {HOSTILE}"),
            indicators: Vec::new(),
            amendments: Vec::new(),
        }
        .into(),
        weight: 1.0,
        verdict,
        range: Vec::new(),
        reason: None,
        deadline: DeadlineResult {
            status: DeadlineStatus::None,
            from: None,
            due: None,
            met_on: None,
            reading: None,
            met_on_basis: None,
            in_window: false,
        },
        exception: None,
        missing: Vec::new(),
        missing_status: Vec::new(),
        facts: vec![FactRead {
            pointer: format!("/x/{HOSTILE}").into(),
            status: "known".to_string(),
            value: Some(json!(fact)),
            sources: vec![json!({ "cite": HOSTILE, "url": "javascript:alert(4)" })],
            note: Some(json!(HOSTILE)),
            in_force: None,
        }],
        explanation: Vec::new(),
        warnings: Vec::new(),
        jurisdictions: Vec::new(),
        tally: None,
    }
}

fn report(name: &str, results: Vec<ObligationResult>) -> Report {
    let mut summary = Counts::default();
    for r in &results {
        summary.add(r);
    }
    Report {
        report: "lexpact/report/v2".to_string(),
        ruleset: RulesetInfo {
            name: HOSTILE.to_string(),
            version: HOSTILE.to_string(),
        },
        profile: ProfileInfo {
            name: format!("{name}{HOSTILE}.json"),
            state: Some(HOSTILE.to_string()),
            jurisdictions: Vec::new(),
        },
        as_of: "2024-06-30".to_string(),
        summary,
        groups: Vec::new(),
        results,
        warnings: Vec::new(),
    }
}

fn page(old: &Report, new: &Report) -> String {
    let mut out = Vec::new();
    super::write(&mut out, &diff_reports(old, new)).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn text_from_reports_is_inert() {
    let mut contested = result("b", "C.2", Verdict::NotMet, "y");
    contested.exception = Some(ExceptionUse {
        qualifier: HOSTILE.to_string(),
        justification: HOSTILE.to_string(),
        source: Some(json!({ "cite": HOSTILE })),
        review: ExceptionReview {
            status: ReviewStatus::Contested,
            by: Some(HOSTILE.to_string()),
            date: None,
            note: None,
        },
    });
    let old = report(
        "old",
        vec![
            result("a", "C.1", Verdict::NotMet, "before"),
            result("b", "C.2", Verdict::NotMet, "y"),
        ],
    );
    let new = report(
        "new",
        vec![result("a", "C.1", Verdict::Met, HOSTILE), contested],
    );
    let html = page(&old, &new);
    assert!(!html.contains("<script"), "no script at all: {html}");
    assert!(!html.contains("<img"));
    assert!(!html.contains("\" onmouseover"));
    assert!(!html.contains("href=\"javascript"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x"));
    assert!(html.contains("&quot; onmouseover=&quot;alert(3)"));
    // Every double quote left in the page delimits an attribute.
    let markup = &html[html.find("</style>").unwrap()..];
    for tag in markup.split('<').skip(1) {
        let inside = &tag[..tag.find('>').unwrap()];
        assert_eq!(inside.matches('"').count() % 2, 0, "<{inside}>");
    }
}

#[test]
fn changes_are_grouped_by_section_with_marks_verdicts_and_facts() {
    let old = report(
        "old",
        vec![
            result("a", "C.1", Verdict::NotMet, "x"),
            result("b", "C.1", Verdict::Met, "y"),
            result("c", "C.2", Verdict::Met, "z"),
            result("gone", "C.2", Verdict::Met, "z"),
        ],
    );
    let new = report(
        "new",
        vec![
            result("a", "C.1", Verdict::Met, "x2"),
            result("b", "C.1", Verdict::PartiallyMet, "y"),
            result("c", "C.2", Verdict::Met, "z2"),
        ],
    );
    let html = page(&old, &new);
    // The CSP refuses every request; the page fetches nothing.
    assert!(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline';"));
    assert!(!html.contains("src=\"http"));
    assert!(!html.contains("<link"));
    assert_eq!(html.matches("<section class=\"group\">").count(), 2);
    assert_eq!(html.matches("<tr class=\"change\"").count(), 3);
    let improved = html.find("data-mark=\"improved\"").unwrap();
    let regressed = html.find("data-mark=\"regressed\"").unwrap();
    let removed = html.find("data-mark=\"removed\"").unwrap();
    assert!(improved < regressed && regressed < removed, "rule order");
    // Old → new verdict chips, with symbol and colour.
    let row = &html[improved..html[improved..].find("</tr>").unwrap() + improved];
    assert!(row.contains("<span class=\"vchip v-not_met\" data-verdict=\"not_met\"><span aria-hidden=\"true\">✗</span> not met</span>"), "{row}");
    assert!(row.contains("<span class=\"vchip v-met\" data-verdict=\"met\"><span aria-hidden=\"true\">✓</span> met</span>"), "{row}");
    assert!(row.contains("data-parts=\"value\""), "{row}");
    assert!(row.contains("&quot;x&quot; ["), "{row}");
    assert!(row.contains("&quot;x2&quot; ["), "{row}");
    // An unchanged verdict is counted, not listed, whatever its facts did.
    assert!(!html.contains("&quot;z2&quot;"));
    assert!(html.contains("1 improved, 1 regressed, 0 changed, 0 added, 1 removed; 1 unchanged"));
    assert!(html.contains("@media print"));
    assert_eq!(
        page(&old, &new),
        html,
        "the same reports give the same page"
    );
}

#[test]
fn no_change_says_so() {
    let old = report("old", vec![result("a", "C.1", Verdict::Met, "x")]);
    let html = page(&old, &old);
    assert!(html.contains("<p class=\"empty\">No obligation changed.</p>"));
    assert!(html.ends_with("</html>\n"));
}
