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

#[test]
fn the_rio_table_lists_every_bullet_of_the_text_in_order() {
    let lib = library::library("rio").unwrap();
    let rows = coverage::parse(library::coverage(lib.name).unwrap().table).unwrap();
    // The paragraphs of the pinned text, numbered within their sections (`pinned`).
    let paragraphs = lexpact_core::pinned::paragraphs("rio").unwrap();
    assert_eq!(
        rows.len(),
        paragraphs.len(),
        "paragraphs in the table vs the text"
    );
    for (row, paragraph) in rows.iter().zip(&paragraphs) {
        assert_eq!(row.section, paragraph.section, "{}", row.paragraph);
        assert_eq!(row.paragraph, paragraph.id);
        assert!(
            paragraph.text.starts_with(&row.opening),
            "{}: `{}` does not open `{}`",
            row.paragraph,
            row.opening,
            paragraph.text
        );
        assert!(!paragraph.text.contains('*'), "{}", paragraph.id);
    }
    let first = lexpact_core::pinned::paragraph("rio", "C.1(a)-1").unwrap();
    assert!(first.text.starts_with("Continue working towards"));
    assert!(lexpact_core::pinned::paragraph("rio", "C.9-1").is_none());
    assert!(lexpact_core::pinned::paragraph("icmec", "C.1(a)-1").is_none());
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
