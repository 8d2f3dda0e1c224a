//! The files an editor has open or a rule set holds, as text, with their limits.

use std::collections::BTreeMap;

use lexpact_core::{Limits, Source, library};

/// A set of files that form one rule set: its `.lex` rule files and the files they may name
/// (a schema, a test's profile), plus the profile inlay hints evaluate on, if one is chosen.
#[derive(Debug, Clone, Default)]
pub struct Workspace {
    files: BTreeMap<String, String>,
    limits: Limits,
    profile: Option<Source>,
}

impl Workspace {
    /// An empty workspace under `limits`.
    pub fn new(limits: Limits) -> Self {
        Workspace {
            files: BTreeMap::new(),
            limits,
            profile: None,
        }
    }

    /// The bundled library named `name`, its tests included, as a workspace (files named
    /// `rio/c1.lex`, …); `None` when this build has no such library.
    pub fn library(name: &str, limits: Limits) -> Option<Self> {
        let lib = library::library(name)?;
        let mut workspace = Workspace::new(limits);
        for source in library::library_sources(lib) {
            workspace.set_file(source.name, source.text);
        }
        Some(workspace)
    }

    /// Adds a file or replaces its whole text.
    pub fn set_file(&mut self, name: impl Into<String>, text: impl Into<String>) {
        self.files.insert(name.into(), text.into());
    }

    /// Removes a file; nothing happens when there is none of that name.
    pub fn remove_file(&mut self, name: &str) {
        self.files.remove(name);
    }

    /// Replaces the bytes `start..end` of a file's text with `text` (an editor's incremental
    /// change). `Err` when there is no such file or the range is not on character boundaries
    /// within the text, so that a client out of step is told rather than corrupting the text.
    pub fn edit(&mut self, name: &str, start: usize, end: usize, text: &str) -> Result<(), String> {
        let Some(current) = self.files.get_mut(name) else {
            return Err(format!("no open file `{name}`"));
        };
        if start > end
            || end > current.len()
            || !current.is_char_boundary(start)
            || !current.is_char_boundary(end)
        {
            return Err(format!(
                "the range {start}..{end} is not within the {} bytes of `{name}`",
                current.len()
            ));
        }
        current.replace_range(start..end, text);
        Ok(())
    }

    /// The text of a file, if the workspace has it.
    pub fn file(&self, name: &str) -> Option<&str> {
        self.files.get(name).map(String::as_str)
    }

    /// Every file, by name in order.
    pub fn files(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files.iter().map(|(n, t)| (n.as_str(), t.as_str()))
    }

    /// Every file as a `Source`, by name in order.
    pub fn sources(&self) -> Vec<Source> {
        self.files
            .iter()
            .map(|(name, text)| Source::new(name.clone(), text.clone()))
            .collect()
    }

    /// The limits every analysis of the workspace works under.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Chooses the profile inlay hints show verdicts on (`None` for none).
    pub fn set_profile(&mut self, profile: Option<Source>) {
        self.profile = profile;
    }

    /// The profile inlay hints show verdicts on, if one is chosen.
    pub fn profile(&self) -> Option<&Source> {
        self.profile.as_ref()
    }
}
