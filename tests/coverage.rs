//! `lexpact coverage`: the Rio table lists every paragraph of the sections it covers, and the
//! checked-in `docs/rio-coverage.md` is exactly what the command prints.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::lexpact;

#[test]
fn the_coverage_page_is_the_commands_output() {
    let out = lexpact(&["coverage", "--library", "rio", "--format", "markdown"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = std::fs::read_to_string("docs/rio-coverage.md").unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout) == page,
        "docs/rio-coverage.md is stale: run `lexpact coverage --library rio --format markdown > docs/rio-coverage.md`"
    );
}

#[test]
fn every_paragraph_of_the_plan_of_action_is_listed() {
    let out = lexpact(&["coverage", "--library", "rio"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    let counts = [
        ("Preamble", 6),
        ("A(a)", 8),
        ("A(b)", 13),
        ("B", 10),
        ("C.1(a)", 29),
        ("C.2", 11),
        ("C.3", 6),
        ("C.4", 8),
        ("C.5", 7),
        ("D", 2),
    ];
    for (section, n) in counts {
        for i in 1..=n {
            let paragraph = format!("\n  {section}-{i} ");
            assert!(text.contains(&paragraph), "{section}-{i} is not listed");
        }
        assert!(!text.contains(&format!("\n  {section}-{} ", n + 1)));
    }
    assert!(text.trim_end().ends_with(
        "110 paragraphs: 55 encoded, 18 qualitative, 10 not addressed to States, 27 descriptive"
    ));
    let json = lexpact(&["coverage", "--library", "rio", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 110);
}

#[test]
fn an_unknown_library_is_bad_input() {
    let out = lexpact(&["coverage", "--library", "nope"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("rio, icmec"));
}

#[test]
fn the_coverage_lists_each_obligations_indicators_or_none() {
    let out = lexpact(&["coverage", "--library", "icmec"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    for n in 1..=5 {
        assert!(
            text.contains(&format!("indicators: icmec:{n}\n")),
            "criterion {n}: {text}"
        );
    }
    assert!(text.contains("indicators: icmec:rating\n"), "{text}");
    let page = lexpact(&["coverage", "--library", "icmec", "--format", "markdown"]);
    let page = String::from_utf8_lossy(&page.stdout);
    assert!(
        page.contains("| Obligations, or why not checkable | Indicators |"),
        "{page}"
    );
    assert!(
        page.contains("| criterion-4 | Criminalising knowing possession"),
        "{page}"
    );
    assert!(page.contains(" | icmec:4 |\n"), "{page}");
    // A Rio obligation without a crosswalk says so.
    let rio = lexpact(&["coverage", "--library", "rio"]);
    let rio = String::from_utf8_lossy(&rio.stdout);
    assert!(rio.contains("indicators: none\n"), "{rio}");
}

#[test]
fn the_rio_page_appends_its_sections_after_the_table_federation_first() {
    let page = std::fs::read_to_string("docs/rio-coverage.md").unwrap();
    let at = |heading: &str| {
        page.find(heading)
            .unwrap_or_else(|| panic!("no {heading} in the page"))
    };
    let federation = at("\n## Which obligations bind the units of a federation\n");
    let crosswalk = at("\n## Crosswalk");
    let amendments = at("\n## Late amendments");
    assert!(at("\n## D\n") < federation, "the sections follow the table");
    assert!(federation < crosswalk && crosswalk < amendments);
}
