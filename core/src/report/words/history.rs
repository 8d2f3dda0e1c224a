//! Histories in words: the period in force of the entry a fact was read from, and where a
//! `met on` date comes from.

use super::super::{DeadlineResult, InForce, MetOnBasis};

/// The period a history entry is in force: `in force from 2012-03-01 until 2018-05-01` (the
/// entry stops holding on its `until` day), `in force from 2012-03-01` while it still holds,
/// `in force until 2018-05-01` for one that holds from before the history's first date.
pub fn in_force(period: &InForce) -> String {
    match (&period.from, &period.until) {
        (Some(from), Some(until)) => format!("in force from {from} until {until}"),
        (Some(from), None) => format!("in force from {from}"),
        (None, Some(until)) => format!("in force until {until}"),
        (None, None) => "in force at every date".to_string(),
    }
}

/// The date an obligation was met and where that date comes from, or `None` without one:
/// `met on 2018-05-01` (the rule's `met on`), `met on 2018-05-01, the day the whole requirement
/// first held (from the facts' histories)`, `met on 2018-05-01 at the latest …`, `met on
/// 2018-05-01, the day the last jurisdiction met it`.
pub fn met_on(deadline: &DeadlineResult) -> Option<String> {
    let date = deadline.met_on.as_deref()?;
    Some(match deadline.met_on_basis {
        None | Some(MetOnBasis::Clause) => format!("met on {date}"),
        Some(MetOnBasis::History) => format!(
            "met on {date}, the day the whole requirement first held (from the facts' histories)"
        ),
        Some(MetOnBasis::HistoryAtTheLatest) => format!(
            "met on {date} at the latest: the whole requirement held from that day on, and \
             cannot be told the day before (from the facts' histories)"
        ),
        Some(MetOnBasis::Jurisdictions) => {
            format!("met on {date}, the day the last jurisdiction met it")
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DeadlineStatus;

    #[test]
    fn a_period_in_force_reads_with_the_dates_it_has() {
        let period = |from: Option<&str>, until: Option<&str>| InForce {
            from: from.map(String::from),
            until: until.map(String::from),
        };
        assert_eq!(
            in_force(&period(Some("2012-03-01"), Some("2018-05-01"))),
            "in force from 2012-03-01 until 2018-05-01"
        );
        assert_eq!(
            in_force(&period(Some("2012-03-01"), None)),
            "in force from 2012-03-01"
        );
        assert_eq!(
            in_force(&period(None, Some("2018-05-01"))),
            "in force until 2018-05-01"
        );
        assert_eq!(in_force(&period(None, None)), "in force at every date");
    }

    #[test]
    fn a_met_on_date_says_where_it_comes_from() {
        let mut deadline = DeadlineResult {
            status: DeadlineStatus::OnTime,
            from: None,
            due: Some("2019-01-01".to_string()),
            met_on: None,
            reading: None,
            met_on_basis: None,
            in_window: false,
        };
        assert_eq!(met_on(&deadline), None);
        deadline.met_on = Some("2018-05-01".to_string());
        assert_eq!(met_on(&deadline).as_deref(), Some("met on 2018-05-01"));
        deadline.met_on_basis = Some(MetOnBasis::Clause);
        assert_eq!(met_on(&deadline).as_deref(), Some("met on 2018-05-01"));
        deadline.met_on_basis = Some(MetOnBasis::History);
        assert_eq!(
            met_on(&deadline).as_deref(),
            Some(
                "met on 2018-05-01, the day the whole requirement first held (from the facts' \
                 histories)"
            )
        );
        deadline.met_on_basis = Some(MetOnBasis::HistoryAtTheLatest);
        assert!(
            met_on(&deadline).is_some_and(|w| w.starts_with("met on 2018-05-01 at the latest"))
        );
        deadline.met_on_basis = Some(MetOnBasis::Jurisdictions);
        assert_eq!(
            met_on(&deadline).as_deref(),
            Some("met on 2018-05-01, the day the last jurisdiction met it")
        );
    }
}
