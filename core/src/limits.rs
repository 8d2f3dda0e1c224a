//! Explicit limits on every input, so that a rule file or profile from a stranger cannot make
//! the engine use unbounded time, memory or stack.
//!
//! Every caller sets them by name through `boundary` (`limits_from_json`,
//! `limits_from_assignments`), which refuses an unknown name or a value out of range with
//! `E0306`; `Limits` also deserialises from a JSON object whose missing fields keep their
//! defaults (`{"max_depth": 16}`), and an unknown field is an error.

use serde::{Deserialize, Serialize};

/// The bounds on the inputs of one rule set and the profiles it evaluates; each has a default, and
/// an input over one is refused with a diagnostic naming it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "typescript", tsify(from_wasm_abi))]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Bytes of one rule file, schema or profile.
    pub max_source_bytes: usize,
    /// Rule files in one rule set.
    pub max_files: usize,
    /// Nesting of brackets, quantifiers and operators in a rule, and of a profile document.
    pub max_depth: usize,
    /// Obligations in one rule set.
    pub max_obligations: usize,
    /// Nodes of the whole rule set once every definition is expanded (its obligations, and the
    /// definitions checked on their own); no one rule may have more.
    pub max_expanded_nodes: usize,
    /// Nesting of the compiled rules once every definition is expanded (the checker and the
    /// evaluator recurse this deep).
    pub max_expanded_depth: usize,
    /// Items of one list of a profile (and so of one list a quantifier or `in` may visit).
    pub max_list_len: usize,
    /// Explanation nodes kept per obligation (and steps spent on work only its explanation
    /// needs); the rest is cut and marked (`truncated`). The nodes and facts read of one
    /// obligation also take at most `max_explanation_bytes()` bytes.
    pub max_explanation_nodes: usize,
    /// Steps (expressions evaluated, list items visited) in one evaluation of one profile:
    /// quantifiers nested over long lists could otherwise run for hours.
    pub max_evaluation_steps: usize,
}

/// The largest `max_depth` and `max_expanded_depth` accepted: the parser, the checker and the
/// evaluator recurse that deep. A level of the parser takes about 1–1.4 KiB of stack in a
/// release build (under 3 KiB in a debug build): this ceiling fits a 256 KiB thread.
pub const DEPTH_CEILING: usize = 64;

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_source_bytes: 4 << 20,
            max_files: 1_000,
            max_depth: 32,
            max_obligations: 10_000,
            max_expanded_nodes: 200_000,
            max_expanded_depth: 64,
            max_list_len: 100_000,
            max_explanation_nodes: 2_000,
            max_evaluation_steps: 10_000_000,
        }
    }
}

/// Bytes an obligation's explanation and facts read may take per node allowed by
/// `max_explanation_nodes`: about four times what a node holding a short value takes, so that
/// only long strings or lists copied from the profile reach it.
pub const EXPLANATION_BYTES_PER_NODE: usize = 512;

impl Limits {
    /// Bytes one obligation's explanation nodes and facts read may take together (values
    /// copied from the profile included): `max_explanation_nodes` times
    /// `EXPLANATION_BYTES_PER_NODE`, about 1 MB at the defaults.
    pub fn max_explanation_bytes(&self) -> usize {
        self.max_explanation_nodes
            .saturating_mul(EXPLANATION_BYTES_PER_NODE)
    }

    /// The names of the limits, as `set` and the JSON form spell them.
    pub const NAMES: [&'static str; 9] = [
        "max_source_bytes",
        "max_files",
        "max_depth",
        "max_obligations",
        "max_expanded_nodes",
        "max_expanded_depth",
        "max_list_len",
        "max_explanation_nodes",
        "max_evaluation_steps",
    ];

    /// The value of the limit named `name`.
    pub fn get(&self, name: &str) -> Option<usize> {
        Some(match name {
            "max_source_bytes" => self.max_source_bytes,
            "max_files" => self.max_files,
            "max_depth" => self.max_depth,
            "max_obligations" => self.max_obligations,
            "max_expanded_nodes" => self.max_expanded_nodes,
            "max_expanded_depth" => self.max_expanded_depth,
            "max_list_len" => self.max_list_len,
            "max_explanation_nodes" => self.max_explanation_nodes,
            "max_evaluation_steps" => self.max_evaluation_steps,
            _ => return None,
        })
    }

    /// Sets the limit named `name`; an unknown name, or a depth above `DEPTH_CEILING`, is an
    /// error in words.
    pub fn set(&mut self, name: &str, value: usize) -> Result<(), String> {
        let mut changed = *self;
        let slot = match name {
            "max_source_bytes" => &mut changed.max_source_bytes,
            "max_files" => &mut changed.max_files,
            "max_depth" => &mut changed.max_depth,
            "max_obligations" => &mut changed.max_obligations,
            "max_expanded_nodes" => &mut changed.max_expanded_nodes,
            "max_expanded_depth" => &mut changed.max_expanded_depth,
            "max_list_len" => &mut changed.max_list_len,
            "max_explanation_nodes" => &mut changed.max_explanation_nodes,
            "max_evaluation_steps" => &mut changed.max_evaluation_steps,
            _ => {
                let hint = lexpact_grammar::suggest::closest(name, Limits::NAMES)
                    .map(|n| format!("did you mean `{n}`? "))
                    .unwrap_or_default();
                return Err(format!(
                    "no limit is called `{name}`; {hint}the limits are {}",
                    Limits::NAMES.join(", ")
                ));
            }
        };
        *slot = value;
        changed.check()?;
        *self = changed;
        Ok(())
    }

    /// Refuses values no input could be checked under safely: a depth above `DEPTH_CEILING`.
    pub fn check(&self) -> Result<(), String> {
        for (name, value) in [
            ("max_depth", self.max_depth),
            ("max_expanded_depth", self.max_expanded_depth),
        ] {
            if value > DEPTH_CEILING {
                return Err(format!(
                    "{name} = {value} is more than {DEPTH_CEILING}, the most the engine recurses safely"
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::Limits;

    #[test]
    fn names_get_and_set_agree() {
        let mut limits = Limits::default();
        for (i, name) in Limits::NAMES.iter().enumerate() {
            limits.set(name, i + 1).unwrap();
            assert_eq!(limits.get(name), Some(i + 1));
        }
        assert!(
            limits
                .set("max_dept", 3)
                .unwrap_err()
                .contains("did you mean `max_depth`?")
        );
        assert!(limits.set("max_depth", 1000).is_err());
        assert_eq!(limits.max_depth, 3, "a refused value changes nothing");
    }

    #[test]
    fn json_fills_in_defaults_and_refuses_unknown_fields() {
        let limits: Limits = serde_json::from_str(r#"{"max_depth": 16}"#).unwrap();
        assert_eq!(limits.max_depth, 16);
        assert_eq!(limits.max_files, Limits::default().max_files);
        assert!(serde_json::from_str::<Limits>(r#"{"max_dept": 16}"#).is_err());
        let all = serde_json::to_value(Limits::default()).unwrap();
        let keys: Vec<&str> = all
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, Limits::NAMES);
    }
}
