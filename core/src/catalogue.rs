//! The obligations of a rule set as plain data, for an index, a picker or documentation:
//! what each one says and cites, without its rule (`RuleSet::catalogue` lists them).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One obligation of a rule set as plain data: what it says, cites and allows, and where it is
/// written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct ObligationInfo {
    /// The obligation's id, unique in its rule set.
    pub id: String,
    /// A short name for people, from the `title` clause.
    pub title: String,
    /// The paragraph cited, e.g. `C.1(a)-4`.
    pub cite: String,
    /// The section results are grouped by, from the `group` clause; empty without one.
    pub group: String,
    /// The quoted sentence of the instrument.
    pub text: String,
    /// Indicators of other monitoring schemes that measure the same thing, each `SCHEME:ID`,
    /// as a report's result gives them. Left out of JSON when there is none.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub indicators: Vec<String>,
    /// Passages the obligation rests on that the text marks as late amendments, quoted, as a
    /// report's result gives them. Left out of JSON when there is none.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub amendments: Vec<String>,
    /// The `weight` consumers score results by (1 unless the rule gives one).
    pub weight: f64,
    /// The exceptions a profile may invoke, with a justification.
    pub exceptions: Vec<String>,
    /// Whether the rule says `in each jurisdiction`: on a profile of a federal State it binds
    /// each unit, and its verdict aggregates theirs. Left out of JSON when false.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub per_jurisdiction: bool,
    /// The deadline, when the rule gives one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub deadline: Option<DeadlineInfo>,
    /// Where the obligation is written.
    pub file: String,
    /// The 1-based line of the obligation's id in `file`.
    pub line: usize,
}

/// An obligation's deadline: a due date, or a window for an ambiguous "by 2013".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct DeadlineInfo {
    /// The start of the window (`YYYY-MM-DD`), when the rule gives one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub from: Option<String>,
    /// The due date (`YYYY-MM-DD`).
    pub due: String,
}
