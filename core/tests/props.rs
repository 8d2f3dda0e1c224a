//! Property tests of evaluation: formatting keeps the report, evaluation is deterministic, and
//! the three-valued laws hold (De Morgan, absorption with unknown, quantifiers over an empty
//! list).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lexpact_core::{
    Detail, EvaluateOptions, Limits, ProfileInput, Report, RuleSet, Source, Verdict,
};
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{Value, json};

/// A boolean condition over the facts of `profile()`, with quantifiers over `x.l`.
fn cond() -> BoxedStrategy<String> {
    let leaf = prop_oneof![
        (0..4u8).prop_map(|i| format!("x.b{i}")),
        any::<bool>().prop_map(|b| b.to_string()),
        (
            0..2u8,
            select(vec!["==", "!=", "<", "<=", ">", ">="]),
            -3..3i8
        )
            .prop_map(|(i, op, n)| format!("x.n{i} {op} {n}")),
        (any::<bool>(), any::<bool>()).prop_map(|(neg, c)| format!(
            "x.s {}in [\"a\"{}]",
            if neg { "not " } else { "" },
            if c { ", \"c\"" } else { "" }
        )),
        Just("(all v in x.l where v.ok)".to_string()),
        Just("(any v in x.l where v.n > 0)".to_string()),
        (0..3u8).prop_map(|n| format!("(count v in x.l where v.ok) >= {n}")),
    ];
    leaf.prop_recursive(3, 16, 2, |inner| {
        prop_oneof![
            inner.clone().prop_map(|a| format!("not ({a})")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a}) and ({b})")),
            (inner.clone(), inner).prop_map(|(a, b)| format!("({a}) or ({b})")),
        ]
    })
    .boxed()
}

/// A fact: absent, null, a plain value, or an envelope with a status.
fn fact(value: BoxedStrategy<Value>) -> BoxedStrategy<Option<Value>> {
    prop_oneof![
        Just(None),
        Just(Some(Value::Null)),
        value.clone().prop_map(Some),
        (
            value,
            select(vec!["known", "unknown", "not_assessed", "contested"])
        )
            .prop_map(|(v, s)| Some(json!({ "value": v, "status": s }))),
    ]
    .boxed()
}

fn profile() -> impl Strategy<Value = Value> {
    let boolean = any::<bool>().prop_map(Value::from).boxed();
    let number = (-3..3i64).prop_map(Value::from).boxed();
    let string = select(vec!["a", "b", "c"]).prop_map(Value::from).boxed();
    let item = (fact(boolean.clone()), fact(number.clone())).prop_map(|(ok, n)| {
        let mut m = serde_json::Map::new();
        ok.map(|v| m.insert("ok".into(), v));
        n.map(|v| m.insert("n".into(), v));
        Value::Object(m)
    });
    (
        proptest::collection::vec(fact(boolean), 4),
        proptest::collection::vec(fact(number), 2),
        fact(string),
        proptest::option::of(proptest::collection::vec(item, 0..4)),
    )
        .prop_map(|(b, n, s, l)| {
            let mut x = serde_json::Map::new();
            for (i, f) in b.into_iter().enumerate() {
                f.map(|v| x.insert(format!("b{i}"), v));
            }
            for (i, f) in n.into_iter().enumerate() {
                f.map(|v| x.insert(format!("n{i}"), v));
            }
            s.map(|v| x.insert("s".into(), v));
            l.map(|v| x.insert("l".into(), Value::Array(v)));
            json!({ "as_of": "2024-01-01", "x": x })
        })
}

fn obligation(id: &str, require: &str) -> String {
    format!("obligation {id} {{\n  title \"{id}\"\n  cite \"{id}\"\n  require {require}\n}}\n")
}

fn compile(rules: &str) -> RuleSet {
    RuleSet::compile_files(&[Source::new("props.lex", rules)], Limits::default())
        .unwrap_or_else(|e| panic!("{e:?}\n{rules}"))
}

fn report(rules: &str, profile: &Value) -> Report {
    compile(rules)
        .evaluate(
            ProfileInput::document("p", profile),
            &EvaluateOptions::default(),
        )
        .unwrap()
}

fn verdict(report: &Report, id: &str) -> Verdict {
    report
        .results
        .iter()
        .find(|r| r.obligation.id == id)
        .unwrap()
        .verdict
}

/// A messy layout of the same rules: extra spaces and blank lines, a comment, CRLF.
fn untidy(rules: &str) -> String {
    format!(
        "# generated\r\n\r\n{}",
        rules
            .replace("\n  ", "\r\n      ")
            .replace(" and ", "  and\n    ")
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn formatting_keeps_the_report(a in cond(), b in cond(), p in profile()) {
        let rules = untidy(&format!("{}{}", obligation("one", &a), obligation("two", &format!("({a}) or ({b})"))));
        let formatted = lexpact_core::format_rules("props.lex", &rules, &Limits::default()).unwrap();
        prop_assert_eq!(report(&rules, &p), report(&formatted, &p));
    }

    #[test]
    fn evaluation_is_deterministic(a in cond(), p in profile()) {
        let rules = compile(&obligation("one", &a));
        let first = serde_json::to_string(&rules.evaluate(ProfileInput::document("p", &p), &EvaluateOptions::default()).unwrap()).unwrap();
        let second = serde_json::to_string(&rules.evaluate(ProfileInput::document("p", &p), &EvaluateOptions::default()).unwrap()).unwrap();
        prop_assert_eq!(first, second);
    }

    #[test]
    fn verdicts_only_agrees_with_the_full_report(a in cond(), b in cond(), p in profile()) {
        // Without explanations `and`, `or`, `all` and `any` stop at the first deciding
        // operand or item: the verdicts, deadlines and missing facts must not change.
        let rules = compile(&[
            obligation("a", &a),
            obligation("both", &format!("({a}) and ({b})")),
            obligation("either", &format!("({a}) or ({b})")),
            obligation("every", &format!("all w in x.l where ({a}) or w.ok")),
            obligation("some", &format!("any w in x.l where ({b}) and w.ok")),
        ]
        .concat());
        let full = rules.evaluate(ProfileInput::document("p", &p), &EvaluateOptions::default().with_detail(Detail::Full)).unwrap();
        let fast = rules.evaluate(ProfileInput::document("p", &p), &EvaluateOptions::default().with_detail(Detail::Verdicts)).unwrap();
        prop_assert_eq!(&full.summary, &fast.summary);
        for (f, v) in full.results.iter().zip(&fast.results) {
            prop_assert_eq!((&f.obligation.id, f.verdict, &f.deadline, &f.missing), (&v.obligation.id, v.verdict, &v.deadline, &v.missing));
        }
    }

    #[test]
    fn an_explanation_on_request_is_the_full_reports(a in cond(), b in cond(), p in profile()) {
        // Verdicts first, then one obligation explained when asked: the same result as in
        // the full report, facts read and explanation included.
        let rules = compile(&[
            obligation("either", &format!("({a}) or ({b})")),
            obligation("every", &format!("all w in x.l where ({a}) and w.ok")),
        ]
        .concat());
        let full = rules.evaluate(ProfileInput::document("p", &p), &EvaluateOptions::default().with_detail(Detail::Full)).unwrap();
        for result in &full.results {
            let explained = rules
                .explain_obligation(ProfileInput::document("p", &p), &result.obligation.id, &EvaluateOptions::default())
                .unwrap();
            prop_assert_eq!(&explained, result);
        }
    }

    #[test]
    fn de_morgan_and_absorption_hold_with_unknown(a in cond(), b in cond(), p in profile()) {
        let rules = [
            obligation("a", &a),
            obligation("not_and", &format!("not (({a}) and ({b}))")),
            obligation("or_not", &format!("(not ({a})) or (not ({b}))")),
            obligation("not_or", &format!("not (({a}) or ({b}))")),
            obligation("and_not", &format!("(not ({a})) and (not ({b}))")),
            obligation("absorb_or", &format!("({a}) or (({a}) and ({b}))")),
            obligation("absorb_and", &format!("({a}) and (({a}) or ({b}))")),
        ]
        .concat();
        let r = report(&rules, &p);
        prop_assert_eq!(verdict(&r, "not_and"), verdict(&r, "or_not"));
        prop_assert_eq!(verdict(&r, "not_or"), verdict(&r, "and_not"));
        prop_assert_eq!(verdict(&r, "absorb_or"), verdict(&r, "a"));
        prop_assert_eq!(verdict(&r, "absorb_and"), verdict(&r, "a"));
    }

    #[test]
    fn quantifiers_over_an_empty_list(a in cond()) {
        let rules = [
            obligation("q_all", &format!("all w in x.l where ({a}) and w.ok")),
            obligation("q_any", &format!("any w in x.l where ({a}) or w.ok")),
            obligation("q_count", &format!("(count w in x.l where ({a}) or w.ok) == 0")),
        ]
        .concat();
        let r = report(&rules, &json!({ "as_of": "2024-01-01", "x": { "l": [] } }));
        prop_assert_eq!(verdict(&r, "q_all"), Verdict::Met);
        prop_assert_eq!(verdict(&r, "q_any"), Verdict::NotMet);
        prop_assert_eq!(verdict(&r, "q_count"), Verdict::Met);
    }
}
