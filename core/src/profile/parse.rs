//! Profile text (JSON or YAML) to a document: nesting scanned before the reader runs, keys
//! given twice and non-finite numbers refused, problems located by line and column.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value as Json;

use crate::diagnostic::{Diagnostic, Diagnostics, codes};
use crate::limits::Limits;

use super::check_limits;

/// Parses profile text with the default limits (see `parse_profile_text_with`).
pub fn parse_profile_text(name: &str, text: &str) -> Result<Json, Diagnostics> {
    parse_profile_text_with(name, text, &Limits::default())
}

/// Parses profile text; YAML when the name ends in `.yaml`/`.yml` or the text is not JSON-like.
/// A key given twice in one object is an error (`E0301`), as is nesting deeper than
/// `max_depth` or a list longer than `max_list_len` (`E0303`; the nesting is found before the
/// reader runs).
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

/// Refuses text nesting deeper than `max_depth`, before it is parsed (the YAML reader builds
/// every event of a document first and is quadratic in the depth of flow collections,
/// serde_json recursive): YAML by its own scan (`yaml_nesting`), JSON by its brackets outside
/// strings.
fn check_nesting(name: &str, text: &str, max_depth: usize, yaml: bool) -> Result<(), Diagnostics> {
    use super::yaml_nesting::{Refused, first_refusal};
    let refused = if yaml {
        first_refusal(text, max_depth)
    } else {
        json_too_deep(text, max_depth).map(|(line, column)| Refused::TooDeep(line, column))
    };
    let (code, message, line, column) = match refused {
        None => return Ok(()),
        Some(Refused::TooDeep(line, column)) => (
            codes::PROFILE_LIMIT,
            format!("the profile nests deeper than the limit of {max_depth} levels (max_depth)"),
            line,
            column,
        ),
        Some(Refused::Alias(line, column)) => (
            codes::PROFILE_SYNTAX,
            "a YAML alias (`*name`): profiles do not accept aliases, write the value out"
                .to_string(),
            line,
            column,
        ),
    };
    Err(Diagnostics::single(Diagnostic::at_line(
        code, message, name, line, column,
    )))
}

/// The line and column of the first bracket of JSON text nested deeper than `max_depth`.
/// Strings, most of a profile, are skipped to their closing quote.
fn json_too_deep(text: &str, max_depth: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => {
                i += 1;
                loop {
                    // An unterminated string holds no bracket: the reader refuses it.
                    let next = i + memchr::memchr2(b'"', b'\\', bytes.get(i..)?)?;
                    i = next + 1;
                    if bytes.get(next) == Some(&b'\\') {
                        i += 1;
                    } else {
                        break;
                    }
                }
                continue;
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > max_depth {
                    return Some(line_and_column(text, i));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// The 1-based line and column (in characters) of byte `at` of `text`.
fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    let line = 1 + memchr::memchr_iter(b'\n', before.as_bytes()).count();
    let column = before.get(line_start..).map_or(0, |t| t.chars().count()) + 1;
    (line, column)
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

#[cfg(test)]
mod tests {
    use super::json_too_deep;

    #[test]
    fn brackets_in_strings_do_not_count() {
        let text = "{\"a\": \"[[[\\\"[[\\\\\", \"b\": [[1]]}";
        assert_eq!(json_too_deep(text, 3), None);
        assert_eq!(json_too_deep(text, 2), Some((1, 26)));
        assert_eq!(json_too_deep("{\n  \"é\": [[]]\n}", 2), Some((2, 9)));
        assert_eq!(json_too_deep("[\"unterminated [[[", 1), None);
    }
}
