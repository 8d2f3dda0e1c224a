//! Reading a legal profile (JSON or YAML) and checking it against the rule set's schema.
//! Problems are diagnostics naming the place: line and column for text that does not parse,
//! the JSON pointer for a value the schema does not allow.

use serde_json::Value as Json;

use crate::diagnostic::{Diagnostic, Diagnostics, Severity, codes};
use crate::schema::{Node, NodeId, Schema};
use crate::types::Ty;

/// The statuses a fact envelope may give.
pub const FACT_STATUSES: [&str; 5] = [
    "known",
    "unknown",
    "not_assessed",
    "not_applicable",
    "contested",
];

/// How many shape problems are listed before the rest are summarised.
const MAX_SHAPE_DIAGNOSTICS: usize = 50;

/// Parses profile text; YAML when the name ends in `.yaml`/`.yml` or the text is not JSON-like.
pub fn parse_profile_text(name: &str, text: &str) -> Result<Json, Diagnostics> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lower = name.to_ascii_lowercase();
    let yaml = lower.ends_with(".yaml") || lower.ends_with(".yml") || !looks_like_json(text);
    if yaml {
        serde_yaml_ng::from_str::<Json>(text).map_err(|e| {
            let (line, column) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
            Diagnostics::single(Diagnostic::at_line(
                codes::PROFILE_SYNTAX,
                format!("not valid YAML: {}", strip_location(&e.to_string())),
                name,
                line,
                column,
            ))
        })
    } else {
        serde_json::from_str::<Json>(text).map_err(|e| {
            Diagnostics::single(Diagnostic::at_line(
                codes::PROFILE_SYNTAX,
                format!("not valid JSON: {}", strip_location(&e.to_string())),
                name,
                e.line(),
                e.column(),
            ))
        })
    }
}

fn looks_like_json(text: &str) -> bool {
    matches!(text.trim_start().chars().next(), Some('{' | '['))
}

/// serde's messages end with " at line L column C", which the diagnostic already carries.
fn strip_location(message: &str) -> String {
    match message.find(" at line ") {
        Some(i) => message.get(..i).unwrap_or(message).to_string(),
        None => message.to_string(),
    }
}

/// Every place where `profile` does not fit `schema`.
pub fn validate(schema: &Schema, profile: &Json, name: &str) -> Vec<Diagnostic> {
    let mut v = Validator {
        schema,
        name,
        out: Vec::new(),
        hidden: 0,
    };
    if !profile.is_object() {
        v.report("", "a profile is a JSON object (`{ ... }`)".to_string());
    } else {
        v.value(schema.root(), profile, &mut String::new());
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

struct Validator<'a> {
    schema: &'a Schema,
    name: &'a str,
    out: Vec<Diagnostic>,
    hidden: usize,
}

impl Validator<'_> {
    fn report(&mut self, pointer: &str, message: String) {
        if self.out.len() >= MAX_SHAPE_DIAGNOSTICS {
            self.hidden += 1;
            return;
        }
        let at = if pointer.is_empty() {
            "/".to_string()
        } else {
            pointer.to_string()
        };
        self.out.push(Diagnostic::general(
            Severity::Error,
            codes::PROFILE_SHAPE,
            format!("{at}: {message}"),
            self.name,
        ));
    }

    fn value(&mut self, id: NodeId, value: &Json, pointer: &mut String) {
        match self.schema.node(id) {
            Node::Any => {}
            Node::Object { fields, additional } => {
                let Json::Object(map) = value else {
                    if !value.is_null() {
                        self.report(
                            pointer,
                            format!("expected an object, found {}", kind(value)),
                        );
                    }
                    return;
                };
                for (key, sub) in map {
                    let child = fields.get(key).copied().or(*additional);
                    if let Some(child) = child {
                        let len = pointer.len();
                        push_key(pointer, key);
                        self.value(child, sub, pointer);
                        pointer.truncate(len);
                    }
                }
            }
            Node::Array { items } => {
                let inner = match envelope_value(value) {
                    Ok(inner) => inner,
                    Err(message) => return self.report(pointer, message),
                };
                let Some(inner) = inner else { return };
                let Json::Array(list) = inner else {
                    return self.report(pointer, format!("expected a list, found {}", kind(inner)));
                };
                if let Some(items) = items {
                    for (i, item) in list.iter().enumerate() {
                        let len = pointer.len();
                        pointer.push('/');
                        pointer.push_str(&i.to_string());
                        self.value(*items, item, pointer);
                        pointer.truncate(len);
                    }
                }
            }
            Node::Scalar { ty, allowed } => {
                let inner = match envelope_value(value) {
                    Ok(inner) => inner,
                    Err(message) => return self.report(pointer, message),
                };
                let Some(inner) = inner else { return };
                if let Err(message) = check_scalar(ty, inner) {
                    return self.report(pointer, message);
                }
                if let Some(allowed) = allowed.as_ref().filter(|a| !a.contains(inner)) {
                    let words: Vec<String> = allowed.iter().map(|a| a.to_string()).collect();
                    self.report(
                        pointer,
                        format!("{inner} is not one of {}", words.join(", ")),
                    );
                }
            }
        }
    }
}

/// The value inside a fact: the plain value, or an envelope's `value`; `None` when there is
/// none to check (null, or an envelope without a value).
fn envelope_value(value: &Json) -> Result<Option<&Json>, String> {
    match value {
        Json::Null => Ok(None),
        Json::Object(map) => {
            if let Some(status) = map.get("status") {
                match status.as_str() {
                    Some(s) if FACT_STATUSES.contains(&s) => {}
                    _ => {
                        return Err(format!(
                            "fact status {status} is not one of {}",
                            FACT_STATUSES.join(", ")
                        ));
                    }
                }
            }
            if map
                .keys()
                .any(|k| !matches!(k.as_str(), "value" | "status" | "source" | "note" | "as_of"))
            {
                let odd: Vec<&str> = map
                    .keys()
                    .map(String::as_str)
                    .filter(|k| !matches!(*k, "value" | "status" | "source" | "note" | "as_of"))
                    .collect();
                return Err(format!(
                    "a fact is a value or an object with value, status, source and note; found the field(s) {}",
                    odd.join(", ")
                ));
            }
            Ok(map.get("value").filter(|v| !v.is_null()))
        }
        other => Ok(Some(other)),
    }
}

fn check_scalar(ty: &Ty, value: &Json) -> Result<(), String> {
    let fits = match ty {
        Ty::Bool => value.is_boolean(),
        Ty::Num => value.is_number(),
        Ty::Str => value.is_string(),
        Ty::Date => {
            return match value.as_str() {
                Some(s) if s.parse::<jiff::civil::Date>().is_ok() => Ok(()),
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

/// Appends `/key` to a JSON pointer, escaping `~` and `/`.
pub fn push_key(pointer: &mut String, key: &str) {
    pointer.push('/');
    for c in key.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            c => pointer.push(c),
        }
    }
}
