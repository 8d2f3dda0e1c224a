//! An obligation evaluated in each jurisdiction of a federal State, in words: the tally of its
//! units' verdicts ("met in 6 of 9 jurisdictions") and each unit's verdict in full.

use super::super::{JurisdictionResult, JurisdictionTally, ObligationResult, Verdict};
use super::{qualified_verdict, verdict, verdict_in_full};

/// How many units met the obligation, of those it concerns: `(met, concerned)`, where a unit
/// is concerned unless its verdict is `not_applicable` (an `unknown` unit counts). The `6/9`
/// of "met in 6 of 9 jurisdictions".
pub fn met_of(units: &[JurisdictionResult]) -> (usize, usize) {
    let tally = JurisdictionTally::of(units);
    (tally.met, tally.applicable)
}

/// A unit's verdict in full, as [`verdict_in_full`] words an obligation's: `unknown (not met
/// or met)`, `not applicable: not concerned (applies when is false)`, `met`.
pub fn unit_verdict_in_full(unit: &JurisdictionResult) -> String {
    qualified_verdict(unit.verdict, &unit.range, unit.reason)
}

/// The tally of an obligation evaluated in each jurisdiction, or `None` for a result of the
/// State as a whole. A `met` one reads `met in 4 of 4 jurisdictions`; any other names the
/// units by verdict after the aggregate verdict: `partially met: met in 2 of 4 jurisdictions
/// (North Shore, Lakeland); not met in Ridge; unknown in Delta; not applicable in Isle`. Units
/// are named in the profile's order; a unit without a name by its id.
pub fn tally(result: &ObligationResult) -> Option<String> {
    let units = &result.jurisdictions;
    if units.is_empty() {
        return None;
    }
    let names = |of: Verdict| -> Vec<&str> {
        units
            .iter()
            .filter(|u| u.verdict == of)
            .map(|u| if u.name.is_empty() { &u.id } else { &u.name })
            .map(String::as_str)
            .collect()
    };
    let (met, concerned) = met_of(units);
    if concerned == 0 {
        return Some(format!(
            "not applicable in every jurisdiction ({})",
            names(Verdict::NotApplicable).join(", ")
        ));
    }
    let noun = if concerned == 1 {
        "jurisdiction"
    } else {
        "jurisdictions"
    };
    let mut parts = vec![format!("met in {met} of {concerned} {noun}")];
    if result.verdict != Verdict::Met && met > 0 {
        parts.push(format!(" ({})", names(Verdict::Met).join(", ")));
    }
    for of in [
        Verdict::PartiallyMet,
        Verdict::NotMet,
        Verdict::Unknown,
        Verdict::NotApplicable,
    ] {
        let named = names(of);
        if !named.is_empty() {
            parts.push(format!("; {} in {}", verdict(of), named.join(", ")));
        }
    }
    let tally = parts.concat();
    Some(match result.verdict {
        Verdict::Met => tally,
        Verdict::Unknown => format!("{}: {tally}", verdict_in_full(result)),
        other => format!("{}: {tally}", verdict(other)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DeadlineStatus;
    use crate::report::{DeadlineResult, ObligationIdentity};
    use Verdict::{Met, NotApplicable, NotMet, PartiallyMet, Unknown};

    fn unit(name: &str, verdict: Verdict, range: Vec<Verdict>) -> JurisdictionResult {
        JurisdictionResult {
            id: name.to_lowercase().replace(' ', "-"),
            name: name.to_string(),
            level: None,
            verdict,
            range,
            reason: None,
            deadline: no_deadline(),
            missing: Vec::new(),
            missing_status: Vec::new(),
            facts: Vec::new(),
            explanation: Vec::new(),
        }
    }

    fn no_deadline() -> DeadlineResult {
        DeadlineResult {
            status: DeadlineStatus::None,
            from: None,
            due: None,
            met_on: None,
            reading: None,
            met_on_basis: None,
            in_window: false,
        }
    }

    fn aggregate(
        verdict: Verdict,
        range: Vec<Verdict>,
        units: Vec<JurisdictionResult>,
    ) -> ObligationResult {
        ObligationResult {
            obligation: ObligationIdentity {
                id: "o".into(),
                title: String::new(),
                cite: String::new(),
                group: String::new(),
                text: String::new(),
                indicators: Vec::new(),
                amendments: Vec::new(),
            }
            .into(),
            weight: 1.0,
            verdict,
            range,
            reason: None,
            deadline: no_deadline(),
            exception: None,
            missing: Vec::new(),
            missing_status: Vec::new(),
            facts: Vec::new(),
            explanation: Vec::new(),
            warnings: Vec::new(),
            tally: Some(JurisdictionTally::of(&units)),
            jurisdictions: units,
        }
    }

    #[test]
    fn a_result_of_the_whole_state_has_no_tally() {
        assert_eq!(tally(&aggregate(Met, Vec::new(), Vec::new())), None);
    }

    #[test]
    fn a_met_tally_counts_and_names_the_units_by_verdict() {
        let met = aggregate(
            Met,
            Vec::new(),
            vec![
                unit("North Shore", Met, Vec::new()),
                unit("Lakeland", Met, Vec::new()),
                unit("Isle", NotApplicable, Vec::new()),
            ],
        );
        assert_eq!(met_of(&met.jurisdictions), (2, 2));
        assert_eq!(
            tally(&met).as_deref(),
            Some("met in 2 of 2 jurisdictions; not applicable in Isle")
        );
        let partly = aggregate(
            PartiallyMet,
            Vec::new(),
            vec![
                unit("North Shore", Met, Vec::new()),
                unit("Lakeland", NotMet, Vec::new()),
                unit("Ridge", NotMet, Vec::new()),
                unit("Delta", Unknown, vec![NotMet, Met]),
                unit("Cove", PartiallyMet, Vec::new()),
            ],
        );
        assert_eq!(
            tally(&partly).as_deref(),
            Some(
                "partially met: met in 1 of 5 jurisdictions (North Shore); partially met in \
                 Cove; not met in Lakeland, Ridge; unknown in Delta"
            )
        );
        let unknown = aggregate(
            Unknown,
            vec![NotMet, PartiallyMet],
            vec![
                unit("Lakeland", NotMet, Vec::new()),
                unit("Delta", Unknown, vec![NotMet, Met]),
            ],
        );
        assert_eq!(
            tally(&unknown).as_deref(),
            Some(
                "unknown (not met or partially met): met in 0 of 2 jurisdictions; not met in \
                 Lakeland; unknown in Delta"
            )
        );
        assert_eq!(
            unknown
                .jurisdictions
                .get(1)
                .map(unit_verdict_in_full)
                .as_deref(),
            Some("unknown (not met or met)")
        );
    }

    #[test]
    fn one_unit_is_one_jurisdiction_and_none_concerned_says_so() {
        let one = aggregate(NotMet, Vec::new(), vec![unit("Ridge", NotMet, Vec::new())]);
        assert_eq!(
            tally(&one).as_deref(),
            Some("not met: met in 0 of 1 jurisdiction; not met in Ridge")
        );
        let mut nameless = unit("", NotApplicable, Vec::new());
        nameless.id = "isle".to_string();
        let none = aggregate(
            NotApplicable,
            Vec::new(),
            vec![unit("Cove", NotApplicable, Vec::new()), nameless],
        );
        assert_eq!(
            tally(&none).as_deref(),
            Some("not applicable in every jurisdiction (Cove, isle)")
        );
    }
}
