//! What callers hand in: the rule sources, the limits on every input, and how much of a report
//! to compute.

use super::count;

/// Limits cross the boundary as `u64`; a value above what this platform addresses saturates
/// (it could not be reached anyway).
fn size(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// Writes the `Limits` record from one list of fields: the foreign default of each field (what
/// `Limits()` gives in Kotlin, Python and Swift), the Rust `Default` written from the same
/// literals, and the conversions both ways. The conversions name every field of the
/// core's `Limits` in a struct literal, so a limit added to or removed from the core does not
/// compile here until it is mirrored; the tests below check the order and the defaults.
macro_rules! limits_record {
    ($( $(#[doc = $doc:tt])* $name:ident = $default:tt, )*) => {
        /// Explicit limits on every input, so that rule files or a profile from a stranger
        /// cannot make the engine use unbounded time, memory or stack: the core's `Limits`,
        /// field for field. `Limits()` has the defaults (as `default_limits()`); set only the
        /// fields you need: `Limits(maxDepth = 16uL)` in Kotlin, `Limits(max_depth=16)` in
        /// Python, `Limits(maxDepth: 16)` in Swift. `max_depth` and `max_expanded_depth` above
        /// 64 are refused (an `Argument` error naming the limit).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
        pub struct Limits {
            $(
                $(#[doc = $doc])*
                #[uniffi(default = $default)]
                pub $name: u64,
            )*
        }

        impl Default for Limits {
            fn default() -> Self {
                Limits { $($name: $default,)* }
            }
        }

        impl From<Limits> for lexpact_core::Limits {
            fn from(l: Limits) -> Self {
                lexpact_core::Limits { $($name: size(l.$name),)* }
            }
        }

        impl From<lexpact_core::Limits> for Limits {
            fn from(l: lexpact_core::Limits) -> Self {
                Limits { $($name: count(l.$name),)* }
            }
        }

        #[cfg(test)]
        impl Limits {
            /// The field names, in order.
            const FIELDS: &'static [&'static str] = &[$(stringify!($name),)*];
        }
    };
}

limits_record! {
    /// Bytes of one rule file, schema or profile.
    max_source_bytes = 4_194_304,
    /// Rule files in one rule set.
    max_files = 1_000,
    /// Nesting of brackets, quantifiers and operators in a rule, and of a profile document
    /// (at most 64).
    max_depth = 32,
    /// Obligations in one rule set.
    max_obligations = 10_000,
    /// Nodes of the whole rule set once every definition is expanded.
    max_expanded_nodes = 200_000,
    /// Nesting of the compiled rules once every definition is expanded (at most 64).
    max_expanded_depth = 64,
    /// Items of one list of a profile (and so of one list a quantifier or `in` may visit).
    max_list_len = 100_000,
    /// Explanation nodes kept per obligation; deeper detail is cut and marked.
    max_explanation_nodes = 2_000,
    /// Steps (expressions evaluated, list items visited) in one evaluation of one profile.
    max_evaluation_steps = 10_000_000,
}

/// One input file handed to a rule set: a `.lex` rule file, or a file the rules name (the
/// profile schema, a test's profile) under the path they name it by.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Source {
    pub name: String,
    pub text: String,
}

impl From<Source> for lexpact_core::Source {
    fn from(s: Source) -> Self {
        lexpact_core::Source::new(s.name, s.text)
    }
}

/// How much of a report `RuleSet.evaluate` computes (the core's `Detail`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, uniffi::Enum)]
pub enum Detail {
    /// Everything: verdicts, deadlines, missing facts, the facts read and the explanations.
    #[default]
    Full,
    /// The same report with every result's `facts` and `explanation` empty, much faster: for
    /// tables and dashboards (explain one obligation later with `RuleSet.explain_obligation`).
    Verdicts,
}

impl From<Detail> for lexpact_core::Detail {
    fn from(d: Detail) -> Self {
        match d {
            Detail::Full => lexpact_core::Detail::Full,
            Detail::Verdicts => lexpact_core::Detail::Verdicts,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limits_mirror_the_core_in_order() {
        assert_eq!(Limits::FIELDS, lexpact_core::Limits::NAMES);
    }

    #[test]
    fn the_default_limits_are_the_cores_and_round_trip() {
        let core = lexpact_core::Limits::default();
        // The record's foreign defaults are the literals of `Limits::default()`.
        assert_eq!(Limits::default(), Limits::from(core));
        assert_eq!(lexpact_core::Limits::from(Limits::default()), core);
    }

    #[test]
    fn every_limit_converts_by_name() {
        let mut core = lexpact_core::Limits::default();
        for (i, name) in lexpact_core::Limits::NAMES.iter().enumerate() {
            assert!(core.set(name, i + 1).is_ok(), "{name}");
        }
        let back = lexpact_core::Limits::from(Limits::from(core));
        for name in lexpact_core::Limits::NAMES {
            assert_eq!(back.get(name), core.get(name), "{name}");
        }
        assert_eq!(back, core);
    }
}
