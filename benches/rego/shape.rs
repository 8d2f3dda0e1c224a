//! The profile as the Rego peers read it: shared by `benches/peers.rs` and
//! `tests/rego_equivalence.rs`.

use serde_json::Value as Json;

/// `profile` without its units: the Rego policies evaluate the State as a whole, so a federal
/// profile is compared on its national facts (the aggregation over units is pinned down by the
/// conformance corpus).
pub fn national(profile: &Json) -> Json {
    let mut national = profile.clone();
    if let Some(map) = national.as_object_mut() {
        map.remove("jurisdictions");
        map.remove("competences");
    }
    national
}

/// The fields a fact envelope may have (`docs/profile.md`).
const ENVELOPE_FIELDS: [&str; 7] = [
    "value", "history", "status", "source", "sources", "note", "as_of",
];

/// Whether `map` is a fact envelope rather than a record of the profile: only envelope fields,
/// with a value, a history or a fact status (a treaty record also has a `status`, a text).
fn is_envelope(map: &serde_json::Map<String, Json>) -> bool {
    map.keys().all(|k| ENVELOPE_FIELDS.contains(&k.as_str()))
        && (map.contains_key("value")
            || map.contains_key("history")
            || map
                .get("status")
                .and_then(Json::as_str)
                .is_some_and(|s| lexpact_core::profile::FACT_STATUSES.contains(&s)))
}

/// The profile as an OPA user would hand it to `natural_direct.rego`: every fact envelope
/// replaced by its `value` when its status (if any) is `known`, and dropped otherwise (no
/// value, another status, or a history only), so that the fact is absent. The exceptions
/// section is left as it is.
pub fn unwrapped(profile: &Json) -> Json {
    let mut out = national(profile);
    if let Some(map) = out.as_object_mut() {
        for (key, value) in map.iter_mut() {
            if key != "exceptions" {
                unwrap_in(value);
            }
        }
    }
    out
}

/// The known value of an envelope, if it has one.
fn known_value(map: &serde_json::Map<String, Json>) -> Option<&Json> {
    let known = map.get("status").is_none_or(|s| s == "known");
    map.get("value").filter(|v| known && !v.is_null())
}

/// Whether `value` is an envelope without a known value: dropped.
fn unknown(value: &Json) -> bool {
    matches!(value, Json::Object(m) if is_envelope(m) && known_value(m).is_none())
}

fn unwrap_in(value: &mut Json) {
    match value {
        Json::Object(map) => {
            map.retain(|_, v| !unknown(v));
            for v in map.values_mut() {
                if let Json::Object(m) = v
                    && is_envelope(m)
                {
                    *v = known_value(m).cloned().unwrap_or(Json::Null);
                }
                unwrap_in(v);
            }
        }
        Json::Array(items) => {
            items.retain(|v| !unknown(v));
            for v in items.iter_mut() {
                if let Json::Object(m) = v
                    && is_envelope(m)
                {
                    *v = known_value(m).cloned().unwrap_or(Json::Null);
                }
                unwrap_in(v);
            }
        }
        _ => {}
    }
}
