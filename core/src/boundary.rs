//! What every caller of the engine shares at its edge: the CLI, the WebAssembly package and
//! the Kotlin, Swift and Python bindings read their arguments into the core's types here and
//! write the report here, so that each of them only maps its own types, and an argument
//! refused anywhere is refused with the same code and words everywhere.
//!
//! - Arguments that are not what a call takes (a wrong type, an unknown option, an unknown
//!   `detail`, a limit that does not exist or is out of range) are `E0306`
//!   (`codes::ARGUMENT`); an `as_of` that is not a date is `E0304`, as in a profile.
//! - Limits come by name: from a JSON object (`limits_from_json`), from `NAME=VALUE` text
//!   (`limits_from_assignments`) or as a whole `Limits` value (`checked_limits`). A value is
//!   any whole number from 0 to 2^64−1; one above what the platform addresses (2^32−1 in
//!   WebAssembly) is taken as the largest the platform has, which no input can reach anyway.
//! - Messages name no caller's flag or option spelling: a caller adds its own help.

use serde_json::Value as Json;

use crate::diagnostic::{Diagnostic, Diagnostics, Severity, codes};
use crate::{Date, Detail, EvaluateOptions, Limits, Report};

/// The profile name used when the caller gives none.
pub const DEFAULT_PROFILE_NAME: &str = "profile";

/// The rule file name used in the diagnostics of `format_rules` when the caller gives none.
pub const DEFAULT_RULES_NAME: &str = "rules.lex";

/// The help of the error for a profile without an `as_of` date when none was given
/// (`E0304`). A caller that has its own way of giving the date may replace it.
pub const NO_AS_OF_HELP: &str =
    "give the evaluation an `as_of` date (YYYY-MM-DD), or add \"as_of\" to the profile";

/// An argument error (`E0306`) saying `message`.
pub fn argument_error(message: impl Into<String>) -> Diagnostics {
    Diagnostics::single(Diagnostic::general(
        Severity::Error,
        codes::ARGUMENT,
        message,
        "",
    ))
}

/// An internal error (`E0900`): a failure of the engine, never the caller's input.
pub fn internal_error(message: impl Into<String>) -> Diagnostics {
    Diagnostics::single(
        Diagnostic::general(Severity::Error, codes::INTERNAL, message, "")
            .with_help("this is a bug in Lexpact: please report it with the input that caused it"),
    )
}

/// The report as JSON text: pretty-printed, two spaces, ending in one newline. The CLI's
/// `--format json` prints this for one profile, and every binding returns it.
pub fn report_json(report: &Report) -> Result<String, Diagnostics> {
    let mut text = serde_json::to_string_pretty(report)
        .map_err(|e| internal_error(format!("the report cannot be written as JSON: {e}")))?;
    text.push('\n');
    Ok(text)
}

/// The questions as JSON text, written as `report_json` writes a report: what `lexpact
/// questions --format json` prints and every binding returns.
pub fn questions_json(questions: &crate::questions::Questions) -> Result<String, Diagnostics> {
    let mut text = serde_json::to_string_pretty(questions)
        .map_err(|e| internal_error(format!("the questions cannot be written as JSON: {e}")))?;
    text.push('\n');
    Ok(text)
}

/// Parses an `as_of` date given by a caller, `E0304` when it is not `YYYY-MM-DD`.
pub fn parse_as_of(text: &str) -> Result<Date, Diagnostics> {
    text.parse().map_err(|_| {
        Diagnostics::single(Diagnostic::general(
            Severity::Error,
            codes::NO_AS_OF,
            format!("as of: \"{text}\" is not a date (YYYY-MM-DD)"),
            "",
        ))
    })
}

/// The options of an evaluation from a caller's arguments: `as_of` as text (the profile's own
/// date when absent) and the detail (`Detail::Full` when absent).
pub fn evaluate_options(
    as_of: Option<&str>,
    detail: Option<Detail>,
) -> Result<EvaluateOptions, Diagnostics> {
    let as_of = as_of.map(parse_as_of).transpose()?;
    Ok(EvaluateOptions::default()
        .with_as_of(as_of)
        .with_detail(detail.unwrap_or_default()))
}

/// The `detail` option as a binding receives it: absent or null is `Detail::Full`, otherwise
/// one of `Detail::NAMES`; anything else is `E0306` naming them.
pub fn detail_from_json(value: Option<&Json>) -> Result<Detail, Diagnostics> {
    match value {
        None | Some(Json::Null) => Ok(Detail::default()),
        Some(value) => value.as_str().and_then(Detail::from_name).ok_or_else(|| {
            argument_error(format!(
                "`detail` must be {}, not {value}",
                quoted_list(&Detail::NAMES)
            ))
        }),
    }
}

/// Sets the limit `name` to `value`, saturated to the platform's `usize`. An unknown name
/// (with a did-you-mean) or a depth above `limits::DEPTH_CEILING` is `E0306`, and leaves
/// `limits` as it was.
pub fn set_limit(limits: &mut Limits, name: &str, value: u64) -> Result<(), Diagnostics> {
    let value = usize::try_from(value).unwrap_or(usize::MAX);
    limits.set(name, value).map_err(argument_error)
}

/// Limits from a JSON object of some of them by name, each a whole number; the others keep
/// their defaults.
pub fn limits_from_json(json: &Json) -> Result<Limits, Diagnostics> {
    let Json::Object(fields) = json else {
        return Err(argument_error(format!(
            "the limits must be an object of limits by name, such as {{\"max_depth\": 16}}, not {}",
            json_kind(json)
        )));
    };
    let mut limits = Limits::default();
    for (name, value) in fields {
        // The name first: a misspelt one is said so, whatever its value.
        if limits.get(name).is_none() {
            set_limit(&mut limits, name, 0)?;
        }
        let number = value
            .as_u64()
            .ok_or_else(|| not_a_count(name, &value.to_string()))?;
        set_limit(&mut limits, name, number)?;
    }
    Ok(limits)
}

/// Limits from `NAME=VALUE` assignments (`max_depth=16`, digits may be grouped with `_`),
/// applied in order to the defaults.
pub fn limits_from_assignments<S: AsRef<str>>(assignments: &[S]) -> Result<Limits, Diagnostics> {
    let mut limits = Limits::default();
    for assignment in assignments {
        let assignment = assignment.as_ref();
        let Some((name, value)) = assignment.split_once('=') else {
            return Err(argument_error(format!(
                "`{assignment}` is not NAME=VALUE (e.g. max_depth=16)"
            )));
        };
        let name = name.trim();
        let number = value
            .trim()
            .replace('_', "")
            .parse::<u64>()
            .map_err(|_| not_a_count(name, &format!("`{}`", value.trim())))?;
        set_limit(&mut limits, name, number)?;
    }
    Ok(limits)
}

/// Limits given whole: `E0306` when one is out of range (a depth above the ceiling).
pub fn checked_limits(limits: Limits) -> Result<Limits, Diagnostics> {
    limits.check().map_err(argument_error)?;
    Ok(limits)
}

fn not_a_count(name: &str, value: &str) -> Diagnostics {
    argument_error(format!(
        "the limit `{name}` must be a whole number from 0 to {}, not {value}",
        u64::MAX
    ))
}

fn quoted_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    quoted.join(" or ")
}

/// What kind of JSON value this is, for messages.
pub fn json_kind(value: &Json) -> &'static str {
    match value {
        Json::Null => "null",
        Json::Bool(_) => "a boolean",
        Json::Number(_) => "a number",
        Json::String(_) => "a string",
        Json::Array(_) => "an array",
        Json::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    fn code(result: Result<Limits, Diagnostics>) -> String {
        result.unwrap_err().0[0].code.clone()
    }

    #[test]
    fn limits_by_name_agree_in_every_form() {
        let json = limits_from_json(&serde_json::json!({"max_depth": 16, "max_list_len": 9}));
        let text = limits_from_assignments(&["max_depth=16", "max_list_len = 9"]);
        assert_eq!(json.unwrap(), text.unwrap());
        let big = limits_from_assignments(&["max_evaluation_steps=18_446_744_073_709_551_615"]);
        assert_eq!(big.unwrap().max_evaluation_steps, usize::MAX);
        for bad in [
            limits_from_json(&serde_json::json!({"max_dept": 16})),
            limits_from_json(&serde_json::json!({"max_depth": -1})),
            limits_from_json(&serde_json::json!({"max_depth": 65})),
            limits_from_json(&serde_json::json!([16])),
            limits_from_assignments(&["max_depth"]),
            limits_from_assignments(&["max_depth=x"]),
            limits_from_assignments(&["max_expanded_depth=1000"]),
            checked_limits(Limits {
                max_depth: 65,
                ..Limits::default()
            }),
        ] {
            assert_eq!(code(bad), codes::ARGUMENT);
        }
        let json = limits_from_json(&serde_json::json!({"max_depth": 65})).unwrap_err();
        let text = limits_from_assignments(&["max_depth=65"]).unwrap_err();
        assert_eq!(json, text, "the same message everywhere");
    }

    #[test]
    fn details_and_dates_are_read_or_refused() {
        assert_eq!(detail_from_json(None).unwrap(), Detail::Full);
        let verdicts = serde_json::json!("verdicts");
        assert_eq!(detail_from_json(Some(&verdicts)).unwrap(), Detail::Verdicts);
        let bad = detail_from_json(Some(&serde_json::json!("Full"))).unwrap_err();
        assert_eq!(bad.0[0].code, codes::ARGUMENT);
        assert!(bad.0[0].message.contains("\"full\" or \"verdicts\""));
        let options = evaluate_options(Some("2024-06-30"), None).unwrap();
        assert_eq!(options.as_of.unwrap().to_string(), "2024-06-30");
        let bad = evaluate_options(Some("30/06/2024"), None).unwrap_err();
        assert_eq!(bad.0[0].code, codes::NO_AS_OF);
    }
}
