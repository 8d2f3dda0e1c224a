//! Run-time values and reading facts out of the profile document.

use std::borrow::Cow;
use std::rc::Rc;

use crate::date::Date;
use serde_json::Value as Json;

use crate::ir::Literal;
use crate::report::FactRead;
use crate::types::Ty;

/// A value during evaluation. Profile data is borrowed, not copied.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Val<'p> {
    Unknown,
    Bool(bool),
    Num(f64),
    Str(Cow<'p, str>),
    Date(Date),
    /// A list of the profile, with its pointer (items are read as they are visited).
    Items(&'p [Json], Rc<str>),
    /// A list written in the rules: each item with the facts that would settle it when unknown.
    List(Vec<(Val<'p>, Vec<String>)>),
    /// An object of the profile, with its pointer.
    Record(&'p Json, Rc<str>),
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
    /// The JSON Pointer of this place followed by `suffix` (already escaped).
    pub fn pointer(self, suffix: &str) -> String {
        use std::fmt::Write;
        let base = match self {
            At::Root => 0,
            At::Path(base) | At::Item(base, _) => base.len() + 8,
        };
        let mut p = String::with_capacity(base + suffix.len());
        match self {
            At::Root => {}
            At::Path(base) => p.push_str(base),
            At::Item(list, index) => {
                p.push_str(list);
                let _ = write!(p, "/{index}");
            }
        }
        p.push_str(suffix);
        p
    }
}

/// What reading one fact gave: the value, and the record of the reading for the report.
pub(crate) struct Reading<'p> {
    pub value: Val<'p>,
    pub read: FactRead,
}

/// A reading whose record is made only when it is needed: when asked for, or when the value
/// is unknown (its pointer is then a missing fact).
pub(crate) struct LazyReading<'p> {
    pub value: Val<'p>,
    pub read: Option<FactRead>,
}

/// Reads `keys` below `start`, unwrapping a fact envelope at the end when the expected type is
/// not a record. `at` is where `start` is, `suffix` the pointer of `keys` below it (escaped).
/// Without `record`, a known value is read without allocating: its record (pointer, status,
/// value, source, note) is made only for an unknown value, and then without value, source and
/// note, which only explanations show.
pub(crate) fn read_fact<'p>(
    start: Option<&'p Json>,
    at: At<'_>,
    keys: &[std::sync::Arc<str>],
    suffix: &str,
    ty: &Ty,
    record: bool,
) -> LazyReading<'p> {
    let pointer = || at.pointer(suffix);
    let mut current = start;
    for key in keys {
        current = current
            .and_then(|c| c.as_object())
            .and_then(|m| field(m, key));
    }
    let Some(found) = current else {
        return LazyReading {
            value: Val::Unknown,
            read: Some(fact_read(pointer(), "missing", None, None, None, record)),
        };
    };
    let mut status: &str = "known";
    let mut source = None;
    let mut note = None;
    let mut inner = found;
    if let Json::Object(map) = found {
        let is_envelope = !matches!(ty, Ty::Record(_))
            && (!matches!(ty, Ty::Any)
                || field(map, "value").is_some()
                || field(map, "status").is_some());
        if is_envelope {
            if record {
                source = field(map, "source").cloned();
                note = field(map, "note").cloned();
            }
            if let Some(s) = field(map, "status").and_then(Json::as_str) {
                status = s;
            }
            inner = field(map, "value").unwrap_or(&Json::Null);
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
    if !record && value.is_known() {
        return LazyReading { value, read: None };
    }
    let shown = (record && !inner.is_null() && !matches!(ty, Ty::Record(_))).then(|| inner.clone());
    LazyReading {
        value,
        read: Some(fact_read(pointer(), status, shown, source, note, record)),
    }
}

/// A field of an object. Most objects of a profile are small (a fact envelope, a record of a
/// few facts): comparing a handful of keys costs less than hashing the key.
fn field<'m>(map: &'m serde_json::Map<String, Json>, key: &str) -> Option<&'m Json> {
    const SMALL: usize = 8;
    if map.len() <= SMALL {
        map.iter().find(|(k, _)| k.as_str() == key).map(|(_, v)| v)
    } else {
        map.get(key)
    }
}

fn fact_read(
    pointer: String,
    status: &str,
    value: Option<Json>,
    source: Option<Json>,
    note: Option<Json>,
    record: bool,
) -> FactRead {
    FactRead {
        pointer,
        // Without a record only the pointer is used (as a missing fact).
        status: if record {
            status.to_string()
        } else {
            String::new()
        },
        value,
        source,
        note,
    }
}

/// A JSON value as the type the rules expect; `Unknown` when it does not fit.
/// An item of a list: a plain value or a fact envelope, converted to the expected type.
pub(crate) fn item_value<'p>(json: &'p Json, ty: &Ty, pointer: impl FnOnce() -> String) -> Val<'p> {
    match json {
        Json::Object(map)
            if !matches!(ty, Ty::Record(_))
                && (map.contains_key("value") || map.contains_key("status")) =>
        {
            let known = map
                .get("status")
                .and_then(Json::as_str)
                .is_none_or(|s| s == "known");
            match map.get("value") {
                Some(v) if known => convert(v, ty, pointer),
                _ => Val::Unknown,
            }
        }
        other => convert(other, ty, pointer),
    }
}

/// `pointer` is asked for only when the value is a list or a record, which keep it.
pub(crate) fn convert<'p>(json: &'p Json, ty: &Ty, pointer: impl FnOnce() -> String) -> Val<'p> {
    match (ty, json) {
        (Ty::Bool | Ty::Any, Json::Bool(b)) => Val::Bool(*b),
        (Ty::Num | Ty::Any, Json::Number(n)) => n.as_f64().map_or(Val::Unknown, Val::Num),
        (Ty::Date, Json::String(s)) => s.parse().map_or(Val::Unknown, Val::Date),
        (Ty::Str | Ty::Any, Json::String(s)) => Val::Str(Cow::Borrowed(s)),
        (Ty::List(_) | Ty::Any, Json::Array(items)) => Val::Items(items, Rc::from(pointer())),
        (Ty::Record(_) | Ty::Any, Json::Object(_)) => Val::Record(json, Rc::from(pointer())),
        _ => Val::Unknown,
    }
}
