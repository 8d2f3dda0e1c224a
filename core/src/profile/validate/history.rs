//! A fact's `history`: the values it took, each in force from a date until another. Entries
//! are sorted and do not overlap, so that one entry at most is in force on any day.

use serde_json::{Map, Value as Json};

use super::envelope::check_status;
use super::{Place, Validator, kind};
use crate::Date;
use crate::json;
use crate::schema::NodeId;
use lexpact_grammar::suggest::closest;

/// The fields a history entry may have.
const ENTRY_FIELDS: [&str; 7] = [
    "value", "from", "until", "status", "source", "sources", "note",
];

/// The dates of one valid entry: in force from `from` (always, when absent) until the day
/// before `until` (still, when absent).
#[derive(Clone, Copy)]
struct Span<'j> {
    from: Option<Date>,
    until: Option<Date>,
    value: Option<&'j Json>,
}

impl Validator<'_> {
    /// Checks the `history` of the fact at `place` (node `id`), and `value` beside it.
    pub(super) fn history(
        &mut self,
        id: NodeId,
        history: &Json,
        value: Option<&Json>,
        place: &Place<'_>,
    ) {
        let at = Place::Key(place, "history");
        let Json::Array(entries) = history else {
            return self.report(
                &at,
                format!(
                    "a history is a list of entries {{value, from, until, ...}}, found {}",
                    kind(history)
                ),
            );
        };
        let before = self.problems();
        let mut previous: Option<Span<'_>> = None;
        let mut spans = Vec::with_capacity(entries.len());
        for (i, entry) in entries.iter().enumerate() {
            let here = Place::Index(&at, i);
            let Some(span) = self.entry(id, entry, &here) else {
                previous = None;
                continue;
            };
            if let Some(earlier) = &previous {
                self.order(earlier, &span, i, &here);
            }
            previous = Some(span);
            spans.push(span);
        }
        if self.problems() != before {
            return;
        }
        if let (Some(value), Some(day)) = (value, self.as_of) {
            self.value_on_as_of(value, day, &spans, place);
        }
    }

    /// One entry: its fields, dates and value. `None` when it is not an object or its dates
    /// cannot be read, so that its order is not checked.
    fn entry<'j>(&mut self, id: NodeId, entry: &'j Json, here: &Place<'_>) -> Option<Span<'j>> {
        let Json::Object(map) = entry else {
            self.report(
                here,
                format!(
                    "a history entry is an object {{value, from, until, status, source, sources, note}}, found {}",
                    kind(entry)
                ),
            );
            return None;
        };
        for key in map.keys().filter(|k| !ENTRY_FIELDS.contains(&k.as_str())) {
            let mut message = format!(
                "a history entry has value, from, until, status, source, sources and note, not `{key}`"
            );
            if let Some(near) = closest(key, ENTRY_FIELDS) {
                message.push_str(&format!("; did you mean `{near}`?"));
            }
            self.report(&Place::Key(here, key), message);
        }
        let value = json::field(map, "value").filter(|v| !v.is_null());
        let status = json::field(map, "status").filter(|s| !s.is_null());
        if let Some(status) = status
            && let Err(message) = check_status(status)
        {
            self.report(&Place::Key(here, "status"), message);
        }
        match value {
            Some(value) => self.fact_value(id, value, &Place::Key(here, "value")),
            None if status.is_none() => self.report(
                here,
                "a history entry gives its `value` (or a `status` saying why there is none)"
                    .to_string(),
            ),
            None => {}
        }
        let from = self.date(map, "from", here)?;
        let until = self.date(map, "until", here)?;
        if let (Some(start), Some(end)) = (from, until)
            && start >= end
        {
            self.report(
                here,
                format!("`from` ({start}) is not before `until` ({end})"),
            );
        }
        Some(Span { from, until, value })
    }

    /// The date `key` of an entry: `Some(None)` when it is absent, `None` when it is no date.
    fn date(
        &mut self,
        map: &Map<String, Json>,
        key: &str,
        here: &Place<'_>,
    ) -> Option<Option<Date>> {
        let Some(text) = json::field(map, key).filter(|d| !d.is_null()) else {
            return Some(None);
        };
        let at = Place::Key(here, key);
        match text.as_str() {
            Some(s) => match s.parse::<Date>() {
                Ok(day) => Some(Some(day)),
                Err(_) => {
                    self.report(&at, format!("\"{s}\" is not a date (YYYY-MM-DD)"));
                    None
                }
            },
            None => {
                self.report(
                    &at,
                    format!("expected a date (\"YYYY-MM-DD\"), found {}", kind(text)),
                );
                None
            }
        }
    }

    /// Entry `i` (`span`) follows the entry before it (`earlier`): sorted, no overlap.
    fn order(&mut self, earlier: &Span<'_>, span: &Span<'_>, i: usize, here: &Place<'_>) {
        let before = i - 1;
        let Some(from) = span.from else {
            return self.report(
                here,
                "only the first entry may leave out `from` (in force since before any date)"
                    .to_string(),
            );
        };
        if let Some(earlier_from) = earlier.from
            && from < earlier_from
        {
            return self.report(
                here,
                format!(
                    "the entries are sorted by `from`: this one ({from}) comes before entry {before} ({earlier_from})"
                ),
            );
        }
        match earlier.until {
            None => self.report(
                here,
                format!(
                    "entry {before} has no `until` (it is still in force), so it must be the last"
                ),
            ),
            Some(until) if from < until => self.report(
                here,
                format!(
                    "this entry starts on {from}, before entry {before} ends on {until}: entries must not overlap"
                ),
            ),
            Some(_) => {}
        }
    }

    /// `value` beside a history is the value on the profile's `as_of`: the history must agree.
    fn value_on_as_of(&mut self, value: &Json, day: Date, spans: &[Span<'_>], place: &Place<'_>) {
        let in_force = spans.iter().find(|s| {
            s.from.is_none_or(|from| from <= day) && s.until.is_none_or(|until| day < until)
        });
        let at = Place::Key(place, "value");
        match in_force {
            None => self.report(
                &at,
                format!(
                    "the value {value} is given for the profile's as_of ({day}), but no history entry is in force on that day"
                ),
            ),
            Some(span) => match span.value {
                Some(entry) if same(entry, value) => {}
                Some(entry) => self.report(
                    &at,
                    format!(
                        "the value {value} differs from the history's value on the profile's as_of ({day}), {entry}"
                    ),
                ),
                None => self.report(
                    &at,
                    format!(
                        "the value {value} is given for the profile's as_of ({day}), but the history entry in force on that day has no value"
                    ),
                ),
            },
        }
    }
}

/// Two values alike, numbers compared as numbers (`18` and `18.0` are the same age).
fn same(a: &Json, b: &Json) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}
