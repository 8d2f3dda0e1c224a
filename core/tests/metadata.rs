//! The metadata clauses of an obligation: `indicator "SCHEME:ID"` and `amended "…"`, each
//! refused with its own code when malformed, carried in the obligation's identity otherwise.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lexpact_core::{Diagnostic, Limits, NoFiles, RuleSet, Source};

fn compile(clauses: &str) -> Result<RuleSet, Vec<Diagnostic>> {
    let text = format!(
        "obligation o {{\n  title \"t\"\n  cite \"c\"\n  text \"States shall act without delay.\"\n{clauses}  require true\n}}\n"
    );
    RuleSet::compile_with(&[Source::new("m.lex", &text)], &NoFiles, Limits::default())
        .map_err(|d| d.0)
}

fn codes(clauses: &str) -> Vec<(String, usize)> {
    compile(clauses)
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|d| (d.code, d.line))
        .collect()
}

#[test]
fn indicators_and_amendments_are_carried_in_the_order_written() {
    let rules = compile(
        "  indicator \"lanzarote:18\"\n  indicator \"icmec:1\"\n  amended \"without delay\"\n  \
         amended \"act\"\n",
    )
    .unwrap();
    let identity = &rules.obligations()[0].identity;
    assert_eq!(identity.indicators, ["lanzarote:18", "icmec:1"]);
    assert_eq!(identity.amendments, ["without delay", "act"]);
    let plain = compile("").unwrap();
    assert!(plain.obligations()[0].identity.indicators.is_empty());
    assert!(plain.obligations()[0].identity.amendments.is_empty());
}

#[test]
fn a_malformed_indicator_is_e0214() {
    for bad in [
        "icmec",
        "Icmec:1",
        "icmec:",
        ":1",
        "icmec:1 2",
        "ecpat_gpi:3.2",
    ] {
        assert_eq!(
            codes(&format!("  indicator \"{bad}\"\n")),
            [("E0214".to_string(), 5)],
            "{bad}"
        );
    }
    let found = compile("  indicator \"icmec:one two\"\n").err().unwrap();
    assert!(found[0].message.contains("space"), "{}", found[0].message);
    assert!(found[0].help.as_deref().unwrap().contains("SCHEME:ID"));
}

#[test]
fn an_indicator_named_twice_is_e0214_at_the_second() {
    assert_eq!(
        codes("  indicator \"icmec:1\"\n  indicator \"icmec:1\"\n"),
        [("E0214".to_string(), 6)]
    );
}

#[test]
fn an_amended_passage_outside_the_text_empty_or_twice_is_e0215() {
    assert_eq!(
        codes("  amended \"immediately\"\n"),
        [("E0215".to_string(), 5)]
    );
    assert_eq!(codes("  amended \" \"\n"), [("E0215".to_string(), 5)]);
    assert_eq!(
        codes("  amended \"act\"\n  amended \"act\"\n"),
        [("E0215".to_string(), 6)]
    );
    // Every wrong clause is reported, not only the first.
    assert_eq!(
        codes("  indicator \"x\"\n  amended \"nowhere\"\n"),
        [("E0214".to_string(), 5), ("E0215".to_string(), 6)]
    );
}
