//! `RuleSet::catalogue`: the rule set's obligations as the plain data of `crate::catalogue`.

use crate::catalogue::{DeadlineInfo, ObligationInfo};

use super::RuleSet;

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
                indicators: o.identity.indicators.clone(),
                amendments: o.identity.amendments.clone(),
                weight: o.weight,
                exceptions: o.exceptions.clone(),
                per_jurisdiction: o.per_jurisdiction,
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
