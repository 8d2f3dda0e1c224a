//! Checking a profile against the rule set's schema: every problem named by its JSON pointer.
//! The profile format's own parts, recognised whatever the schema (`jurisdictions`,
//! `competences`, a fact's `history`), are checked in `federal` and `history`; checking only
//! the paths a rule set reads is in `read`.

mod envelope;
mod federal;
mod history;
mod read;

use serde_json::{Map, Value as Json};

use crate::Date;
use crate::diagnostic::{Diagnostic, Severity, codes};
use crate::json;
use crate::paths::ReadPaths;
use crate::schema::{Node, NodeId, Schema};
use crate::types::Ty;
use lexpact_grammar::suggest::closest;

use crate::pointer::push_key;
use envelope::envelope_value;

/// How many shape problems are listed before the rest are summarised.
const MAX_SHAPE_DIAGNOSTICS: usize = 50;

/// Every place where `profile` does not fit `schema`.
pub fn validate(schema: &Schema, profile: &Json, name: &str) -> Vec<Diagnostic> {
    run(schema, profile, name, None)
}

/// The places where `profile` does not fit `schema` on the paths `read` names (and on the
/// State's own fields, `jurisdictions` and `competences`); see `read` for what is left out.
pub fn validate_read(
    schema: &Schema,
    profile: &Json,
    name: &str,
    read: &ReadPaths,
) -> Vec<Diagnostic> {
    run(schema, profile, name, Some(read))
}

fn run(schema: &Schema, profile: &Json, name: &str, read: Option<&ReadPaths>) -> Vec<Diagnostic> {
    let as_of = profile
        .get("as_of")
        .and_then(Json::as_str)
        .and_then(|text| text.parse::<Date>().ok());
    let mut v = Validator {
        schema,
        name,
        out: Vec::new(),
        hidden: 0,
        overlay: false,
        as_of,
        read,
    };
    match profile {
        Json::Object(map) => {
            match read {
                Some(read) => v.read_object(
                    schema.root(),
                    map,
                    &Place::Root,
                    read,
                    federal::is_format_key,
                ),
                None => v.value_skipping(schema.root(), map, &Place::Root, federal::is_format_key),
            }
            federal::check(&mut v, map);
        }
        _ => v.report(
            &Place::Root,
            "a profile is a JSON object (`{ ... }`)".to_string(),
        ),
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
    /// Inside a unit's `facts`: the unit gives only what differs from the national facts, so
    /// no field is required there.
    overlay: bool,
    /// The profile's own `as_of`, when it is a valid date: a fact giving `value` beside its
    /// `history` must agree with the history on that day.
    as_of: Option<Date>,
    /// The paths the rule set reads, when only those are checked; `None` checks everything.
    read: Option<&'a ReadPaths>,
}

/// Whether a fact stands alone or is one item of a list fact (which cannot have a history).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Standing {
    Alone,
    ListItem,
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

    /// How many problems have been found so far, listed or not.
    fn problems(&self) -> usize {
        self.out.len() + self.hidden
    }

    fn value(&mut self, id: NodeId, value: &Json, place: &Place<'_>) {
        self.fact_or_value(id, value, place, Standing::Alone);
    }

    fn fact_or_value(&mut self, id: NodeId, value: &Json, place: &Place<'_>, standing: Standing) {
        match self.schema.node(id) {
            Node::Any => {}
            Node::Object { .. } => {
                let Json::Object(map) = value else {
                    if !value.is_null() {
                        self.report(place, format!("expected an object, found {}", kind(value)));
                    }
                    return;
                };
                self.value_skipping(id, map, place, |_| false);
            }
            node @ (Node::Array { .. } | Node::Scalar { .. }) => {
                // Most facts of a profile are plain scalars: checked here, without an envelope.
                if let Node::Scalar {
                    ty,
                    allowed,
                    integer,
                } = node
                    && !matches!(value, Json::Object(_) | Json::Null)
                {
                    if !scalar_fits(ty, allowed.as_deref(), *integer, value)
                        && let Err(message) = check_scalar(ty, allowed.as_deref(), *integer, value)
                    {
                        self.report(place, message);
                    }
                    return;
                }
                let envelope = match envelope_value(value) {
                    Ok(envelope) => envelope,
                    Err(message) => return self.report(place, message),
                };
                if let Some(inner) = envelope.value {
                    self.node_value(node, inner, place);
                }
                if let Some(history) = envelope.history {
                    if standing == Standing::ListItem {
                        let at = Place::Key(place, "history");
                        return self.report(
                            &at,
                            "an item of a list cannot have a history; give the list's history instead"
                                .to_string(),
                        );
                    }
                    self.history(id, history, envelope.value, place);
                }
            }
        }
    }

    /// The fields of an object, but for those `skip` leaves to another check (generic, so
    /// that the objects below the root, which skip nothing, pay no call per field).
    fn value_skipping(
        &mut self,
        id: NodeId,
        map: &Map<String, Json>,
        place: &Place<'_>,
        skip: impl Fn(&str) -> bool,
    ) {
        let Node::Object {
            fields,
            index,
            additional,
            closed,
            required,
        } = self.schema.node(id)
        else {
            return;
        };
        self.required(fields, required, map, place);
        for (key, sub) in map {
            if skip(key) {
                continue;
            }
            let child = index.get(key).copied().or(*additional);
            let at = Place::Key(place, key);
            if let Some(child) = child {
                self.value(child, sub, &at);
            } else if *closed {
                self.unknown_field(fields, key, &at);
            }
        }
    }

    /// The fields `required` that `map` lacks (none is, in a unit's overlay).
    fn required(
        &mut self,
        fields: &std::collections::BTreeMap<String, NodeId>,
        required: &[String],
        map: &Map<String, Json>,
        place: &Place<'_>,
    ) {
        if self.overlay {
            return;
        }
        for field in required.iter().filter(|f| json::field(map, f).is_none()) {
            let mut message = format!("the required field `{field}` is missing");
            if let Some(only) = fields.get(field).and_then(|id| self.schema.allowed(*id)) {
                let words: Vec<String> = only.iter().map(Json::to_string).collect();
                match words.as_slice() {
                    [marker] => message.push_str(&format!(" (it is always {marker})")),
                    _ => message.push_str(&format!(" (it is one of {})", words.join(", "))),
                }
            }
            self.report(place, message);
        }
    }

    /// A field of a closed object that the schema does not name, with the nearest one it does.
    #[cold]
    fn unknown_field(
        &mut self,
        fields: &std::collections::BTreeMap<String, NodeId>,
        key: &str,
        at: &Place<'_>,
    ) {
        let mut message = "the schema has no such field".to_string();
        if let Some(near) = closest(key, fields.keys().map(String::as_str)) {
            message.push_str(&format!("; did you mean `{near}`?"));
        }
        self.report(at, message);
    }

    /// The value of a fact (a list or a scalar), out of its envelope.
    fn fact_value(&mut self, id: NodeId, inner: &Json, place: &Place<'_>) {
        self.node_value(self.schema.node(id), inner, place);
    }

    /// `fact_value` with the fact's node already looked up.
    fn node_value(&mut self, node: &Node, inner: &Json, place: &Place<'_>) {
        match node {
            Node::Array { items } => {
                let Json::Array(list) = inner else {
                    return self.report(place, format!("expected a list, found {}", kind(inner)));
                };
                if let Some(items) = *items {
                    for (i, item) in list.iter().enumerate() {
                        self.fact_or_value(
                            items,
                            item,
                            &Place::Index(place, i),
                            Standing::ListItem,
                        );
                    }
                }
            }
            Node::Scalar {
                ty,
                allowed,
                integer,
            } => {
                if !scalar_fits(ty, allowed.as_deref(), *integer, inner)
                    && let Err(message) = check_scalar(ty, allowed.as_deref(), *integer, inner)
                {
                    self.report(place, message);
                }
            }
            Node::Object { .. } | Node::Any => {}
        }
    }
}

/// Whether a scalar fact's value fits its type, whole-number rule and allowed values: the
/// check every fact of a valid profile passes, kept apart from the words of a failure
/// (`check_scalar`) so that it costs no more than the comparisons.
#[inline]
fn scalar_fits(ty: &Ty, allowed: Option<&[Json]>, integer: bool, value: &Json) -> bool {
    let type_fits = match ty {
        Ty::Bool => value.is_boolean(),
        Ty::Num => value.is_number(),
        Ty::Str => value.is_string(),
        Ty::Date => value.as_str().is_some_and(|s| s.parse::<Date>().is_ok()),
        _ => true,
    };
    type_fits
        && !(integer && value.as_f64().is_some_and(|n| n.fract() != 0.0))
        && allowed.is_none_or(|only| only.contains(value))
}

/// A scalar fact's value against its type, whole-number rule and allowed values.
#[cold]
#[inline(never)]
fn check_scalar(
    ty: &Ty,
    allowed: Option<&[Json]>,
    integer: bool,
    value: &Json,
) -> Result<(), String> {
    check_type(ty, value)?;
    if integer && value.as_f64().is_some_and(|n| n.fract() != 0.0) {
        return Err(format!("expected a whole number, found {value}"));
    }
    if let Some(allowed) = allowed.filter(|a| !a.contains(value)) {
        let words: Vec<String> = allowed.iter().map(Json::to_string).collect();
        return Err(format!("{value} is not one of {}", words.join(", ")));
    }
    Ok(())
}

fn check_type(ty: &Ty, value: &Json) -> Result<(), String> {
    let fits = match ty {
        Ty::Bool => value.is_boolean(),
        Ty::Num => value.is_number(),
        Ty::Str => value.is_string(),
        Ty::Date => {
            return match value.as_str() {
                Some(s) if s.parse::<Date>().is_ok() => Ok(()),
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
