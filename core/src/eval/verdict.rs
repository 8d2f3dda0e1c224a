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

/// A verdict with, when it is `unknown`, the lowest and highest verdicts still allowed and
/// whether `not_applicable` is among them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decided {
    /// The verdict: `unknown` when the conditions allow more than one.
    pub verdict: Verdict,
    /// For `unknown` only: the lowest and highest of `not_met < partially_met < met` allowed.
    pub range: Option<[Verdict; 2]>,
    /// For `unknown` only: `not_applicable` is allowed too.
    pub may_not_apply: bool,
}

/// The verdict of conditions whose values are all known.
fn known_verdict(applies: bool, require: bool, partial: bool) -> Verdict {
    match (applies, require, partial) {
        (false, _, _) => Verdict::NotApplicable,
        (true, true, _) => Verdict::Met,
        (true, false, true) => Verdict::PartiallyMet,
        (true, false, false) => Verdict::NotMet,
    }
}

/// The position of a verdict on the order of ranges; `None` for `not_applicable` and
/// `unknown`, which are not on it.
pub fn rank(verdict: Verdict) -> Option<u8> {
    match verdict {
        Verdict::NotMet => Some(0),
        Verdict::PartiallyMet => Some(1),
        Verdict::Met => Some(2),
        Verdict::Unknown | Verdict::NotApplicable => None,
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
    let mut low: Option<Verdict> = None;
    let mut high: Option<Verdict> = None;
    let mut may_not_apply = false;
    let mut seen: Option<Verdict> = None;
    let mut several = false;
    for &applies in values(conditions.applies) {
        for &require in values(conditions.require) {
            for &partial in values(conditions.partial) {
                let verdict = known_verdict(applies, require, partial);
                several |= seen.is_some_and(|first| first != verdict);
                seen = Some(verdict);
                match rank(verdict) {
                    None => may_not_apply = true,
                    Some(r) => {
                        if low.and_then(rank).is_none_or(|l| r < l) {
                            low = Some(verdict);
                        }
                        if high.and_then(rank).is_none_or(|h| r > h) {
                            high = Some(verdict);
                        }
                    }
                }
            }
        }
    }
    match (several, low, high) {
        (true, Some(low), Some(high)) => Decided {
            verdict: Verdict::Unknown,
            range: Some([low, high]),
            may_not_apply,
        },
        _ => Decided {
            verdict: seen.unwrap_or(Verdict::Unknown),
            range: None,
            may_not_apply: false,
        },
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
        assert_eq!(d(Some(true), Some(false), Some(false)).range, None);
    }

    #[test]
    fn ranges_of_the_issue_examples() {
        let at_least_partially = d(Some(true), None, Some(true));
        assert_eq!(at_least_partially.verdict, Unknown);
        assert_eq!(at_least_partially.range, Some([PartiallyMet, Met]));
        assert!(!at_least_partially.may_not_apply);
        assert_eq!(
            d(Some(true), Some(false), None).range,
            Some([NotMet, PartiallyMet])
        );
        assert_eq!(d(Some(true), None, Some(false)).range, Some([NotMet, Met]));
        let may_not_apply = d(None, Some(true), Some(false));
        assert_eq!(may_not_apply.range, Some([Met, Met]));
        assert!(may_not_apply.may_not_apply);
    }
}
