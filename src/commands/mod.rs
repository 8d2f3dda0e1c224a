//! One module per subcommand; each returns the process exit code.

pub mod check;
pub mod coverage;
pub mod diff;
pub mod explain;
pub mod fmt;
pub mod generate;
pub mod questions;
pub mod schema;
pub mod test;

use lexpact_core::Source;
use lexpact_core::library;

use crate::cli::RuleArgs;

/// Every source a diagnostic may point into: the bundled library's files and the user's.
pub fn known_sources(args: &RuleArgs) -> Vec<Source> {
    let mut sources = args
        .library
        .as_deref()
        .and_then(library::library)
        .map(library::library_sources)
        .unwrap_or_default();
    let limit = args.limits.limits().unwrap_or_default().max_source_bytes;
    sources.extend(crate::load::rule_sources_within(&args.rules, limit).unwrap_or_default());
    sources
}
