//! Code actions on the Rio library and on a small rule set: did-you-means and a missing cite.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod knowledge;

use knowledge::{RULES, mini};
use lexpact_core::Limits;
use lexpact_service::{Analysis, CodeAction, Workspace, code_actions};

/// `text` with the action's edits applied (last first, so offsets hold).
fn apply(text: &str, action: &CodeAction) -> String {
    let mut out = text.to_string();
    let mut edits = action.edits.clone();
    edits.sort_by_key(|e| std::cmp::Reverse(e.start));
    for e in edits {
        out.replace_range(e.start..e.end, &e.new_text);
    }
    out
}

/// The actions at the first occurrence of `needle` in the small rule set whose `main.lex` has
/// `from` changed to `to`.
fn actions_at(from: &str, to: &str, needle: &str) -> (String, Vec<CodeAction>) {
    let text = RULES.replacen(from, to, 1);
    let analysis = Analysis::new(&mini(Some(&text)));
    let at = text.find(needle).unwrap();
    let actions = code_actions(&analysis, "main.lex", at, at + needle.len());
    (text, actions)
}

fn only_fix(text: &str, actions: &[CodeAction]) -> (String, String) {
    assert_eq!(actions.len(), 1, "{actions:#?}");
    let action = &actions[0];
    assert!(action.preferred);
    (action.fixes.clone().unwrap(), apply(text, action))
}

#[test]
fn did_you_mean_on_paths_values_names_and_ids() {
    let (text, actions) = actions_at("i.ok", "i.okk", "i.okk");
    let (code, fixed) = only_fix(&text, &actions);
    assert_eq!(code, "E0201");
    assert!(fixed.contains("where i.ok and"), "{fixed}");
    assert_eq!(fixed, RULES);

    let (text, actions) = actions_at("i.kind == \"law\"", "i.kind == \"lawe\"", "\"lawe\"");
    let (_, fixed) = only_fix(&text, &actions);
    assert_eq!(fixed, RULES);
    assert_eq!(actions[0].title, "Change to \"law\"");

    let (text, actions) = actions_at(
        "require is_party(state)",
        "require is_partyy(state)",
        "is_partyy",
    );
    let (_, fixed) = only_fix(&text, &actions);
    assert_eq!(fixed, RULES);

    let (text, actions) = actions_at("expect measures met", "expect measurse met", "measurse");
    let (_, fixed) = only_fix(&text, &actions);
    assert_eq!(fixed, RULES);
}

#[test]
fn did_you_mean_on_a_misspelt_clause() {
    let (text, actions) = actions_at("  text \"Become", "  txet \"Become", "txet");
    let (code, fixed) = only_fix(&text, &actions);
    assert_eq!(code, "E0001");
    assert_eq!(fixed, RULES);
    // Nothing outside the range asked about.
    let text = RULES.replacen("i.ok", "i.okk", 1);
    let analysis = Analysis::new(&mini(Some(&text)));
    assert!(code_actions(&analysis, "main.lex", 0, 10).is_empty());
}

#[test]
fn add_a_missing_cite() {
    let (text, actions) = actions_at("  cite \"X-2\"\n", "", "measures {");
    assert_eq!(actions.len(), 1, "{actions:#?}");
    assert_eq!(actions[0].title, "Add a `cite`");
    assert_eq!(actions[0].fixes.as_deref(), Some("E0207"));
    assert_eq!(
        apply(&text, &actions[0]),
        RULES.replacen("  cite \"X-2\"", "  cite \"\"", 1)
    );

    // The obligation before it is of the same group: its cite is offered too.
    let grouped = RULES
        .replacen("  cite \"X-1\"\n", "  cite \"X-1\"\n  group \"G\"\n", 1)
        .replacen("  cite \"X-2\"\n", "  group \"G\"\n", 1);
    let analysis = Analysis::new(&mini(Some(&grouped)));
    let at = grouped.find("measures {").unwrap();
    let actions = code_actions(&analysis, "main.lex", at, at);
    assert_eq!(actions.len(), 2, "{actions:#?}");
    assert_eq!(actions[1].title, "Add `cite \"X-1\"` (as `be_party`)");
    assert!(
        apply(&grouped, &actions[1])
            .contains("  title \"Measures in force\"\n  cite \"X-1\"\n  group \"G\"")
    );
}

#[test]
fn rio_definition_typo() {
    let mut workspace = Workspace::library("rio", Limits::default()).unwrap();
    let text = workspace.file("rio/c1.lex").unwrap().to_string();
    let broken = text.replacen(
        "require ratified(treaties.crc)",
        "require ratifed(treaties.crc)",
        1,
    );
    workspace.set_file("rio/c1.lex", broken.clone());
    let analysis = Analysis::new(&workspace);
    let at = broken.find("ratifed").unwrap();
    let actions = code_actions(&analysis, "rio/c1.lex", at, at);
    let (code, fixed) = only_fix(&broken, &actions);
    assert_eq!(code, "E0202");
    assert_eq!(fixed, text);
    // The library as it is: no fix offered on a correct obligation.
    let analysis = Analysis::new(&Workspace::library("rio", Limits::default()).unwrap());
    let at = text.find("obligation ratify_crc").unwrap();
    assert!(code_actions(&analysis, "rio/c1.lex", at, at + 10).is_empty());
}
