//! Checking a profile against the rule set's schema: every problem named by its JSON pointer.

use serde_json::Value as Json;

use crate::diagnostic::{Diagnostic, Severity, codes};
use crate::json;
use crate::schema::{Node, NodeId, Schema};
use crate::types::Ty;
use lexpact_grammar::suggest::closest;

use super::FACT_STATUSES;
use crate::pointer::push_key;

/// How many shape problems are listed before the rest are summarised.
const MAX_SHAPE_DIAGNOSTICS: usize = 50;

/// Every place where `profile` does not fit `schema`.
pub fn validate(schema: &Schema, profile: &Json, name: &str) -> Vec<Diagnostic> {
    let mut v = Validator {
        schema,
        name,
        out: Vec::new(),
        hidden: 0,
    };
    if !profile.is_object() {
        v.report(
            &Place::Root,
            "a profile is a JSON object (`{ ... }`)".to_string(),
        );
    } else {
        v.value(schema.root(), profile, &Place::Root);
    }
    if v.hidden > 0 {
        let hidden = v.hidden;
        v.out.push(Diagnostic::general(
            Severity::Error,
            codes::PROFILE_SHAPE,
            format!("and {hidden} more problems"),
            name,
        ));
    }
    v.out
}

/// Where the validator is in the document: a chain of keys and indexes on the stack, written
/// out as a JSON pointer only when a problem is reported (a valid profile builds none).
enum Place<'a> {
    Root,
    Key(&'a Place<'a>, &'a str),
    Index(&'a Place<'a>, usize),
}

impl Place<'_> {
    fn pointer(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Place::Root => {}
            Place::Key(parent, key) => {
                parent.write(out);
                push_key(out, key);
            }
            Place::Index(parent, index) => {
                parent.write(out);
                out.push('/');
                out.push_str(&index.to_string());
            }
        }
    }
}

struct Validator<'a> {
    schema: &'a Schema,
    name: &'a str,
    out: Vec<Diagnostic>,
    hidden: usize,
}

impl Validator<'_> {
    fn report(&mut self, place: &Place<'_>, message: String) {
        if self.out.len() >= MAX_SHAPE_DIAGNOSTICS {
            self.hidden += 1;
            return;
        }
        let pointer = place.pointer();
        let at = if pointer.is_empty() { "/" } else { &pointer };
        self.out.push(Diagnostic::general(
            Severity::Error,
            codes::PROFILE_SHAPE,
            format!("{at}: {message}"),
            self.name,
        ));
    }

    fn value(&mut self, id: NodeId, value: &Json, place: &Place<'_>) {
        match self.schema.node(id) {
            Node::Any => {}
            Node::Object {
                fields,
                index,
                additional,
                closed,
                required,
            } => {
                let Json::Object(map) = value else {
                    if !value.is_null() {
                        self.report(place, format!("expected an object, found {}", kind(value)));
                    }
                    return;
                };
                for field in required.iter().filter(|f| json::field(map, f).is_none()) {
                    let mut message = format!("the required field `{field}` is missing");
                    if let Some(Node::Scalar {
                        allowed: Some(only),
                        ..
                    }) = fields.get(field).map(|id| self.schema.node(*id))
                        && let [marker] = only.as_slice()
                    {
                        message.push_str(&format!(" (it is always {marker})"));
                    }
                    self.report(place, message);
                }
                for (key, sub) in map {
                    let child = index.get(key).copied().or(*additional);
                    let at = Place::Key(place, key);
                    if let Some(child) = child {
                        self.value(child, sub, &at);
                    } else if *closed {
                        let mut message = "the schema has no such field".to_string();
                        if let Some(near) = closest(key, fields.keys().map(String::as_str)) {
                            message.push_str(&format!("; did you mean `{near}`?"));
                        }
                        self.report(&at, message);
                    }
                }
            }
            Node::Array { items } => {
                let inner = match envelope_value(value) {
                    Ok(inner) => inner,
                    Err(message) => return self.report(place, message),
                };
                let Some(inner) = inner else { return };
                let Json::Array(list) = inner else {
                    return self.report(place, format!("expected a list, found {}", kind(inner)));
                };
                if let Some(items) = items {
                    for (i, item) in list.iter().enumerate() {
                        self.value(*items, item, &Place::Index(place, i));
                    }
                }
            }
            Node::Scalar {
                ty,
                allowed,
                integer,
            } => {
                let inner = match envelope_value(value) {
                    Ok(inner) => inner,
                    Err(message) => return self.report(place, message),
                };
                let Some(inner) = inner else { return };
                if let Err(message) = check_scalar(ty, inner) {
                    return self.report(place, message);
                }
                if *integer && inner.as_f64().is_some_and(|n| n.fract() != 0.0) {
                    return self.report(place, format!("expected a whole number, found {inner}"));
                }
                if let Some(allowed) = allowed.as_ref().filter(|a| !a.contains(inner)) {
                    let words: Vec<String> = allowed.iter().map(|a| a.to_string()).collect();
                    self.report(place, format!("{inner} is not one of {}", words.join(", ")));
                }
            }
        }
    }
}

/// The value inside a fact: the plain value, or an envelope's `value`; `None` when there is
/// none to check (null, or an envelope without a value).
fn envelope_value(value: &Json) -> Result<Option<&Json>, String> {
    let map = match value {
        Json::Null => return Ok(None),
        Json::Object(map) => map,
        other => return Ok(Some(other)),
    };
    // One pass over the envelope's fields: every fact of a profile comes through here.
    let (mut inner, mut status, mut odd) = (None, None, false);
    for (key, field) in map {
        match key.as_str() {
            "value" => inner = Some(field),
            "status" => status = Some(field),
            "source" | "sources" | "note" | "as_of" => {}
            _ => odd = true,
        }
    }
    if let Some(status) = status
        && !status.as_str().is_some_and(|s| FACT_STATUSES.contains(&s))
    {
        return Err(format!(
            "fact status {status} is not one of {}",
            FACT_STATUSES.join(", ")
        ));
    }
    if odd {
        let odd: Vec<&str> = map
            .keys()
            .map(String::as_str)
            .filter(|k| {
                !matches!(
                    *k,
                    "value" | "status" | "source" | "sources" | "note" | "as_of"
                )
            })
            .collect();
        return Err(format!(
            "a fact is a value or an object with value, status, source, sources and note; found the field(s) {}",
            odd.join(", ")
        ));
    }
    Ok(inner.filter(|v| !v.is_null()))
}

fn check_scalar(ty: &Ty, value: &Json) -> Result<(), String> {
    let fits = match ty {
        Ty::Bool => value.is_boolean(),
        Ty::Num => value.is_number(),
        Ty::Str => value.is_string(),
        Ty::Date => {
            return match value.as_str() {
                Some(s) if s.parse::<crate::Date>().is_ok() => Ok(()),
                Some(s) => Err(format!("\"{s}\" is not a date (YYYY-MM-DD)")),
                None => Err(format!(
                    "expected a date (\"YYYY-MM-DD\"), found {}",
                    kind(value)
                )),
            };
        }
        _ => true,
    };
    if fits {
        Ok(())
    } else {
        Err(format!("expected {}, found {}", ty.describe(), kind(value)))
    }
}

fn kind(value: &Json) -> String {
    match value {
        Json::Null => "null".to_string(),
        Json::Bool(b) => format!("the boolean {b}"),
        Json::Number(n) => format!("the number {n}"),
        Json::String(s) if s.chars().count() > 40 => "a string".to_string(),
        Json::String(s) => format!("the string \"{s}\""),
        Json::Array(_) => "a list".to_string(),
        Json::Object(_) => "an object".to_string(),
    }
}
