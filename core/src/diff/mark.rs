//! Whether an obligation's change is an improvement, a regression or neither.
//!
//! Verdicts are ordered `not_met` < `partially_met` < `met`. A known verdict stands for the
//! set {verdict}, an `unknown` one for its range. A mark is a claim about the State, made only
//! when the facts carry it: the new result improved when its set lies above the old one (no
//! end lower, one end higher) and neither set holds the other; it regressed in the mirror
//! case. A set that only narrows or widens (an unknown settled, or a known verdict turned
//! unknown) is `changed`: facts were found or lost, which does not show the State's law
//! moving. A set with `not_applicable` in it cannot be placed on the order: a change to or
//! from it is `changed`, as is any other change of verdict or range. The rule is symmetric:
//! comparing the other way round swaps improved and regressed.
//!
//! With verdict and range unchanged, the deadline status decides: `overdue` → `late`,
//! `on_time` or `not_due`, and `late` → `on_time`, are improvements; the reverse moves are
//! regressions; any other change (of deadline status, reason or exception) is `changed`.

use crate::report::{DeadlineStatus, Verdict};

use super::model::{ChangeMark, ResultState};

/// The mark of a change from `old` to `new`, two results that differ in some part.
pub(super) fn mark(old: &ResultState, new: &ResultState) -> ChangeMark {
    if old.verdict != new.verdict || old.range != new.range {
        return match (bounds(old), bounds(new)) {
            (Some(before), Some(after)) => compare(before, after),
            _ => ChangeMark::Changed,
        };
    }
    if old.deadline.status != new.deadline.status {
        return deadline_mark(old.deadline.status, new.deadline.status);
    }
    ChangeMark::Changed
}

/// The rank of a verdict on the order `not_met` < `partially_met` < `met`; `None` for one
/// that is not on it.
fn rank(verdict: Verdict) -> Option<u8> {
    match verdict {
        Verdict::NotMet => Some(0),
        Verdict::PartiallyMet => Some(1),
        Verdict::Met => Some(2),
        Verdict::Unknown | Verdict::NotApplicable => None,
    }
}

/// The lowest and highest rank of the verdicts a result stands for: its verdict, or the range
/// of an `unknown` one; `None` when one of them is not on the order.
fn bounds(state: &ResultState) -> Option<(u8, u8)> {
    let verdicts = if state.verdict == Verdict::Unknown {
        state.range.as_slice()
    } else {
        std::slice::from_ref(&state.verdict)
    };
    let ranks: Option<Vec<u8>> = verdicts.iter().map(|v| rank(*v)).collect();
    let ranks = ranks?;
    Some((*ranks.iter().min()?, *ranks.iter().max()?))
}

fn compare((old_low, old_high): (u8, u8), (new_low, new_high): (u8, u8)) -> ChangeMark {
    let holds = |(low, high): (u8, u8), (inner_low, inner_high): (u8, u8)| {
        low <= inner_low && inner_high <= high
    };
    let nested = holds((old_low, old_high), (new_low, new_high))
        || holds((new_low, new_high), (old_low, old_high));
    if nested {
        ChangeMark::Changed
    } else if new_low >= old_low && new_high >= old_high {
        ChangeMark::Improved
    } else if new_low <= old_low && new_high <= old_high {
        ChangeMark::Regressed
    } else {
        ChangeMark::Changed
    }
}

fn deadline_mark(old: DeadlineStatus, new: DeadlineStatus) -> ChangeMark {
    use DeadlineStatus::{Late, NotDue, OnTime, Overdue};
    match (old, new) {
        (Overdue, Late | OnTime | NotDue) | (Late, OnTime) => ChangeMark::Improved,
        (Late | OnTime | NotDue, Overdue) | (OnTime, Late) => ChangeMark::Regressed,
        _ => ChangeMark::Changed,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::report::DeadlineResult;

    fn state(verdict: Verdict, range: &[Verdict], status: DeadlineStatus) -> ResultState {
        ResultState {
            verdict,
            range: range.to_vec(),
            reason: None,
            deadline: DeadlineResult {
                status,
                from: None,
                due: None,
                met_on: None,
                reading: None,
                met_on_basis: None,
                in_window: false,
            },
            exception: None,
        }
    }

    fn known(verdict: Verdict) -> ResultState {
        state(verdict, &[], DeadlineStatus::None)
    }

    fn unknown(range: &[Verdict]) -> ResultState {
        state(Verdict::Unknown, range, DeadlineStatus::None)
    }

    use Verdict::{Met, NotApplicable, NotMet, PartiallyMet};

    #[test]
    fn known_verdicts_follow_the_order() {
        assert_eq!(mark(&known(NotMet), &known(Met)), ChangeMark::Improved);
        assert_eq!(
            mark(&known(NotMet), &known(PartiallyMet)),
            ChangeMark::Improved
        );
        assert_eq!(
            mark(&known(Met), &known(PartiallyMet)),
            ChangeMark::Regressed
        );
        assert_eq!(
            mark(&known(Met), &known(NotApplicable)),
            ChangeMark::Changed
        );
        assert_eq!(
            mark(&known(NotApplicable), &known(Met)),
            ChangeMark::Changed
        );
    }

    #[test]
    fn unknown_verdicts_stand_for_their_range() {
        // A range above the old one, neither holding the other: improved, and the mirror.
        assert_eq!(
            mark(&known(NotMet), &unknown(&[PartiallyMet, Met])),
            ChangeMark::Improved
        );
        assert_eq!(
            mark(
                &unknown(&[NotMet, PartiallyMet]),
                &unknown(&[PartiallyMet, Met])
            ),
            ChangeMark::Improved
        );
        assert_eq!(
            mark(&unknown(&[PartiallyMet, Met]), &known(NotMet)),
            ChangeMark::Regressed
        );
        // Settling an unknown, or losing a fact, moves no law: changed.
        assert_eq!(
            mark(&unknown(&[NotMet, Met]), &known(Met)),
            ChangeMark::Changed
        );
        assert_eq!(
            mark(&unknown(&[NotMet, Met]), &known(NotMet)),
            ChangeMark::Changed
        );
        assert_eq!(
            mark(&known(NotMet), &unknown(&[NotMet, PartiallyMet, Met])),
            ChangeMark::Changed
        );
        assert_eq!(
            mark(&known(Met), &unknown(&[NotMet, Met])),
            ChangeMark::Changed
        );
        assert_eq!(
            mark(
                &unknown(&[NotMet, Met]),
                &unknown(&[NotMet, PartiallyMet, Met])
            ),
            ChangeMark::Changed
        );
        assert_eq!(
            mark(&unknown(&[NotApplicable, NotMet, Met]), &known(Met)),
            ChangeMark::Changed
        );
    }

    #[test]
    fn with_the_verdict_unchanged_the_deadline_decides() {
        use DeadlineStatus::{Late, NotDue, OnTime, Overdue, Unknown};
        let at = |status| state(Met, &[], status);
        assert_eq!(mark(&at(Late), &at(OnTime)), ChangeMark::Improved);
        assert_eq!(mark(&at(OnTime), &at(Late)), ChangeMark::Regressed);
        assert_eq!(mark(&at(Unknown), &at(OnTime)), ChangeMark::Changed);
        let unmet = |status| state(NotMet, &[], status);
        assert_eq!(mark(&unmet(NotDue), &unmet(Overdue)), ChangeMark::Regressed);
        assert_eq!(mark(&unmet(Overdue), &unmet(NotDue)), ChangeMark::Improved);
        // A verdict that changes decides, whatever the deadline does.
        assert_eq!(
            mark(&state(NotMet, &[], Overdue), &state(Met, &[], Late)),
            ChangeMark::Improved
        );
    }
}
