//! What a report's counts need to know of the rule set's obligations, worked out once when the
//! rule set is built rather than at every evaluation: the groups in name order, each
//! obligation's group, and the obligations in the order of their `cite` (the bullets of the
//! text).

use crate::ir::Obligation;

/// The groups and bullets of a rule set's obligations.
#[derive(Debug, Clone, Default)]
pub(super) struct Layout {
    /// The groups the obligations name, sorted, each once (the report's `groups`).
    pub groups: Vec<String>,
    /// The index in `groups` of each obligation's group, in rule order.
    pub group_of: Vec<usize>,
    /// The obligations' indexes sorted by `cite`: each bullet's obligations are neighbours.
    pub by_cite: Vec<usize>,
}

impl Layout {
    pub fn of(obligations: &[Obligation]) -> Layout {
        let mut groups: Vec<String> = obligations
            .iter()
            .map(|ob| ob.identity.group.clone())
            .collect();
        groups.sort_unstable();
        groups.dedup();
        let group_of = obligations
            .iter()
            .map(|ob| {
                groups
                    .binary_search(&ob.identity.group)
                    .unwrap_or(usize::MAX)
            })
            .collect();
        let mut by_cite: Vec<usize> = (0..obligations.len()).collect();
        by_cite.sort_by(|a, b| {
            let cite = |i: &usize| obligations.get(*i).map(|ob| ob.identity.cite.as_str());
            cite(a).cmp(&cite(b))
        });
        Layout {
            groups,
            group_of,
            by_cite,
        }
    }
}
