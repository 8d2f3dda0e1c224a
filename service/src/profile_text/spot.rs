//! What the profile format says of a place in a profile: a place of the fact schema, or a part
//! of a fact's envelope (`status`, `source`, `history`, …), which the schema implies rather than
//! lists. A unit's `facts` (`/jurisdictions/N/facts/…`) are shaped like the national facts.

use lexpact_core::profile::{FACT_STATUSES, STATE_KEYS};
use lexpact_core::schema::{Node, Schema};

use super::cursor::Step;
use crate::resolve::Resolved;

/// A place of a profile, as the format describes it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Spot {
    /// A place of the schema: a group, a list, or a fact given plainly (its envelope, when the
    /// text gives an object there).
    Schema(Resolved),
    /// The `value` of a fact's envelope or history entry: the fact's own type, no envelope.
    Value(Resolved),
    /// A fact's `history`: a list of entries.
    History(Resolved),
    /// One entry of a fact's `history`.
    Entry(Resolved),
    /// Another part of an envelope or entry.
    Part(Part),
}

/// The parts of an envelope (or a history entry) other than the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    /// `status`.
    Status,
    /// `note`.
    Note,
    /// A source object (`source`, an item of `sources`).
    Source,
    /// `sources`.
    Sources,
    /// A field of a source object.
    SourceField(SourceField),
    /// `from` or `until` of a history entry.
    Bound,
}

/// The fields of a source object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SourceField {
    Cite,
    Url,
    Retrieved,
    Kind,
}

/// A field an object may hold at a place: its name, what it is, and its place.
pub(crate) struct Field {
    pub name: String,
    pub spot: Spot,
}

/// The fields of a fact's envelope, with what each holds, as the format documents them.
pub(crate) const ENVELOPE: [(&str, &str); 6] = [
    ("value", "The fact itself, of the fact's type."),
    (
        "status",
        "How the value is known: `known` (the default when a value is given), `unknown` (looked for, could not be established), `not_assessed` (nobody has looked yet), `not_applicable` (the question does not arise for this State), `contested` (sources disagree). With any status but `known` the rules read the fact as unknown.",
    ),
    (
        "source",
        "Where the value comes from: `{ cite, url, retrieved, kind }`.",
    ),
    (
        "sources",
        "Further sources after `source` (or all of them, without `source`), in order of authority.",
    ),
    (
        "note",
        "Free text for the analyst: scope, caveats, the other reading of a contested fact.",
    ),
    (
        "history",
        "The values the fact took over time, oldest first: entries `{ value, from, until, status, source, sources, note }`.",
    ),
];

/// The fields of a history entry besides those of an envelope.
const ENTRY_BOUNDS: [(&str, &str); 2] = [
    (
        "from",
        "The first day this value is in force (YYYY-MM-DD); left out only in the first entry.",
    ),
    (
        "until",
        "The day this value stops being in force (YYYY-MM-DD, excluded); left out in the last entry while it is still in force.",
    ),
];

/// The fields of a source object.
const SOURCE_FIELDS: [(&str, SourceField, &str); 4] = [
    (
        "cite",
        SourceField::Cite,
        "Human-readable citation: statute and article, official act, or report and page.",
    ),
    (
        "url",
        SourceField::Url,
        "Address of the source, if published online.",
    ),
    (
        "retrieved",
        SourceField::Retrieved,
        "Date the source was consulted (YYYY-MM-DD).",
    ),
    (
        "kind",
        SourceField::Kind,
        "`primary`: the legal text, treaty record or official act itself; `secondary`: a report, database or commentary describing it.",
    ),
];

/// The allowed values of a source's `kind`.
pub(crate) const SOURCE_KINDS: [&str; 2] = ["primary", "secondary"];

/// The place `path` reaches from the document's root, if the format has it.
pub(crate) fn spot(schema: &Schema, path: &[Step]) -> Option<Spot> {
    let mut here = Spot::Schema(Resolved::root(schema));
    for step in path {
        here = next(schema, &here, step)?;
    }
    Some(here)
}

/// One step from a place.
fn next(schema: &Schema, here: &Spot, step: &Step) -> Option<Spot> {
    match (here, step) {
        (Spot::Schema(r), Step::Key(key)) => {
            if is_unit_facts(r) {
                if STATE_KEYS.contains(&key.as_str()) {
                    return None;
                }
                return Resolved::root(schema).field(schema, key).map(Spot::Schema);
            }
            if is_fact(schema, r) {
                return envelope_field(r, key);
            }
            r.field(schema, key).map(Spot::Schema)
        }
        (Spot::Schema(r) | Spot::Value(r), Step::Index(_)) => r.item(schema).map(Spot::Schema),
        (Spot::History(r), Step::Index(_)) => Some(Spot::Entry(r.clone())),
        (Spot::Entry(r), Step::Key(key)) => match key.as_str() {
            "from" | "until" => Some(Spot::Part(Part::Bound)),
            "history" => None,
            _ => envelope_field(r, key),
        },
        (Spot::Part(Part::Sources), Step::Index(_)) => Some(Spot::Part(Part::Source)),
        (Spot::Part(Part::Source), Step::Key(key)) => SOURCE_FIELDS
            .iter()
            .find(|(name, _, _)| name == key)
            .map(|(_, field, _)| Spot::Part(Part::SourceField(*field))),
        _ => None,
    }
}

/// A field of the envelope of the fact at `r`.
fn envelope_field(r: &Resolved, key: &str) -> Option<Spot> {
    Some(match key {
        "value" => Spot::Value(r.clone()),
        "history" => Spot::History(r.clone()),
        "status" => Spot::Part(Part::Status),
        "source" => Spot::Part(Part::Source),
        "sources" => Spot::Part(Part::Sources),
        "note" => Spot::Part(Part::Note),
        _ => return None,
    })
}

/// Whether the place is a unit's `facts`, shaped like the root.
fn is_unit_facts(r: &Resolved) -> bool {
    r.pointer == "/jurisdictions/0/facts"
}

/// Whether the place is a fact (a value that may come in an envelope).
pub(crate) fn is_fact(schema: &Schema, r: &Resolved) -> bool {
    schema.is_fact(r.node)
        || matches!(schema.node(r.node), Node::Scalar { .. })
            && !r.pointer.is_empty()
            && !is_plain(r)
}

/// The root fields that are plain values, never facts.
fn is_plain(r: &Resolved) -> bool {
    matches!(r.pointer.as_str(), "/profile" | "/as_of") || r.pointer.starts_with("/exceptions/")
}

/// The fields an object at `here` may hold, in the format's order, with their places.
pub(crate) fn fields(schema: &Schema, here: &Spot) -> Vec<Field> {
    let named = |list: &[&str], make: &dyn Fn(&str) -> Option<Spot>| -> Vec<Field> {
        list.iter()
            .filter_map(|name| {
                Some(Field {
                    name: name.to_string(),
                    spot: make(name)?,
                })
            })
            .collect()
    };
    match here {
        Spot::Schema(r) if is_unit_facts(r) => {
            let root = Resolved::root(schema);
            object_fields(schema, &root)
                .into_iter()
                .filter(|f| !STATE_KEYS.contains(&f.name.as_str()))
                .collect()
        }
        Spot::Schema(r) if is_fact(schema, r) => {
            let names: Vec<&str> = ENVELOPE.iter().map(|(n, _)| *n).collect();
            named(&names, &|name| envelope_field(r, name))
        }
        Spot::Schema(r) => object_fields(schema, r),
        Spot::Entry(_) => {
            let names: Vec<&str> = ENVELOPE
                .iter()
                .map(|(n, _)| *n)
                .filter(|n| *n != "history")
                .chain(ENTRY_BOUNDS.iter().map(|(n, _)| *n))
                .collect();
            named(&names, &|name| {
                next(schema, here, &Step::Key(name.to_string()))
            })
        }
        Spot::Part(Part::Source) => SOURCE_FIELDS
            .iter()
            .map(|(name, field, _)| Field {
                name: name.to_string(),
                spot: Spot::Part(Part::SourceField(*field)),
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The fields the schema lists for the object at `r`.
fn object_fields(schema: &Schema, r: &Resolved) -> Vec<Field> {
    let Node::Object { fields, .. } = schema.node(r.node) else {
        return Vec::new();
    };
    fields
        .keys()
        .filter_map(|name| {
            Some(Field {
                name: name.clone(),
                spot: Spot::Schema(r.field(schema, name)?),
            })
        })
        .collect()
}

/// What the format writes of a field named `name` at `spot` (its description).
pub(crate) fn description(schema: &Schema, spot: &Spot, name: Option<&str>) -> Option<String> {
    match spot {
        Spot::Schema(r) => crate::facts::description(schema, &r.pointer).map(str::to_string),
        Spot::Value(_) | Spot::History(_) => table(&ENVELOPE, name?),
        Spot::Entry(_) => Some("One value of the fact and the dates it was in force.".to_string()),
        Spot::Part(Part::Bound) => table(&ENTRY_BOUNDS, name?),
        Spot::Part(Part::SourceField(field)) => SOURCE_FIELDS
            .iter()
            .find(|(_, f, _)| f == field)
            .map(|(_, _, text)| text.to_string()),
        Spot::Part(Part::Source) if name == Some("source") => table(&ENVELOPE, "source"),
        Spot::Part(Part::Source) => Some("A source: `{ cite, url, retrieved, kind }`.".to_string()),
        Spot::Part(_) => table(&ENVELOPE, name?),
    }
}

fn table(rows: &[(&str, &str)], name: &str) -> Option<String> {
    rows.iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| text.to_string())
}

/// The place's type in a few words.
pub(crate) fn type_words(schema: &Schema, spot: &Spot) -> String {
    match spot {
        Spot::Schema(r) | Spot::Value(r) => {
            let mut words = crate::facts::type_words(schema, r.node);
            if matches!(spot, Spot::Schema(_)) && is_fact(schema, r) {
                words
                    .push_str(", or an envelope { value, status, source, sources, note, history }");
            }
            words
        }
        Spot::History(_) => "a list of history entries".to_string(),
        Spot::Entry(_) => "a history entry".to_string(),
        Spot::Part(Part::Status) => format!("one of {}", FACT_STATUSES.join(", ")),
        Spot::Part(Part::Note) => "a string".to_string(),
        Spot::Part(Part::Source) => "a source".to_string(),
        Spot::Part(Part::Sources) => "a list of sources".to_string(),
        Spot::Part(Part::SourceField(SourceField::Retrieved)) | Spot::Part(Part::Bound) => {
            "a date".to_string()
        }
        Spot::Part(Part::SourceField(SourceField::Kind)) => {
            format!("one of {}", SOURCE_KINDS.join(", "))
        }
        Spot::Part(Part::SourceField(_)) => "a string".to_string(),
    }
}

/// The schema place a spot belongs to, for the obligations reading it.
pub(crate) fn fact_of(spot: &Spot) -> Option<&Resolved> {
    match spot {
        Spot::Schema(r) | Spot::Value(r) | Spot::History(r) | Spot::Entry(r) => Some(r),
        Spot::Part(_) => None,
    }
}
