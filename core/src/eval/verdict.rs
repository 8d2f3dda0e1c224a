//! The verdict table and its ranges: from the three-valued results of `applies when`,
//! `require` and `partial when` to a verdict, and for an `unknown` verdict the verdicts its
//! unknown conditions still allow (`docs/language.md`, "Verdicts" and "Ranges").

use crate::report::Verdict;

/// The truth values of an obligation's conditions; `None` is unknown. A missing `applies
/// when` counts as true and a missing `partial when` as false.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Conditions {
    /// `applies when`.
    pub applies: Option<bool>,
    /// `require`.
    pub require: Option<bool>,
    /// `partial when`.
    pub partial: Option<bool>,
}

/// A verdict with, when it is `unknown`, the verdicts its unknown conditions still allow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decided {
    /// The verdict: `unknown` when the conditions allow more than one.
    pub verdict: Verdict,
    /// For `unknown` only: every verdict some truth values of the unknown conditions give, in
    /// the order `not_applicable`, `not_met`, `partially_met`, `met`; empty otherwise.
    pub range: Vec<Verdict>,
}

impl Decided {
    /// A known verdict (no range).
    pub fn known(verdict: Verdict) -> Decided {
        Decided {
            verdict,
            range: Vec::new(),
        }
    }
}

/// The verdicts a range can hold, in the order it lists them.
pub const RANGE_ORDER: [Verdict; 4] = [
    Verdict::NotApplicable,
    Verdict::NotMet,
    Verdict::PartiallyMet,
    Verdict::Met,
];

/// The verdict of conditions whose values are all known.
fn known_verdict(applies: bool, require: bool, partial: bool) -> Verdict {
    match (applies, require, partial) {
        (false, _, _) => Verdict::NotApplicable,
        (true, true, _) => Verdict::Met,
        (true, false, true) => Verdict::PartiallyMet,
        (true, false, false) => Verdict::NotMet,
    }
}

/// The values a condition may take: itself when known, both when unknown.
fn values(value: Option<bool>) -> &'static [bool] {
    match value {
        Some(true) => &[true],
        Some(false) => &[false],
        None => &[false, true],
    }
}

/// Decides the verdict from the conditions' values: every completion of the unknown ones is
/// tried (at most eight), so the range is exactly what these truth values allow.
pub fn decide(conditions: Conditions) -> Decided {
    // Most verdicts are known: decide those without trying completions or allocating.
    let known = match conditions {
        Conditions {
            applies: Some(false),
            ..
        } => Some(Verdict::NotApplicable),
        Conditions {
            applies: Some(true),
            require: Some(require),
            partial,
        } if require || partial.is_some() => {
            Some(known_verdict(true, require, partial.unwrap_or(false)))
        }
        _ => None,
    };
    if let Some(verdict) = known {
        return Decided {
            verdict,
            range: Vec::new(),
        };
    }
    // The verdicts reached, one bit each in the order of `RANGE_ORDER`.
    let mut reached = 0u8;
    for &applies in values(conditions.applies) {
        for &require in values(conditions.require) {
            for &partial in values(conditions.partial) {
                reached |= 1 << range_index(known_verdict(applies, require, partial));
            }
        }
    }
    if reached.count_ones() == 1 {
        let only = RANGE_ORDER
            .into_iter()
            .find(|v| reached == 1 << range_index(*v));
        return Decided::known(only.unwrap_or(Verdict::Unknown));
    }
    let mut range = Vec::with_capacity(reached.count_ones() as usize);
    range.extend(
        RANGE_ORDER
            .into_iter()
            .filter(|v| reached & (1 << range_index(*v)) != 0),
    );
    Decided {
        verdict: Verdict::Unknown,
        range,
    }
}

/// Where `verdict` stands in `RANGE_ORDER` (`unknown`, which no range holds, after them).
fn range_index(verdict: Verdict) -> u8 {
    match verdict {
        Verdict::NotApplicable => 0,
        Verdict::NotMet => 1,
        Verdict::PartiallyMet => 2,
        Verdict::Met => 3,
        Verdict::Unknown => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Verdict::*;

    fn d(applies: Option<bool>, require: Option<bool>, partial: Option<bool>) -> Decided {
        decide(Conditions {
            applies,
            require,
            partial,
        })
    }

    #[test]
    fn known_conditions_give_the_verdict_table() {
        assert_eq!(d(Some(false), None, None).verdict, NotApplicable);
        assert_eq!(d(Some(true), Some(true), None).verdict, Met);
        assert_eq!(d(Some(true), Some(false), Some(true)).verdict, PartiallyMet);
        assert_eq!(d(Some(true), Some(false), Some(false)).verdict, NotMet);
        assert!(d(Some(true), Some(false), Some(false)).range.is_empty());
    }

    #[test]
    fn ranges_of_the_issue_examples() {
        let at_least_partially = d(Some(true), None, Some(true));
        assert_eq!(at_least_partially.verdict, Unknown);
        assert_eq!(at_least_partially.range, [PartiallyMet, Met]);
        assert_eq!(
            d(Some(true), Some(false), None).range,
            [NotMet, PartiallyMet]
        );
        assert_eq!(d(Some(true), None, Some(false)).range, [NotMet, Met]);
        assert_eq!(d(Some(true), None, None).range, [NotMet, PartiallyMet, Met]);
        assert_eq!(d(None, Some(true), Some(false)).range, [NotApplicable, Met]);
    }
}
