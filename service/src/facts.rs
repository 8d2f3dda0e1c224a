//! A place of the profile schema in words: its kind (a group of facts or a fact), its type, its
//! allowed values and its description, as hover and completion show them.

use lexpact_core::schema::{Node, NodeId, Schema};

/// Whether the place groups other facts (an object) rather than being a fact.
pub(crate) fn is_group(schema: &Schema, node: NodeId) -> bool {
    matches!(schema.node(node), Node::Object { .. })
}

/// The place's type in a few words: `group`, `a string`, `a list of records`.
pub(crate) fn type_words(schema: &Schema, node: NodeId) -> String {
    if is_group(schema, node) {
        return "group of facts".to_string();
    }
    schema.ty(node).describe()
}

/// The values an enum fact allows, as written in a rule (`"ratified"`), if it restricts them.
pub(crate) fn allowed_values(schema: &Schema, node: NodeId) -> Vec<String> {
    schema
        .allowed(node)
        .unwrap_or_default()
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// The description the schema writes where the place at `pointer` is declared.
pub(crate) fn description<'s>(schema: &'s Schema, pointer: &str) -> Option<&'s str> {
    schema.locate(pointer)?.description
}

/// Markdown for a place: description, kind and type, allowed values, fields of a group.
pub(crate) fn markdown(schema: &Schema, node: NodeId, pointer: &str) -> String {
    let mut out = String::new();
    if let Some(text) = description(schema, pointer) {
        out.push_str(text);
        out.push_str("\n\n");
    }
    let kind = if is_group(schema, node) {
        "group"
    } else {
        "fact"
    };
    out.push_str(&format!("*{kind}*: {}", type_words(schema, node)));
    if schema.is_fact(node) {
        out.push_str(" (may be given with a status and a source)");
    }
    let allowed = allowed_values(schema, node);
    if !allowed.is_empty() {
        out.push_str(&format!("\n\nallowed values: {}", allowed.join(", ")));
    }
    if let Node::Object { fields, .. } = schema.node(node)
        && !fields.is_empty()
    {
        let names: Vec<String> = fields.keys().map(|k| format!("`{k}`")).collect();
        out.push_str(&format!("\n\nfields: {}", names.join(", ")));
    }
    out
}
