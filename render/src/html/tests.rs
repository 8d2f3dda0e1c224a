#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use lexpact_core::report::{
    ClauseExplanation, Counts, DeadlineResult, ExceptionReview, ExceptionUse, Explanation,
    FactRead, InForce, JurisdictionInfo, JurisdictionResult, MetOnBasis, NotApplicableReason,
    ObligationIdentity, ObligationResult, ProfileInfo, ReviewStatus, RulesetInfo,
};
use lexpact_core::{DeadlineStatus, Report, Verdict};
use serde_json::json;

const HOSTILE: &str =
    r#"<script>alert(1)</script><img src=x onerror=alert(2)>" onmouseover="alert(3)"#;

fn result(id: &str, verdict: Verdict, exception: bool) -> ObligationResult {
    ObligationResult {
        obligation: ObligationIdentity {
            id: id.into(),
            title: format!("Title {HOSTILE}"),
            cite: "C.1(a)-1".into(),
            group: "C.1".into(),
            text: format!("Text {HOSTILE}"),
            indicators: Vec::new(),
            amendments: Vec::new(),
        }
        .into(),
        weight: 1.0,
        verdict,
        range: Vec::new(),
        reason: (verdict == Verdict::NotApplicable).then_some(if exception {
            NotApplicableReason::Exception
        } else {
            NotApplicableReason::AppliesWhen
        }),
        deadline: DeadlineResult {
            status: DeadlineStatus::Overdue,
            from: None,
            due: Some("2013-12-31".to_string()),
            met_on: None,
            reading: None,
            met_on_basis: None,
            in_window: false,
        },
        exception: exception.then(|| ExceptionUse {
            qualifier: "where appropriate".to_string(),
            justification: format!("Because {HOSTILE}"),
            source: Some(json!({ "cite": HOSTILE, "url": "javascript:alert(4)" })),
            review: ExceptionReview {
                status: ReviewStatus::Accepted,
                by: Some(HOSTILE.to_string()),
                date: None,
                note: Some(HOSTILE.to_string()),
            },
        }),
        missing: vec![format!("/x/{HOSTILE}").into()],
        missing_status: vec!["not_assessed".to_string()],
        facts: vec![FactRead {
            pointer: "/state/name".into(),
            status: "known".to_string(),
            value: Some(json!(HOSTILE)),
            sources: vec![json!({ "cite": HOSTILE, "statute": HOSTILE })],
            note: Some(json!(HOSTILE)),
            in_force: None,
        }],
        explanation: vec![ClauseExplanation {
            clause: "require".to_string(),
            node: Explanation {
                expr: "state.name == \"</script>\"".into(),
                value: json!(false),
                known: true,
                fact: Some("/state/name".into()),
                children: Vec::new(),
                truncated: false,
            },
        }],
        warnings: vec![HOSTILE.to_string()],
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
        warnings: vec![HOSTILE.to_string()],
    }
}

/// A federal State's report: `one` evaluated in each of two units, both named, identified and
/// levelled by hostile text, over a fact read from a history whose dates are hostile too.
fn federal(verdicts: [Verdict; 2]) -> Report {
    let mut aggregate = result("one", Verdict::PartiallyMet, false);
    if let Some(fact) = aggregate.facts.first_mut() {
        fact.in_force = Some(InForce {
            from: Some(HOSTILE.to_string()),
            until: Some(HOSTILE.to_string()),
        });
    }
    aggregate.deadline.met_on = Some(HOSTILE.to_string());
    aggregate.deadline.met_on_basis = Some(MetOnBasis::Jurisdictions);
    aggregate.jurisdictions = verdicts
        .into_iter()
        .enumerate()
        .map(|(i, verdict)| {
            let unit = result("one", verdict, false);
            JurisdictionResult {
                id: format!("{i}{HOSTILE}"),
                name: format!("Unit {i} {HOSTILE}"),
                level: Some(HOSTILE.to_string()),
                verdict,
                range: if verdict == Verdict::Unknown {
                    vec![Verdict::NotMet, Verdict::Met]
                } else {
                    Vec::new()
                },
                reason: None,
                deadline: aggregate.deadline.clone(),
                missing: unit.missing,
                missing_status: unit.missing_status,
                facts: aggregate.facts.clone(),
                explanation: unit.explanation,
            }
        })
        .collect();
    let mut report = report("federal", vec![aggregate]);
    report.profile.jurisdictions = report.results[0]
        .jurisdictions
        .iter()
        .map(|u| JurisdictionInfo {
            id: u.id.clone(),
            name: u.name.clone(),
            level: u.level.clone(),
        })
        .collect();
    report
}

fn page(reports: &[Report]) -> String {
    let mut out = Vec::new();
    super::write(&mut out, reports).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn text_from_profiles_and_rules_is_inert() {
    let reports = [
        report("a", vec![result("one", Verdict::NotMet, false)]),
        report("b", vec![result("one", Verdict::NotApplicable, true)]),
        federal([Verdict::Met, Verdict::Unknown]),
    ];
    let html = page(&reports);
    assert_eq!(
        html.matches("<li class=\"unit ").count(),
        2,
        "the units are shown"
    );
    assert_eq!(html.matches("<div class=\"unit-detail\"").count(), 2);
    // The page's own script is the only one; no hostile tag or attribute survives.
    assert_eq!(html.matches("<script").count(), 1, "{html}");
    assert_eq!(html.matches("</script>").count(), 1);
    assert!(!html.contains("<img"));
    assert!(!html.contains("\" onmouseover"));
    assert!(!html.contains("href=\"javascript"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x"));
    assert!(html.contains("&quot; onmouseover=&quot;alert(3)"));
    // Every double quote left in the page delimits an attribute: the count of quotes inside
    // tags is even and no text node holds one.
    let markup = &html[html.find("</style>").unwrap()..html.find("<script>").unwrap()];
    for tag in markup.split('<').skip(1) {
        let inside = &tag[..tag.find('>').unwrap()];
        assert_eq!(inside.matches('"').count() % 2, 0, "<{inside}>");
    }
}

#[test]
fn one_cell_per_profile_and_obligation_and_counts_per_profile() {
    let reports = [
        report(
            "a",
            vec![
                result("one", Verdict::Met, false),
                result("two", Verdict::Unknown, false),
            ],
        ),
        report(
            "b",
            vec![
                result("one", Verdict::NotMet, false),
                result("two", Verdict::NotApplicable, true),
            ],
        ),
    ];
    let html = page(&reports);
    assert_eq!(html.matches("<a class=\"cell\"").count(), 4);
    assert_eq!(html.matches("<section class=\"detail\"").count(), 4);
    assert!(html.contains("id=\"c1-1\" href=\"#d1-1\""));
    assert!(
        html.contains("<td data-profile=\"0\" data-count=\"1\"><b>1</b> <span>50%</span></td>")
    );
    assert_eq!(html.matches("§ exception accepted").count(), 1);
    assert_eq!(page(&reports), html, "the same reports give the same page");
}

#[test]
fn an_unknown_cell_shows_its_range_and_the_totals_count_ranges_and_reasons() {
    let mut unknown = result("one", Verdict::Unknown, false);
    unknown.range = vec![Verdict::PartiallyMet, Verdict::Met];
    let mut wide = result("two", Verdict::Unknown, false);
    wide.range = vec![Verdict::NotMet, Verdict::Met];
    let reports = [
        report("a", vec![unknown, wide]),
        report(
            "b",
            vec![
                result("one", Verdict::NotApplicable, false),
                result("two", Verdict::NotApplicable, true),
            ],
        ),
    ];
    let html = page(&reports);
    assert!(html.contains("data-verdict=\"unknown\" data-range=\"partially_met|met\""));
    assert!(html.contains(
        "<span class=\"range\" aria-hidden=\"true\"><i class=\"ink-partially_met\">½</i>\
         <i class=\"ink-met\">✓</i></span><span class=\"sr\"> (at least partially met)</span>"
    ));
    assert!(html.contains("Verdict: unknown (not met or met)"));
    assert!(html.contains("Verdict: not applicable: not concerned (applies when is false)"));
    assert!(html.contains("Verdict: not applicable: exception accepted"));
    // The cells of profile b: one per reason, the exception's with its own symbol.
    assert!(html.contains("<td class=\"m v-not_applicable na-applies_when\">"));
    assert!(html.contains("<td class=\"m v-not_applicable na-exception exc\">"));
    // Totals: a row per range some profile has, a row per reason.
    let row = |key: &str| {
        let start = html.find(key).unwrap();
        let rest = &html[start..];
        rest[..rest.find("</tr>").unwrap()].to_string()
    };
    for (key, a, b) in [
        ("data-range=\"partially_met|met\"><th", 1, 0),
        ("data-range=\"not_met|met\"><th", 1, 0),
        ("data-reason=\"applies_when\"><th", 0, 1),
        ("data-reason=\"exception\"><th", 0, 1),
    ] {
        let row = row(key);
        assert!(
            row.contains(&format!("data-profile=\"0\" data-count=\"{a}\"")),
            "{row}"
        );
        assert!(
            row.contains(&format!("data-profile=\"1\" data-count=\"{b}\"")),
            "{row}"
        );
    }
}

#[test]
fn an_exception_not_accepted_is_marked_beside_the_verdict_with_its_review() {
    let mut contested = result("one", Verdict::NotMet, true);
    if let Some(e) = contested.exception.as_mut() {
        e.review = ExceptionReview {
            status: ReviewStatus::Contested,
            by: Some("the Committee".to_string()),
            date: Some("2024-04-15".to_string()),
            note: Some("no mandate".to_string()),
        };
    }
    let mut pending = result("two", Verdict::Met, true);
    if let Some(e) = pending.exception.as_mut() {
        e.review = ExceptionReview {
            status: ReviewStatus::Pending,
            by: None,
            date: None,
            note: None,
        };
    }
    let html = page(&[report("a", vec![contested, pending])]);
    assert!(html.contains("<td class=\"m v-not_met claim\">"));
    assert!(html.contains("data-review=\"contested\""));
    assert!(html.contains("<span class=\"tag\">§ claim contested</span>"));
    assert!(html.contains("<span class=\"tag\">§ claim pending</span>"));
    assert!(html.contains(
        "Exception claimed: where appropriate — contested by the Committee on 2024-04-15: no mandate"
    ));
    assert!(html.contains("<h3>Exception claimed, not accepted</h3>"));
    assert!(html.contains(
        "<dt>Review</dt><dd><b>contested</b></dd><dt>By</dt><dd>the Committee</dd>\
         <dt>Date</dt><dd>2024-04-15</dd><dt>Note</dt><dd>no mandate</dd>"
    ));
    assert!(html.contains("<dt>Review</dt><dd><b>review pending</b></dd></dl>"));
}

#[test]
fn every_source_of_a_fact_is_shown_in_order() {
    let mut two = result("one", Verdict::Met, false);
    two.facts[0].sources = vec![json!({ "cite": "First" }), json!({ "cite": "Second" })];
    let html = page(&[report("a", vec![two])]);
    assert!(html.contains(
        "<ol class=\"srcs\"><li class=\"src\"><span class=\"cite-src\">First</span></li>\
         <li class=\"src\"><span class=\"cite-src\">Second</span></li></ol>"
    ));
    assert!(html.contains("/state/name = ") && html.contains(" — First — Second"));
}

#[test]
fn no_reports_give_a_page_that_says_so() {
    let html = page(&[]);
    assert!(html.contains("No profile could be evaluated."));
    assert!(html.ends_with("</html>\n"));
}

#[test]
fn an_explanation_cut_by_its_budget_says_so() {
    let mut cut = result("cut", Verdict::NotMet, false);
    if let Some(clause) = cut.explanation.first_mut() {
        clause.node.truncated = true;
    }
    let whole = page(&[report("p", vec![result("whole", Verdict::NotMet, false)])]);
    let html = page(&[report("p", vec![cut])]);
    assert!(!whole.contains("more detail left out"));
    assert!(html.contains("(more detail left out: max_explanation_nodes)"));
}

#[test]
fn an_aggregated_cell_opens_into_one_sub_cell_per_unit() {
    let html = page(&[
        report("a", vec![result("one", Verdict::NotMet, false)]),
        federal([Verdict::Met, Verdict::NotMet]),
    ]);
    // The State as a whole: unchanged; the federal one: the tally and a closed `<details>`.
    assert!(html.contains("<td class=\"m v-not_met\"><a class=\"cell\" id=\"c0-0\""));
    assert!(html.contains("<td class=\"m v-partially_met fed\"><a class=\"cell\" id=\"c1-0\""));
    assert_eq!(html.matches("<details class=\"units\">").count(), 1);
    assert!(html.contains("<span class=\"tally\" aria-hidden=\"true\">1/2</span>"));
    assert!(html.contains("<li class=\"unit v-met\""));
    assert!(html.contains("<li class=\"unit v-not_met\""));
    assert!(html.contains("the day the last jurisdiction met it"));
    assert!(html.contains("<span class=\"pfile punits\">2 jurisdictions</span>"));
    assert_eq!(
        html.matches("<span class=\"pfile punits\">").count(),
        1,
        "only the federal State's column names units"
    );
}

#[test]
fn missing_facts_show_their_status_and_the_totals_count_bullets() {
    let second = |id: &str, verdict| {
        let mut r = result(id, verdict, false);
        r.obligation = std::sync::Arc::new(ObligationIdentity {
            cite: "C.1(a)-2".to_string(),
            ..(*r.obligation).clone()
        });
        r
    };
    let mut absent = second("two", Verdict::Unknown);
    absent.missing_status = vec!["absent".to_string()];
    let split = second("three", Verdict::Met);
    let html = page(&[report(
        "a",
        vec![result("one", Verdict::Unknown, false), absent, split],
    )]);
    // Not assessed and no data are told apart, in the panel and on hover.
    assert!(
        html.contains("<li class=\"s-not_assessed\"><code>"),
        "{html}"
    );
    assert!(html.contains("<span class=\"mstatus\">not assessed</span>"));
    assert!(html.contains("<li class=\"s-absent\"><code>"));
    assert!(html.contains("<span class=\"mstatus\">no data</span>"));
    assert!(html.contains("(not assessed)"));
    // `two` and `three` share a cite: three obligations in two bullets, both unknown.
    assert!(html.contains(
        "<tr class=\"total-bullets\"><th scope=\"row\">bullets (a cite counts once)</th>\
         <td data-profile=\"0\" data-count=\"2\"><b>2</b></td></tr>"
    ));
    assert!(html.contains("bullets unknown</th><td data-profile=\"0\" data-count=\"2\">"));
    assert!(
        html.contains("missing facts: not assessed</th><td data-profile=\"0\" data-count=\"1\">")
    );
}
