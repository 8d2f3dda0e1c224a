//! The WebAssembly package compiles in the bundled rule files with their comment lines emptied
//! (`build.rs`, without the feature `library-comments`). Those texts must give the same
//! program and the same reports as the files as written, line for line.
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test fails by panicking"
)]

use lexpact_core::library::{LIBRARIES, Library};
use lexpact_core::{EvaluateOptions, ProfileInput, RuleSet, Source};

fn uncommented(library: &Library, name: &str) -> String {
    let path = format!("{}/library/{}/{}", env!("OUT_DIR"), library.name, name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn uncommented_rule_files_keep_every_line_and_every_result() {
    for library in LIBRARIES {
        let written = RuleSet::library(library.name).unwrap();
        let mut sources = Vec::new();
        for (name, text) in library.files {
            let stripped = uncommented(library, name);
            assert_eq!(stripped.lines().count(), text.lines().count(), "{name}");
            assert!(stripped.len() < text.len(), "{name} lost no comment");
            assert!(
                !stripped.lines().any(|l| l.trim_start().starts_with('#')),
                "{name}"
            );
            sources.push(Source::new(*name, stripped));
        }
        let stripped = RuleSet::compile_files(&sources, *written.limits()).unwrap();
        let ids = |rules: &RuleSet| -> Vec<String> {
            rules
                .obligations()
                .iter()
                .map(|o| o.id().to_string())
                .collect()
        };
        assert_eq!(ids(&stripped), ids(&written), "{}", library.name);
        for profile in ["aurelia.json", "cascadia.json", "drakmoor.json"] {
            let path = format!(
                "{}/../examples/profiles/{profile}",
                env!("CARGO_MANIFEST_DIR")
            );
            let text = std::fs::read_to_string(&path).unwrap();
            let report = |rules: &RuleSet| {
                let report = rules
                    .evaluate(
                        ProfileInput::text(profile, &text),
                        &EvaluateOptions::default(),
                    )
                    .unwrap();
                serde_json::to_value(&report).unwrap()
            };
            assert_eq!(
                report(&stripped),
                report(&written),
                "{} on {profile}",
                library.name
            );
        }
    }
}
