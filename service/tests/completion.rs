//! Completion on the Rio library and on a small rule set, half-typed input included.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod knowledge;

use knowledge::{RULES, mini_at, rio_at};
use lexpact_service::{Completion, CompletionKind, completion};

fn complete(analysis: &lexpact_service::Analysis, file: &str, offset: usize) -> Vec<Completion> {
    completion(analysis, file, offset)
}

fn labels(items: &[Completion]) -> Vec<&str> {
    items.iter().map(|c| c.label.as_str()).collect()
}

fn find<'a>(items: &'a [Completion], label: &str) -> &'a Completion {
    items
        .iter()
        .find(|c| c.label == label)
        .unwrap_or_else(|| panic!("no completion `{label}` in {:?}", labels(items)))
}

#[test]
fn fields_segment_by_segment_with_types_descriptions_and_values() {
    let (analysis, offset) =
        mini_at("schema \"schema.json\"\nobligation o {\n  require state.|\n}\n");
    let items = complete(&analysis, "main.lex", offset);
    assert_eq!(labels(&items), ["name", "status"]);
    let status = find(&items, "status");
    assert_eq!(status.kind, CompletionKind::Fact);
    assert_eq!(status.detail.as_deref(), Some("a string"));
    assert_eq!(
        status.documentation.as_deref(),
        Some("Its treaty status.\n\nallowed values: \"party\", \"signatory\"")
    );
    assert_eq!((status.replace_start, status.replace_end), (offset, offset));

    let (analysis, offset) = mini_at("schema \"schema.json\"\nobligation o {\n  require |\n}\n");
    let items = complete(&analysis, "main.lex", offset);
    let state = find(&items, "state");
    assert_eq!(state.kind, CompletionKind::Field);
    assert_eq!(state.detail.as_deref(), Some("group of facts"));
    assert_eq!(
        find(&items, "items").detail.as_deref(),
        Some("a list of records")
    );
}

#[test]
fn half_typed_segment_is_replaced() {
    // The file does not parse: the obligation is not closed.
    let (analysis, offset) =
        mini_at("schema \"schema.json\"\nobligation o {\n  require state.sta|");
    assert!(analysis.file("main.lex").unwrap().ast.is_err());
    let items = complete(&analysis, "main.lex", offset);
    let status = find(&items, "status");
    assert_eq!(
        (status.replace_start, status.replace_end),
        (offset - 3, offset)
    );
}

#[test]
fn quantifier_items_and_definition_parameters() {
    let (analysis, offset) = mini_at(
        "schema \"schema.json\"\nobligation o {\n  require all i in items where i.ok and i.|",
    );
    let items = complete(&analysis, "main.lex", offset);
    assert_eq!(labels(&items), ["kind", "ok"]);
    assert_eq!(
        find(&items, "ok").detail.as_deref(),
        Some("a condition (true/false)")
    );

    // `s` is read off the use `is_party(state)` in the obligation.
    let text = RULES.replace(
        "define is_party(s) = s.status == \"party\"",
        "define is_party(s) = s.|",
    );
    let (analysis, offset) = mini_at(&text);
    let items = complete(&analysis, "main.lex", offset);
    assert_eq!(labels(&items), ["name", "status"]);

    // In scope: the item, shown with its place.
    let (analysis, offset) =
        mini_at("schema \"schema.json\"\nobligation o {\n  require any m in items where |");
    let items = complete(&analysis, "main.lex", offset);
    let m = find(&items, "m");
    assert_eq!(m.detail.as_deref(), Some("items[]: group of facts"));
}

#[test]
fn enum_values_after_comparisons_and_in_lists() {
    let (analysis, offset) =
        mini_at("schema \"schema.json\"\nobligation o {\n  require state.status == |\n}\n");
    let items = complete(&analysis, "main.lex", offset);
    assert_eq!(labels(&items), ["\"party\"", "\"signatory\""]);
    assert_eq!(items[0].kind, CompletionKind::EnumValue);
    assert_eq!(
        items[0].detail.as_deref(),
        Some("a value of `state.status`")
    );

    let (analysis, offset) = mini_at(
        "schema \"schema.json\"\nobligation o {\n  require all i in items where i.kind in [\"law\", |",
    );
    let items = complete(&analysis, "main.lex", offset);
    assert_eq!(labels(&items), ["\"law\"", "\"policy\""]);

    // A string begun is replaced whole.
    let (analysis, offset) =
        mini_at("schema \"schema.json\"\nobligation o {\n  require state.status != \"pa|");
    let items = complete(&analysis, "main.lex", offset);
    assert_eq!(labels(&items), ["\"party\"", "\"signatory\""]);
    assert_eq!(items[0].replace_start, offset - 3);
}

#[test]
fn definitions_and_builtins_with_their_parameters() {
    let (analysis, offset) =
        mini_at(&RULES.replace("require is_party(state)", "require is_party(state) and |"));
    let items = complete(&analysis, "main.lex", offset);
    let def = find(&items, "is_party");
    assert_eq!(def.kind, CompletionKind::Definition);
    assert_eq!(def.insert, "is_party(");
    assert_eq!(def.detail.as_deref(), Some("is_party(s)"));
    let today = find(&items, "evaluation_date");
    assert_eq!(today.insert, "evaluation_date()");
    assert_eq!(
        today.detail.as_deref(),
        Some("built-in: evaluation_date() -> date")
    );
    assert_eq!(find(&items, "add_years").insert, "add_years(");
    assert_eq!(find(&items, "all").kind, CompletionKind::Keyword);
}

#[test]
fn clause_words_not_yet_used() {
    let (analysis, offset) =
        mini_at("schema \"schema.json\"\nobligation o {\n  title \"T\"\n  exception \"e\"\n  |");
    let items = complete(&analysis, "main.lex", offset);
    let words = labels(&items);
    assert!(!words.contains(&"title"), "{words:?}");
    for word in [
        "cite",
        "require",
        "exception",
        "met on",
        "in each jurisdiction",
    ] {
        assert!(words.contains(&word), "{word} missing from {words:?}");
    }
    assert_eq!(find(&items, "cite").insert, "cite \"\"");

    // After a condition: the clauses, `and` and `or`.
    let (analysis, offset) =
        mini_at("schema \"schema.json\"\nobligation o {\n  require state.status == \"party\"\n  |");
    let words: Vec<String> = complete(&analysis, "main.lex", offset)
        .into_iter()
        .map(|c| c.label)
        .collect();
    assert!(words.contains(&"and".to_string()) && words.contains(&"title".to_string()));
    assert!(!words.contains(&"require".to_string()));
}

#[test]
fn declarations_at_the_top_level() {
    let (analysis, offset) = mini_at(&format!("{RULES}\n|"));
    let items = complete(&analysis, "main.lex", offset);
    assert_eq!(
        labels(&items),
        ["ruleset", "schema", "define", "obligation", "test"]
    );
    let (analysis, offset) = mini_at(&format!("{RULES}\nob|"));
    let items = complete(&analysis, "main.lex", offset);
    assert_eq!(items[3].insert, "obligation ");
    assert_eq!(items[3].replace_start, offset - 2);
    // Nothing after `obligation`: a new id is being named.
    let (analysis, offset) = mini_at(&format!("{RULES}\nobligation |"));
    assert!(complete(&analysis, "main.lex", offset).is_empty());
}

#[test]
fn tests_expect_ids_verdicts_and_statuses() {
    let text = RULES.replace("  expect measures met\n", "  expect |\n");
    let (analysis, offset) = mini_at(&text);
    let items = complete(&analysis, "main.lex", offset);
    assert_eq!(labels(&items), ["be_party", "measures"]);
    assert_eq!(items[0].kind, CompletionKind::Obligation);

    let text = RULES.replace("  expect measures met\n", "  expect measures |\n");
    let (analysis, offset) = mini_at(&text);
    assert_eq!(
        labels(&complete(&analysis, "main.lex", offset)),
        [
            "met",
            "partially_met",
            "not_met",
            "unknown",
            "not_applicable",
            "amended",
            "indicator",
            "in_window",
            "not"
        ]
    );
    let text = RULES.replace("  expect measures met\n", "  expect measures met |\n");
    let (analysis, offset) = mini_at(&text);
    let words = labels(&complete(&analysis, "main.lex", offset))
        .into_iter()
        .map(str::to_string)
        .collect::<Vec<_>>();
    assert!(words.contains(&"on_time".to_string()) && words.contains(&"expect".to_string()));
}

#[test]
fn tests_expect_marks_and_counts() {
    let complete_in = |line: &str| {
        let text = RULES.replace("  expect measures met\n", line);
        let (analysis, offset) = mini_at(&text);
        labels(&complete(&analysis, "main.lex", offset))
            .into_iter()
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        complete_in("  expect measures not |\n"),
        ["amended", "indicator", "in_window"]
    );
    // After a number: what is counted, then the verdicts and `in`.
    assert_eq!(complete_in("  expect 2 |\n"), ["bullets", "obligations"]);
    let words = complete_in("  expect 2 bullets |\n");
    assert_eq!(words.first().map(String::as_str), Some("met"));
    assert_eq!(words.last().map(String::as_str), Some("in"));
}

#[test]
fn nothing_in_comments_or_after_a_value() {
    let (analysis, offset) = mini_at("schema \"schema.json\"\n# state.|\n");
    assert!(complete(&analysis, "main.lex", offset).is_empty());
    let text = RULES.replace("profile { state:", "profile { state: { status: \"party\" |");
    let (analysis, offset) = mini_at(&text);
    assert!(complete(&analysis, "main.lex", offset).is_empty());
    // Out of range and unknown files answer nothing rather than fail.
    assert!(complete(&analysis, "nope.lex", 0).is_empty());
    let _ = complete(&analysis, "main.lex", usize::MAX);
}

#[test]
fn rio_fact_paths_enums_and_definitions() {
    let (analysis, offset) = rio_at("obligation x {\n  require treaties.|");
    let items = complete(&analysis, "rio/extra.lex", offset);
    let crc = find(&items, "crc");
    assert_eq!(crc.kind, CompletionKind::Field);
    assert_eq!(
        crc.documentation.as_deref(),
        Some("Convention on the Rights of the Child (1989).")
    );

    let (analysis, offset) = rio_at("obligation x {\n  require treaties.crc.status == |");
    let values = labels(&complete(&analysis, "rio/extra.lex", offset))
        .into_iter()
        .map(str::to_string)
        .collect::<Vec<_>>();
    assert!(values.contains(&"\"ratified\"".to_string()), "{values:?}");

    // `t` of `ratified(t)` is a treaty (read off `ratified(treaties.crc)`).
    let (analysis, offset) = rio_at(
        "define my_check(t) = ratified(t) and t.|\nobligation x {\n  require my_check(treaties.crc)\n}\n",
    );
    let fields = labels(&complete(&analysis, "rio/extra.lex", offset))
        .into_iter()
        .map(str::to_string)
        .collect::<Vec<_>>();
    assert!(fields.contains(&"status".to_string()), "{fields:?}");

    let (analysis, offset) = rio_at("obligation x {\n  require |");
    let items = complete(&analysis, "rio/extra.lex", offset);
    let ratified = find(&items, "ratified");
    assert_eq!(ratified.detail.as_deref(), Some("ratified(t)"));
    assert_eq!(
        ratified.documentation.as_deref(),
        Some(
            "```lexpact\ndefine ratified(t) = t.status in [\"ratified\", \"acceded\", \"succeeded\"]\n```"
        )
    );
    assert_eq!(
        find(&items, "immediately_max_days").insert,
        "immediately_max_days"
    );
}

#[test]
fn rio_test_blocks_offer_the_library_obligations() {
    let (analysis, offset) = rio_at("test \"x\" {\n  expect ratify_c|");
    let items = complete(&analysis, "rio/extra.lex", offset);
    let crc = find(&items, "ratify_crc");
    assert_eq!(crc.detail.as_deref(), Some("C.1(a)-1"));
    assert_eq!(crc.replace_start, offset - "ratify_c".len());
    assert!(items.len() > 70, "{}", items.len());
}

#[test]
fn inline_profile_keys_and_values() {
    let text = RULES.replace("profile { state:", "profile { |state:");
    let (analysis, offset) = mini_at(&text);
    let items = complete(&analysis, "main.lex", offset);
    assert_eq!(labels(&items), ["items", "state"]);
    assert_eq!(items[1].insert, "state: ");
    assert_eq!(
        items[1].documentation.as_deref(),
        Some("The State the profile describes.")
    );

    let text = RULES.replace("state: { status: \"party\" }", "state: { status: |");
    let (analysis, offset) = mini_at(&text);
    assert_eq!(
        labels(&complete(&analysis, "main.lex", offset)),
        ["\"party\"", "\"signatory\""]
    );

    // In a list's item: the item's fields.
    let text = RULES.replace("items: [{ kind:", "items: [{ |kind:");
    let (analysis, offset) = mini_at(&text);
    assert_eq!(
        labels(&complete(&analysis, "main.lex", offset)),
        ["kind", "ok"]
    );
    let text = RULES.replace(
        "items: [{ kind: \"law\", ok: true }]",
        "items: [{ ok: true, |",
    );
    let (analysis, offset) = mini_at(&text);
    assert_eq!(
        labels(&complete(&analysis, "main.lex", offset)),
        ["kind", "ok"]
    );
}

#[test]
fn cites_from_the_pinned_text_and_the_bundled_schema() {
    let (analysis, offset) = rio_at("obligation x {\n  title \"X\"\n  cite \"C.1(a)-|");
    let items = complete(&analysis, "rio/extra.lex", offset);
    let first = find(&items, "C.1(a)-1");
    assert_eq!(first.insert, "\"C.1(a)-1\"");
    assert_eq!(first.replace_start, offset - "\"C.1(a)-".len());
    assert_eq!(first.detail.as_deref(), Some("C.1(a) of the pinned text"));
    assert!(
        first
            .documentation
            .as_deref()
            .unwrap()
            .starts_with("Continue working towards ratification")
    );
    assert!(items.len() > 100, "{}", items.len());

    let (analysis, offset) = mini_at("ruleset \"x\"\nschema \"|");
    let items = complete(&analysis, "main.lex", offset);
    assert_eq!(labels(&items), ["lexpact/legal-profile/v1"]);
    assert_eq!(items[0].insert, "\"lexpact/legal-profile/v1\"");
    let (analysis, offset) = mini_at("ruleset \"x\" |");
    assert_eq!(complete(&analysis, "main.lex", offset)[0].label, "version");
}
