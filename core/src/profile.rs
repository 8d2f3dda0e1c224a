//! Reading a legal profile (JSON or YAML) and checking it against the rule set's schema.
//! Problems are diagnostics naming the place: line and column for text that does not parse,
//! the JSON pointer for a value the schema does not allow.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value as Json;

use crate::compile::closest;
use crate::diagnostic::{Diagnostic, Diagnostics, Severity, codes};
use crate::limits::Limits;
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

/// Parses profile text with the default limits (see `parse_profile_text_with`).
pub fn parse_profile_text(name: &str, text: &str) -> Result<Json, Diagnostics> {
    parse_profile_text_with(name, text, &Limits::default())
}

/// Parses profile text; YAML when the name ends in `.yaml`/`.yml` or the text is not JSON-like.
/// A key given twice in one object is an error (`E0301`), as is nesting deeper than
/// `max_depth` or a list longer than `max_list_len` (`E0303`, found before the recursive
/// parse for JSON text).
pub fn parse_profile_text_with(
    name: &str,
    text: &str,
    limits: &Limits,
) -> Result<Json, Diagnostics> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lower = name.to_ascii_lowercase();
    let yaml = lower.ends_with(".yaml") || lower.ends_with(".yml") || !looks_like_json(text);
    check_nesting(name, text, limits.max_depth, yaml)?;
    let json = if yaml {
        serde_yaml_ng::from_str::<Strict>(text).map_err(|e| {
            let (line, column) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
            Diagnostics::single(Diagnostic::at_line(
                codes::PROFILE_SYNTAX,
                format!("not valid YAML: {}", strip_location(&e.to_string())),
                name,
                line,
                column,
            ))
        })?
    } else {
        serde_json::from_str::<Strict>(text).map_err(|e| {
            Diagnostics::single(Diagnostic::at_line(
                codes::PROFILE_SYNTAX,
                format!("not valid JSON: {}", strip_location(&e.to_string())),
                name,
                e.line(),
                e.column(),
            ))
        })?
    };
    check_limits(&json.0, name, limits)?;
    Ok(json.0)
}

/// Refuses text whose brackets nest deeper than `max_depth`, before it is parsed (the YAML
/// reader is quadratic in the depth of flow collections, serde_json recursive). In JSON,
/// brackets inside strings do not count. YAML quoting is richer, so there every opening
/// bracket counts, quoted or not, and only closing ones outside quotes: the scan may
/// over-count a document with stray brackets in its strings, never under-count.
fn check_nesting(name: &str, text: &str, max_depth: usize, yaml: bool) -> Result<(), Diagnostics> {
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut escaped = false;
    let (mut line, mut line_start) = (1usize, 0usize);
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            (line, line_start) = (line + 1, i + 1);
        }
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if b == b'\\' && q == b'"' {
                escaped = true;
            } else if b == q {
                quote = None;
                continue;
            }
            // Inside quotes, only a YAML opening bracket counts.
            if !(yaml && matches!(b, b'[' | b'{')) {
                continue;
            }
        }
        match b {
            b'"' if quote.is_none() => quote = Some(b),
            b'\'' if yaml && quote.is_none() => quote = Some(b),
            b'[' | b'{' => {
                depth += 1;
                if depth > max_depth {
                    let column = text.get(line_start..i).map_or(0, |t| t.chars().count()) + 1;
                    return Err(Diagnostics::single(Diagnostic::at_line(
                        codes::PROFILE_LIMIT,
                        format!(
                            "the profile nests deeper than the limit of {max_depth} levels (max_depth)"
                        ),
                        name,
                        line,
                        column,
                    )));
                }
            }
            b']' | b'}' if quote.is_none() => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// Refuses a profile nesting deeper than `max_depth` or holding a list longer than
/// `max_list_len` (`E0303`, with the JSON pointer of the place). Iterative: it never recurses.
pub fn check_limits(doc: &Json, name: &str, limits: &Limits) -> Result<(), Diagnostics> {
    let mut path = Vec::new();
    let Some(message) = first_excess(doc, 1, limits, &mut path) else {
        return Ok(());
    };
    let mut pointer = String::new();
    for step in &path {
        match step {
            Step::Key(key) => push_key(&mut pointer, key),
            Step::Index(i) => {
                pointer.push('/');
                pointer.push_str(&i.to_string());
            }
        }
    }
    let at = if pointer.is_empty() { "/" } else { &pointer };
    Err(Diagnostics::single(Diagnostic::general(
        Severity::Error,
        codes::PROFILE_LIMIT,
        format!("{at}: {message}"),
        name,
    )))
}

/// A step from a value to one inside it.
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// What the first value (in document order) exceeding a limit exceeds, with `path` left
/// leading to it. The root is at depth 1; the recursion never goes deeper than `max_depth`
/// levels (bounded by `DEPTH_CEILING`), so it cannot exhaust the stack.
fn first_excess<'a>(
    value: &'a Json,
    depth: usize,
    limits: &Limits,
    path: &mut Vec<Step<'a>>,
) -> Option<String> {
    let children = match value {
        Json::Array(list) if list.len() > limits.max_list_len => {
            return Some(format!(
                "a list of {} items, more than the limit of {} (max_list_len)",
                list.len(),
                limits.max_list_len
            ));
        }
        Json::Array(list) => list.len(),
        Json::Object(map) => map.len(),
        _ => return None,
    };
    if depth > limits.max_depth && children > 0 {
        return Some(format!(
            "the profile nests deeper than the limit of {} levels (max_depth)",
            limits.max_depth
        ));
    }
    match value {
        Json::Array(list) => {
            for (i, item) in list.iter().enumerate() {
                path.push(Step::Index(i));
                if let Some(found) = first_excess(item, depth + 1, limits, path) {
                    return Some(found);
                }
                path.pop();
            }
        }
        Json::Object(map) => {
            for (key, item) in map {
                path.push(Step::Key(key));
                if let Some(found) = first_excess(item, depth + 1, limits, path) {
                    return Some(found);
                }
                path.pop();
            }
        }
        _ => {}
    }
    None
}

/// A JSON value read from JSON or YAML, refusing a key given twice in one object (which
/// `serde_json::Value` would silently keep the last of) and numbers that are not finite.
struct Strict(Json);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Json, E> {
        Ok(Json::from(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Json, E> {
        Ok(Json::from(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Json, E> {
        serde_json::Number::from_f64(v)
            .map(Json::Number)
            .ok_or_else(|| E::custom(format!("{v} is not a finite number")))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Json, E> {
        Ok(Json::String(v.to_string()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Json, E> {
        Ok(Json::String(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Json, D::Error> {
        Strict::deserialize(d).map(|s| s.0)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut list = Vec::new();
        while let Some(Strict(item)) = seq.next_element()? {
            list.push(item);
        }
        Ok(Json::Array(list))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut object = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                return Err(de::Error::custom(format!(
                    "the key \"{key}\" appears twice in one object"
                )));
            }
            let Strict(value) = map.next_value()?;
            object.insert(key, value);
        }
        Ok(Json::Object(object))
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
                for field in required.iter().filter(|f| !map.contains_key(*f)) {
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

/// Appends `/key` to a JSON pointer, escaping `~` and `/`.
pub fn push_key(pointer: &mut String, key: &str) {
    pointer.push('/');
    if !key.contains(['~', '/']) {
        pointer.push_str(key);
        return;
    }
    for c in key.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            c => pointer.push(c),
        }
    }
}
