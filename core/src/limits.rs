//! Explicit limits on every input, so that a rule file or profile from a stranger cannot make
//! the engine use unbounded time, memory or stack.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Limits {
    /// Bytes of one rule file, schema or profile.
    pub max_source_bytes: usize,
    /// Rule files in one rule set.
    pub max_files: usize,
    /// Nesting of brackets, quantifiers and operators in a rule, and of a profile document.
    pub max_depth: usize,
    /// Obligations in one rule set.
    pub max_obligations: usize,
    /// Nodes of the compiled rules once every definition is expanded.
    pub max_expanded_nodes: usize,
    /// Items of one list a quantifier or `in` may visit.
    pub max_list_len: usize,
    /// Explanation nodes kept per obligation; deeper detail is cut and marked.
    pub max_explanation_nodes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_source_bytes: 4 << 20,
            max_files: 1_000,
            max_depth: 32,
            max_obligations: 10_000,
            max_expanded_nodes: 1_000_000,
            max_list_len: 100_000,
            max_explanation_nodes: 2_000,
        }
    }
}
