//! `docs/profile.md` documents every field of the legal-profile schema v1, and its tables name
//! no path the schema does not have. Paths are JSON Pointers written in backticks; `-` stands
//! for each item of a list and `{obligation_id}` for a key of `exceptions`.
#![allow(clippy::expect_used)]

use std::collections::BTreeSet;

use serde_json::Value;

const DOC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/profile.md");
const SCHEMA: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/library/legal-profile-v1.schema.json"
);

/// The paths of the schema: `leaves` are the fields a profile fills in (facts and plain
/// values), `all` adds the objects and lists that hold them.
#[derive(Default)]
struct Paths {
    leaves: BTreeSet<String>,
    all: BTreeSet<String>,
}

fn walk(schema: &Value, node: &Value, path: &str, out: &mut Paths) {
    if let Some(target) = node.get("$ref").and_then(Value::as_str) {
        let def = target
            .strip_prefix('#')
            .and_then(|pointer| schema.pointer(pointer))
            .expect("every $ref is local and exists");
        return walk(schema, def, path, out);
    }
    out.all.insert(path.to_string());
    let properties = node.get("properties").and_then(Value::as_object);
    let map = node.get("additionalProperties").filter(|a| a.is_object());
    let items = node.get("items");
    if properties.is_none() && map.is_none() && items.is_none() {
        // A fact (a plain value, or `anyOf` the value and its envelope) or a plain value.
        out.leaves.insert(path.to_string());
        return;
    }
    for (key, sub) in properties.into_iter().flatten() {
        walk(schema, sub, &format!("{path}/{key}"), out);
    }
    if let Some(sub) = map {
        // The only map of v1 is `exceptions`, keyed by obligation id.
        walk(schema, sub, &format!("{path}/{{obligation_id}}"), out);
    }
    if let Some(sub) = items {
        walk(schema, sub, &format!("{path}/-"), out);
    }
}

fn schema_paths() -> Paths {
    let text = std::fs::read_to_string(SCHEMA).expect("the schema is readable");
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    let mut paths = Paths::default();
    walk(&schema, &schema, "", &mut paths);
    paths
}

fn doc() -> String {
    std::fs::read_to_string(DOC).expect("docs/profile.md is readable")
}

/// The backticked spans of a line that start with `/`.
fn pointers(line: &str) -> impl Iterator<Item = &str> {
    line.split('`')
        .skip(1)
        .step_by(2)
        .filter(|span| span.starts_with('/'))
}

#[test]
fn every_schema_field_is_documented() {
    let paths = schema_paths();
    assert!(
        paths.leaves.len() > 400,
        "the schema walk found too few fields"
    );
    let doc = doc();
    let documented: BTreeSet<&str> = doc.lines().flat_map(pointers).collect();
    let undocumented: Vec<&String> = paths
        .leaves
        .iter()
        .filter(|path| !documented.contains(path.as_str()))
        .collect();
    assert!(
        undocumented.is_empty(),
        "fields of the schema missing from docs/profile.md: {undocumented:#?}"
    );
}

#[test]
fn every_documented_path_is_in_the_schema() {
    let paths = schema_paths();
    let doc = doc();
    let in_tables: Vec<&str> = doc
        .lines()
        .filter(|line| line.starts_with('|'))
        .flat_map(pointers)
        .collect();
    assert!(in_tables.len() > 400, "the tables name too few paths");
    let unknown: Vec<&&str> = in_tables
        .iter()
        .filter(|path| !paths.all.contains(**path))
        .collect();
    assert!(
        unknown.is_empty(),
        "paths in the tables of docs/profile.md that the schema does not have: {unknown:#?}"
    );
}
