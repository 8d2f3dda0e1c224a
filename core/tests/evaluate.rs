#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lexpact_core::report::{ExceptionReview, NotApplicableReason, ObligationResult, ReviewStatus};
use lexpact_core::{DeadlineStatus, EvaluateOptions, ProfileInput, RuleSet, Source, Verdict};
use serde_json::json;

const SCHEMA: &str = r##"{
  "type": "object",
  "$defs": {
    "bool_fact": { "anyOf": [ { "type": "boolean" }, { "type": "object", "properties": { "value": { "type": "boolean" } } } ] }
  },
  "properties": {
    "as_of": { "type": "string", "format": "date" },
    "state": { "type": "object", "properties": { "name": { "type": "string" }, "members": { "type": "array", "items": { "type": "string" } } } },
    "jurisdiction": { "type": "object", "properties": { "extraterritorial": { "type": "object", "properties": {
        "exists": { "$ref": "#/$defs/bool_fact" },
        "double_criminality_required": { "$ref": "#/$defs/bool_fact" } } } } },
    "body": { "type": "object", "properties": { "exists": { "type": "boolean" }, "since": { "type": "string", "format": "date" } } },
    "treaties": { "type": "object", "additionalProperties": { "type": "object", "properties": { "status": { "enum": ["ratified", "signed", "acceded"] } } } },
    "units": { "type": "array", "items": { "type": "object", "properties": { "ok": { "type": "boolean" } } } },
    "exceptions": { "type": "object" }
  }
}"##;

const RULES: &str = r#"
schema "profile.schema.json"
define ratified(t) = t.status in ["ratified", "acceded"]
obligation dc {
  title "No double criminality"
  cite "C.1(a)-4"
  group "C.1"
  require jurisdiction.extraterritorial.exists and not jurisdiction.extraterritorial.double_criminality_required
  partial when jurisdiction.extraterritorial.exists
}
obligation body_2013 {
  title "Body by 2013"
  cite "C.1(a)-13"
  exception "where appropriate"
  deadline 2013-01-01 to 2013-12-31
  met on body.since
  require body.exists
}
obligation crc { title "CRC" cite "C.1(a)-1" require ratified(treaties.crc) }
obligation units { title "Units" cite "x" applies when "AU" in state.members require all u in units where u.ok }
"#;

fn rules() -> RuleSet {
    let loader = |path: &str| {
        if path == "profile.schema.json" {
            Ok(SCHEMA.to_string())
        } else {
            Err("no".to_string())
        }
    };
    RuleSet::compile(&[Source::new("rules.lex", RULES)], &loader)
        .unwrap_or_else(|e| panic!("{e:#?}"))
}

fn verdicts(profile: serde_json::Value) -> Vec<(String, Verdict, DeadlineStatus, Vec<String>)> {
    let report = rules()
        .evaluate(
            ProfileInput::document("p", &profile),
            &EvaluateOptions::default().with_as_of(lexpact_core::parse_date("2024-01-01")),
        )
        .unwrap_or_else(|e| panic!("{e:#?}"));
    report
        .results
        .into_iter()
        .map(|r| {
            let missing = r.missing.iter().map(ToString::to_string).collect();
            (
                r.obligation.id.clone(),
                r.verdict,
                r.deadline.status,
                missing,
            )
        })
        .collect()
}

#[test]
fn empty_profile_is_unknown_with_missing_paths() {
    let v = verdicts(json!({}));
    assert_eq!(v[0].1, Verdict::Unknown);
    assert_eq!(
        v[0].3,
        vec![
            "/jurisdiction/extraterritorial/double_criminality_required",
            "/jurisdiction/extraterritorial/exists"
        ]
    );
    assert_eq!(v[1].1, Verdict::Unknown);
    assert_eq!(v[2].3, vec!["/treaties/crc/status"]);
    // `applies when` is unknown, and `require` is still evaluated: both can change the
    // verdict, so the facts of both are asked for.
    assert_eq!(v[3].1, Verdict::Unknown);
    assert_eq!(v[3].3, vec!["/state/members", "/units"]);
}

#[test]
fn verdicts_and_deadlines() {
    let v = verdicts(json!({
        "jurisdiction": { "extraterritorial": { "exists": true, "double_criminality_required": { "value": true, "source": { "cite": "PC 7" } } } },
        "body": { "exists": true, "since": "2013-06-01" },
        "treaties": { "crc": { "status": "acceded" } },
        "state": { "members": ["AU"] },
        "units": [ { "ok": true }, { "ok": false } ]
    }));
    assert_eq!(
        (v[0].1, v[1].1, v[1].2, v[2].1, v[3].1),
        (
            Verdict::PartiallyMet,
            Verdict::Met,
            DeadlineStatus::OnTime,
            Verdict::Met,
            Verdict::NotMet
        )
    );
}

/// The result of `body_2013` (required `body.exists`, due by 2013-12-31) when the profile
/// invokes its exception with `invocation`, on 2024-01-01.
fn body_2013_with_exception(invocation: serde_json::Value) -> ObligationResult {
    let report = rules()
        .evaluate(
            ProfileInput::document(
                "p",
                &json!({ "body": { "exists": false }, "exceptions": { "body_2013": invocation } }),
            ),
            &EvaluateOptions::default().with_as_of(lexpact_core::parse_date("2024-01-01")),
        )
        .unwrap();
    report.results.into_iter().nth(1).unwrap()
}

#[test]
fn exception_makes_not_applicable_and_is_shown() {
    let result = body_2013_with_exception(json!({
        "justification": "small State",
        "source": { "cite": "Act 12" },
        "review": { "status": "accepted", "by": "Treaty body", "date": "2023-05-01", "note": "agreed" }
    }));
    assert_eq!(result.verdict, Verdict::NotApplicable);
    assert_eq!(result.reason, Some(NotApplicableReason::Exception));
    assert_eq!(result.deadline.status, DeadlineStatus::None);
    assert!(result.range.is_empty() && result.missing.is_empty());
    assert!(result.explanation.is_empty(), "no condition is evaluated");
    let exception = result.exception.unwrap();
    assert_eq!(exception.qualifier, "where appropriate");
    assert_eq!(exception.justification, "small State");
    assert_eq!(exception.source, Some(json!({ "cite": "Act 12" })));
    assert_eq!(
        exception.review,
        ExceptionReview {
            status: ReviewStatus::Accepted,
            by: Some("Treaty body".to_string()),
            date: Some("2023-05-01".to_string()),
            note: Some("agreed".to_string()),
        }
    );
}

/// A contested, pending or unrecorded review leaves the obligation evaluated as if no
/// exception were invoked (here `not_met` and overdue), and the claim is shown beside it.
#[test]
fn an_exception_not_accepted_is_shown_beside_the_usual_verdict() {
    let cases = [
        (
            json!({ "justification": "small State", "review": { "status": "contested", "by": "NGO coalition", "note": "the State is not small" } }),
            ReviewStatus::Contested,
        ),
        (
            json!({ "justification": "small State", "review": { "status": "pending" } }),
            ReviewStatus::Pending,
        ),
        (
            json!({ "justification": "small State" }),
            ReviewStatus::Unreviewed,
        ),
    ];
    for (invocation, status) in cases {
        let result = body_2013_with_exception(invocation);
        assert_eq!(result.verdict, Verdict::NotMet, "{status:?}");
        assert_eq!(result.reason, None, "{status:?}");
        assert_eq!(
            result.deadline.status,
            DeadlineStatus::Overdue,
            "{status:?}"
        );
        assert_eq!(result.explanation[0].clause, "require", "{status:?}");
        let exception = result.exception.unwrap();
        assert_eq!(exception.justification, "small State");
        assert_eq!(exception.review.status, status);
        if status == ReviewStatus::Contested {
            assert_eq!(exception.review.by.as_deref(), Some("NGO coalition"));
            assert_eq!(
                exception.review.note.as_deref(),
                Some("the State is not small")
            );
        } else {
            assert_eq!(exception.review.by, None);
        }
        let json = serde_json::to_value(&exception).unwrap();
        assert_eq!(json["review"]["status"], json!(status.as_str()));
    }
}

#[test]
fn typo_in_path_suggests_the_field() {
    let src = RULES.replace(
        "not jurisdiction.extraterritorial.double_criminality_required",
        "not jurisdiction.extraterritorial.double_criminality_requird",
    );
    let loader = |_: &str| Ok(SCHEMA.to_string());
    let err = RuleSet::compile(&[Source::new("rules.lex", src)], &loader).unwrap_err();
    let d = &err.0[0];
    assert_eq!(d.code, "E0201");
    assert_eq!((d.line, d.column), (8, 86));
    assert_eq!(
        d.help.as_deref(),
        Some("did you mean `jurisdiction.extraterritorial.double_criminality_required`?")
    );
}

#[test]
fn enum_literal_typo_is_refused() {
    let src = RULES.replace("[\"ratified\", \"acceded\"]", "[\"ratifed\", \"acceded\"]");
    let loader = |_: &str| Ok(SCHEMA.to_string());
    let err = RuleSet::compile(&[Source::new("rules.lex", src)], &loader).unwrap_err();
    assert_eq!(err.0[0].help.as_deref(), Some("did you mean \"ratified\"?"));
}

#[test]
fn an_exception_for_an_obligation_the_rules_lack_is_a_warning_of_the_report() {
    let report = rules()
        .evaluate(
            ProfileInput::document(
                "p",
                &json!({ "exceptions": { "body_2031": { "justification": "small State" } } }),
            ),
            &EvaluateOptions::default().with_as_of(lexpact_core::parse_date("2024-01-01")),
        )
        .unwrap();
    assert_eq!(report.warnings.len(), 1, "{:?}", report.warnings);
    let warning = &report.warnings[0];
    assert!(warning.starts_with("/exceptions/body_2031: "), "{warning}");
    assert!(warning.contains("did you mean `body_2013`?"), "{warning}");
    assert!(
        report.results.iter().all(|r| r.exception.is_none()),
        "nothing is excused"
    );
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["warnings"][0], json!(warning));
    let quiet = rules()
        .evaluate(
            ProfileInput::document("p", &json!({})),
            &EvaluateOptions::default().with_as_of(lexpact_core::parse_date("2024-01-01")),
        )
        .unwrap();
    assert!(
        serde_json::to_value(&quiet)
            .unwrap()
            .get("warnings")
            .is_none(),
        "absent when there is none"
    );
}

/// Quantifiers nested three deep over 1 000 items are 10^9 steps: the evaluation stops at the
/// step limit with E0305 instead of running for minutes.
#[test]
fn nested_quantifiers_stop_at_the_step_limit() {
    let rules = r#"
obligation nested {
  title "Nested"
  cite "x"
  require all a in x.l where all b in x.l where all c in x.l where a.n + b.n + c.n >= 0
}
obligation after { title "After" cite "y" require x.ok }
"#;
    let items: Vec<_> = (0..1000).map(|n| json!({ "n": n })).collect();
    let numbers: Vec<_> = (0..1000).collect();
    let profile = json!({ "as_of": "2024-01-01", "x": { "l": items, "ns": numbers, "ok": true } });
    let compile = |steps: usize| {
        let limits = lexpact_core::Limits {
            max_evaluation_steps: steps,
            ..lexpact_core::Limits::default()
        };
        RuleSet::compile_files(&[Source::new("nested.lex", rules)], limits).unwrap()
    };
    for detail in [lexpact_core::Detail::Full, lexpact_core::Detail::Verdicts] {
        let error = compile(100_000)
            .evaluate(
                ProfileInput::document("p", &profile),
                &EvaluateOptions::default().with_detail(detail),
            )
            .unwrap_err();
        let first = &error.0[0];
        assert_eq!(first.code, "E0305");
        assert!(
            first.message.contains("max_evaluation_steps"),
            "{}",
            first.message
        );
        assert!(first.message.contains("`nested`"), "{}", first.message);
    }
    // `in` over a long list counts its items too: 1 000 items, each looked up in a list of
    // 1 000 (an `in` that finds nothing visits every item), are 10^6 steps.
    let member = "obligation m { title \"M\" cite \"x\" require all a in x.l where not (a.n + 1000 in x.ns) }";
    let limits = lexpact_core::Limits {
        max_evaluation_steps: 500_000,
        ..lexpact_core::Limits::default()
    };
    let set = RuleSet::compile_files(&[Source::new("m.lex", member)], limits).unwrap();
    for detail in [lexpact_core::Detail::Full, lexpact_core::Detail::Verdicts] {
        assert_eq!(
            set.evaluate(
                ProfileInput::document("p", &profile),
                &EvaluateOptions::default().with_detail(detail)
            )
            .unwrap_err()
            .0[0]
                .code,
            "E0305"
        );
    }
    // Enough steps: the same rules evaluate.
    let small =
        json!({ "as_of": "2024-01-01", "x": { "l": [{ "n": 1 }, { "n": 2 }], "ok": true } });
    let report = compile(1_000)
        .evaluate(
            ProfileInput::document("p", &small),
            &EvaluateOptions::default(),
        )
        .unwrap();
    assert_eq!(report.results[0].verdict, Verdict::Met);
    assert_eq!(report.results[1].verdict, Verdict::Met);
}
