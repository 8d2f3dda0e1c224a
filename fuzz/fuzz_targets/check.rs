//! (b) The checker on rule sets that parse: compiling gives a rule set or diagnostics, never a
//! panic; a rule set that compiles evaluates an empty profile.
#![no_main]

use lexpact_core::{EvaluateOptions, Limits, ProfileInput, RuleSet, Source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if lexpact_grammar::parse(text).is_err() {
        return;
    }
    let files = [Source::new("fuzz.lex", text)];
    let _ = lexpact_core::check(&files, Limits::default());
    if let Ok(rules) = RuleSet::compile_files(&files, Limits::default()) {
        let _ = rules.run_tests();
        let profile =
            serde_json::json!({ "profile": "lexpact/legal-profile/v1", "as_of": "2024-01-01" });
        let _ = rules.evaluate(ProfileInput::document("p", &profile), &EvaluateOptions::default());
    }
});
