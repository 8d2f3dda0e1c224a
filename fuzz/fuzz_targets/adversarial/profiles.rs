//! The adversarial target's profiles: the lists the schema allows, filled by a pattern of
//! true, false, absent and unknown facts, written as JSON or YAML (the YAML perhaps nested
//! deep under a key of its own).

use std::fmt::Write as _;

use arbitrary::Arbitrary;
use serde_json::{Map, Value, json};

use super::{BOOL_FACTS, KINDS, MEMBERSHIPS, NUM_FACTS, PURPOSES};

/// A fact of an item, by its place in the list.
#[derive(Arbitrary, Debug, Clone, Copy)]
pub(super) enum Pattern {
    AllTrue,
    AllFalse,
    Alternate,
    LastFalse,
    FirstFalse,
    UnknownEvery(u8),
    AbsentEvery(u8),
    NotAssessed,
}

impl Pattern {
    /// The fact of item `i` of `len`, or `None` for an absent one.
    pub(super) fn at(self, i: usize, len: usize) -> Option<Value> {
        match self {
            Pattern::AllTrue => Some(json!(true)),
            Pattern::AllFalse => Some(json!(false)),
            Pattern::Alternate => Some(json!(i % 2 == 0)),
            Pattern::LastFalse => Some(json!(i + 1 != len)),
            Pattern::FirstFalse => Some(json!(i != 0)),
            Pattern::UnknownEvery(k) if i % (usize::from(k) + 1) == 0 => {
                Some(json!({ "value": true, "status": "unknown" }))
            }
            Pattern::AbsentEvery(k) if i % (usize::from(k) + 1) == 0 => None,
            Pattern::UnknownEvery(_) | Pattern::AbsentEvery(_) => Some(json!(true)),
            Pattern::NotAssessed => Some(json!({ "status": "not_assessed" })),
        }
    }
}

/// A list of the profile: its length (up to 500), the pattern of its facts and, for
/// agreements, the length of each one's `purposes` (up to 63, and 1000 in all).
#[derive(Arbitrary, Debug, Clone, Copy)]
pub(super) struct ListGen {
    pub(super) len: u16,
    pub(super) pattern: Pattern,
    pub(super) inner: u8,
}

impl ListGen {
    pub(super) fn len(self) -> usize {
        usize::from(self.len) % 501
    }
}

/// Block nesting in a YAML profile, under a key of its own.
#[derive(Arbitrary, Debug)]
pub(super) enum YamlNest {
    /// `- - - … x`: two bytes a level.
    Sequences(u32),
    /// `a:` on lines indented one more space each (the text grows with the square of the
    /// depth: up to 1000 levels, half a megabyte).
    Mappings(u16),
}

#[derive(Arbitrary, Debug)]
pub(super) struct Profile {
    pub(super) facts: [Option<Pattern>; 4],
    pub(super) numbers: [Option<i16>; 2],
    pub(super) agreements: Option<ListGen>,
    pub(super) reports: Option<ListGen>,
    pub(super) reservations: Option<ListGen>,
    pub(super) memberships: Option<ListGen>,
    /// Leaves `as_of` out (`E0304` in every mode).
    pub(super) no_as_of: bool,
    pub(super) yaml: Option<Option<YamlNest>>,
}

impl Profile {
    pub(super) fn to_json(&self) -> Map<String, Value> {
        let mut doc = Map::new();
        doc.insert("profile".into(), json!("lexpact/legal-profile/v1"));
        if !self.no_as_of {
            doc.insert("as_of".into(), json!("2024-01-01"));
        }
        let mut put = |path: &str, value: Value| {
            let mut parts: Vec<&str> = path.split('.').collect();
            let last = parts.pop().unwrap_or_default();
            let mut node = &mut doc;
            for part in parts {
                node = node
                    .entry(part)
                    .or_insert_with(|| json!({}))
                    .as_object_mut()
                    .expect("an object");
            }
            node.insert(last.to_string(), value);
        };
        for (path, fact) in BOOL_FACTS.iter().zip(self.facts) {
            if let Some(v) = fact.and_then(|p| p.at(0, 1)) {
                put(path, v);
            }
        }
        for (path, n) in NUM_FACTS.iter().zip(self.numbers) {
            if let Some(n) = n {
                put(path, json!(n.unsigned_abs()));
            }
        }
        if let Some(g) = self.agreements {
            let len = g.len();
            let items = (0..len)
                .map(|i| {
                    let mut item = Map::new();
                    if i % 4 != 3 {
                        item.insert("kind".into(), json!(KINDS[i % 3]));
                    }
                    if let Some(v) = g.pattern.at(i, len) {
                        item.insert("covers_sec".into(), v);
                    }
                    // At most 1000 purposes in all: the profile's text stays under about
                    // 60 KB, which the target reads three times well within the timeout.
                    let inner = (usize::from(g.inner) % 64).min(1000 / len.max(1));
                    if inner > 0 {
                        let purposes: Vec<Value> =
                            (0..inner).map(|k| json!(PURPOSES[(i + k) % 8])).collect();
                        item.insert("purposes".into(), Value::Array(purposes));
                    }
                    Value::Object(item)
                })
                .collect();
            put("cooperation.agreements", Value::Array(items));
        }
        if let Some(g) = self.reports {
            let len = g.len();
            let items = (0..len)
                .map(|i| {
                    let mut item = Map::new();
                    item.insert("year".into(), json!(2000 + i % 30));
                    if let Some(v) = g.pattern.at(i, len) {
                        item.insert("published".into(), v);
                    }
                    Value::Object(item)
                })
                .collect();
            put("followup.rio_reports", Value::Array(items));
        }
        if let Some(g) = self.reservations {
            let len = g.len();
            let items = (0..len)
                .map(|i| {
                    let mut item = Map::new();
                    if let Some(v) = g.pattern.at(i, len) {
                        item.insert("withdrawn".into(), v);
                    }
                    Value::Object(item)
                })
                .collect();
            put("treaties.crc.reservations", Value::Array(items));
        }
        if let Some(g) = self.memberships {
            let items = (0..g.len())
                .map(|i| json!(MEMBERSHIPS[(i + usize::from(g.inner)) % 17]))
                .collect();
            put("state.regional_memberships", Value::Array(items));
        }
        doc
    }
}

/// The profile as YAML: one top-level key a line with its value in flow style (JSON), and
/// perhaps a deep block nesting under a key of its own.
pub(super) fn to_yaml(doc: &Map<String, Value>, nest: Option<&YamlNest>) -> String {
    let mut text = String::new();
    if let Some(nest) = nest {
        text.push_str("nest:\n");
        match nest {
            YamlNest::Sequences(n) => {
                let n = (*n % 300_000) as usize + 1;
                text.push_str(&"- ".repeat(n));
                text.push_str("x\n");
            }
            YamlNest::Mappings(n) => {
                for level in 1..=usize::from(*n) % 1000 + 1 {
                    text.push_str(&" ".repeat(level));
                    text.push_str("a:\n");
                }
                text.push_str(&" ".repeat(usize::from(*n) % 1000 + 2));
                text.push_str("x\n");
            }
        }
    }
    for (key, value) in doc {
        writeln!(text, "{key}: {value}").ok();
    }
    text
}
