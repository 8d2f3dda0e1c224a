//! The profile's editor support: diagnostics, completion and hover for the profile chosen with
//! `setProfile` (or a file of the workspace), against the rule set's schema. Offsets cross the
//! boundary in UTF-16 code units of the profile's text, as for rule files.

use lexpact_service::{Reposition, Utf16Offsets};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{LanguageService, to_js};

#[wasm_bindgen]
impl LanguageService {
    /// The problems of the profile `name` (JSON or YAML): syntax, the schema's types, allowed
    /// values and dates, unknown keys with a did-you-mean, limits; each at its key or value.
    #[wasm_bindgen(js_name = profileDiagnostics, unchecked_return_type = "EditorDiagnostic[]")]
    pub fn profile_diagnostics(&mut self, name: &str) -> Result<JsValue, JsValue> {
        let s = self.snapshot();
        let found = lexpact_service::profile_diagnostics(&s.analysis, name);
        profile_answer(self, name, found)
    }

    /// The completions at `offset` of the JSON profile `name`: the keys the schema allows in
    /// the object there, or the values it allows for the key (enum values, `true`/`false`, a
    /// date, a fact's status).
    #[wasm_bindgen(js_name = profileCompletion, unchecked_return_type = "Completion[]")]
    pub fn profile_completion(&mut self, name: &str, offset: usize) -> Result<JsValue, JsValue> {
        let at = self.profile_byte(name, offset);
        let s = self.snapshot();
        let found = lexpact_service::profile_completion(&s.analysis, name, at);
        profile_answer(self, name, found)
    }

    /// What hovering at `offset` of the JSON profile `name` shows: the schema's description,
    /// type and allowed values of the key or value there, and the obligations reading a fact.
    #[wasm_bindgen(js_name = profileHover, unchecked_return_type = "Hover | null")]
    pub fn profile_hover(&mut self, name: &str, offset: usize) -> Result<JsValue, JsValue> {
        let at = self.profile_byte(name, offset);
        let s = self.snapshot();
        let found = lexpact_service::profile_hover(&s.analysis, name, at);
        profile_answer(self, name, found)
    }
}

impl LanguageService {
    /// The text of the profile `name`, as the service finds it.
    fn profile_text(&self, name: &str) -> Option<&str> {
        match self.workspace.profile() {
            Some(profile) if profile.name == name => Some(profile.text.as_str()),
            _ => self.workspace.file(name),
        }
    }

    /// UTF-16 `offset` of the profile `name` in bytes.
    fn profile_byte(&self, name: &str, offset: usize) -> usize {
        self.profile_text(name)
            .map_or(offset, |text| Utf16Offsets::new(text).to_byte(offset))
    }
}

/// An answer about the profile `name`, its offsets in UTF-16.
fn profile_answer<T: Reposition + Serialize>(
    service: &LanguageService,
    name: &str,
    mut value: T,
) -> Result<JsValue, JsValue> {
    if let Some(text) = service.profile_text(name) {
        let offsets = Utf16Offsets::new(text);
        value.reposition(name, &mut |_, offset| offsets.to_utf16(offset));
    }
    to_js(&value)
}
