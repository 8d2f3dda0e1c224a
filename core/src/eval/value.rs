//! Run-time values and reading facts out of the profile document.

use std::borrow::Cow;

use jiff::civil::Date;
use serde_json::Value as Json;

use crate::ir::Literal;
use crate::profile::push_key;
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
    Items(&'p [Json], String),
    /// A list written in the rules: each item with the facts that would settle it when unknown.
    List(Vec<(Val<'p>, Vec<String>)>),
    /// An object of the profile, with its pointer.
    Record(&'p Json, String),
}

impl<'p> Val<'p> {
    pub fn from_literal(lit: &Literal) -> Val<'p> {
        match lit {
            Literal::Bool(b) => Val::Bool(*b),
            Literal::Num(n) => Val::Num(*n),
            Literal::Str(s) => Val::Str(Cow::Owned(s.to_string())),
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

/// What reading one fact gave: the value, and the record of the reading for the report.
pub(crate) struct Reading<'p> {
    pub value: Val<'p>,
    pub read: FactRead,
}

/// Reads `keys` below `start` (whose pointer is `pointer`), unwrapping a fact envelope at the
/// end when the expected type is not a record.
pub(crate) fn read_fact<'p>(
    start: Option<&'p Json>,
    mut pointer: String,
    keys: &[std::sync::Arc<str>],
    ty: &Ty,
) -> Reading<'p> {
    let mut current = start;
    for key in keys {
        push_key(&mut pointer, key);
        current = current
            .and_then(|c| c.as_object())
            .and_then(|m| m.get(key.as_ref()));
    }
    let Some(found) = current else {
        return missing(pointer, "missing");
    };
    let mut status = "known".to_string();
    let mut source = None;
    let mut note = None;
    let mut inner = found;
    if let Json::Object(map) = found {
        let is_envelope = !matches!(ty, Ty::Record(_))
            && (!matches!(ty, Ty::Any) || map.contains_key("value") || map.contains_key("status"));
        if is_envelope {
            source = map.get("source").cloned();
            note = map.get("note").cloned();
            if let Some(s) = map.get("status").and_then(Json::as_str) {
                status = s.to_string();
            }
            inner = map.get("value").unwrap_or(&Json::Null);
            if inner.is_null() && status == "known" {
                status = "missing".to_string();
            }
        }
    }
    if inner.is_null() && status == "known" {
        status = "missing".to_string();
    }
    let value = if status == "known" {
        convert(inner, ty, &pointer)
    } else {
        Val::Unknown
    };
    if status == "known" && !value.is_known() {
        status = "invalid".to_string();
    }
    let shown = (!inner.is_null())
        .then(|| inner.clone())
        .filter(|_| !matches!(ty, Ty::Record(_)));
    Reading {
        value,
        read: FactRead {
            pointer,
            status,
            value: shown,
            source,
            note,
        },
    }
}

fn missing<'p>(pointer: String, status: &str) -> Reading<'p> {
    Reading {
        value: Val::Unknown,
        read: FactRead {
            pointer,
            status: status.to_string(),
            value: None,
            source: None,
            note: None,
        },
    }
}

/// A JSON value as the type the rules expect; `Unknown` when it does not fit.
/// An item of a list: a plain value or a fact envelope, converted to the expected type.
pub(crate) fn item_value<'p>(json: &'p Json, ty: &Ty, pointer: &str) -> Val<'p> {
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

pub(crate) fn convert<'p>(json: &'p Json, ty: &Ty, pointer: &str) -> Val<'p> {
    match (ty, json) {
        (Ty::Bool | Ty::Any, Json::Bool(b)) => Val::Bool(*b),
        (Ty::Num | Ty::Any, Json::Number(n)) => n.as_f64().map_or(Val::Unknown, Val::Num),
        (Ty::Date, Json::String(s)) => s.parse().map_or(Val::Unknown, Val::Date),
        (Ty::Str | Ty::Any, Json::String(s)) => Val::Str(Cow::Borrowed(s)),
        (Ty::List(_) | Ty::Any, Json::Array(items)) => Val::Items(items, pointer.to_string()),
        (Ty::Record(_) | Ty::Any, Json::Object(_)) => Val::Record(json, pointer.to_string()),
        _ => Val::Unknown,
    }
}
