//! Saved reports as inputs of a comparison: the JSON text `check --format json` writes for one
//! profile, recognised by its `report` field.

use serde_json::Value as Json;

use crate::diagnostic::{Diagnostic, Diagnostics, Severity, codes};
use crate::report::{REPORT_FORMAT, Report};

/// The report saved in `text`, or `None` when `text` is not a saved report (no JSON object with
/// a `report` field: a profile, say). A report of another format, a list of reports, or a
/// report that does not fit the model is `E0306`, named `name`.
pub fn saved_report(name: &str, text: &str) -> Result<Option<Report>, Diagnostics> {
    let Ok(document) = serde_json::from_str::<Json>(text) else {
        return Ok(None);
    };
    match &document {
        Json::Object(fields) => match fields.get("report") {
            None => return Ok(None),
            Some(Json::String(format)) if format == REPORT_FORMAT => {}
            Some(other) => {
                return Err(refused(
                    name,
                    format!("a report of format {other}, not \"{REPORT_FORMAT}\""),
                ));
            }
        },
        Json::Array(items) if items.iter().any(|i| i.get("report").is_some()) => {
            return Err(refused(
                name,
                format!(
                    "a list of {} reports; a comparison takes one report on each side",
                    items.len()
                ),
            ));
        }
        _ => return Ok(None),
    }
    serde_json::from_value(document)
        .map(Some)
        .map_err(|e| refused(name, format!("not a valid {REPORT_FORMAT} report: {e}")))
}

/// The report saved in `text`; `E0306` when `text` is not one.
pub fn read_report(name: &str, text: &str) -> Result<Report, Diagnostics> {
    saved_report(name, text)?.ok_or_else(|| {
        refused(
            name,
            format!("not a saved report (a JSON object with \"report\": \"{REPORT_FORMAT}\")"),
        )
    })
}

fn refused(name: &str, what: String) -> Diagnostics {
    Diagnostics::single(
        Diagnostic::general(Severity::Error, codes::ARGUMENT, what, name)
            .with_help("save a report with `lexpact check --format json PROFILE > report.json`"),
    )
}
