//! The status of each missing fact, as the profile records it: "no data" (`absent`) and "not
//! yet assessed" (`not_assessed`) are different statements, although both leave a fact
//! unknown to the rules.

use serde_json::Value as Json;

use super::history::segment_on;
use super::value::NOT_IN_FORCE;
use crate::date::Date;
use crate::json::field;

/// The status of the missing fact at `pointer` in `root` on `date`, as `status` gives it.
pub(crate) fn status_at(root: &Json, pointer: &str, date: Date) -> String {
    status(find(root, pointer), date).to_string()
}

/// `Value::pointer` without its allocations: `serde_json` unescapes every token with two
/// `str::replace` calls, which made up half the cost of a report with many missing facts.
/// A token is unescaped only when it holds a `~`, which no path of the bundled schemas does.
pub(crate) fn find<'j>(root: &'j Json, pointer: &str) -> Option<&'j Json> {
    let mut rest = match pointer.strip_prefix('/') {
        Some(rest) => rest,
        None if pointer.is_empty() => return Some(root),
        None => return None,
    };
    let mut current = root;
    loop {
        // The tokens are found with `memchr`: `str::split` costs more than the lookups.
        let (token, next) = match memchr::memchr(b'/', rest.as_bytes()) {
            Some(at) => (rest.get(..at)?, rest.get(at + 1..)),
            None => (rest, None),
        };
        let token: std::borrow::Cow<'_, str> = if memchr::memchr(b'~', token.as_bytes()).is_some() {
            token.replace("~1", "/").replace("~0", "~").into()
        } else {
            token.into()
        };
        current = match current {
            Json::Object(map) => field(map, &token)?,
            Json::Array(items) => items.get(index(&token)?)?,
            _ => return None,
        };
        match next {
            Some(next) => rest = next,
            None => return Some(current),
        }
    }
}

/// An array index as RFC 6901 writes it: digits, without a leading zero.
fn index(token: &str) -> Option<usize> {
    if (token.len() > 1 && token.starts_with('0')) || token.starts_with('+') {
        return None;
    }
    token.parse().ok()
}

/// The status of a missing fact whose place in the profile is `found`, read as on `date`:
/// `absent` when the profile has nothing there (or null, or an envelope with neither `value`
/// nor `status`), the status the profile gave the fact (or the history entry in force),
/// `not_in_force` for a history with no entry in force, and `invalid` for a value the rules
/// could not read as the type they expect. Read as `read_fact` reads a scalar fact, without
/// converting its value: any object is an envelope, a history gives its entry in force.
pub(crate) fn status(found: Option<&Json>, date: Date) -> &str {
    let envelope = match found {
        None | Some(Json::Null) => return "absent",
        Some(Json::Object(map)) => map,
        // A value is written, yet the fact is missing: the rules read it as another type.
        Some(_) => return "invalid",
    };
    let own = match field(envelope, "history").and_then(Json::as_array) {
        Some(history) => match segment_on(history, date).entry {
            Some(entry) => entry,
            None => return NOT_IN_FORCE,
        },
        None => envelope,
    };
    match field(own, "status").and_then(Json::as_str) {
        Some(status) if status != "known" => status,
        _ if field(own, "value").is_none_or(Json::is_null) => "absent",
        _ => "invalid",
    }
}

#[cfg(test)]
mod tests {
    use super::status_at;
    use serde_json::json;

    #[test]
    fn each_missing_fact_keeps_its_status() {
        let root = json!({
            "a": null,
            "b": {"status": "not_assessed"},
            "c": {"value": null, "status": "unknown"},
            "d": {"history": [{"from": "2020-01-01", "value": true}]},
            "e": {"history": [{"from": "2000-01-01", "status": "contested"}]},
            "f": "yes",
            "s": {"source": {"cite": "Questionnaire"}},
            "list": [{"value": 3, "status": "not_assessed"}],
            "a/b": {"m~n": {"status": "contested"}}
        });
        let pointers = [
            "/a",
            "/b",
            "/c",
            "/d",
            "/e",
            "/f",
            "/s",
            "/g/h",
            "/list/0",
            "/list/00",
            "/a~1b/m~0n",
        ];
        let date = "2010-06-30".parse().unwrap_or(crate::date::Date::MIN);
        assert_eq!(
            pointers.map(|pointer| status_at(&root, pointer, date)),
            [
                "absent",
                "not_assessed",
                "unknown",
                "not_in_force",
                "contested",
                "invalid",
                "absent",
                "absent",
                "not_assessed",
                "absent",
                "contested"
            ]
        );
    }
}
