//! Setting one fact of a profile document to a probe value, and putting the document back:
//! the questions try every probe on one working copy rather than copying the profile each
//! time.

use serde_json::{Map, Value as Json};

/// How to put the document back as it was before `set`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Undo {
    /// The value at `pointer` was replaced: `old` was there.
    Restore { pointer: String, old: Json },
    /// `key` was added to the object at `parent`.
    Remove { parent: String, key: String },
}

impl Undo {
    /// Puts the document back as it was before the `set` that gave this.
    pub fn restore(self, doc: &mut Json) {
        match self {
            Undo::Restore { pointer, old } => {
                if let Some(slot) = doc.pointer_mut(&pointer) {
                    *slot = old;
                }
            }
            Undo::Remove { parent, key } => {
                if let Some(Json::Object(map)) = doc.pointer_mut(&parent) {
                    // The key was added last: removing it leaves the order as it was.
                    map.shift_remove(&key);
                }
            }
        }
    }
}

/// Sets the place `pointer` names to `value`, whatever was there (a fact envelope is replaced
/// by the bare value, so a status such as `unknown` no longer hides it). Objects missing on the
/// way, absent or `null`, are created; `None`, the document unchanged, when the way crosses
/// anything else (a list item that does not exist, a text, a number).
pub(crate) fn set(doc: &mut Json, pointer: &str, value: Json) -> Option<Undo> {
    let tokens: Vec<String> = crate::pointer::keys(pointer).collect();
    if tokens.is_empty() {
        return None;
    }
    // How many leading tokens lead through containers that exist.
    let mut through = 0;
    let mut node = &*doc;
    for token in tokens.iter().take(tokens.len() - 1) {
        match child(node, token) {
            Some(next @ (Json::Object(_) | Json::Array(_))) => {
                node = next;
                through += 1;
            }
            _ => break,
        }
    }
    let (parents, rest) = tokens.split_at(through);
    let (key, below) = rest.split_first()?;
    let parent_pointer: String = parents.iter().map(|t| escaped(t)).collect();
    let replacement = below.iter().rev().fold(value, |inner, key| {
        Json::Object(Map::from_iter([(key.clone(), inner)]))
    });
    let parent = doc.pointer_mut(&parent_pointer)?;
    match parent {
        Json::Object(map) => match map.get_mut(key) {
            Some(slot) if below.is_empty() || slot.is_null() => Some(Undo::Restore {
                pointer: format!("{parent_pointer}{}", escaped(key)),
                old: std::mem::replace(slot, replacement),
            }),
            Some(_) => None,
            None => {
                map.insert(key.clone(), replacement);
                Some(Undo::Remove {
                    parent: parent_pointer,
                    key: key.clone(),
                })
            }
        },
        Json::Array(items) => {
            let slot = key.parse::<usize>().ok().and_then(|i| items.get_mut(i))?;
            if !(below.is_empty() || slot.is_null()) {
                return None;
            }
            Some(Undo::Restore {
                pointer: format!("{parent_pointer}{}", escaped(key)),
                old: std::mem::replace(slot, replacement),
            })
        }
        _ => None,
    }
}

fn child<'j>(node: &'j Json, token: &str) -> Option<&'j Json> {
    match node {
        Json::Object(map) => map.get(token),
        Json::Array(items) => token.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    }
}

/// `/token`, escaped as a JSON pointer writes it.
fn escaped(token: &str) -> String {
    let mut pointer = String::with_capacity(token.len() + 1);
    crate::pointer::push_key(&mut pointer, token);
    pointer
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use serde_json::json;

    fn round_trip(doc: &Json, pointer: &str, value: Json, expected: &Json) {
        let mut work = doc.clone();
        let undo = set(&mut work, pointer, value).unwrap();
        assert_eq!(&work, expected);
        undo.restore(&mut work);
        assert_eq!(&work, doc);
        assert_eq!(work.to_string(), doc.to_string(), "key order kept");
    }

    #[test]
    fn replaces_values_and_envelopes_and_creates_missing_objects() {
        let doc = json!({"a": {"b": {"value": true, "status": "unknown"}, "z": 1}, "n": null});
        round_trip(
            &doc,
            "/a/b",
            json!(false),
            &json!({"a": {"b": false, "z": 1}, "n": null}),
        );
        round_trip(
            &doc,
            "/a/c/d",
            json!(true),
            &json!({"a": {"b": {"value": true, "status": "unknown"}, "z": 1, "c": {"d": true}}, "n": null}),
        );
        round_trip(
            &doc,
            "/n/x",
            json!(3),
            &json!({"a": {"b": {"value": true, "status": "unknown"}, "z": 1}, "n": {"x": 3}}),
        );
        let list = json!({"l": [{"k": null}, 2], "a~b/c": {}});
        round_trip(
            &list,
            "/l/0/k",
            json!("v"),
            &json!({"l": [{"k": "v"}, 2], "a~b/c": {}}),
        );
        round_trip(
            &list,
            "/a~0b~1c/d",
            json!(1),
            &json!({"l": [{"k": null}, 2], "a~b/c": {"d": 1}}),
        );
    }

    #[test]
    fn refuses_a_way_through_anything_but_objects() {
        let doc = json!({"l": [1], "s": "text"});
        let mut work = doc.clone();
        assert!(set(&mut work, "/l/5", json!(1)).is_none());
        assert!(set(&mut work, "/l/0/x", json!(1)).is_none());
        assert!(set(&mut work, "/s/x", json!(1)).is_none());
        assert!(set(&mut work, "", json!(1)).is_none());
        assert_eq!(work, doc);
    }
}
