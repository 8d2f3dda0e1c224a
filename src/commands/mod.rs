//! One module per subcommand; each returns the process exit code.

pub mod check;
pub mod coverage;
pub mod diff;
pub mod explain;
pub mod fmt;
pub mod generate;
pub mod lint;
pub mod lsp;
pub mod questions;
pub mod schema;
pub mod test;
pub mod validate;

use lexpact_core::{Date, RuleSet, Source, library};

use crate::cli::RuleArgs;
use crate::diagnostics::emit;
use crate::load::{self, BAD_INPUT};

/// The rule set `args` names (its warnings shown) and the `--as-of` date, if given; or, once
/// the diagnostics are shown, the exit code. What `check` and `questions` start with.
pub fn rules_and_date(args: &RuleArgs, as_of: Option<&str>) -> Result<(RuleSet, Option<Date>), u8> {
    let (rules, _) = match load::rule_set(args) {
        Ok(found) => found,
        Err(d) => {
            emit(&d.0, &known_sources(args));
            return Err(BAD_INPUT);
        }
    };
    if !rules.warnings().is_empty() {
        emit(rules.warnings(), &known_sources(args));
    }
    match as_of.map(lexpact_core::parse_as_of) {
        Some(Err(d)) => {
            emit(&d.0, &[]);
            Err(BAD_INPUT)
        }
        date => Ok((rules, date.and_then(Result::ok))),
    }
}

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
