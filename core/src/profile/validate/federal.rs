//! A federal profile: its units (`jurisdictions`), whose `facts` overlay the national ones,
//! and the paths its constitution gives to them (`competences`). Both belong to the profile
//! format, whatever the fact schema says.

use rustc_hash::FxHashMap;
use serde_json::{Map, Value as Json};

use super::{Place, Validator, kind};
use crate::json;
use crate::profile::STATE_KEYS;
use crate::schema::{Node, NodeId};
use lexpact_grammar::suggest::closest;

/// The root fields of the profile format the fact schema need not declare.
const FORMAT_KEYS: [&str; 2] = ["jurisdictions", "competences"];

/// The fields of a unit.
const UNIT_FIELDS: [&str; 4] = ["id", "name", "level", "facts"];

/// Whether a root field is checked here rather than against the fact schema.
pub(super) fn is_format_key(key: &str) -> bool {
    FORMAT_KEYS.contains(&key)
}

fn is_state_key(key: &str) -> bool {
    STATE_KEYS.contains(&key)
}

/// Checks the root `jurisdictions` and `competences` of a profile.
pub(super) fn check(v: &mut Validator<'_>, profile: &Map<String, Json>) {
    let root = Place::Root;
    if let Some(units) = json::field(profile, "jurisdictions").filter(|u| !u.is_null()) {
        let at = Place::Key(&root, "jurisdictions");
        match units {
            Json::Array(list) => v.units(list, &at),
            other => v.report(
                &at,
                format!(
                    "`jurisdictions` is a list of the State's units {{id, name, level, facts}}, found {}",
                    kind(other)
                ),
            ),
        }
    }
    if let Some(paths) = json::field(profile, "competences").filter(|c| !c.is_null()) {
        let at = Place::Key(&root, "competences");
        match paths {
            Json::Array(list) => {
                for (i, path) in list.iter().enumerate() {
                    v.competence(path, &Place::Index(&at, i));
                }
            }
            other => v.report(
                &at,
                format!(
                    "`competences` is a list of dotted fact paths such as \"civil_registration.free_of_charge\", found {}",
                    kind(other)
                ),
            ),
        }
    }
}

impl Validator<'_> {
    fn units(&mut self, list: &[Json], at: &Place<'_>) {
        // Where each id was first seen, to name both units of a duplicate.
        let mut seen: FxHashMap<&str, usize> = FxHashMap::default();
        for (i, unit) in list.iter().enumerate() {
            let here = Place::Index(at, i);
            let Json::Object(map) = unit else {
                self.report(
                    &here,
                    format!(
                        "a jurisdiction is an object {{id, name, level, facts}}, found {}",
                        kind(unit)
                    ),
                );
                continue;
            };
            for key in map.keys().filter(|k| !UNIT_FIELDS.contains(&k.as_str())) {
                let mut message =
                    format!("a jurisdiction has id, name, level and facts, not `{key}`");
                if let Some(near) = closest(key, UNIT_FIELDS) {
                    message.push_str(&format!("; did you mean `{near}`?"));
                }
                self.report(&Place::Key(&here, key), message);
            }
            if let Some(id) = self.unit_id(map, &here)
                && let Some(first) = seen.insert(id, i)
            {
                self.report(
                    &Place::Key(&here, "id"),
                    format!("jurisdictions {first} and {i} have the same id \"{id}\""),
                );
            }
            match json::field(map, "name") {
                None => self.report(&here, "the required field `name` is missing".to_string()),
                Some(Json::String(_)) => {}
                Some(other) => self.report(
                    &Place::Key(&here, "name"),
                    format!("expected a string, found {}", kind(other)),
                ),
            }
            match json::field(map, "level") {
                None | Some(Json::Null | Json::String(_)) => {}
                Some(other) => self.report(
                    &Place::Key(&here, "level"),
                    format!("expected a string, found {}", kind(other)),
                ),
            }
            match json::field(map, "facts") {
                None | Some(Json::Null) => {}
                Some(Json::Object(facts)) => self.unit_facts(facts, &Place::Key(&here, "facts")),
                Some(other) => self.report(
                    &Place::Key(&here, "facts"),
                    format!(
                        "a unit's facts are an object shaped like the national facts, found {}",
                        kind(other)
                    ),
                ),
            }
        }
    }

    /// A unit's `id`, when it is a usable one.
    fn unit_id<'j>(&mut self, map: &'j Map<String, Json>, here: &Place<'_>) -> Option<&'j str> {
        let at = Place::Key(here, "id");
        match json::field(map, "id") {
            None => self.report(here, "the required field `id` is missing".to_string()),
            Some(Json::String(id)) if id.is_empty() => {
                self.report(&at, "a jurisdiction's id is not empty".to_string());
            }
            Some(Json::String(id)) if id.contains('/') => self.report(
                &at,
                format!("a jurisdiction's id cannot contain `/`, found \"{id}\""),
            ),
            Some(Json::String(id)) => return Some(id),
            Some(other) => self.report(&at, format!("expected a string, found {}", kind(other))),
        }
        None
    }

    /// A unit's facts, against the schema root as an overlay: nothing is required, and the
    /// fields of the State as a whole are refused.
    fn unit_facts(&mut self, facts: &Map<String, Json>, at: &Place<'_>) {
        for key in facts.keys().filter(|k| is_state_key(k)) {
            self.report(
                &Place::Key(at, key),
                format!("a unit's facts cannot give `{key}`: it belongs to the State as a whole"),
            );
        }
        let national = self.overlay;
        self.overlay = true;
        match self.read {
            Some(read) => self.read_object(self.schema.root(), facts, at, read, is_state_key),
            None => self.value_skipping(self.schema.root(), facts, at, is_state_key),
        }
        self.overlay = national;
    }

    /// One entry of `competences`: a dotted path of the schema (an object or a fact).
    fn competence(&mut self, path: &Json, at: &Place<'_>) {
        let Json::String(text) = path else {
            return self.report(
                at,
                format!(
                    "expected a dotted fact path such as \"civil_registration.free_of_charge\", found {}",
                    kind(path)
                ),
            );
        };
        if text.split('.').any(str::is_empty) {
            return self.report(
                at,
                format!(
                    "\"{text}\" is not a dotted path (names joined by `.`, such as \"civil_registration.free_of_charge\")"
                ),
            );
        }
        if let Some(first) = text.split('.').next().filter(|k| is_state_key(k)) {
            return self.report(
                at,
                format!(
                    "`{first}` belongs to the State as a whole: it cannot be given to the units"
                ),
            );
        }
        let mut node: NodeId = self.schema.root();
        let mut walked = 0;
        for segment in text.split('.') {
            if matches!(self.schema.node(node), Node::Any) {
                // The schema leaves this place unconstrained: any path below it exists.
                return;
            }
            match self.schema.field(node, segment) {
                Ok(next) => node = next,
                Err(names) => {
                    let known = text.get(..walked).unwrap_or_default().trim_end_matches('.');
                    let mut message = format!("the schema has no `{text}`");
                    if names.is_empty() && !known.is_empty() {
                        message.push_str(&format!(": `{known}` has no fields"));
                    } else if let Some(near) = closest(segment, names.iter().map(String::as_str)) {
                        let near = if known.is_empty() {
                            near.to_string()
                        } else {
                            format!("{known}.{near}")
                        };
                        message.push_str(&format!("; did you mean `{near}`?"));
                    }
                    return self.report(at, message);
                }
            }
            walked += segment.len() + 1;
        }
    }
}
