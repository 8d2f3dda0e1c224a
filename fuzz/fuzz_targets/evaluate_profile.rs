//! (c) The bundled `rio` library evaluated on arbitrary profile text (JSON or YAML): a report
//! or diagnostics, never a panic; the same text gives the same answer twice.
#![no_main]

use std::sync::OnceLock;

use lexpact_core::{EvaluateOptions, ProfileInput, RuleSet};
use libfuzzer_sys::fuzz_target;

fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| match RuleSet::library("rio") {
        Ok(rules) => rules,
        Err(e) => panic!("the rio library does not compile: {e}"),
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&switch, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let name = if switch & 1 == 1 { "p.yaml" } else { "p.json" };
    let as_of = if switch & 2 == 2 {
        lexpact_core::parse_date("2024-01-01")
    } else {
        None
    };
    let first = rules().evaluate(ProfileInput::text(name, text), &EvaluateOptions::default().with_as_of(as_of));
    let second = rules().evaluate(ProfileInput::text(name, text), &EvaluateOptions::default().with_as_of(as_of));
    let json = |r: &Result<lexpact_core::Report, lexpact_core::Diagnostics>| match r {
        Ok(report) => serde_json::to_string(report).ok(),
        Err(e) => serde_json::to_string(e).ok(),
    };
    assert_eq!(
        json(&first),
        json(&second),
        "evaluation is not deterministic"
    );
});
