//! Facts with a history: the entry in force on a date, and the stretch of time around that
//! date over which the fact keeps its value (what the computed `met on` steps back through).

use serde_json::{Map, Value as Json};

use crate::date::Date;
use crate::json::field;

/// Where a date falls in a fact's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Segment<'p> {
    /// The entry in force on the date, if one is.
    pub entry: Option<&'p Map<String, Json>>,
    /// The first day of the stretch of time containing the date over which the fact does not
    /// change; `None` when it reaches back before every date.
    pub start: Option<Date>,
    /// The day the stretch ends, if it does.
    pub end: Option<Date>,
}

/// The place of `date` in `history` (a validated list of entries sorted by `from`, not
/// overlapping): the entry in force, or the gap between entries, with its bounds.
pub(crate) fn segment_on(history: &[Json], date: Date) -> Segment<'_> {
    let mut gap_start = None;
    for entry in history {
        let Some(map) = entry.as_object() else {
            continue;
        };
        let from = date_field(map, "from");
        let until = date_field(map, "until");
        if from.is_some_and(|from| date < from) {
            // Before this entry, and after every earlier one: a gap (or before the first).
            return Segment {
                entry: None,
                start: gap_start,
                end: from,
            };
        }
        if until.is_none_or(|until| date < until) {
            return Segment {
                entry: Some(map),
                start: from,
                end: until,
            };
        }
        gap_start = until;
    }
    Segment {
        entry: None,
        start: gap_start,
        end: None,
    }
}

fn date_field(map: &Map<String, Json>, name: &str) -> Option<Date> {
    field(map, name)
        .and_then(Json::as_str)
        .and_then(|s| s.parse().ok())
}

/// The latest start of the stretches of the history facts read while a condition was
/// evaluated: the condition has the same value on every day from it up to the evaluation
/// date, since none of the facts it read changes in between.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Steady {
    /// No fact read has a history.
    #[default]
    NoHistory,
    /// The facts read do not change from this day (`None`: from before every date).
    Since(Option<Date>),
}

impl Steady {
    /// Takes in the stretch of one more history fact read.
    pub fn add(&mut self, start: Option<Date>) {
        *self = match *self {
            Steady::NoHistory => Steady::Since(start),
            Steady::Since(current) => Steady::Since(current.max(start)),
        };
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use serde_json::json;

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn the_entry_in_force_includes_from_and_excludes_until() {
        let history = json!([
            { "value": false, "from": "2010-01-01", "until": "2012-03-01" },
            { "value": true, "from": "2012-03-01" }
        ]);
        let list = history.as_array().map(Vec::as_slice).unwrap_or_default();
        let on = |d: &str| segment_on(list, day(d));
        assert_eq!(on("2009-12-31").entry, None);
        assert_eq!(on("2009-12-31").end, Some(day("2010-01-01")));
        assert_eq!(on("2009-12-31").start, None);
        let first = on("2010-01-01");
        assert_eq!(
            first.entry.and_then(|e| e.get("value")),
            Some(&json!(false))
        );
        assert_eq!(
            on("2012-02-29").entry.and_then(|e| e.get("value")),
            Some(&json!(false))
        );
        let second = on("2012-03-01");
        assert_eq!(
            second.entry.and_then(|e| e.get("value")),
            Some(&json!(true))
        );
        assert_eq!((second.start, second.end), (Some(day("2012-03-01")), None));
    }

    #[test]
    fn a_gap_between_entries_has_no_entry_and_the_gap_as_its_stretch() {
        let history = json!([
            { "value": 1, "until": "2000-01-01" },
            { "value": 2, "from": "2005-01-01", "until": "2006-01-01" }
        ]);
        let list = history.as_array().map(Vec::as_slice).unwrap_or_default();
        let before = segment_on(list, day("1990-05-05"));
        assert_eq!((before.start, before.end), (None, Some(day("2000-01-01"))));
        assert!(before.entry.is_some());
        let gap = segment_on(list, day("2003-01-01"));
        assert_eq!(gap.entry, None);
        assert_eq!(
            (gap.start, gap.end),
            (Some(day("2000-01-01")), Some(day("2005-01-01")))
        );
        let after = segment_on(list, day("2007-01-01"));
        assert_eq!(
            (after.entry, after.start, after.end),
            (None, Some(day("2006-01-01")), None)
        );
    }

    #[test]
    fn steady_keeps_the_latest_start() {
        let mut steady = Steady::default();
        steady.add(None);
        assert_eq!(steady, Steady::Since(None));
        steady.add(Some(day("2012-01-01")));
        steady.add(Some(day("2010-01-01")));
        assert_eq!(steady, Steady::Since(Some(day("2012-01-01"))));
    }
}
