//! An obligation evaluated `in each jurisdiction`: evaluated once per unit of a federal
//! profile, and the units' verdicts aggregated (`docs/language.md`, "Jurisdictions"): all
//! met is `met`, all not met is `not_met`, any other mix `partially_met`; units where it does
//! not apply are left out, and unknown units give the range of what the aggregate can be.

use crate::date::Date;
use crate::ir::Obligation;
use crate::report::{JurisdictionResult, MetOnBasis, NotApplicableReason, Verdict};

use super::Evaluator;
use super::met_on::MetOn;
use super::mode::Mode;
use super::obligation::{Outcome, deadline_result, evaluate_clauses};
use super::verdict::{Decided, RANGE_ORDER};

/// The aggregate outcome over every unit, and each unit's own result, in the profile's
/// order; `None` when the step budget ran out.
pub(crate) fn evaluate_in_each<'p, M: Mode>(
    ob: &'p Obligation,
    ev: &mut Evaluator<'p, M>,
    as_of: Date,
) -> Option<(Outcome, Vec<JurisdictionResult>)> {
    let mut results = Vec::with_capacity(ev.unit_count());
    let mut met_on = Vec::new();
    let mut warnings = Vec::new();
    for index in 0..ev.unit_count() {
        // Each unit is a result of its own, with its own explanation budget.
        ev.start_obligation(as_of);
        ev.enter_unit(Some(index));
        let outcome = evaluate_clauses(ob, ev, as_of);
        ev.enter_unit(None);
        let outcome = outcome?;
        let Some(info) = ev.unit_info(index).cloned() else {
            continue;
        };
        warnings.extend(
            outcome
                .warnings
                .into_iter()
                .map(|warning| format!("{}: {warning}", info.name)),
        );
        if outcome.decided.verdict == Verdict::Met {
            met_on.push(outcome.met_on);
        }
        results.push(JurisdictionResult {
            id: info.id,
            name: info.name,
            level: info.level,
            reason: (outcome.decided.verdict == Verdict::NotApplicable)
                .then_some(NotApplicableReason::AppliesWhen),
            verdict: outcome.decided.verdict,
            range: outcome.decided.range,
            deadline: outcome.deadline,
            missing_status: outcome.missing_status,
            missing: outcome.missing,
            facts: outcome.facts,
            explanation: outcome.explanation,
        });
    }
    let decided = aggregate(results.iter().map(possible_verdicts));
    let met_on = if decided.verdict == Verdict::Met {
        latest(&met_on)
    } else {
        MetOn::NotGiven
    };
    let deadline = deadline_result(ob, &decided, as_of, met_on);
    // A pointer names one place of the profile: its status is the same in every unit.
    let mut missing: Vec<_> = results
        .iter()
        .flat_map(|unit| unit.missing.iter().zip(&unit.missing_status))
        .collect();
    missing.sort_unstable_by(|a, b| a.0.cmp(b.0));
    missing.dedup_by(|a, b| a.0 == b.0);
    let (missing, missing_status) = missing
        .into_iter()
        .map(|(pointer, status)| (pointer.clone(), status.clone()))
        .unzip();
    let mut facts: Vec<_> = results
        .iter()
        .flat_map(|unit| unit.facts.iter().cloned())
        .collect();
    facts.sort_by(|a, b| a.pointer.cmp(&b.pointer));
    facts.dedup_by(|later, first| later.pointer == first.pointer);
    let outcome = Outcome {
        decided,
        met_on,
        deadline,
        missing,
        missing_status,
        facts,
        explanation: Vec::new(),
        warnings,
    };
    Some((outcome, results))
}

/// The verdicts a unit may have: its own when known, its range when unknown.
fn possible_verdicts(unit: &JurisdictionResult) -> &[Verdict] {
    match unit.verdict {
        Verdict::Unknown if unit.range.is_empty() => &RANGE_ORDER,
        Verdict::Unknown => &unit.range,
        _ => std::slice::from_ref(&unit.verdict),
    }
}

/// What the units seen so far add up to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tally {
    /// No unit where the obligation applies.
    NoneApplies,
    AllMet,
    AllNotMet,
    Mixed,
}

impl Tally {
    const ALL: [Tally; 4] = [
        Tally::NoneApplies,
        Tally::AllMet,
        Tally::AllNotMet,
        Tally::Mixed,
    ];

    fn add(self, verdict: Verdict) -> Tally {
        match (self, verdict) {
            (tally, Verdict::NotApplicable) => tally,
            (Tally::NoneApplies | Tally::AllMet, Verdict::Met) => Tally::AllMet,
            (Tally::NoneApplies | Tally::AllNotMet, Verdict::NotMet) => Tally::AllNotMet,
            _ => Tally::Mixed,
        }
    }

    fn verdict(self) -> Verdict {
        match self {
            Tally::NoneApplies => Verdict::NotApplicable,
            Tally::AllMet => Verdict::Met,
            Tally::AllNotMet => Verdict::NotMet,
            Tally::Mixed => Verdict::PartiallyMet,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The aggregate verdict of units that may each have any of the given verdicts: known when
/// every choice gives the same, `unknown` with the verdicts the choices give otherwise.
fn aggregate<'a>(units: impl Iterator<Item = &'a [Verdict]>) -> Decided {
    let mut reachable = [true, false, false, false];
    for possible in units {
        let mut next = [false; 4];
        for tally in Tally::ALL
            .into_iter()
            .filter(|t| reachable.get(t.index()) == Some(&true))
        {
            for verdict in possible {
                if let Some(slot) = next.get_mut(tally.add(*verdict).index()) {
                    *slot = true;
                }
            }
        }
        reachable = next;
    }
    let verdicts: Vec<Verdict> = Tally::ALL
        .into_iter()
        .filter(|t| reachable.get(t.index()) == Some(&true))
        .map(Tally::verdict)
        .collect();
    match verdicts.as_slice() {
        [only] => Decided::known(*only),
        _ => Decided {
            verdict: Verdict::Unknown,
            range: RANGE_ORDER
                .into_iter()
                .filter(|v| verdicts.contains(v))
                .collect(),
        },
    }
}

/// The day the last unit met the obligation, from what is known of each met unit's day.
fn latest(units: &[MetOn]) -> MetOn {
    if units.contains(&MetOn::Unknown) {
        return MetOn::Unknown;
    }
    if units.contains(&MetOn::NotGiven) {
        return MetOn::NotGiven;
    }
    let last = units
        .iter()
        .filter_map(|m| match m {
            MetOn::On(on, basis) => Some((*on, *basis)),
            _ => None,
        })
        .max_by_key(|(on, _)| *on);
    match last {
        // An upper bound stays one: the last unit met it that day at the latest.
        Some((on, MetOnBasis::HistoryAtTheLatest)) => MetOn::On(on, MetOnBasis::HistoryAtTheLatest),
        Some((on, _)) => MetOn::On(on, MetOnBasis::Jurisdictions),
        None => MetOn::Always,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use Verdict::{Met, NotApplicable as Na, NotMet, PartiallyMet as Pm};

    fn of(units: &[&[Verdict]]) -> Decided {
        aggregate(units.iter().copied())
    }

    #[test]
    fn known_units_follow_the_aggregation_table() {
        assert_eq!(of(&[&[Met], &[Met]]), Decided::known(Met));
        assert_eq!(of(&[&[NotMet], &[NotMet]]), Decided::known(NotMet));
        assert_eq!(of(&[&[Met], &[NotMet]]), Decided::known(Pm));
        assert_eq!(of(&[&[Pm], &[Pm]]), Decided::known(Pm));
        assert_eq!(of(&[&[Met], &[Na]]), Decided::known(Met));
        assert_eq!(of(&[&[Na], &[Na]]), Decided::known(Na));
        assert_eq!(of(&[]), Decided::known(Na));
    }

    #[test]
    fn unknown_units_give_every_aggregate_their_ranges_allow() {
        let unknown = of(&[&[Met], &[NotMet, Met]]);
        assert_eq!(unknown.verdict, Verdict::Unknown);
        assert_eq!(unknown.range, vec![Pm, Met]);
        // A unit not met and another that is at least partially met: a mix whatever it is.
        assert_eq!(of(&[&[NotMet], &[Pm, Met]]), Decided::known(Pm));
        let may_not_apply = of(&[&[Na, Met]]);
        assert_eq!(may_not_apply.range, vec![Na, Met]);
    }

    #[test]
    fn the_last_unit_to_meet_it_dates_the_aggregate() {
        let day = |s: &str| s.parse::<Date>().unwrap();
        let (a, b) = (day("2012-01-01"), day("2018-03-01"));
        let units = [
            MetOn::On(a, MetOnBasis::History),
            MetOn::Always,
            MetOn::On(b, MetOnBasis::Clause),
        ];
        assert_eq!(latest(&units), MetOn::On(b, MetOnBasis::Jurisdictions));
        assert_eq!(latest(&[MetOn::Always]), MetOn::Always);
        assert_eq!(
            latest(&[MetOn::On(a, MetOnBasis::History), MetOn::Unknown]),
            MetOn::Unknown
        );
    }
}
