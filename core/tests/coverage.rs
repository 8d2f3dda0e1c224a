//! The coverage tables shipped with the libraries agree with the rules, and the Rio table
//! lists every bullet of the Pact's text, section by section, in order.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lexpact_core::RuleSet;
use lexpact_core::coverage::{self, CoverageStatus};
use lexpact_core::library::{self, LIBRARIES};

#[test]
fn every_coverage_table_agrees_with_its_rules() {
    for lib in LIBRARIES {
        let table = library::coverage(lib.name)
            .unwrap_or_else(|| panic!("{} has no table", lib.name))
            .table;
        let rows = coverage::parse(table).unwrap();
        let rules = RuleSet::library(lib.name).unwrap();
        assert_eq!(coverage::problems(&rows, &rules), Vec::<String>::new());
    }
}

#[test]
fn problems_are_found() {
    let rules = RuleSet::library("icmec").unwrap();
    let table = "ref\topening\tids\tstatus\treason\n\
                 c-1\tA\ticmec_csam_definition,ghost\tencoded\t\n\
                 c-1\tB\t\tqualitative\t\n\
                 c-2\tC\t\tencoded\t\n";
    let rows = coverage::parse(table).unwrap();
    let found = coverage::problems(&rows, &rules).join("\n");
    for expected in [
        "names `ghost`",
        "c-1 is listed twice",
        "c-1 gives no reason",
        "c-2 is `encoded` but names no obligation",
        "`icmec_sufficient` is in no paragraph",
    ] {
        assert!(found.contains(expected), "{expected} not in:\n{found}");
    }
    assert!(coverage::parse("h\nc-1\tonly two").is_err());
    assert!(coverage::parse("h\nc-1\to\t\tmaybe\tr").is_err());
}

/// The bullets of the Preamble, the review of progress (A: (a) the progress welcomed, (b) the
/// challenges noted), the Declaration (B) and the Plan of Action (C.1(a)…C.5, D) in the text
/// bundled with the docs: (section, words without markdown emphasis).
fn pact_bullets() -> Vec<(String, String)> {
    let text = include_str!("../../docs/rio-pact-draft-2008.md");
    let mut section: Option<String> = None;
    let mut bullets = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        let sub = line.trim_start_matches("- ");
        if line == "PREAMBLE" {
            section = Some("Preamble".into());
        } else if line.starts_with("A. REVIEW") {
            section = Some("A(a)".into());
        } else if line.starts_with("While acknowledging the progress") {
            section = Some("A(b)".into());
        } else if line == "NOTE" {
            section = None;
        } else if line.starts_with("B. DECLARATION") {
            section = Some("B".into());
        } else if line.starts_with("C.1. ") {
            section = Some("C.1".into());
        } else if section.as_deref().is_some_and(|s| s.starts_with("C.1"))
            && sub.len() > 3
            && sub.as_bytes()[1] == b'.'
            && sub[3..].starts_with("We ")
        {
            section = Some(format!("C.1({})", &sub[..1]));
        } else if let Some(n) = ["2", "3", "4", "5"]
            .iter()
            .find(|n| line.starts_with(&format!("C.{n}. ")))
        {
            section = Some(format!("C.{n}"));
        } else if line.starts_with("D. FOLLOW") {
            section = Some("D".into());
        } else if let (Some(s), Some(rest)) = (&section, line.strip_prefix("- "))
            && s != "C.1"
        {
            bullets.push((s.clone(), rest.replace(['*', '_'], "")));
        }
    }
    bullets
}

#[test]
fn the_rio_table_lists_every_bullet_of_the_text_in_order() {
    let lib = library::library("rio").unwrap();
    let rows = coverage::parse(library::coverage(lib.name).unwrap().table).unwrap();
    let bullets = pact_bullets();
    assert_eq!(
        rows.len(),
        bullets.len(),
        "paragraphs in the table vs the text"
    );
    let mut number = 0;
    for (i, (row, (section, words))) in rows.iter().zip(&bullets).enumerate() {
        number = if i > 0 && rows[i - 1].section == *section {
            number + 1
        } else {
            1
        };
        assert_eq!(row.section, *section, "{}", row.paragraph);
        assert_eq!(row.paragraph, format!("{section}-{number}"));
        let normal = words.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            normal.starts_with(&row.opening),
            "{}: `{}` does not open `{normal}`",
            row.paragraph,
            row.opening
        );
    }
    let sections: Vec<&str> = rows.iter().map(|r| r.section.as_str()).collect();
    for wanted in [
        "Preamble", "A(a)", "A(b)", "B", "C.1(a)", "C.2", "C.3", "C.4", "C.5", "D",
    ] {
        assert!(sections.contains(&wanted), "{wanted} missing");
    }
    let encoded = rows
        .iter()
        .filter(|r| r.status == CoverageStatus::Encoded)
        .count();
    assert!(encoded >= 50, "{encoded} encoded paragraphs");
    // A missing profile field is a schema gap, not a reason a paragraph cannot be checked.
    for row in &rows {
        assert!(
            !row.reason.contains("not in profile"),
            "{}: {}",
            row.paragraph,
            row.reason
        );
    }
}
