//! The CLI's renderings (`lexpact-render`) of profiles evaluated under a `RuleSet` of this
//! module: the HTML matrix and the CSV of `lexpact check`, the HTML page of `lexpact diff`.
//! Profiles come in as named text, as files come to the CLI, and the bytes that go out are the
//! CLI's for the same names, text and date. Everything thrown is a `LexpactError`: the engine's
//! diagnostics of every profile that cannot be evaluated, together.

use lexpact_core::diff::diff_reports;
use lexpact_core::{Detail, Diagnostics, EvaluateOptions, ProfileInput, Report, boundary};
use lexpact_wasm::{JsRuleSet, lexpact_error, read_json, read_options};
use serde::Deserialize;
use serde_json::Value as Json;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const RENDER_TS: &str = r#"
/**
 * A profile for the renderers: its name, which the CLI takes from the file (it labels the
 * profile's column; a name ending in `.yaml` or `.yml` reads YAML), and its JSON or YAML text.
 */
export interface NamedProfile { name: string; text: string; }

/** Options of `matrixHtml`, `reportCsv` and `diffHtml`. */
export interface RenderOptions {
  /** The date to evaluate at (`YYYY-MM-DD`), as `--as-of`; each profile's own `as_of` when absent. */
  asOf?: string;
}
"#;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "RenderOptions")]
    pub type RenderOptionsArgument;
}

/// `RenderOptions` as they come in.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct RenderOptions {
    #[serde(default)]
    as_of: Option<String>,
}

/// The self-contained HTML compliance matrix of these profiles, one column each in the order
/// given: the bytes of `lexpact check --format html`.
#[wasm_bindgen(js_name = matrixHtml)]
pub fn matrix_html(
    rules: &JsRuleSet,
    #[wasm_bindgen(unchecked_param_type = "NamedProfile[]")] profiles: JsValue,
    options: Option<RenderOptionsArgument>,
) -> Result<String, JsValue> {
    let reports = evaluate_all(rules, &profiles, options, Detail::Full)?;
    lexpact_render::html::page(&reports).map_err(|e| cannot_render(&e))
}

/// One CSV row per profile and obligation, after a header: the bytes of
/// `lexpact check --format csv`.
#[wasm_bindgen(js_name = reportCsv)]
pub fn report_csv(
    rules: &JsRuleSet,
    #[wasm_bindgen(unchecked_param_type = "NamedProfile[]")] profiles: JsValue,
    options: Option<RenderOptionsArgument>,
) -> Result<String, JsValue> {
    // As the CLI does: the CSV has no column for the facts read or the explanations.
    let reports = evaluate_all(rules, &profiles, options, Detail::Verdicts)?;
    Ok(lexpact_render::csv::to_string(&reports))
}

/// What changed from `before` to `after`, both evaluated under `rules`, as one self-contained
/// HTML page: the bytes of `lexpact diff --format html`.
#[wasm_bindgen(js_name = diffHtml)]
pub fn diff_html(
    rules: &JsRuleSet,
    #[wasm_bindgen(unchecked_param_type = "NamedProfile")] before: JsValue,
    #[wasm_bindgen(unchecked_param_type = "NamedProfile")] after: JsValue,
    options: Option<RenderOptionsArgument>,
) -> Result<String, JsValue> {
    crate::install_panic_hook();
    let options = evaluate_options(options, Detail::Full)?;
    let before = named_profile(&before, "the profile before")?;
    let after = named_profile(&after, "the profile after")?;
    let reports = evaluate(rules, &[before, after], &options)?;
    let [old, new] = reports.as_slice() else {
        return Err(internal(
            "a diff has two sides; this is a bug in the package",
        ));
    };
    lexpact_render::diff::html::page(&diff_reports(old, new)).map_err(|e| cannot_render(&e))
}

/// A profile as it comes in: its name and its text.
struct NamedProfile {
    name: String,
    text: String,
}

/// Every profile of the list evaluated, in order.
fn evaluate_all(
    rules: &JsRuleSet,
    profiles: &JsValue,
    options: Option<RenderOptionsArgument>,
    detail: Detail,
) -> Result<Vec<Report>, JsValue> {
    crate::install_panic_hook();
    let options = evaluate_options(options, detail)?;
    if !js_sys::Array::is_array(profiles) {
        return Err(argument(
            "the profiles must be an array of {name, text} objects".to_string(),
        ));
    }
    let Json::Array(items) = read_json(profiles, "the profiles")? else {
        return Err(argument("the profiles must be an array".to_string()));
    };
    let profiles = items
        .iter()
        .enumerate()
        .map(|(i, item)| profile_from_json(item, &format!("profiles[{i}]")))
        .collect::<Result<Vec<_>, _>>()?;
    evaluate(rules, &profiles, &options)
}

/// The profiles evaluated, in order; when some cannot be, the diagnostics of them all.
fn evaluate(
    rules: &JsRuleSet,
    profiles: &[NamedProfile],
    options: &EvaluateOptions,
) -> Result<Vec<Report>, JsValue> {
    let mut reports = Vec::with_capacity(profiles.len());
    let mut failures = Vec::new();
    for profile in profiles {
        match rules
            .rules()
            .evaluate(ProfileInput::text(&profile.name, &profile.text), options)
        {
            Ok(report) => reports.push(report),
            Err(diagnostics) => failures.extend(diagnostics.0),
        }
    }
    if failures.is_empty() {
        Ok(reports)
    } else {
        Err(lexpact_error(&Diagnostics(failures)))
    }
}

fn evaluate_options(
    options: Option<RenderOptionsArgument>,
    detail: Detail,
) -> Result<EvaluateOptions, JsValue> {
    let options: RenderOptions =
        read_options(options.map(JsValue::from), "{asOf: \"2024-06-30\"}")?;
    boundary::evaluate_options(options.as_of.as_deref(), Some(detail))
        .map_err(|d| lexpact_error(&d))
}

fn named_profile(value: &JsValue, what: &str) -> Result<NamedProfile, JsValue> {
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Err(argument(format!("{what} must be a {{name, text}} object")));
    }
    profile_from_json(&read_json(value, what)?, what)
}

/// `{name, text}`, both strings.
fn profile_from_json(item: &Json, what: &str) -> Result<NamedProfile, JsValue> {
    let field = |key: &str| match item.get(key) {
        Some(Json::String(s)) => Ok(s.clone()),
        _ => Err(argument(format!(
            "{what}.{key} must be a string (a profile is {{name, text}})"
        ))),
    };
    Ok(NamedProfile {
        name: field("name")?,
        text: field("text")?,
    })
}

fn argument(message: String) -> JsValue {
    lexpact_error(&boundary::argument_error(message))
}

fn internal(message: &str) -> JsValue {
    lexpact_error(&boundary::internal_error(message))
}

fn cannot_render(e: &dyn std::fmt::Display) -> JsValue {
    internal(&format!("the page cannot be written: {e}"))
}
