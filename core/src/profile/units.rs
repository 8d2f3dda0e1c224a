//! The sub-national jurisdictions of a profile (`jurisdictions`) and the paths its
//! constitution gives to them (`competences`), read from a document already validated.

use std::sync::Arc;

use serde_json::Value as Json;

use crate::json::field;
use crate::report::JurisdictionInfo;

/// One unit of a federal profile: who it is, and its facts, which overlay the national ones.
pub(crate) struct Unit<'p> {
    pub info: JurisdictionInfo,
    /// The unit's `facts` object (an empty overlay when it gives none).
    pub facts: Option<&'p Json>,
    /// The JSON pointer of `facts`, the prefix of every fact the unit gives.
    pub pointer: Arc<str>,
}

/// The units the profile names, in its order; empty for a unitary State.
pub(crate) fn units(doc: &Json) -> Vec<Unit<'_>> {
    let Some(list) = doc.get("jurisdictions").and_then(Json::as_array) else {
        return Vec::new();
    };
    list.iter()
        .enumerate()
        .filter_map(|(index, unit)| {
            let map = unit.as_object()?;
            let text = |name: &str| field(map, name).and_then(Json::as_str).map(str::to_string);
            let id = text("id")?;
            Some(Unit {
                info: JurisdictionInfo {
                    name: text("name").unwrap_or_else(|| id.clone()),
                    id,
                    level: text("level"),
                },
                facts: field(map, "facts").filter(|f| f.is_object()),
                pointer: Arc::from(format!("/jurisdictions/{index}/facts")),
            })
        })
        .collect()
}

/// The report's list of the profile's units.
pub(crate) fn unit_infos(doc: &Json) -> Vec<JurisdictionInfo> {
    units(doc).into_iter().map(|unit| unit.info).collect()
}

/// The paths (as key lists) that `competences` gives to the units: a national fact on or
/// below one of them is not used for a unit.
pub(crate) fn competences(doc: &Json) -> Vec<Vec<String>> {
    let Some(list) = doc.get("competences").and_then(Json::as_array) else {
        return Vec::new();
    };
    list.iter()
        .filter_map(Json::as_str)
        .map(|path| path.split('.').map(str::to_string).collect())
        .collect()
}
