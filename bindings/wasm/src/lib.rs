//! The npm package `lexpact`: the Lexpact engine compiled to WebAssembly.
//!
//! This crate holds no logic of its own. It moves values across the boundary and calls
//! `lexpact-core`:
//!
//! - Values come in and go out as JSON text (`JSON.stringify` / `JSON.parse` on the JS side,
//!   serde on the Rust side). A report is the very text the CLI's `--format json` prints, so a
//!   report evaluated here is byte-identical to the native one, and a returned object is a
//!   plain JS object.
//! - Every failure, including a wrong argument type, is thrown as a `LexpactError` (a real
//!   `Error` subclass, defined in `js/`) carrying the core's diagnostics. A panic, which the
//!   core is written never to reach, is turned into a thrown `LexpactError` by a panic hook
//!   rather than an `unreachable` trap.
//! - The TypeScript types of every value that crosses are generated from the Rust types
//!   (`tsify-next`: the core's `typescript` feature, and the input types below).
//! - The core's `Limits` are an option of everything that compiles rules (`{ limits }`); a rule
//!   set keeps the limits it was compiled with and evaluates profiles under them.
//! - The core's `Detail` is the `detail` option of an evaluation (`"full"` or `"verdicts"`);
//!   `explain` is the core's `explain_obligation`, for the one obligation a verdicts-only
//!   caller is asked to explain.
//! - Arguments are read into the core's types by `lexpact_core::boundary`, as every binding
//!   and the CLI read them: an argument that is not what a function takes is `E0306` there.

use lexpact_core::boundary::{self, DEFAULT_PROFILE_NAME, DEFAULT_RULES_NAME};
use lexpact_core::diagnostic::codes;
use lexpact_core::{Diagnostic, Diagnostics, Limits, NoFiles, ProfileInput, Severity, Source};
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;
use tsify_next::Tsify;
use wasm_bindgen::prelude::*;

// Smaller than the default allocator by about 3 KB gzipped, which the size budget needs.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

// The error class, an ES module; the Node entry of the package is this same glue turned into
// CommonJS at build time, so one `.wasm` serves browsers and Node.
#[wasm_bindgen(module = "/js/lexpact-error.js")]
extern "C" {
    #[wasm_bindgen(js_name = LexpactError)]
    type LexpactError;
    #[wasm_bindgen(constructor, js_class = LexpactError)]
    fn new(message: &str, diagnostics: &JsValue) -> LexpactError;
    /// Only re-exported, so that callers can test `error instanceof LexpactError`.
    #[wasm_bindgen(js_name = LexpactError, reexport, skip_typescript)]
    fn _lexpact_error_class();
}

// Optional arguments, typed for TypeScript but checked here, so that a wrong type gives a
// `LexpactError` rather than whatever the generated glue would do with it.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "EvaluateOptions")]
    pub type OptionsArgument;
    #[wasm_bindgen(typescript_type = "ExplainOptions")]
    pub type ExplainOptionsArgument;
    #[wasm_bindgen(typescript_type = "CompileOptions")]
    pub type CompileOptionsArgument;
    #[wasm_bindgen(typescript_type = "string")]
    pub type StringArgument;
    #[wasm_bindgen(typescript_type = "QuestionsOptions")]
    pub type QuestionsOptionsArgument;
}

#[wasm_bindgen(typescript_custom_section)]
const LEXPACT_ERROR_TS: &str = r#"
/** Thrown by every function of the package: the diagnostics say what is wrong and where. */
export class LexpactError extends Error {
  constructor(message: string, diagnostics: Diagnostic[]);
  readonly name: "LexpactError";
  /** At least one, in the order the engine found them. */
  readonly diagnostics: Diagnostic[];
}

/** A legal profile: JSON or YAML text, or the parsed object. */
export type Profile = string | Record<string, unknown>;
"#;

/// One file handed to the engine: a rule file (`.lex`) or a file the rules name (a schema, a
/// test profile), by the path the rules use for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Tsify)]
pub struct SourceFile {
    pub name: String,
    pub source: String,
}

/// Options of `RuleSet.evaluate` and `RuleSet.evaluateJson`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EvaluateOptions {
    /// The date to evaluate at (`YYYY-MM-DD`); the profile's own `as_of` when absent.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub as_of: Option<String>,
    /// The profile's name in the report and in diagnostics (default `profile`). A name ending
    /// in `.yaml` or `.yml` reads profile text as YAML.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub name: Option<String>,
    /// How much of the report to compute (default `"full"`): `"verdicts"` leaves every
    /// result's `facts` and `explanation` empty, the rest equal, and is much faster.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub detail: Option<Detail>,
}

/// `EvaluateOptions` as they come in: `detail` is read apart (`boundary::detail_from_json`),
/// so that a bad one is answered with the values there are.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct EvaluateOptionsInput {
    #[serde(default)]
    as_of: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    detail: Option<Json>,
}

/// Options of `RuleSet.explain`: those of `evaluate` but `detail` (an explanation is full).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExplainOptions {
    /// The date to evaluate at (`YYYY-MM-DD`); the profile's own `as_of` when absent.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub as_of: Option<String>,
    /// The profile's name in diagnostics (default `profile`). A name ending in `.yaml` or
    /// `.yml` reads profile text as YAML.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub name: Option<String>,
}

/// Options of `RuleSet.questions`: those of `evaluate` but `detail` (the probes are
/// evaluated without explanations).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuestionsOptions {
    /// The date to evaluate at (`YYYY-MM-DD`); the profile's own `as_of` when absent.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub as_of: Option<String>,
    /// The profile's name in the questions and in diagnostics (default `profile`). A name
    /// ending in `.yaml` or `.yml` reads profile text as YAML.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub name: Option<String>,
}

/// How much of a report `RuleSet.evaluate` computes (the `detail` option).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "lowercase")]
pub enum Detail {
    /// Everything: verdicts, deadlines, missing facts, the facts read and the explanations.
    #[default]
    Full,
    /// The same report with every result's `facts` and `explanation` empty: for tables and
    /// dashboards (explain one obligation later with `RuleSet.explain`).
    Verdicts,
}

/// Options of `RuleSet.compile`, `RuleSet.library`, `check` and `format`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CompileOptions {
    /// Limits on the rules and, later, on the profiles the rule set evaluates, e.g.
    /// `{ max_depth: 16 }`: the limits not named keep their defaults (see `defaultLimits()`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub limits: Option<Limits>,
}

/// `CompileOptions` as they come in: the limits are read one by one
/// (`boundary::limits_from_json`), so that a bad one is named in words.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct CompileOptionsInput {
    #[serde(default)]
    limits: Option<Json>,
}

/// A library bundled with the engine, with its rule files as the engine names them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Tsify)]
pub struct LibraryInfo {
    pub name: String,
    pub description: String,
    pub files: Vec<SourceFile>,
}

/// Turns a panic, which the core is written never to reach, into a thrown `LexpactError`
/// instead of an `unreachable` trap. Installed by the first call into the package.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let diagnostic = Diagnostic::general(
                Severity::Error,
                lexpact_core::diagnostic::codes::INTERNAL,
                format!("internal error in the Lexpact engine: {info}"),
                "",
            )
            .with_help("please report it, with the rules and profile that caused it");
            wasm_bindgen::throw_val(error(&Diagnostics::single(diagnostic)));
        }));
    });
}

/// A compiled, checked rule set: build it once, evaluate it on many profiles.
#[wasm_bindgen(js_name = RuleSet)]
pub struct JsRuleSet {
    rules: lexpact_core::RuleSet,
}

#[wasm_bindgen(js_class = RuleSet)]
impl JsRuleSet {
    /// Compiles rule files. `.lex` files are the rules; the other files (a schema, test
    /// profiles) are served to the rules under the path they use for them. `options.limits`
    /// replaces some of the default limits, for the rules and the profiles evaluated.
    pub fn compile(
        #[wasm_bindgen(unchecked_param_type = "SourceFile[]")] sources: JsValue,
        options: Option<CompileOptionsArgument>,
    ) -> Result<JsRuleSet, JsValue> {
        install_panic_hook();
        let files = sources_from_js(&sources)?;
        let limits = compile_options_from_js(options)?.limits.unwrap_or_default();
        lexpact_core::RuleSet::compile_files(&files, limits)
            .map(|rules| JsRuleSet { rules })
            .map_err(|d| error(&d))
    }

    /// A library bundled with the engine, by name (see `libraries()`), e.g. `"rio"`;
    /// `options.limits` as for `compile`.
    pub fn library(
        #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
        options: Option<CompileOptionsArgument>,
    ) -> Result<JsRuleSet, JsValue> {
        install_panic_hook();
        let name = string_argument(&name, "the library name")?;
        let limits = compile_options_from_js(options)?.limits.unwrap_or_default();
        lexpact_core::RuleSet::library_with(&name, &[], &NoFiles, limits)
            .map(|rules| JsRuleSet { rules })
            .map_err(|d| error(&d))
    }

    /// The limits the rule set was compiled with, every one of them; profiles are evaluated
    /// under them.
    #[wasm_bindgen(getter, unchecked_return_type = "Required<Limits>")]
    pub fn limits(&self) -> Result<JsValue, JsValue> {
        install_panic_hook();
        to_js(self.rules.limits())
    }

    /// Every obligation, in the rule set's order, without its rule.
    #[wasm_bindgen(unchecked_return_type = "ObligationInfo[]")]
    pub fn obligations(&self) -> Result<JsValue, JsValue> {
        install_panic_hook();
        to_js(&self.rules.catalogue())
    }

    /// The warnings found while compiling (an empty list for clean rules).
    #[wasm_bindgen(getter, unchecked_return_type = "Diagnostic[]")]
    pub fn warnings(&self) -> Result<JsValue, JsValue> {
        install_panic_hook();
        to_js(&self.rules.warnings())
    }

    /// Evaluates a profile (an object, or JSON / YAML text) and returns the report as a
    /// plain object. `options.detail: "verdicts"` leaves out the facts read and the
    /// explanations (see `explain`).
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn evaluate(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Profile")] profile: JsValue,
        options: Option<OptionsArgument>,
    ) -> Result<JsValue, JsValue> {
        let text = self.evaluate_json(profile, options)?;
        js_sys::JSON::parse(&text).map_err(|_| {
            internal_error("the report is not valid JSON; this is a bug in the package")
        })
    }

    /// Evaluates a profile like `evaluate`, and returns the report as the JSON text the
    /// native engine writes (`lexpact check --format json`): pretty-printed, with a final
    /// newline.
    #[wasm_bindgen(js_name = evaluateJson)]
    pub fn evaluate_json(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Profile")] profile: JsValue,
        options: Option<OptionsArgument>,
    ) -> Result<String, JsValue> {
        install_panic_hook();
        let (name, options) = options_from_js(options)?;
        let text = profile_text(&profile, &name)?;
        let report = self
            .rules
            .evaluate(ProfileInput::text(&name, &text), &options)
            .map_err(|d| error(&d))?;
        boundary::report_json(&report).map_err(|d| error(&d))
    }

    /// One obligation's full result on a profile, facts read and explanation included: the
    /// very result `evaluate` gives it with the default `detail`. For a table evaluated with
    /// `detail: "verdicts"` that explains an obligation when asked. An `id` the rule set does
    /// not have throws `E0210` (with a did-you-mean).
    #[wasm_bindgen(unchecked_return_type = "ObligationResult")]
    pub fn explain(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Profile")] profile: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
        options: Option<ExplainOptionsArgument>,
    ) -> Result<JsValue, JsValue> {
        install_panic_hook();
        let id = string_argument(&id, "the obligation id")?;
        let options: ExplainOptions =
            options_object(options.map(JsValue::from), "{asOf: \"2024-06-30\"}")?;
        let name = options.name.as_deref().unwrap_or(DEFAULT_PROFILE_NAME);
        let evaluate_options =
            boundary::evaluate_options(options.as_of.as_deref(), None).map_err(|d| error(&d))?;
        let text = profile_text(&profile, name)?;
        let result = self
            .rules
            .explain_obligation(ProfileInput::text(name, &text), &id, &evaluate_options)
            .map_err(|d| error(&d))?;
        to_js(&result)
    }

    /// The profile's missing facts, those that could decide the most `unknown` verdicts
    /// first (`lexpact/questions/v1`, the very JSON of `lexpact questions --format json`):
    /// each with the schema's description, type and allowed values, and the obligations it
    /// bears on. The whole call is bounded by `max_evaluation_steps` (`E0305`).
    #[wasm_bindgen(unchecked_return_type = "Questions")]
    pub fn questions(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Profile")] profile: JsValue,
        options: Option<QuestionsOptionsArgument>,
    ) -> Result<JsValue, JsValue> {
        install_panic_hook();
        let options: QuestionsOptions =
            options_object(options.map(JsValue::from), "{asOf: \"2024-06-30\"}")?;
        let name = options.name.as_deref().unwrap_or(DEFAULT_PROFILE_NAME);
        let evaluate_options =
            boundary::evaluate_options(options.as_of.as_deref(), None).map_err(|d| error(&d))?;
        let text = profile_text(&profile, name)?;
        let questions = self
            .rules
            .questions(ProfileInput::text(name, &text), &evaluate_options)
            .map_err(|d| error(&d))?;
        let json = boundary::questions_json(&questions).map_err(|d| error(&d))?;
        js_sys::JSON::parse(&json).map_err(|_| {
            internal_error("the questions are not valid JSON; this is a bug in the package")
        })
    }

    /// Runs the `test` blocks written next to the rules.
    #[wasm_bindgen(unchecked_return_type = "TestRun")]
    pub fn test(&self) -> Result<JsValue, JsValue> {
        install_panic_hook();
        to_js(&self.rules.run_tests())
    }
}

/// What the language service module (`bindings/wasm-service`) needs of this crate, which it
/// links so as to export the whole API beside its own: the compiled rules of a `RuleSet` for its
/// renderers, and the error every function throws. Not exported to JavaScript.
impl JsRuleSet {
    pub fn rules(&self) -> &lexpact_core::RuleSet {
        &self.rules
    }
}

/// The `LexpactError` carrying these diagnostics, for the module that links this crate: so that
/// everything it throws is `instanceof` the one `LexpactError` class it exports.
pub fn lexpact_error(diagnostics: &Diagnostics) -> JsValue {
    error(diagnostics)
}

/// An options argument read as this crate reads its own (see `options_object`), for the module
/// that links this crate.
pub fn read_options<T: serde::de::DeserializeOwned + Default>(
    value: Option<JsValue>,
    example: &str,
) -> Result<T, JsValue> {
    options_object(value, example)
}

/// A JS value as JSON, `what` naming it in the error (`E0306`), for the module that links this
/// crate.
pub fn read_json(value: &JsValue, what: &str) -> Result<Json, JsValue> {
    from_js(value, what)
}

/// Checks rule files as an editor would, without building a rule set: every error and
/// warning (file, line, column, byte span, severity, code, message, help), or an empty list.
/// `options.limits` as for `RuleSet.compile`.
#[wasm_bindgen(unchecked_return_type = "Diagnostic[]")]
pub fn check(
    #[wasm_bindgen(unchecked_param_type = "SourceFile[]")] sources: JsValue,
    options: Option<CompileOptionsArgument>,
) -> Result<JsValue, JsValue> {
    install_panic_hook();
    let files = sources_from_js(&sources)?;
    let limits = compile_options_from_js(options)?.limits.unwrap_or_default();
    to_js(&lexpact_core::check(&files, limits))
}

/// The default limits, every one of them (`{ max_source_bytes: 4194304, max_depth: 32, … }`):
/// what `RuleSet.compile`, `RuleSet.library` and `check` use for the limits not given.
#[wasm_bindgen(js_name = defaultLimits, unchecked_return_type = "Required<Limits>")]
pub fn default_limits() -> Result<JsValue, JsValue> {
    install_panic_hook();
    to_js(&Limits::default())
}

/// Formats one rule file in the canonical style (comments kept). `name` (default
/// `rules.lex`) labels the diagnostics of a file that does not parse; `options.limits` as for
/// `RuleSet.compile` (`max_source_bytes` and `max_depth` bound the file, as when it is
/// compiled).
#[wasm_bindgen]
pub fn format(
    #[wasm_bindgen(unchecked_param_type = "string")] source: JsValue,
    name: Option<StringArgument>,
    options: Option<CompileOptionsArgument>,
) -> Result<String, JsValue> {
    install_panic_hook();
    let text = string_argument(&source, "the rule source")?;
    let name = match name
        .map(JsValue::from)
        .filter(|n| !n.is_undefined() && !n.is_null())
    {
        Some(n) => string_argument(&n, "the file name")?,
        None => DEFAULT_RULES_NAME.to_string(),
    };
    let limits = compile_options_from_js(options)?.limits.unwrap_or_default();
    lexpact_core::format_rules(&name, &text, &limits).map_err(|d| error(&d))
}

/// The libraries bundled with the engine, with their rule files.
#[wasm_bindgen(unchecked_return_type = "LibraryInfo[]")]
pub fn libraries() -> Result<JsValue, JsValue> {
    install_panic_hook();
    let list: Vec<LibraryInfo> = lexpact_core::library::LIBRARIES
        .iter()
        .map(|lib| LibraryInfo {
            name: lib.name.to_string(),
            description: lib.description.to_string(),
            files: lexpact_core::library::library_sources(lib)
                .into_iter()
                .map(|s| SourceFile {
                    name: s.name,
                    source: s.text,
                })
                .collect(),
        })
        .collect();
    to_js(&list)
}

/// The `LexpactError` carrying these diagnostics.
fn error(diagnostics: &Diagnostics) -> JsValue {
    let list = serde_json::to_string_pretty(&diagnostics.0)
        .ok()
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .unwrap_or_else(|| js_sys::Array::new().into());
    LexpactError::new(&diagnostics.to_string(), &list).into()
}

/// A `LexpactError` for an argument of the wrong type or shape (`E0306`).
fn argument_error(message: String) -> JsValue {
    error(&boundary::argument_error(message))
}

fn internal_error(message: &str) -> JsValue {
    error(&Diagnostics::single(Diagnostic::general(
        Severity::Error,
        lexpact_core::diagnostic::codes::INTERNAL,
        message,
        "",
    )))
}

/// A value as a plain JS object, through its JSON text.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| internal_error(&format!("a result cannot be written: {e}")))?;
    js_sys::JSON::parse(&text).map_err(|_| internal_error("a result is not valid JSON"))
}

/// A JS value as JSON (bounded: `serde_json` refuses nesting deeper than 128).
fn from_js(value: &JsValue, what: &str) -> Result<Json, JsValue> {
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| {
            argument_error(format!(
                "{what} cannot be read: it has no JSON form (a cycle, a BigInt, a function?)"
            ))
        })?;
    serde_json::from_str(&text).map_err(|e| argument_error(format!("{what} cannot be read: {e}")))
}

/// What kind of JS value this is, for messages.
fn kind(value: &JsValue) -> String {
    if value.is_null() {
        "null".to_string()
    } else if js_sys::Array::is_array(value) {
        "an array".to_string()
    } else {
        match value.js_typeof().as_string().as_deref() {
            Some("object") => "an object".to_string(),
            Some("undefined") => "undefined".to_string(),
            Some(other) => format!("a {other}"),
            None => "a value of unknown type".to_string(),
        }
    }
}

fn string_argument(value: &JsValue, what: &str) -> Result<String, JsValue> {
    value
        .as_string()
        .ok_or_else(|| argument_error(format!("{what} must be a string, not {}", kind(value))))
}

/// `[{name, source}]` as the core's sources.
fn sources_from_js(value: &JsValue) -> Result<Vec<Source>, JsValue> {
    if !js_sys::Array::is_array(value) {
        return Err(argument_error(format!(
            "the sources must be an array of {{name, source}} objects, not {}",
            kind(value)
        )));
    }
    let Json::Array(items) = from_js(value, "the sources")? else {
        return Err(argument_error("the sources must be an array".to_string()));
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let field = |key: &str| match item.get(key) {
                Some(Json::String(s)) => Ok(s.clone()),
                _ => Err(argument_error(format!(
                    "sources[{i}].{key} must be a string"
                ))),
            };
            Ok(Source::new(field("name")?, field("source")?))
        })
        .collect()
}

/// The options of `evaluate` and `evaluateJson`: the profile's name and the core's options.
fn options_from_js(
    value: Option<OptionsArgument>,
) -> Result<(String, lexpact_core::EvaluateOptions), JsValue> {
    let input: EvaluateOptionsInput =
        options_object(value.map(JsValue::from), "{asOf: \"2024-06-30\"}")?;
    let detail = boundary::detail_from_json(input.detail.as_ref()).map_err(|d| error(&d))?;
    let options =
        boundary::evaluate_options(input.as_of.as_deref(), Some(detail)).map_err(|d| error(&d))?;
    let name = input
        .name
        .unwrap_or_else(|| DEFAULT_PROFILE_NAME.to_string());
    Ok((name, options))
}

fn compile_options_from_js(
    value: Option<CompileOptionsArgument>,
) -> Result<CompileOptions, JsValue> {
    let input: CompileOptionsInput =
        options_object(value.map(JsValue::from), "{limits: {max_depth: 16}}")?;
    let limits = match input.limits {
        Some(json) => Some(boundary::limits_from_json(&json).map_err(|d| error(&d))?),
        None => None,
    };
    Ok(CompileOptions { limits })
}

/// An options argument: absent (`undefined`, `null`) gives the defaults; otherwise an object
/// whose fields are those of `T`, none other.
fn options_object<T: serde::de::DeserializeOwned + Default>(
    value: Option<JsValue>,
    example: &str,
) -> Result<T, JsValue> {
    let Some(value) = value.filter(|v| !v.is_undefined() && !v.is_null()) else {
        return Ok(T::default());
    };
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(argument_error(format!(
            "the options must be an object such as {example}, not {}",
            kind(&value)
        )));
    }
    let json = from_js(&value, "the options")?;
    serde_json::from_value(json).map_err(|e| argument_error(format!("the options: {e}")))
}

/// The profile as text: a string is JSON or YAML text, an object is written as JSON.
fn profile_text(profile: &JsValue, name: &str) -> Result<String, JsValue> {
    if let Some(text) = profile.as_string() {
        return Ok(text);
    }
    if !profile.is_object() {
        return Err(error(&Diagnostics::single(Diagnostic::general(
            Severity::Error,
            codes::PROFILE_SHAPE,
            format!(
                "a profile is an object or JSON / YAML text, not {}",
                kind(profile)
            ),
            name,
        ))));
    }
    js_sys::JSON::stringify(profile)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| {
            error(&Diagnostics::single(Diagnostic::general(
                Severity::Error,
                codes::PROFILE_SHAPE,
                "the profile has no JSON form (a cycle, a BigInt, a function?)",
                name,
            )))
        })
}
