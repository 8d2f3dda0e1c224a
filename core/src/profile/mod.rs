//! Reading a legal profile (JSON or YAML) and checking it against the rule set's schema.
//! Problems are diagnostics naming the place: line and column for text that does not parse,
//! the JSON pointer for a value the schema does not allow.

mod limits;
mod parse;
pub(crate) mod units;
mod validate;
mod yaml_nesting;

pub use limits::check_limits;
pub use parse::{parse_profile_text, parse_profile_text_with};
pub use validate::validate;
pub(crate) use validate::validate_read;

/// The root fields that speak for the State as a whole: a unit of a federal State cannot give
/// them in its `facts` (the validation refuses them; editors do not offer them).
pub const STATE_KEYS: [&str; 5] = [
    "profile",
    "as_of",
    "exceptions",
    "jurisdictions",
    "competences",
];

/// The statuses a fact envelope may give.
pub const FACT_STATUSES: [&str; 5] = [
    "known",
    "unknown",
    "not_assessed",
    "not_applicable",
    "contested",
];
