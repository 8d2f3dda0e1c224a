//! Run-time values and reading facts out of the profile document.

use std::borrow::Cow;
use std::sync::Arc;

use crate::date::Date;
use serde_json::Value as Json;

use super::history::{Segment, segment_on};
use crate::ir::Literal;
use crate::json::field;
use crate::report::{FactRead, InForce};
use crate::types::Ty;

/// A fact that would settle an unknown value: its pointer (the rules' own, borrowed while the
/// evaluation runs and copied only into the report, or one written for a list item) and its
/// status on the evaluation date (`missing_status::status`), read from the place the
/// evaluator found it rather than looked up again by pointer for the report.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Missing<'p> {
    pub pointer: Cow<'p, Arc<str>>,
    pub status: &'p str,
}

impl Missing<'_> {
    /// Orders missing facts by pointer, for sorting and deduplicating them. The rules'
    /// pointers are shared, so one fact read twice is most often the same allocation.
    pub fn by_pointer(&self, other: &Self) -> std::cmp::Ordering {
        let (a, b): (&Arc<str>, &Arc<str>) = (&self.pointer, &other.pointer);
        if Arc::ptr_eq(a, b) {
            return std::cmp::Ordering::Equal;
        }
        a.cmp(b)
    }

    /// Whether two missing facts are the same fact (same pointer, so the same status).
    pub fn same_fact(&self, other: &Self) -> bool {
        let (a, b): (&Arc<str>, &Arc<str>) = (&self.pointer, &other.pointer);
        Arc::ptr_eq(a, b) || a == b
    }
}

/// A value during evaluation. Profile data is borrowed, not copied.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Val<'p> {
    Unknown,
    Bool(bool),
    Num(f64),
    Str(Cow<'p, str>),
    Date(Date),
    /// A list of the profile, with its pointer (items are read as they are visited).
    Items(&'p [Json], Arc<str>),
    /// A list written in the rules: each item with the facts that would settle it when unknown.
    List(Vec<(Val<'p>, Vec<Missing<'p>>)>),
    /// An object of the profile, with its pointer.
    Record(&'p Json, Arc<str>),
}

impl<'p> Val<'p> {
    pub fn from_literal(lit: &'p Literal) -> Val<'p> {
        match lit {
            Literal::Bool(b) => Val::Bool(*b),
            Literal::Num(n) => Val::Num(*n),
            Literal::Str(s) => Val::Str(Cow::Borrowed(s)),
            Literal::Date(d) => Val::Date(*d),
        }
    }

    pub fn is_known(&self) -> bool {
        !matches!(self, Val::Unknown)
    }

    /// The value as it appears in an explanation: JSON, `null` when unknown.
    pub fn to_json(&self) -> Json {
        match self {
            Val::Unknown => Json::Null,
            Val::Bool(b) => Json::Bool(*b),
            Val::Num(n) => number(*n),
            Val::Str(s) => Json::String(s.to_string()),
            Val::Date(d) => Json::String(d.to_string()),
            Val::Items(items, _) => Json::Array(items.to_vec()),
            Val::List(items) => Json::Array(items.iter().map(|(v, _)| v.to_json()).collect()),
            Val::Record(json, _) => (*json).clone(),
        }
    }
}

/// A number as JSON: integral values as integers, so `18` stays `18`, not `18.0`.
pub(crate) fn number(n: f64) -> Json {
    const EXACT: f64 = 9_007_199_254_740_992.0;
    if n.fract() == 0.0 && n.abs() < EXACT {
        #[expect(clippy::cast_possible_truncation, reason = "integral and within ±2^53")]
        let i = n as i64;
        Json::from(i)
    } else {
        serde_json::Number::from_f64(n).map_or(Json::Null, Json::Number)
    }
}

/// Where a fact's keys are read from: the profile's root, a record of it, or an item of one of
/// its lists. The pointer is written out only when a reading needs it (an unknown value, an
/// explanation), so that known values are read without allocating.
#[derive(Clone, Copy)]
pub(crate) enum At<'a> {
    Root,
    Path(&'a str),
    Item(&'a str, usize),
}

impl At<'_> {
    /// The JSON Pointer of this place followed by `suffix` (already escaped); below the root,
    /// the rules' own pointer, shared.
    pub fn pointer(self, suffix: &Arc<str>) -> Arc<str> {
        use std::fmt::Write;
        let mut p = String::new();
        match self {
            At::Root => return suffix.clone(),
            At::Path(base) => p.push_str(base),
            At::Item(list, index) => {
                p.push_str(list);
                let _ = write!(p, "/{index}");
            }
        }
        p.push_str(suffix);
        Arc::from(p)
    }
}

/// What reading one fact gave, borrowed from the profile: its value and what the report
/// says of the reading (`FactRead`, made only when explanations are asked for).
pub(crate) struct Reading<'p> {
    pub value: Val<'p>,
    /// `known`, `missing` (absent or null), `invalid`, or the status the profile gave.
    pub status: &'p str,
    /// The value as the profile wrote it (inside its envelope), if not null.
    pub written: Option<&'p Json>,
    /// The fact's envelope (`value`, `status`, `source`, `sources`, `note`, `history`), if it
    /// has one.
    pub envelope: Option<&'p serde_json::Map<String, Json>>,
    /// For a fact with a history: where the evaluation date falls in it.
    pub segment: Option<Segment<'p>>,
}

impl<'p> Reading<'p> {
    /// A part of the fact's provenance: the history entry's own `source`, `sources` and
    /// `note` when it gives any of them, the envelope's otherwise.
    pub fn part(&self, name: &str) -> Option<&'p Json> {
        let entry = self.segment.and_then(|segment| segment.entry);
        let from_entry = match name {
            "note" => entry.filter(|map| field(map, "note").is_some()),
            _ => entry
                .filter(|map| field(map, "source").is_some() || field(map, "sources").is_some()),
        };
        from_entry
            .or(self.envelope)
            .and_then(|map| field(map, name))
    }

    /// The fact's `source`, then each of its `sources`, in order.
    fn sources(&self) -> Vec<Json> {
        let first = self.part("source").into_iter();
        let rest = self
            .part("sources")
            .and_then(Json::as_array)
            .into_iter()
            .flatten();
        first.chain(rest).cloned().collect()
    }

    /// The report's record of this reading, at `pointer`.
    pub fn record(&self, pointer: Arc<str>, ty: &Ty) -> FactRead {
        FactRead {
            pointer,
            status: self.status.to_string(),
            value: self
                .written
                .filter(|_| !matches!(ty, Ty::Record(_)))
                .cloned(),
            sources: self.sources(),
            note: self.part("note").cloned(),
            in_force: self
                .segment
                .filter(|segment| segment.entry.is_some())
                .map(|segment| InForce {
                    from: segment.start.map(|d| d.to_string()),
                    until: segment.end.map(|d| d.to_string()),
                }),
        }
    }
}

/// The fields of a fact envelope (or of a history entry) that decide its value.
#[derive(Clone, Copy, Default)]
struct EnvelopeParts<'p> {
    value: Option<&'p Json>,
    status: Option<&'p Json>,
    history: Option<&'p Json>,
}

impl<'p> EnvelopeParts<'p> {
    fn of(map: &'p serde_json::Map<String, Json>) -> Self {
        let mut parts = EnvelopeParts::default();
        for (key, value) in map {
            match key.as_str() {
                "value" => parts.value = Some(value),
                "status" => parts.status = Some(value),
                "history" => parts.history = Some(value),
                _ => {}
            }
        }
        parts
    }

    /// Whether an object of the profile is a fact envelope rather than a value (for a fact
    /// whose type the rules leave open).
    fn is_envelope(self) -> bool {
        self.value.is_some() || self.status.is_some() || self.history.is_some()
    }
}

/// The status of a fact with a history that has no entry in force on the evaluation date.
pub(crate) const NOT_IN_FORCE: &str = "not_in_force";

/// Reads the fact `found` (the value at the fact's keys, `None` when absent) as it stood on
/// `date`, unwrapping a fact envelope when the expected type is not a record; an envelope
/// with a `history` gives the entry in force on `date`. `pointer` is asked for only when the
/// value is a list or a record, which keep it.
pub(crate) fn read_fact<'p>(
    found: Option<&'p Json>,
    ty: &Ty,
    pointer: impl FnOnce() -> Arc<str>,
    date: crate::date::Date,
) -> Reading<'p> {
    let Some(found) = found else {
        return Reading {
            value: Val::Unknown,
            status: "missing",
            written: None,
            envelope: None,
            segment: None,
        };
    };
    let mut status: &'p str = "known";
    let mut envelope = None;
    let mut segment = None;
    let mut inner = found;
    if let Json::Object(map) = found
        && !matches!(ty, Ty::Record(_))
    {
        // One pass over the envelope: every fact read comes through here.
        let parts = EnvelopeParts::of(map);
        if !matches!(ty, Ty::Any) || parts.is_envelope() {
            envelope = Some(map);
            // The entry in force on `date` stands in for the envelope's own value and status.
            let own = match parts.history.and_then(Json::as_array) {
                Some(history) => {
                    let place = segment_on(history, date);
                    segment = Some(place);
                    place.entry.map(EnvelopeParts::of)
                }
                None => Some(parts),
            };
            match own {
                Some(own) => {
                    if let Some(s) = own.status.and_then(Json::as_str) {
                        status = s;
                    }
                    inner = own.value.unwrap_or(&Json::Null);
                }
                None => {
                    status = NOT_IN_FORCE;
                    inner = &Json::Null;
                }
            }
        }
    }
    if inner.is_null() && status == "known" {
        status = "missing";
    }
    let value = if status == "known" {
        convert(inner, ty, pointer)
    } else {
        Val::Unknown
    };
    if status == "known" && !value.is_known() {
        status = "invalid";
    }
    Reading {
        value,
        status,
        written: (!inner.is_null()).then_some(inner),
        envelope,
        segment,
    }
}

/// An item of a list: a plain value or a fact envelope, converted to the expected type.
pub(crate) fn item_value<'p>(
    json: &'p Json,
    ty: &Ty,
    pointer: impl FnOnce() -> Arc<str>,
) -> Val<'p> {
    match json {
        Json::Object(map)
            if !matches!(ty, Ty::Record(_))
                && (field(map, "value").is_some() || field(map, "status").is_some()) =>
        {
            let known = field(map, "status")
                .and_then(Json::as_str)
                .is_none_or(|s| s == "known");
            match field(map, "value") {
                Some(v) if known => convert(v, ty, pointer),
                _ => Val::Unknown,
            }
        }
        other => convert(other, ty, pointer),
    }
}

/// A JSON value as the type the rules expect; `Unknown` when it does not fit. `pointer` is
/// asked for only when the value is a list or a record, which keep it.
pub(crate) fn convert<'p>(json: &'p Json, ty: &Ty, pointer: impl FnOnce() -> Arc<str>) -> Val<'p> {
    match (ty, json) {
        (Ty::Bool | Ty::Any, Json::Bool(b)) => Val::Bool(*b),
        (Ty::Num | Ty::Any, Json::Number(n)) => n.as_f64().map_or(Val::Unknown, Val::Num),
        (Ty::Date, Json::String(s)) => s.parse().map_or(Val::Unknown, Val::Date),
        (Ty::Str | Ty::Any, Json::String(s)) => Val::Str(Cow::Borrowed(s)),
        (Ty::List(_) | Ty::Any, Json::Array(items)) => Val::Items(items, pointer()),
        (Ty::Record(_) | Ty::Any, Json::Object(_)) => Val::Record(json, pointer()),
        _ => Val::Unknown,
    }
}
