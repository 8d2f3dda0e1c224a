//! Explanations are bounded while they are built (`max_explanation_nodes`, and the bytes that
//! allows), and the outcome of an evaluation — verdicts or `E0305` — is the same with or
//! without them: through `Detail::Full`, `Detail::Verdicts` and `explain_obligation`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lexpact_core::report::{Explanation, ObligationResult};
use lexpact_core::{Detail, EvaluateOptions, Limits, ProfileInput, RuleSet, Source, Verdict};
use serde_json::{Value, json};

fn compile(rules: &str, limits: Limits) -> RuleSet {
    RuleSet::compile_files(&[Source::new("rules.lex", rules)], limits)
        .unwrap_or_else(|e| panic!("{e:#?}"))
}

fn obligation(id: &str, require: &str) -> String {
    format!("obligation {id} {{ title \"{id}\" cite \"x\" require {require} }}\n")
}

/// `depth` quantifiers nested over the list `l`, innermost reading the outermost item.
fn nested(depth: usize) -> String {
    let vars: Vec<String> = (0..depth).map(|i| format!("v{i}")).collect();
    let mut require = String::new();
    for v in &vars {
        require.push_str(&format!("all {v} in l where "));
    }
    require.push_str(&format!("{}.n + {}.n >= 0", vars[0], vars[depth - 1]));
    require
}

fn items(count: usize) -> Vec<Value> {
    (0..count).map(|n| json!({ "n": n + 1 })).collect()
}

/// The outcome through the three ways of evaluating: the full report, verdicts only, and
/// each obligation explained on request — each the verdicts, or the error code.
fn outcomes(rules: &RuleSet, profile: &Value) -> [Result<Vec<Verdict>, String>; 3] {
    let by = |detail| {
        rules
            .evaluate(
                ProfileInput::document("p", profile),
                &EvaluateOptions::default().with_detail(detail),
            )
            .map(|r| r.results.iter().map(|r| r.verdict).collect())
            .map_err(|e| e.0[0].code.to_string())
    };
    let ids = ["first", "second"];
    let explained = ids
        .iter()
        .map(|id| {
            rules
                .explain_obligation(
                    ProfileInput::document("p", profile),
                    id,
                    &EvaluateOptions::default(),
                )
                .map(|r| r.verdict)
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| e.0[0].code.to_string());
    [by(Detail::Full), by(Detail::Verdicts), explained]
}

fn count_nodes(node: &Explanation) -> usize {
    1 + node.children.iter().map(count_nodes).sum::<usize>()
}

fn any_truncated(node: &Explanation) -> bool {
    node.truncated || node.children.iter().any(any_truncated)
}

fn nodes(result: &ObligationResult) -> usize {
    result
        .explanation
        .iter()
        .map(|c| count_nodes(&c.node))
        .sum()
}

#[test]
fn nested_quantifiers_over_a_thousand_items_stop_alike_in_every_detail() {
    let profile = json!({ "as_of": "2024-01-01", "l": items(1000) });
    for depth in [3, 10] {
        // Fewer steps than the default keep the test short; 10^9 are needed either way.
        let limits = Limits {
            max_evaluation_steps: 1_000_000,
            ..Limits::default()
        };
        let rules = compile(
            &[
                obligation("first", &nested(depth)),
                obligation("second", "true"),
            ]
            .concat(),
            limits,
        );
        let expected = Err("E0305".to_string());
        assert_eq!(
            outcomes(&rules, &profile),
            [expected.clone(), expected.clone(), expected],
            "{depth} quantifiers"
        );
    }
}

#[test]
fn work_past_a_decision_costs_the_explanation_not_the_verdict() {
    // Each item's `or` is decided by its first operand: without explanations the second (10^6
    // steps per item) is never evaluated; with them it is, within the explanation budget only.
    let profile = json!({ "as_of": "2024-01-01", "l": items(1000) });
    let first = format!("all a in l where a.n >= 1 or ({})", nested(2));
    let rules = compile(
        &[
            obligation("first", &first),
            obligation("second", "all a in l where a.n < 1"),
        ]
        .concat(),
        Limits::default(),
    );
    let verdicts = Ok(vec![Verdict::Met, Verdict::NotMet]);
    assert_eq!(
        outcomes(&rules, &profile),
        [verdicts.clone(), verdicts.clone(), verdicts]
    );
    let report = rules
        .evaluate(
            ProfileInput::document("p", &profile),
            &EvaluateOptions::default(),
        )
        .unwrap();
    for result in &report.results {
        assert!(nodes(result) <= Limits::default().max_explanation_nodes + 1);
        assert!(result.explanation.iter().any(|c| any_truncated(&c.node)));
        assert_eq!(
            &rules
                .explain_obligation(
                    ProfileInput::document("p", &profile),
                    &result.obligation.id,
                    &EvaluateOptions::default()
                )
                .unwrap(),
            result
        );
    }
    // `all` is settled by the first item: the others are shown while the budget lasts.
    let second = &report.results[1].explanation[0].node;
    assert_eq!(second.value, json!(false));
    assert!(second.children.len() > 2, "{second:#?}");
}

#[test]
fn an_explanation_over_its_node_budget_is_cut_and_marked() {
    let limits = Limits {
        max_explanation_nodes: 10,
        ..Limits::default()
    };
    let rules = compile(&obligation("ok", "all a in l where a.n >= 1"), limits);
    let profile = json!({ "as_of": "2024-01-01", "l": items(100) });
    let report = rules
        .evaluate(
            ProfileInput::document("p", &profile),
            &EvaluateOptions::default(),
        )
        .unwrap();
    let result = &report.results[0];
    assert_eq!(result.verdict, Verdict::Met);
    let root = &result.explanation[0].node;
    assert_eq!(root.value, json!(true));
    assert!(root.truncated, "{root:#?}");
    assert!(nodes(result) <= 10, "{} nodes", nodes(result));
    // The top of the tree is kept, the first items in order; the list itself (about 15 kB
    // once copied into the facts read) is over the 5 kB ten nodes allow.
    assert!(
        root.children.iter().all(|c| &*c.expr == "a.n >= 1"),
        "{root:#?}"
    );
    assert_eq!(root.children[0].children[0].fact.as_deref(), Some("/l/0/n"));
    assert!(result.facts.len() < 10);
    assert!(result.facts.iter().all(|f| &*f.pointer != "/l"));
    let json = serde_json::to_value(result).unwrap();
    assert_eq!(json["explanation"][0]["truncated"], json!(true));
    // Within the budget nothing is marked.
    let small = json!({ "as_of": "2024-01-01", "l": items(2) });
    let whole = &rules
        .evaluate(
            ProfileInput::document("p", &small),
            &EvaluateOptions::default(),
        )
        .unwrap()
        .results[0];
    assert!(!any_truncated(&whole.explanation[0].node));
    let json = serde_json::to_string(whole).unwrap();
    assert!(!json.contains("truncated"), "{json}");
}

#[test]
fn long_values_are_bounded_by_the_bytes_the_node_budget_allows() {
    // Every item holds the same 100 kB string: shown in each node, it would take 2000 times
    // that; the explanation stops at the bytes the budget allows.
    let long = "x".repeat(100_000);
    let list: Vec<Value> = (0..1000).map(|_| json!({ "s": long })).collect();
    let profile = json!({ "as_of": "2024-01-01", "l": list, "t": long });
    let rules = compile(
        &obligation("long", "all a in l where a.s == t"),
        Limits::default(),
    );
    let report = rules
        .evaluate(
            ProfileInput::document("p", &profile),
            &EvaluateOptions::default(),
        )
        .unwrap();
    let result = &report.results[0];
    assert_eq!(result.verdict, Verdict::Met);
    let root = &result.explanation[0].node;
    assert!(any_truncated(root));
    // The top of the tree keeps its room: the first items are shown below it.
    assert!(!root.children.is_empty(), "{root:#?}");
    assert_eq!(root.children[0].children[0].fact.as_deref(), Some("/l/0/s"));
    let size = serde_json::to_string(result).unwrap().len();
    assert!(
        size <= Limits::default().max_explanation_bytes(),
        "{size} bytes"
    );
    // Facts of 400 bytes, 1 000 of them: the bytes run out before the nodes, and the nodes
    // above the last facts shown are still there.
    let list: Vec<Value> = (0..1000).map(|_| json!({ "s": "y".repeat(400) })).collect();
    let profile = json!({ "as_of": "2024-01-01", "l": list });
    let rules = compile(
        &obligation("many", "all a in l where a.s != \"z\""),
        Limits::default(),
    );
    let result = &rules
        .evaluate(
            ProfileInput::document("p", &profile),
            &EvaluateOptions::default(),
        )
        .unwrap()
        .results[0];
    let root = &result.explanation[0].node;
    assert!(root.truncated);
    assert!(
        root.children.len() > 100,
        "{} children",
        root.children.len()
    );
    assert!(nodes(result) < Limits::default().max_explanation_nodes);
}
