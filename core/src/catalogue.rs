//! The obligations of a rule set as plain data, for an index, a picker or documentation:
//! what each one says and cites, without its rule.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::RuleSet;

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

impl RuleSet {
    /// Every obligation, in the rule set's order.
    pub fn catalogue(&self) -> Vec<ObligationInfo> {
        self.obligations()
            .iter()
            .map(|o| ObligationInfo {
                id: o.identity.id.clone(),
                title: o.identity.title.clone(),
                cite: o.identity.cite.clone(),
                group: o.identity.group.clone(),
                text: o.identity.text.clone(),
                weight: o.weight,
                exceptions: o.exceptions.clone(),
                deadline: o.deadline.map(|d| DeadlineInfo {
                    from: d.from.map(|f| f.to_string()),
                    due: d.due.to_string(),
                }),
                file: o.location.file.clone(),
                line: o.location.line,
            })
            .collect()
    }
}
