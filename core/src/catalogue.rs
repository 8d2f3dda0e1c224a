//! The obligations of a rule set as plain data, for an index, a picker or documentation:
//! what each one says and cites, without its rule (`RuleSet::catalogue` lists them).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct ObligationInfo {
    pub id: String,
    pub title: String,
    /// The paragraph cited, e.g. `C.1(a)-4`.
    pub cite: String,
    pub group: String,
    /// The quoted sentence of the instrument.
    pub text: String,
    pub weight: f64,
    /// The exceptions a profile may invoke, with a justification.
    pub exceptions: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub deadline: Option<DeadlineInfo>,
    /// Where the obligation is written.
    pub file: String,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct DeadlineInfo {
    /// The start of the window (`YYYY-MM-DD`), when the rule gives one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub from: Option<String>,
    /// The due date (`YYYY-MM-DD`).
    pub due: String,
}
