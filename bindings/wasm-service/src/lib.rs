//! The language service of Lexpact in WebAssembly: the module `lexpact/service` of the npm
//! package `lexpact`, loaded on demand beside the evaluation module, which it leaves as it is.
//!
//! This crate holds no logic of its own. A `LanguageService` holds a `lexpact_service`
//! workspace and the analysis of its current text, made once after a change and reused by every
//! question until the next change. Offsets cross the boundary in UTF-16 code units, as
//! JavaScript strings index them: `WorkspaceOffsets` (in the service) converts them to the
//! service's byte offsets and its answers back. Answers are plain JS objects (their JSON
//! text, parsed), typed by the declarations below.
//!
//! The module also exports the whole evaluation API of `lexpact-wasm`, which it links (its
//! `#[wasm_bindgen]` exports come along): a page that edits rules and evaluates profiles loads
//! this one module. Everything it throws is a `LexpactError` of that crate, carrying the
//! engine's diagnostics.

use std::cell::OnceCell;

use lexpact_core::{Limits, Source, boundary};
use lexpact_service::{Analysis, Reposition, Utf16Offsets, Workspace, WorkspaceOffsets};
use serde::Serialize;
use serde_json::Value as Json;
use wasm_bindgen::prelude::*;

mod profile;

#[wasm_bindgen(typescript_custom_section)]
const TYPES_TS: &str = r#"
/** A range of a file, in UTF-16 offsets (JavaScript string indices), end excluded. */
export interface FileSpan { file: string; start: number; end: number; }

/** A diagnostic of the engine; `span` in UTF-16 offsets of `file`. */
export interface ServiceDiagnostic {
  severity: "error" | "warning";
  code: string;
  message: string;
  file: string;
  /** 1-based; 0 when the diagnostic has no position. */
  line: number;
  /** 1-based, in characters; 0 when the diagnostic has no position. */
  column: number;
  span: { start: number; end: number };
  help?: string;
}

export interface EditorDiagnostic {
  level: "error" | "warning" | "info";
  diagnostic: ServiceDiagnostic;
  /** Unused code (editors fade it). */
  unnecessary: boolean;
}

/** Every rule file is listed, with no diagnostics when it has none. */
export interface FileDiagnostics { file: string; diagnostics: EditorDiagnostic[]; }

export interface Hover { start: number; end: number; markdown: string; }

export type CompletionKind = "field" | "fact" | "enum_value" | "definition" | "obligation" | "keyword";

export interface Completion {
  label: string;
  kind: CompletionKind;
  detail: string | null;
  /** Markdown. */
  documentation: string | null;
  insert: string;
  /** The text the insertion replaces: the word typed so far. */
  replace_start: number;
  replace_end: number;
}

export type SymbolKind = "ruleset" | "schema" | "definition" | "obligation" | "test" | "clause";

/** A declaration, for outlines (`documentSymbols`) and search (`workspaceSymbols`). */
export interface DocumentSymbol {
  name: string;
  kind: SymbolKind;
  detail: string | null;
  file: string;
  start: number;
  end: number;
  name_start: number;
  name_end: number;
  children: DocumentSymbol[];
}

export interface Fold { start: number; end: number; kind: "region" | "comment"; }

/** Replace `start..end` of `file` with `new_text`. Apply a list of edits from the last. */
export interface TextEdit { file: string; start: number; end: number; new_text: string; }

export interface CodeAction {
  title: string;
  /** The code of the diagnostic it fixes. */
  fixes: string | null;
  edits: TextEdit[];
  preferred: boolean;
}

export type TokenKind = "keyword" | "comment" | "string" | "number" | "operator" | "property"
  | "function" | "parameter" | "enum_member" | "namespace";

export interface SemanticToken { start: number; end: number; kind: TokenKind; declaration: boolean; }

export interface InlayHint { offset: number; label: string; tooltip: string | null; }

export interface CodeLens {
  start: number;
  end: number;
  command: { title: string; name: string; arguments: unknown[] };
}

export interface TestOutcome { passed: number; failed: number; failures: string[]; }

export interface ServiceOptions {
  /** Limits of the engine by name, e.g. `{ max_depth: 16 }`; the others keep their defaults. */
  limits?: Record<string, number>;
}
"#;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "ServiceOptions")]
    pub type ServiceOptionsArgument;
}

/// Turns a panic, which the service is written never to reach, into a thrown `Error` rather
/// than an `unreachable` trap.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            wasm_bindgen::throw_val(internal(&format!(
                "internal error in the Lexpact language service: {info}"
            )));
        }));
    });
}

/// The analysis of the workspace as it is, with its files' offsets.
struct Snapshot {
    analysis: Analysis,
    offsets: WorkspaceOffsets,
    /// The JSON of the diagnostics, UTF-16 offsets: an editor asks for them after each change
    /// and again on other events, and the lints are the costly part.
    diagnostics: OnceCell<String>,
}

/// A set of rule files open in an editor, and what the language service says about them.
#[wasm_bindgen]
pub struct LanguageService {
    workspace: Workspace,
    snapshot: Option<Snapshot>,
}

#[wasm_bindgen]
impl LanguageService {
    /// An empty workspace; `options.limits` replaces some of the engine's default limits.
    #[wasm_bindgen(constructor)]
    pub fn new(options: Option<ServiceOptionsArgument>) -> Result<LanguageService, JsValue> {
        install_panic_hook();
        Ok(LanguageService::of(Workspace::new(limits_option(options)?)))
    }

    /// A bundled library's rule files (`rio/c1.lex`, …) as a workspace, e.g. `"rio"`.
    pub fn library(
        name: &str,
        options: Option<ServiceOptionsArgument>,
    ) -> Result<LanguageService, JsValue> {
        install_panic_hook();
        let limits = limits_option(options)?;
        Workspace::library(name, limits)
            .map(LanguageService::of)
            .ok_or_else(|| {
                let names: Vec<&str> = lexpact_core::library::LIBRARIES
                    .iter()
                    .map(|l| l.name)
                    .collect();
                argument(&format!(
                    "no bundled library `{name}`; there are {}",
                    names.join(", ")
                ))
            })
    }

    /// The names of the workspace's files, in order.
    pub fn files(&self) -> Vec<String> {
        self.workspace.files().map(|(n, _)| n.to_string()).collect()
    }

    /// A file's text, or `undefined`.
    pub fn text(&self, name: &str) -> Option<String> {
        self.workspace.file(name).map(str::to_string)
    }

    /// Adds a file or replaces its whole text: `.lex` files are the rules, others (a schema,
    /// a test profile) are served to the rules under their name.
    #[wasm_bindgen(js_name = setFile)]
    pub fn set_file(&mut self, name: &str, text: &str) {
        self.workspace.set_file(name, text);
        self.snapshot = None;
    }

    /// Removes a file (nothing happens when there is none).
    #[wasm_bindgen(js_name = removeFile)]
    pub fn remove_file(&mut self, name: &str) {
        self.workspace.remove_file(name);
        self.snapshot = None;
    }

    /// Replaces `from..to` (UTF-16 offsets) of a file's text with `text`, as an editor's
    /// change; throws when there is no such file or the range is not within its text.
    pub fn edit(&mut self, name: &str, from: usize, to: usize, text: &str) -> Result<(), JsValue> {
        install_panic_hook();
        let Some(current) = self.workspace.file(name) else {
            return Err(argument(&format!("no open file `{name}`")));
        };
        let offsets = Utf16Offsets::new(current);
        if from > to || to > offsets.len_utf16() {
            return Err(argument(&format!(
                "the range {from}..{to} is not within the {} UTF-16 units of `{name}`",
                offsets.len_utf16()
            )));
        }
        let (start, end) = (offsets.to_byte(from), offsets.to_byte(to));
        self.workspace
            .edit(name, start, end, text)
            .map_err(|message| argument(&message))?;
        self.snapshot = None;
        Ok(())
    }

    /// Chooses the profile (JSON or YAML text; `name` ending in `.yaml` reads YAML) whose
    /// verdicts the inlay hints show; `null` for none.
    #[wasm_bindgen(js_name = setProfile)]
    pub fn set_profile(&mut self, name: &str, text: Option<String>) {
        let profile = text.map(|text| Source::new(name.to_string(), text));
        // The rules need not be compiled again for another profile.
        if let Some(s) = &mut self.snapshot {
            s.analysis.set_profile(profile.clone());
        }
        self.workspace.set_profile(profile);
    }

    /// The diagnostics of every rule file (errors, warnings, lints).
    #[wasm_bindgen(unchecked_return_type = "FileDiagnostics[]")]
    pub fn diagnostics(&mut self) -> Result<JsValue, JsValue> {
        let s = self.snapshot();
        let text = match s.diagnostics.get() {
            Some(text) => text,
            None => {
                let mut found = lexpact_service::diagnostics(&s.analysis);
                s.offsets.answer_in_utf16("", &mut found);
                let text = serde_json::to_string(&found)
                    .map_err(|e| internal(&format!("an answer cannot be written: {e}")))?;
                s.diagnostics.get_or_init(|| text)
            }
        };
        js_sys::JSON::parse(text).map_err(|_| internal("an answer is not valid JSON"))
    }

    /// What hovering at `offset` of `file` shows (markdown), or `null`.
    #[wasm_bindgen(unchecked_return_type = "Hover | null")]
    pub fn hover(&mut self, file: &str, offset: usize) -> Result<JsValue, JsValue> {
        let s = self.snapshot();
        let at = s.offsets.to_byte(file, offset);
        answer(s, file, lexpact_service::hover(&s.analysis, file, at))
    }

    /// The completions at `offset` of `file`.
    #[wasm_bindgen(unchecked_return_type = "Completion[]")]
    pub fn completion(&mut self, file: &str, offset: usize) -> Result<JsValue, JsValue> {
        let s = self.snapshot();
        let at = s.offsets.to_byte(file, offset);
        answer(s, file, lexpact_service::completion(&s.analysis, file, at))
    }

    /// Where the name at `offset` of `file` is declared.
    #[wasm_bindgen(unchecked_return_type = "FileSpan[]")]
    pub fn definition(&mut self, file: &str, offset: usize) -> Result<JsValue, JsValue> {
        let s = self.snapshot();
        let at = s.offsets.to_byte(file, offset);
        answer(s, file, lexpact_service::definition(&s.analysis, file, at))
    }

    /// Every use of the name at `offset` of `file`, its declaration included unless
    /// `includeDeclaration` is `false`.
    #[wasm_bindgen(unchecked_return_type = "FileSpan[]")]
    pub fn references(
        &mut self,
        file: &str,
        offset: usize,
        #[wasm_bindgen(js_name = includeDeclaration)] include_declaration: Option<bool>,
    ) -> Result<JsValue, JsValue> {
        let s = self.snapshot();
        let at = s.offsets.to_byte(file, offset);
        let found =
            lexpact_service::references(&s.analysis, file, at, include_declaration.unwrap_or(true));
        answer(s, file, found)
    }

    /// The declarations of `file`, nested.
    #[wasm_bindgen(js_name = documentSymbols, unchecked_return_type = "DocumentSymbol[]")]
    pub fn document_symbols(&mut self, file: &str) -> Result<JsValue, JsValue> {
        let s = self.snapshot();
        answer(
            s,
            file,
            lexpact_service::document_symbols(&s.analysis, file),
        )
    }

    /// The declarations of every file whose name contains `query`, or whose cite does.
    #[wasm_bindgen(js_name = workspaceSymbols, unchecked_return_type = "DocumentSymbol[]")]
    pub fn workspace_symbols(&mut self, query: &str) -> Result<JsValue, JsValue> {
        let s = self.snapshot();
        answer(
            s,
            "",
            lexpact_service::workspace_symbols(&s.analysis, query),
        )
    }

    /// The regions of `file` an editor can fold.
    #[wasm_bindgen(js_name = foldingRanges, unchecked_return_type = "Fold[]")]
    pub fn folding_ranges(&mut self, file: &str) -> Result<JsValue, JsValue> {
        let s = self.snapshot();
        answer(s, file, lexpact_service::folding_ranges(&s.analysis, file))
    }

    /// The edits that put `file` in the canonical style (none when it is); throws, with the
    /// diagnostics, when it does not parse.
    #[wasm_bindgen(unchecked_return_type = "TextEdit[]")]
    pub fn format(&mut self, file: &str) -> Result<JsValue, JsValue> {
        let s = self.snapshot();
        match lexpact_service::format(&s.analysis, file) {
            Ok(edits) => answer(s, file, edits),
            Err(diagnostics) => Err(lexpact_wasm::lexpact_error(&diagnostics)),
        }
    }

    /// The name at `offset` of `file` that can be renamed, or `null`.
    #[wasm_bindgen(js_name = prepareRename, unchecked_return_type = "FileSpan | null")]
    pub fn prepare_rename(&mut self, file: &str, offset: usize) -> Result<JsValue, JsValue> {
        let s = self.snapshot();
        let at = s.offsets.to_byte(file, offset);
        answer(
            s,
            file,
            lexpact_service::prepare_rename(&s.analysis, file, at),
        )
    }

    /// The edits that rename the name at `offset` of `file` everywhere; throws with the reason
    /// when it cannot be renamed so.
    #[wasm_bindgen(unchecked_return_type = "TextEdit[]")]
    pub fn rename(
        &mut self,
        file: &str,
        offset: usize,
        #[wasm_bindgen(js_name = newName)] new_name: &str,
    ) -> Result<JsValue, JsValue> {
        let s = self.snapshot();
        let at = s.offsets.to_byte(file, offset);
        match lexpact_service::rename(&s.analysis, file, at, new_name) {
            Ok(edits) => answer(s, file, edits),
            Err(message) => Err(argument(&message)),
        }
    }

    /// The fixes and changes offered for `from..to` of `file`.
    #[wasm_bindgen(js_name = codeActions, unchecked_return_type = "CodeAction[]")]
    pub fn code_actions(&mut self, file: &str, from: usize, to: usize) -> Result<JsValue, JsValue> {
        let s = self.snapshot();
        let (start, end) = (s.offsets.to_byte(file, from), s.offsets.to_byte(file, to));
        answer(
            s,
            file,
            lexpact_service::code_actions(&s.analysis, file, start, end),
        )
    }

    /// Every token of `file` with its meaning, in order.
    #[wasm_bindgen(js_name = semanticTokens, unchecked_return_type = "SemanticToken[]")]
    pub fn semantic_tokens(&mut self, file: &str) -> Result<JsValue, JsValue> {
        let s = self.snapshot();
        answer(s, file, lexpact_service::semantic_tokens(&s.analysis, file))
    }

    /// Each obligation's verdict on the chosen profile (`setProfile`), after its name.
    #[wasm_bindgen(js_name = inlayHints, unchecked_return_type = "InlayHint[]")]
    pub fn inlay_hints(&mut self, file: &str) -> Result<JsValue, JsValue> {
        let s = self.snapshot();
        answer(s, file, lexpact_service::inlay_hints(&s.analysis, file))
    }

    /// The "run tests" lenses of `file`.
    #[wasm_bindgen(js_name = codeLenses, unchecked_return_type = "CodeLens[]")]
    pub fn code_lenses(&mut self, file: &str) -> Result<JsValue, JsValue> {
        let s = self.snapshot();
        answer(s, file, lexpact_service::code_lenses(&s.analysis, file))
    }

    /// Runs the `test` blocks of `file`, or of every file.
    #[wasm_bindgen(js_name = runTests, unchecked_return_type = "TestOutcome")]
    pub fn run_tests(&mut self, file: Option<String>) -> Result<JsValue, JsValue> {
        let s = self.snapshot();
        to_js(&lexpact_service::run_tests(
            &s.analysis,
            file.as_deref(),
            None,
        ))
    }
}

impl LanguageService {
    fn of(workspace: Workspace) -> Self {
        LanguageService {
            workspace,
            snapshot: None,
        }
    }

    /// The analysis of the current text: made on the first question after a change.
    fn snapshot(&mut self) -> &Snapshot {
        install_panic_hook();
        let workspace = &self.workspace;
        self.snapshot.get_or_insert_with(|| Snapshot {
            analysis: Analysis::new(workspace),
            offsets: WorkspaceOffsets::new(workspace),
            diagnostics: OnceCell::new(),
        })
    }
}

/// An answer about `file`, its offsets in UTF-16, as a plain JS object.
fn answer<T: Reposition + Serialize>(
    snapshot: &Snapshot,
    file: &str,
    mut value: T,
) -> Result<JsValue, JsValue> {
    snapshot.offsets.answer_in_utf16(file, &mut value);
    to_js(&value)
}

/// A value as a plain JS object, through its JSON text.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    let text = serde_json::to_string(value)
        .map_err(|e| internal(&format!("an answer cannot be written: {e}")))?;
    js_sys::JSON::parse(&text).map_err(|_| internal("an answer is not valid JSON"))
}

/// A `LexpactError` for a request the service cannot answer as asked (`E0306`).
fn argument(message: &str) -> JsValue {
    lexpact_wasm::lexpact_error(&boundary::argument_error(message))
}

/// A `LexpactError` for a failure of the service itself (`E0900`).
fn internal(message: &str) -> JsValue {
    lexpact_wasm::lexpact_error(&boundary::internal_error(message))
}

/// The `limits` of the options, read as every binding reads them.
fn limits_option(options: Option<ServiceOptionsArgument>) -> Result<Limits, JsValue> {
    let Some(options) = options
        .map(JsValue::from)
        .filter(|v| !v.is_undefined() && !v.is_null())
    else {
        return Ok(Limits::default());
    };
    let text = js_sys::JSON::stringify(&options)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| argument("the options have no JSON form"))?;
    let json: Json = serde_json::from_str(&text)
        .map_err(|e| argument(&format!("the options cannot be read: {e}")))?;
    match json.get("limits") {
        None => Ok(Limits::default()),
        Some(limits) => {
            boundary::limits_from_json(limits).map_err(|d| lexpact_wasm::lexpact_error(&d))
        }
    }
}
