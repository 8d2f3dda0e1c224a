//! Completion in a profile's JSON text: the keys the format allows in the object at the
//! cursor (not those it already has), each with a value skeleton; at a value, the values its
//! type allows (enum values, `true`/`false`, a date, a fact's "unknown" envelope).

use lexpact_core::profile::FACT_STATUSES;
use lexpact_core::schema::{Node, Schema};
use lexpact_core::types::Ty;

use super::cursor::{At, Role, Typed};
use super::spot::{self, Part, SourceField, Spot};
use crate::{Analysis, Completion, CompletionKind};

/// The completions at the cursor `at` of a profile's `text`.
pub(crate) fn completion(
    analysis: &Analysis,
    text: &str,
    at: &At,
    offset: usize,
) -> Vec<Completion> {
    let Some(schema) = analysis.schema() else {
        return Vec::new();
    };
    let Some(container) = spot::spot(schema, &at.path) else {
        return Vec::new();
    };
    match &at.role {
        Role::Key { typed, colon } => keys(
            analysis,
            schema,
            &container,
            at,
            typed.as_ref(),
            *colon,
            offset,
        ),
        Role::Value { typed } => {
            let here = match &at.step {
                Some(step) => spot::spot(schema, &[at.path.clone(), vec![step.clone()]].concat()),
                None => Some(container),
            };
            let Some(here) = here else {
                return Vec::new();
            };
            let (start, end) = typed
                .as_ref()
                .map_or((offset, offset), |t| (t.start, t.end));
            values(schema, &here, as_of(text).as_deref())
                .into_iter()
                .map(|(label, kind, detail, insert)| Completion {
                    label,
                    kind,
                    detail: Some(detail),
                    documentation: None,
                    insert,
                    replace_start: start,
                    replace_end: end,
                })
                .collect()
        }
    }
}

/// The keys allowed in the object at `container` and not yet in it.
fn keys(
    analysis: &Analysis,
    schema: &Schema,
    container: &Spot,
    at: &At,
    typed: Option<&Typed>,
    colon: bool,
    offset: usize,
) -> Vec<Completion> {
    let (start, end) = typed.map_or((offset, offset), |t| (t.start, t.end));
    let mut out = Vec::new();
    for field in spot::fields(schema, container) {
        if at.siblings.contains(&field.name) {
            continue;
        }
        let kind = match &field.spot {
            Spot::Schema(r) if !spot::is_fact(schema, r) => CompletionKind::Field,
            _ => CompletionKind::Fact,
        };
        let insert = if colon {
            quoted(&field.name)
        } else {
            format!("{}: {}", quoted(&field.name), skeleton(schema, &field.spot))
        };
        out.push(Completion {
            label: field.name.clone(),
            kind,
            detail: Some(spot::type_words(schema, &field.spot)),
            documentation: spot::description(schema, &field.spot, Some(&field.name)),
            insert,
            replace_start: start,
            replace_end: end,
        });
    }
    // The exceptions are keyed by obligation id.
    if let (Spot::Schema(r), Some(rules)) = (container, analysis.rules())
        && r.pointer == "/exceptions"
    {
        for ob in rules.obligations() {
            let id = ob.id();
            if at.siblings.iter().any(|s| s == id) {
                continue;
            }
            let insert = if colon {
                quoted(id)
            } else {
                format!(
                    "{}: {{ \"justification\": \"\", \"source\": {{ \"cite\": \"\" }} }}",
                    quoted(id)
                )
            };
            out.push(Completion {
                label: id.to_string(),
                kind: CompletionKind::Obligation,
                detail: Some(ob.identity.title.clone()),
                documentation: Some(
                    "Invokes a conditional qualifier of the obligation; it counts once a review accepts it."
                        .to_string(),
                ),
                insert,
                replace_start: start,
                replace_end: end,
            });
        }
    }
    out
}

/// A JSON string of `text`.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| format!("\"{text}\""))
}

/// The value written after a new key: `{}` for a group, `[]` for a list, and for a fact its
/// envelope with an empty value and a source to cite, as the format asks facts to be given.
fn skeleton(schema: &Schema, spot: &Spot) -> String {
    match spot {
        Spot::Schema(r) if spot::is_fact(schema, r) => {
            "{ \"value\": null, \"source\": { \"cite\": \"\" } }".to_string()
        }
        Spot::Schema(r) | Spot::Value(r) => match schema.node(r.node) {
            Node::Object { .. } => "{}".to_string(),
            Node::Array { .. } => "[]".to_string(),
            Node::Scalar { ty: Ty::Bool, .. } => "null".to_string(),
            _ => "\"\"".to_string(),
        },
        Spot::History(_) | Spot::Part(Part::Sources) => "[]".to_string(),
        Spot::Entry(_) | Spot::Part(Part::Source) => "{ \"cite\": \"\" }".to_string(),
        Spot::Part(Part::Status) => "\"not_assessed\"".to_string(),
        _ => "\"\"".to_string(),
    }
}

type Value = (String, CompletionKind, String, String);

/// The values allowed at `spot`: label, kind, detail, text inserted.
fn values(schema: &Schema, spot: &Spot, as_of: Option<&str>) -> Vec<Value> {
    let enumerated = |values: &[&str], detail: &str| -> Vec<Value> {
        values
            .iter()
            .map(|v| {
                (
                    format!("\"{v}\""),
                    CompletionKind::EnumValue,
                    detail.to_string(),
                    quoted(v),
                )
            })
            .collect()
    };
    let date = |detail: &str| -> Vec<Value> {
        let day = as_of.unwrap_or("YYYY-MM-DD");
        vec![(
            format!("\"{day}\""),
            CompletionKind::Keyword,
            detail.to_string(),
            quoted(day),
        )]
    };
    match spot {
        Spot::Schema(r) | Spot::Value(r) => {
            let mut out = match schema.node(r.node) {
                Node::Object { .. } => vec![group("{}", "a group of facts")],
                Node::Array { .. } => vec![group("[]", "a list")],
                Node::Scalar { ty, allowed, .. } => match (allowed, ty) {
                    (Some(allowed), _) => allowed
                        .iter()
                        .map(|v| {
                            (
                                v.to_string(),
                                CompletionKind::EnumValue,
                                "allowed value".to_string(),
                                v.to_string(),
                            )
                        })
                        .collect(),
                    (None, Ty::Bool) => vec![
                        group("true", "yes"),
                        group("false", "no: checked, and the answer is no"),
                    ],
                    (None, Ty::Date) => {
                        if r.pointer == "/as_of" {
                            date("the day the profile describes")
                        } else {
                            date("a date (the profile's as_of; edit it)")
                        }
                    }
                    _ => Vec::new(),
                },
                Node::Any => Vec::new(),
            };
            if matches!(spot, Spot::Schema(_)) && spot::is_fact(schema, r) {
                for status in ["unknown", "not_assessed"] {
                    out.push((
                        format!("{{ \"status\": \"{status}\" }}"),
                        CompletionKind::Keyword,
                        format!("the fact is {status}"),
                        format!("{{ \"status\": \"{status}\" }}"),
                    ));
                }
                out.push((
                    "{ \"value\": …, \"source\": … }".to_string(),
                    CompletionKind::Keyword,
                    "the fact with its source".to_string(),
                    "{ \"value\": null, \"source\": { \"cite\": \"\" } }".to_string(),
                ));
            }
            out
        }
        Spot::Part(Part::Status) => enumerated(&FACT_STATUSES, "fact status"),
        Spot::Part(Part::SourceField(SourceField::Kind)) => {
            enumerated(&spot::SOURCE_KINDS, "kind of source")
        }
        Spot::Part(Part::SourceField(SourceField::Retrieved)) => date("the day it was consulted"),
        Spot::Part(Part::Bound) => date("a date"),
        Spot::Part(Part::Source) => vec![group("{ \"cite\": \"\" }", "a source")],
        Spot::Part(Part::Sources) | Spot::History(_) => vec![group("[]", "a list")],
        _ => Vec::new(),
    }
}

fn group(insert: &str, detail: &str) -> Value {
    (
        insert.to_string(),
        CompletionKind::Keyword,
        detail.to_string(),
        insert.to_string(),
    )
}

/// The profile's own `as_of`, when the text gives a date there.
fn as_of(text: &str) -> Option<String> {
    let i = text.find("\"as_of\"")?;
    let rest = text.get(i + "\"as_of\"".len()..)?.trim_start();
    let rest = rest.strip_prefix(':')?.trim_start().strip_prefix('"')?;
    let day = rest.get(..10)?;
    (day.parse::<lexpact_core::Date>().is_ok()).then(|| day.to_string())
}
