//! A fact as a profile gives it: the plain value, or an envelope with its provenance.

use serde_json::Value as Json;

use crate::profile::FACT_STATUSES;

/// What a fact's envelope holds that the schema constrains.
pub(super) struct Envelope<'j> {
    /// The plain value, or the envelope's `value`; `None` when there is none to check (null,
    /// or an envelope without a value).
    pub value: Option<&'j Json>,
    /// The envelope's `history`, when it gives one.
    pub history: Option<&'j Json>,
}

/// The fields a fact's envelope may have.
const ENVELOPE_FIELDS: [&str; 7] = [
    "value", "history", "status", "source", "sources", "note", "as_of",
];

/// Reads a fact's envelope, refusing an unknown status or field.
#[inline]
pub(super) fn envelope_value(value: &Json) -> Result<Envelope<'_>, String> {
    let map = match value {
        Json::Null => {
            return Ok(Envelope {
                value: None,
                history: None,
            });
        }
        Json::Object(map) => map,
        other => {
            return Ok(Envelope {
                value: Some(other),
                history: None,
            });
        }
    };
    // One pass over the envelope's fields: every fact of a profile comes through here.
    let (mut inner, mut history, mut status, mut odd) = (None, None, None, false);
    for (key, field) in map {
        match key.as_str() {
            "value" => inner = Some(field),
            "history" => history = Some(field),
            "status" => status = Some(field),
            "source" | "sources" | "note" | "as_of" => {}
            _ => odd = true,
        }
    }
    if let Some(status) = status {
        check_status(status)?;
    }
    if odd {
        let odd: Vec<&str> = map
            .keys()
            .map(String::as_str)
            .filter(|k| !ENVELOPE_FIELDS.contains(k))
            .collect();
        return Err(format!(
            "a fact is a value or an object with value, history, status, source, sources and note; found the field(s) {}",
            odd.join(", ")
        ));
    }
    Ok(Envelope {
        value: inner.filter(|v| !v.is_null()),
        history: history.filter(|h| !h.is_null()),
    })
}

/// A fact's `status` (in an envelope or a history entry) is one of `FACT_STATUSES`.
pub(super) fn check_status(status: &Json) -> Result<(), String> {
    if status.as_str().is_some_and(|s| FACT_STATUSES.contains(&s)) {
        Ok(())
    } else {
        Err(format!(
            "fact status {status} is not one of {}",
            FACT_STATUSES.join(", ")
        ))
    }
}
