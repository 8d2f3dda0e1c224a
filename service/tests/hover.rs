//! Hover on the Rio library and on a small rule set.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod knowledge;

use knowledge::{RULES, mini};
use lexpact_core::Limits;
use lexpact_service::{Analysis, Hover, Workspace, hover};

/// The hover at the `nth` occurrence of `needle` in `file`, `plus` bytes into it.
fn at(analysis: &Analysis, file: &str, needle: &str, nth: usize, plus: usize) -> Option<Hover> {
    let text = &analysis.file(file).unwrap().text;
    let offset = text
        .match_indices(needle)
        .nth(nth)
        .map(|(i, _)| i + plus)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in {file}"));
    hover(analysis, file, offset)
}

fn shown(hover: Option<Hover>) -> String {
    hover.expect("a hover").markdown
}

fn rio() -> Analysis {
    Analysis::new(&Workspace::library("rio", Limits::default()).unwrap())
}

#[test]
fn fact_path_shows_the_schema_field_and_other_readers() {
    let analysis = Analysis::new(&mini(None));
    let h = at(&analysis, "main.lex", "require is_party(state)", 0, 18).unwrap();
    assert_eq!(h.end - h.start, "state".len());
    assert_eq!(
        h.markdown,
        "**`state`**\n\nThe State the profile describes.\n\n*group*: group of facts\n\nfields: `name`, `status`\n\nRead by no other obligation."
    );

    // Through a definition's parameter: `s` is `state` at its use.
    let text = shown(at(&analysis, "main.lex", "s.status ==", 0, 3));
    assert_eq!(
        text,
        "**`state.status`**\n\nIts treaty status.\n\n*fact*: a string\n\nallowed values: \"party\", \"signatory\"\n\nRead by 1 obligation:\n- `be_party` (Be a party)"
    );

    // Through a quantifier's item.
    let text = shown(at(&analysis, "main.lex", "i.kind", 0, 3));
    assert!(
        text.starts_with("**`items[].kind`**\n\nWhat kind of measure.\n\n*fact*: a string"),
        "{text}"
    );
    assert_eq!(
        shown(at(&analysis, "main.lex", "\"law\"", 0, 2)),
        "\"law\": a value of `items[].kind`\n\nallowed values: \"law\", \"policy\""
    );
    // A key of an inline test profile.
    let text = shown(at(&analysis, "main.lex", "kind: \"law\"", 0, 1));
    assert!(
        text.starts_with("**`items[].kind`**\n\nWhat kind of measure."),
        "{text}"
    );
    assert!(
        text.ends_with("Read by 1 obligation:\n- `measures` (Measures in force)"),
        "{text}"
    );
    let text = shown(at(&analysis, "main.lex", "all i in", 0, 4));
    assert!(
        text.starts_with("`i`: the current item of a quantifier, `items[]`"),
        "{text}"
    );
}

#[test]
fn obligation_ids_definitions_builtins_and_keywords() {
    let analysis = Analysis::new(&mini(None));
    assert_eq!(
        shown(at(&analysis, "main.lex", "expect be_party", 0, 8)),
        "**`be_party`** — Be a party\n\n> Become a party.\n\ncite `X-1`"
    );
    assert_eq!(
        shown(at(&analysis, "main.lex", "is_party(state)", 0, 2)),
        "```lexpact\ndefine is_party(s) = s.status == \"party\"\n```\n\nA party to the treaty."
    );
    let h = at(&analysis, "main.lex", "require", 0, 3).unwrap();
    assert_eq!(h.markdown, "The condition for `met` (required).");
    assert_eq!(h.end - h.start, "require".len());
    // White space shows nothing.
    assert_eq!(at(&analysis, "main.lex", "\n\nobligation", 0, 1), None);
}

#[test]
fn the_words_of_marks_and_counts_in_tests() {
    let rules = RULES.replace(
        "  expect measures met\n",
        "  expect measures not in_window\n  expect 2 bullets met\n",
    );
    let analysis = Analysis::new(&mini(Some(&rules)));
    assert!(analysis.file("main.lex").unwrap().ast.is_ok());
    assert!(
        shown(at(&analysis, "main.lex", "in_window", 0, 2))
            .starts_with("`expect ID in_window`: the deadline window's reading applies")
    );
    assert!(
        shown(at(&analysis, "main.lex", "bullets", 0, 2))
            .contains("obligations sharing a `cite` count once")
    );
    assert_eq!(
        shown(at(&analysis, "main.lex", "bullets met", 0, 9)),
        "`met`: a verdict or deadline status"
    );
}

#[test]
fn half_typed_files_still_show_keywords() {
    let analysis = Analysis::new(&mini(Some(&RULES.replace("require all", "require all ("))));
    assert!(analysis.file("main.lex").unwrap().ast.is_err());
    assert_eq!(
        shown(at(&analysis, "main.lex", "cite", 0, 1)),
        "Where the obligation stands in the text, e.g. `C.1(a)-13` (required)."
    );
    assert_eq!(hover(&analysis, "main.lex", usize::MAX), None);
    // The line that does not parse is left out: the rest of the file still answers.
    assert_eq!(
        shown(at(&analysis, "main.lex", "expect be_party", 0, 8)),
        "**`be_party`** — Be a party\n\n> Become a party.\n\ncite `X-1`"
    );
    assert!(shown(at(&analysis, "main.lex", "is_party(state)", 0, 12)).starts_with("**`state`**"));
}

#[test]
fn rio_cite_shows_the_pinned_paragraph_with_amendments() {
    let analysis = rio();
    let text = shown(at(&analysis, "rio/c3.lex", "cite \"C.3-1\"", 0, 7));
    assert_eq!(
        text,
        "**C.3-1** (C.3 of the pinned text of `rio`)\n\n> **Harmonize domestic laws in accordance with international standards including the definition of the child, and the sexual exploitation of children and adolescents in prostitution;**\n\nIn bold: late amendments to the draft."
    );
    let text = shown(at(&analysis, "rio/c1.lex", "cite \"C.1(a)-1\"", 0, 7));
    assert!(
        text.contains(
            "> Continue working towards ratification of relevant international instruments"
        ),
        "{text}"
    );
    assert!(!text.contains("In bold"));
}

#[test]
fn rio_paths_obligations_and_builtins() {
    let analysis = rio();
    let text = shown(at(&analysis, "rio/c1.lex", "ratified(treaties.crc)", 0, 19));
    assert!(
        text.starts_with(
            "**`treaties.crc`**\n\nConvention on the Rights of the Child (1989).\n\n*group*"
        ),
        "{text}"
    );
    assert!(
        text.ends_with("\n\nAlso read by 1 obligation:\n- `treaty_body_periodic_reports` (No periodic report to the Committee on the Rights of the Child overdue)"),
        "{text}"
    );

    let text = shown(at(&analysis, "rio/c1_test.lex", "expect ratify_crc", 0, 9));
    assert!(
        text.starts_with("**`ratify_crc`** — Ratification of the Convention on the Rights of the Child\n\n> Continue working towards"),
        "{text}"
    );
    assert!(
        text.ends_with("cite `C.1(a)-1` · group `C.1` · exception \"as appropriate\""),
        "{text}"
    );

    assert_eq!(
        shown(at(&analysis, "rio/b.lex", "add_years(", 0, 2)),
        "```lexpact\nadd_years(d: date, n: number) -> date\n```\n\nBuilt-in function. The same calendar day `n` whole years after `d` (before it when `n` is negative); 29 February gives 28 February in a year without it."
    );
    let text = shown(at(&analysis, "rio/c1.lex", "ratified(treaties.crc)", 0, 2));
    assert!(
        text.starts_with("```lexpact\ndefine ratified(t) = t.status in"),
        "{text}"
    );
    assert!(text.contains("Party to the treaty"), "{text}");
}
