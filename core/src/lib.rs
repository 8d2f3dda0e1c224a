//! The meaning of the Lexpact rule language: name resolution and checking against the profile
//! schema (`compile`), the compiled form (`ir`), three-valued evaluation (`eval`), the report
//! model (`report`), rule tests (`testing`) and the bundled libraries (`library`). `RuleSet`
//! (`rule_set`) is the entry point; `boundary` holds what every caller (the CLI, each
//! binding) shares at its edge.
//!
//! Invariants:
//! - No input makes a public function panic: every failure is a `Diagnostics` value.
//! - A `RuleSet` is checked completely when it is built; evaluation never meets an unknown
//!   name, and its time is bounded by the expanded rule size times the profile size.
//! - The same rule set, profile and `as_of` give the same `Report`, field for field.
//! - The engine never reads the clock or the file system: dates and files come from the caller.
//!
//! # Example
//!
//! Load the bundled Rio library, evaluate a State's legal profile and read a verdict:
//!
//! ```
//! use lexpact_core::{EvaluateOptions, ProfileInput, RuleSet, Verdict};
//!
//! let rio = RuleSet::library("rio").map_err(|d| d.to_string())?;
//! let profile = r#"{
//!     "profile": "lexpact/legal-profile/v1.1",
//!     "as_of": "2024-06-30",
//!     "state": { "name": "Kingdom of Borealis" },
//!     "treaties": { "crc": { "status": "ratified", "ratification_date": "1991-03-12" } }
//! }"#;
//! let report = rio.evaluate(ProfileInput::text("borealis.json", profile), &EvaluateOptions::default())
//!     .map_err(|d| d.to_string())?;
//!
//! let crc = report.results.iter().find(|r| r.obligation.id == "ratify_crc").ok_or("no ratify_crc")?;
//! assert_eq!(crc.verdict, Verdict::Met);
//! println!("{} ({}): {:?}", crc.obligation.title, crc.obligation.cite, crc.verdict);
//! // Facts the profile leaves out make other verdicts unknown, never guessed.
//! assert!(report.summary.unknown > 0);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

// No function over 100 lines (the threshold is in the workspace's `clippy.toml`).
#![deny(clippy::too_many_lines)]
#![warn(missing_docs)]

pub mod boundary;
pub mod catalogue;
mod compile;
pub mod coverage;
pub mod date;
pub mod diagnostic;
pub mod diff;
mod eval;
pub mod ir;
mod json;
pub mod library;
pub mod limits;
pub mod lint;
mod paths;
#[cfg(feature = "pinned-text")]
pub mod pinned;
mod pointer;
pub mod profile;
pub mod questions;
pub mod report;
mod rule_set;
pub mod schema;
pub mod source;
pub mod testing;
pub mod types;

pub use boundary::parse_as_of;
pub use catalogue::ObligationInfo;
pub use date::Date;
pub use diagnostic::{Diagnostic, Diagnostics, Severity};
pub use limits::Limits;
pub use report::{DeadlineStatus, ObligationIdentity, Report, Verdict};
pub use rule_set::{Detail, EvaluateOptions, ProfileInput, RuleSet, Validation};
pub use source::{FileSet, Loader, NoFiles, Source};

/// Parses a date written `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Option<Date> {
    text.parse().ok()
}

/// Checks files handed over in memory (see `FileSet`) as an editor would: every error and
/// warning, or an empty list when the files compile cleanly.
pub fn check(files: &[Source], limits: Limits) -> Vec<Diagnostic> {
    match RuleSet::compile_files(files, limits) {
        Ok(rules) => rules.warnings().to_vec(),
        Err(diagnostics) => diagnostics.0,
    }
}

/// Formats one rule file in the canonical style under `limits` (`max_source_bytes` and
/// `max_depth`, as when the file is compiled); a file that does not parse gives its syntax
/// error, limits out of range give `E0306`.
pub fn format_rules(name: &str, text: &str, limits: &Limits) -> Result<String, Diagnostics> {
    let limits = boundary::checked_limits(*limits)?;
    let options = lexpact_grammar::ParseOptions {
        max_source_bytes: limits.max_source_bytes,
        max_depth: limits.max_depth,
    };
    lexpact_grammar::format_source_with(text, &options)
        .map_err(|e| Diagnostics::single(Diagnostic::from_syntax(&e, name, text)))
}
