//! Definitions that multiply when expanded: the checker knows a rule's expanded size and depth
//! before expanding it, refuses one over `max_expanded_nodes` or `max_expanded_depth` with
//! `E0212`, and accepts one exactly at the limit. (Before, a 1 KB file of forty definitions
//! each using the one before twice ran for hours.)
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lexpact_core::{Diagnostic, Limits, NoFiles, RuleSet, Source};

/// `define d0 = true`, then `define dN = dN-1 and dN-1` up to `levels`, and an obligation whose
/// `clause` uses the last. Expanded, `dN` alone has 2^(N+2) - 3 nodes and nests 2N + 1 deep.
fn doubling(levels: usize, clause: &str) -> String {
    let mut text = String::from("ruleset \"chain\"\n\ndefine d0 = true\n");
    for n in 1..=levels {
        text.push_str(&format!("define d{n} = d{} and d{}\n", n - 1, n - 1));
    }
    text.push_str(&format!(
        "\nobligation o {{\n  title \"t\"\n  cite \"c\"\n  {clause} d{levels}\n"
    ));
    if clause != "require" {
        text.push_str("  require true\n");
    }
    text.push_str("}\n");
    text
}

fn errors(text: &str, limits: Limits) -> Vec<Diagnostic> {
    match RuleSet::compile_with(&[Source::new("chain.lex", text)], &NoFiles, limits) {
        Ok(_) => Vec::new(),
        Err(d) => d.0,
    }
}

/// The line of `text` that contains `needle`, 1-based.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

fn codes(found: &[Diagnostic]) -> Vec<&str> {
    found.iter().map(|d| d.code.as_str()).collect()
}

#[test]
fn forty_doubling_definitions_are_refused_at_the_rule_and_where_the_limit_is_crossed() {
    let text = doubling(40, "require");
    let found = errors(&text, Limits::default());
    assert_eq!(codes(&found), ["E0212", "E0212"], "{found:?}");
    // d16 is the first with more than 200 000 nodes (2^18 - 3); those after it use it.
    let definition = &found[0];
    assert_eq!(
        (definition.line, definition.column),
        (line_of(&text, "define d16 "), 8)
    );
    assert_eq!(
        definition.message,
        "with its definitions expanded, `d16` has more than 200000 nodes (max_expanded_nodes)"
    );
    let rule = &found[1];
    assert_eq!(
        (rule.line, rule.column),
        (line_of(&text, "require d40"), 11)
    );
    assert_eq!(
        rule.message,
        "with its definitions expanded, this rule has more than 200000 nodes (max_expanded_nodes)"
    );
    assert_eq!(
        rule.help.as_deref(),
        Some("definitions that use others several times multiply; simplify them")
    );
}

#[test]
fn every_condition_clause_is_measured_before_it_is_expanded() {
    for clause in ["applies when", "partial when", "met on"] {
        let text = doubling(40, clause);
        let found = errors(&text, Limits::default());
        let rule = found
            .iter()
            .find(|d| d.message.contains("this rule"))
            .unwrap_or_else(|| panic!("{clause}: {found:?}"));
        assert_eq!(rule.code, "E0212", "{clause}");
        assert_eq!(
            rule.line,
            line_of(&text, &format!("{clause} d40")),
            "{clause}"
        );
        assert!(rule.message.contains("max_expanded_nodes"), "{clause}");
        assert_eq!(codes(&found), ["E0212", "E0212"], "{clause}: {found:?}");
    }
}

#[test]
fn a_test_of_a_refused_obligation_adds_no_error_of_its_own() {
    let mut text = doubling(40, "require");
    text.push_str("\ntest \"t\" {\n  profile {}\n  expect o met\n}\n");
    let found = errors(&text, Limits::default());
    assert_eq!(codes(&found), ["E0212", "E0212"], "{found:?}");
}

#[test]
fn a_rule_exactly_at_the_node_limit_is_accepted_and_one_node_more_is_refused() {
    // `require d7`: the use of d7 (one node) over its 2^9 - 3 nodes.
    let text = doubling(7, "require");
    let at = |nodes| Limits {
        max_expanded_nodes: nodes,
        ..Limits::default()
    };
    // Checking the eight definitions on their own builds 22 nodes more: the rule set's total.
    assert_eq!(errors(&text, at(532)), []);
    let found = errors(&text, at(531));
    assert_eq!(codes(&found), ["E0212"], "{found:?}");
    assert!(
        found[0]
            .message
            .contains("the rule set has more than 531 nodes"),
        "{found:?}"
    );
    let found = errors(&text, at(509));
    assert_eq!(codes(&found), ["E0212"], "{found:?}");
    assert_eq!(found[0].line, line_of(&text, "require d7"));
    assert!(
        found[0].message.contains("more than 509 nodes"),
        "{found:?}"
    );
}

#[test]
fn a_rule_exactly_at_the_depth_limit_is_accepted_and_one_level_more_is_refused() {
    // `require d7`: one level for the use, 15 for d7.
    let text = doubling(7, "require");
    let at = |depth| Limits {
        max_expanded_depth: depth,
        ..Limits::default()
    };
    assert_eq!(errors(&text, at(16)), []);
    let found = errors(&text, at(15));
    assert_eq!(codes(&found), ["E0212"], "{found:?}");
    assert_eq!(
        found[0].message,
        "with its definitions expanded, this rule nests more than 15 levels deep (max_expanded_depth)"
    );
}

#[test]
fn the_nodes_of_every_condition_of_a_rule_count_together() {
    // Each condition alone has 510 nodes; together 1020.
    let text = doubling(7, "require").replace("require d7", "require d7\n  partial when d7");
    let at = |nodes| Limits {
        max_expanded_nodes: nodes,
        ..Limits::default()
    };
    // With the 22 nodes of the definitions checked on their own.
    assert_eq!(errors(&text, at(1042)), []);
    let found = errors(&text, at(1019));
    assert_eq!(codes(&found), ["E0212"], "{found:?}");
    assert_eq!(found[0].line, line_of(&text, "partial when d7"));
}

/// `define f(x) = x and x` used inside itself `times` times around `true`.
fn nested_parameter_uses(times: usize, extra: &str) -> String {
    let call = format!("{}true{}", "f(".repeat(times), ")".repeat(times));
    format!(
        "ruleset \"p\"\n\ndefine f(x) = x and x\n{extra}\nobligation o {{\n  title \"t\"\n  cite \"c\"\n  require {call}\n}}\n"
    )
}

#[test]
fn a_parameter_used_twice_doubles_its_argument_at_each_use() {
    let text = nested_parameter_uses(25, "");
    let found = errors(&text, Limits::default());
    assert_eq!(codes(&found), ["E0212"], "{found:?}");
    assert_eq!(found[0].line, line_of(&text, "require"));
    assert!(found[0].message.contains("max_expanded_nodes"), "{found:?}");

    // f(a) has 2 + 2 × nodes(a): six uses around `true` have 190 nodes.
    let six = nested_parameter_uses(6, "");
    let at = |nodes| Limits {
        max_expanded_nodes: nodes,
        ..Limits::default()
    };
    // With the 3 nodes of `f` checked on its own.
    assert_eq!(errors(&six, at(193)), []);
    assert_eq!(codes(&errors(&six, at(189))), ["E0212"]);
}

#[test]
fn a_definition_too_large_on_its_own_is_refused_at_its_name_even_if_unused() {
    let inner = format!("{}true{}", "f(".repeat(25), ")".repeat(25));
    let text = nested_parameter_uses(1, &format!("define g = {inner}\n"));
    let found = errors(&text, Limits::default());
    assert_eq!(codes(&found), ["E0212"], "{found:?}");
    assert_eq!(
        (found[0].line, found[0].column),
        (line_of(&text, "define g"), 8)
    );
    assert!(found[0].message.contains("`g` has more than"), "{found:?}");
}

#[test]
fn a_deep_chain_of_single_uses_is_refused_for_depth() {
    // Each `not` over a parameter: small, but three levels a use.
    let call = format!("{}true{}", "n(".repeat(30), ")".repeat(30));
    let text = format!(
        "ruleset \"p\"\n\ndefine n(x) = not x\n\nobligation o {{\n  title \"t\"\n  cite \"c\"\n  require {call}\n}}\n"
    );
    let found = errors(&text, Limits::default());
    assert_eq!(codes(&found), ["E0212"], "{found:?}");
    assert!(found[0].message.contains("max_expanded_depth"), "{found:?}");
}

#[test]
fn definitions_on_a_cycle_are_reported_as_a_cycle_not_measured() {
    let text = "ruleset \"c\"\n\ndefine a = b and b\ndefine b = a and a\ndefine c = a and a\n\nobligation o {\n  title \"t\"\n  cite \"c\"\n  require c\n}\n";
    let found = errors(text, Limits::default());
    assert!(!found.is_empty());
    assert!(found.iter().all(|d| d.code == "E0206"), "{found:?}");
}

#[test]
fn an_error_in_a_definition_used_many_times_is_reported_once() {
    // d15 within the limits uses d0 32 768 times; d0 fails its own check.
    let text = doubling(15, "require").replace("define d0 = true", "define d0 = 1 and true");
    let found = errors(&text, Limits::default());
    assert_eq!(codes(&found), ["E0203"], "{found:?}");
    assert_eq!(found[0].line, line_of(&text, "define d0 "));
}

#[test]
fn the_nodes_of_every_rule_add_up_over_the_rule_set() {
    // Sixty rules of 4 093 nodes each: every one under the limit, not all of them together.
    let mut text = doubling(10, "require");
    for i in 0..60 {
        text.push_str(&format!(
            "obligation o{i} {{\n  title \"t\"\n  cite \"c\"\n  require d10\n}}\n"
        ));
    }
    let found = errors(&text, Limits::default());
    assert_eq!(codes(&found), ["E0212"], "refused once: {found:?}");
    assert_eq!(
        found[0].message,
        "with its definitions expanded, the rule set has more than 200000 nodes (max_expanded_nodes)"
    );
    let lifted = Limits {
        max_expanded_nodes: 300_000,
        ..Limits::default()
    };
    assert_eq!(errors(&text, lifted), []);
}
