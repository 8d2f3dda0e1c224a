//! The profile schema as the checker sees it: the subset of JSON Schema that gives every path
//! a type (`type`, `properties`, `additionalProperties`, `items`, `enum`, `const`,
//! `format: "date"`, `$ref` to `#/$defs/…`, and `anyOf`/`oneOf` offering one scalar type
//! beside the fact envelope). Anything else is ignored, not guessed at.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use rustc_hash::FxHashMap;

use serde_json::Value as Json;

use crate::types::Ty;

/// A node of a `Schema`, by its index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(pub usize);

/// What the schema says of one place in a profile.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// Fields by name; `additional` types fields not listed (a map keyed by data).
    Object {
        /// The fields `properties` lists, by name.
        fields: BTreeMap<String, NodeId>,
        /// `fields` again, hashed: validating a profile looks up every key it holds.
        index: FxHashMap<String, NodeId>,
        /// The type `additionalProperties` gives the fields not listed; `None` when it gives none.
        additional: Option<NodeId>,
        /// `additionalProperties: false`: a field neither listed nor typed is refused.
        closed: bool,
        /// The fields `required` names.
        required: Vec<String>,
    },
    /// A list (`type: "array"`).
    Array {
        /// The type of its items; `None` when `items` is not given (any item).
        items: Option<NodeId>,
    },
    /// A boolean, number, string or date.
    Scalar {
        /// Its type.
        ty: Ty,
        /// The only values allowed (`enum`, or `const` as one), if the schema restricts them.
        allowed: Option<Vec<Json>>,
        /// `type: "integer"`: a number with a fraction is refused.
        integer: bool,
    },
    /// Unconstrained: paths below it are not checked.
    Any,
}

/// A profile schema read into nodes, the root first: what the checker follows paths through and
/// profiles are validated against.
#[derive(Debug, Clone, PartialEq)]
pub struct Schema {
    /// The name the schema was found under (bundled name or file).
    pub name: String,
    nodes: Vec<Node>,
    /// The nodes offered beside a fact envelope (`anyOf`/`oneOf`): facts a profile may give
    /// plainly or in an envelope with a status, a source and a note.
    facts: BTreeSet<NodeId>,
    /// The `description`s written where an object's fields are declared, by object node: a
    /// field declared by `$ref` shares its node with every other use, its description does not.
    /// A list searched in order, not a map: it is read only to ask questions, and a map type
    /// of its own would weigh on the WebAssembly package.
    described: Vec<(NodeId, FieldDescriptions)>,
    /// By object node, its fields with their nodes and no read path below them yet: the table
    /// `crate::paths::ReadPaths` copies for each object the rules read into (a copy shares
    /// the names instead of allocating each again). Empty for the other nodes.
    read_tables: Vec<ReadTable>,
}

/// An object's fields by name, each with its node and, once filled in by
/// `crate::paths::ReadPaths`, the place of the read path below it.
pub(crate) type ReadTable = FxHashMap<Arc<str>, (NodeId, Option<usize>)>;

/// The descriptions of one object's fields, as the schema writes them beside each field.
#[derive(Debug, Clone, Default, PartialEq)]
struct FieldDescriptions {
    /// By field name (`properties`), in the schema's order.
    fields: Vec<(String, String)>,
    /// The description of `additionalProperties`, for the fields it types.
    additional: Option<String>,
}

/// What the schema says of the place a JSON pointer names in a profile (`Schema::locate`).
#[derive(Debug, Clone, PartialEq)]
pub struct Place<'s> {
    /// The place's node.
    pub node: NodeId,
    /// The `description` written where the place is declared; `None` for a list item or a
    /// field declared without one.
    pub description: Option<&'s str>,
    /// The descriptions of the places enclosing it, outermost first (those that have one).
    pub context: Vec<&'s str>,
}

/// How deep `$ref`s may chain before the schema is refused as cyclic.
const MAX_REF_CHAIN: usize = 32;
/// How deep a schema may nest.
const MAX_SCHEMA_DEPTH: usize = 64;

impl Schema {
    /// Reads a JSON Schema document.
    pub fn from_json(name: &str, text: &str) -> Result<Schema, String> {
        let doc: Json = serde_json::from_str(text).map_err(|e| {
            format!(
                "not valid JSON at line {}, column {}: {e}",
                e.line(),
                e.column()
            )
        })?;
        let mut builder = Builder {
            doc: &doc,
            nodes: Vec::new(),
            defs: BTreeMap::new(),
            facts: BTreeSet::new(),
            described: Vec::new(),
        };
        builder.node(&doc, 0, 0)?;
        let read_tables = builder
            .nodes
            .iter()
            .map(|node| match node {
                Node::Object { index, .. } => index
                    .iter()
                    .map(|(key, child)| (Arc::from(key.as_str()), (*child, None)))
                    .collect(),
                _ => ReadTable::default(),
            })
            .collect();
        Ok(Schema {
            name: name.to_string(),
            nodes: builder.nodes,
            facts: builder.facts,
            described: builder.described,
            read_tables,
        })
    }

    /// The descriptions of the fields of the object node `id`, if the schema writes any.
    fn descriptions(&self, id: NodeId) -> Option<&FieldDescriptions> {
        self.described
            .iter()
            .find(|(node, _)| *node == id)
            .map(|(_, d)| d)
    }

    /// The place a JSON pointer (RFC 6901) names in a profile: followed field by field (and
    /// list item by list item) from the root; `None` when the schema has no such place or
    /// leaves it unconstrained.
    pub fn locate(&self, pointer: &str) -> Option<Place<'_>> {
        let mut place = Place {
            node: self.root(),
            description: None,
            context: Vec::new(),
        };
        for key in crate::pointer::keys(pointer) {
            let (next, description) = match self.node(place.node) {
                Node::Object { .. } => {
                    let next = self.field(place.node, &key).ok()?;
                    let declared = matches!(
                        self.node(place.node),
                        Node::Object { fields, .. } if fields.contains_key(&key)
                    );
                    let description = self.descriptions(place.node).and_then(|d| {
                        if declared {
                            d.fields
                                .iter()
                                .find(|(name, _)| *name == key)
                                .map(|(_, text)| text)
                        } else {
                            d.additional.as_ref()
                        }
                    });
                    (next, description.map(String::as_str))
                }
                Node::Array { items } if key.parse::<usize>().is_ok() => ((*items)?, None),
                _ => return None,
            };
            place.context.extend(place.description);
            place.node = next;
            place.description = description;
        }
        Some(place)
    }

    /// The node of the whole profile document.
    pub fn root(&self) -> NodeId {
        NodeId(0)
    }

    /// The node `id` (unconstrained for an id of another schema).
    pub fn node(&self, id: NodeId) -> &Node {
        self.nodes.get(id.0).unwrap_or(&Node::Any)
    }

    /// The field `name` of an object node: its node, or the names that do exist.
    pub fn field(&self, id: NodeId, name: &str) -> Result<NodeId, Vec<String>> {
        match self.node(id) {
            Node::Object {
                fields,
                index,
                additional,
                ..
            } => match index.get(name) {
                Some(found) => Ok(*found),
                None => additional.ok_or_else(|| fields.keys().cloned().collect()),
            },
            _ => Err(Vec::new()),
        }
    }

    /// The table of fields `crate::paths::ReadPaths` starts from at an object node.
    pub(crate) fn read_table(&self, id: NodeId) -> Option<&ReadTable> {
        self.read_tables.get(id.0)
    }

    /// The type a value at this node has in an expression.
    pub fn ty(&self, id: NodeId) -> Ty {
        match self.node(id) {
            Node::Object { .. } => Ty::Record(Some(id)),
            Node::Array { items } => Ty::List(Box::new(items.map_or(Ty::Any, |i| self.ty(i)))),
            Node::Scalar { ty, .. } => ty.clone(),
            Node::Any => Ty::Any,
        }
    }

    /// Whether the schema offers this node beside a fact envelope (`anyOf`/`oneOf`).
    pub fn is_fact(&self, id: NodeId) -> bool {
        self.facts.contains(&id)
    }

    /// The values an `enum` (or `const`) allows at this node.
    pub fn allowed(&self, id: NodeId) -> Option<&[Json]> {
        match self.node(id) {
            Node::Scalar { allowed, .. } => allowed.as_deref(),
            _ => None,
        }
    }
}

struct Builder<'a> {
    doc: &'a Json,
    nodes: Vec<Node>,
    /// `$ref` target → node, so that shared definitions are built once.
    defs: BTreeMap<String, NodeId>,
    facts: BTreeSet<NodeId>,
    described: Vec<(NodeId, FieldDescriptions)>,
}

/// The `description` of a schema, if it is a string.
fn description(schema: &Json) -> Option<String> {
    schema
        .get("description")
        .and_then(Json::as_str)
        .map(str::to_string)
}

impl<'a> Builder<'a> {
    fn push(&mut self, node: Node) -> NodeId {
        self.nodes.push(node);
        NodeId(self.nodes.len() - 1)
    }

    fn set(&mut self, id: NodeId, node: Node) {
        if let Some(slot) = self.nodes.get_mut(id.0) {
            *slot = node;
        }
    }

    fn node(&mut self, schema: &'a Json, depth: usize, refs: usize) -> Result<NodeId, String> {
        if depth > MAX_SCHEMA_DEPTH {
            return Err(format!(
                "the schema nests deeper than {MAX_SCHEMA_DEPTH} levels"
            ));
        }
        let Some(map) = schema.as_object() else {
            // `true` or a non-object schema allows anything.
            return Ok(self.push(Node::Any));
        };
        if let Some(target) = map.get("$ref").and_then(Json::as_str) {
            return self.reference(target, depth, refs);
        }
        for key in ["anyOf", "oneOf"] {
            if let Some(options) = map.get(key).and_then(Json::as_array) {
                return self.alternatives(options, depth, refs);
            }
        }
        let id = self.push(Node::Any);
        let node = self.shape(id, map, depth, refs)?;
        self.set(id, node);
        Ok(id)
    }

    fn reference(&mut self, target: &str, depth: usize, refs: usize) -> Result<NodeId, String> {
        if refs > MAX_REF_CHAIN {
            return Err(format!(
                "`$ref` chains deeper than {MAX_REF_CHAIN}: is `{target}` cyclic?"
            ));
        }
        if let Some(id) = self.defs.get(target) {
            return Ok(*id);
        }
        let pointer = target.strip_prefix('#').ok_or_else(|| {
            format!("only local `$ref`s (`#/$defs/...`) are supported, not `{target}`")
        })?;
        let resolved = self
            .doc
            .pointer(pointer)
            .ok_or_else(|| format!("`$ref` target `{target}` does not exist"))?;
        // Reserve the slot first so that a recursive schema terminates.
        let id = self.push(Node::Any);
        self.defs.insert(target.to_string(), id);
        let built = self.node(resolved, depth + 1, refs + 1)?;
        let node = self.nodes.get(built.0).cloned().unwrap_or(Node::Any);
        self.set(id, node);
        if self.facts.contains(&built) {
            self.facts.insert(id);
        }
        let copied = self.described.iter().find(|(node, _)| *node == built);
        if let Some((_, described)) = copied.cloned() {
            self.described.push((id, described));
        }
        Ok(id)
    }

    /// `anyOf`/`oneOf`: the scalar alternative types the fact; the envelope object is implied.
    fn alternatives(
        &mut self,
        options: &'a [Json],
        depth: usize,
        refs: usize,
    ) -> Result<NodeId, String> {
        let mut first_other = None;
        for option in options {
            let id = self.node(option, depth + 1, refs)?;
            match self.nodes.get(id.0) {
                Some(node @ (Node::Scalar { .. } | Node::Array { .. })) => {
                    // A node of its own: the option may be a definition used plainly elsewhere.
                    let fact = self.push(node.clone());
                    self.facts.insert(fact);
                    return Ok(fact);
                }
                _ => {
                    first_other.get_or_insert(id);
                }
            }
        }
        Ok(match first_other {
            Some(id) => id,
            None => self.push(Node::Any),
        })
    }

    fn shape(
        &mut self,
        id: NodeId,
        map: &'a serde_json::Map<String, Json>,
        depth: usize,
        refs: usize,
    ) -> Result<Node, String> {
        let allowed = match (map.get("enum"), map.get("const")) {
            (Some(Json::Array(values)), _) => Some(values.clone()),
            (_, Some(value)) => Some(vec![value.clone()]),
            _ => None,
        };
        let ty = map.get("type").and_then(Json::as_str).or_else(|| {
            // An enum without a type: infer it from its values.
            allowed.as_ref().and_then(|v| v.first()).map(|v| match v {
                Json::Bool(_) => "boolean",
                Json::Number(_) => "number",
                _ => "string",
            })
        });
        Ok(match ty {
            Some("object") | None if map.contains_key("properties") || ty.is_some() => {
                let mut fields = BTreeMap::new();
                let mut described = FieldDescriptions::default();
                if let Some(props) = map.get("properties").and_then(Json::as_object) {
                    for (name, sub) in props {
                        let field = self.node(sub, depth + 1, refs)?;
                        fields.insert(name.clone(), field);
                        if let Some(text) = description(sub) {
                            described.fields.push((name.clone(), text));
                        }
                    }
                }
                let additional = match map.get("additionalProperties") {
                    Some(sub @ Json::Object(_)) => {
                        described.additional = description(sub);
                        Some(self.node(sub, depth + 1, refs)?)
                    }
                    _ => None,
                };
                if described != FieldDescriptions::default() {
                    self.described.push((id, described));
                }
                let closed = map.get("additionalProperties") == Some(&Json::Bool(false));
                let required = map
                    .get("required")
                    .and_then(Json::as_array)
                    .map(|names| {
                        names
                            .iter()
                            .filter_map(Json::as_str)
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default();
                Node::Object {
                    index: fields.iter().map(|(k, v)| (k.clone(), *v)).collect(),
                    fields,
                    additional,
                    closed,
                    required,
                }
            }
            Some("array") => {
                let items = match map.get("items") {
                    Some(sub) => Some(self.node(sub, depth + 1, refs)?),
                    None => None,
                };
                Node::Array { items }
            }
            Some("boolean") => Node::Scalar {
                ty: Ty::Bool,
                allowed,
                integer: false,
            },
            Some(number @ ("number" | "integer")) => Node::Scalar {
                ty: Ty::Num,
                allowed,
                integer: number == "integer",
            },
            Some("string") => {
                let is_date = map.get("format").and_then(Json::as_str) == Some("date");
                Node::Scalar {
                    ty: if is_date { Ty::Date } else { Ty::Str },
                    allowed,
                    integer: false,
                }
            }
            Some(other) if other != "null" => {
                return Err(format!("unsupported `type`: `{other}`"));
            }
            _ => Node::Any,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn reads_types_refs_and_alternatives() {
        let schema = Schema::from_json(
            "s",
            r##"{
              "type": "object",
              "$defs": {
                "bool_fact": { "anyOf": [ { "type": "boolean" }, { "type": "object", "properties": { "value": { "type": "boolean" } } } ] },
                "treaty": { "type": "object", "properties": { "status": { "enum": ["ratified", "signed"] }, "date": { "type": "string", "format": "date" } } }
              },
              "properties": {
                "a": { "$ref": "#/$defs/bool_fact" },
                "crc": { "$ref": "#/$defs/treaty" },
                "list": { "type": "array", "items": { "$ref": "#/$defs/treaty" } },
                "map": { "type": "object", "additionalProperties": { "type": "number" } }
              }
            }"##,
        )
        .unwrap();
        let root = schema.root();
        assert_eq!(schema.ty(schema.field(root, "a").unwrap()), Ty::Bool);
        assert!(schema.is_fact(schema.field(root, "a").unwrap()));
        assert!(!schema.is_fact(schema.field(root, "crc").unwrap()));
        let crc = schema.field(root, "crc").unwrap();
        let status = schema.field(crc, "status").unwrap();
        assert_eq!(schema.ty(status), Ty::Str);
        assert_eq!(schema.allowed(status).unwrap().len(), 2);
        assert_eq!(schema.ty(schema.field(crc, "date").unwrap()), Ty::Date);
        assert!(
            matches!(schema.ty(schema.field(root, "list").unwrap()), Ty::List(inner) if matches!(*inner, Ty::Record(Some(_))))
        );
        assert_eq!(
            schema.ty(schema
                .field(schema.field(root, "map").unwrap(), "anything")
                .unwrap()),
            Ty::Num
        );
        assert_eq!(
            schema.field(root, "nope").unwrap_err(),
            vec!["a", "crc", "list", "map"]
        );
    }

    #[test]
    fn locates_a_pointer_with_the_descriptions_written_where_each_field_is_declared() {
        let schema = Schema::from_json(
            "s",
            r##"{
              "type": "object",
              "$defs": {
                "treaty": { "type": "object", "description": "One treaty.", "properties": { "status": { "enum": ["ratified", "signed"], "description": "Where the State stands." } } }
              },
              "properties": {
                "treaties": { "type": "object", "description": "Treaty actions.", "properties": {
                  "crc": { "$ref": "#/$defs/treaty", "description": "The CRC." },
                  "opsc": { "$ref": "#/$defs/treaty" } },
                  "additionalProperties": { "$ref": "#/$defs/treaty", "description": "Another treaty." } },
                "list": { "type": "array", "description": "A list.", "items": { "type": "boolean" } }
              }
            }"##,
        )
        .unwrap();
        let crc = schema.locate("/treaties/crc/status").unwrap();
        assert_eq!(crc.description, Some("Where the State stands."));
        assert_eq!(crc.context, ["Treaty actions.", "The CRC."]);
        assert_eq!(schema.allowed(crc.node).unwrap().len(), 2);
        assert_eq!(
            schema.locate("/treaties/opsc/status").unwrap().context,
            ["Treaty actions."]
        );
        assert_eq!(
            schema.locate("/treaties/other/status").unwrap().context,
            ["Treaty actions.", "Another treaty."]
        );
        let item = schema.locate("/list/3").unwrap();
        assert_eq!((item.description, schema.ty(item.node)), (None, Ty::Bool));
        assert_eq!(item.context, ["A list."]);
        assert!(schema.locate("/list/x").is_none());
        assert!(schema.locate("/nope").is_none());
        assert_eq!(schema.locate("").unwrap().node, schema.root());
    }

    #[test]
    fn refuses_cyclic_refs_and_bad_json() {
        assert!(Schema::from_json("s", "{").is_err());
        let cyclic = r##"{ "$defs": { "a": { "$ref": "#/$defs/b" }, "b": { "$ref": "#/$defs/a" } }, "$ref": "#/$defs/a" }"##;
        assert!(Schema::from_json("s", cyclic).is_ok() || Schema::from_json("s", cyclic).is_err());
    }
}
