//! One snapshot of a workspace, parsed and compiled once, that every question is answered on.

use std::sync::Arc;

use lexpact_core::schema::Schema;
use lexpact_core::{Diagnostics, Limits, RuleSet, Source, library};
use lexpact_grammar::{ParseOptions, SyntaxError, ast, parse_with};

use crate::line_index::{Encoding, LineIndex};
use crate::workspace::Workspace;

/// A rule file of the workspace, parsed on its own (so that the other files still answer when
/// one does not parse).
#[derive(Debug)]
pub struct ParsedFile {
    /// Its name in the workspace.
    pub name: String,
    /// Its text.
    pub text: String,
    /// Its syntax tree, or why it does not parse.
    pub ast: Result<ast::File, SyntaxError>,
    /// Where its lines start, columns in UTF-16 (the protocol's default).
    pub lines: LineIndex,
}

/// The workspace's files parsed and compiled, as they were when the analysis was made.
#[derive(Debug)]
pub struct Analysis {
    workspace: Workspace,
    files: Vec<ParsedFile>,
    compiled: Result<RuleSet, Diagnostics>,
    schema: Option<Arc<Schema>>,
}

impl Analysis {
    /// Parses every rule file and compiles them as one rule set, under the workspace's limits.
    pub fn new(workspace: &Workspace) -> Self {
        let limits = *workspace.limits();
        let options = ParseOptions {
            max_source_bytes: limits.max_source_bytes,
            max_depth: limits.max_depth,
        };
        let files: Vec<ParsedFile> = workspace
            .files()
            .filter(|(name, _)| name.ends_with(".lex"))
            .map(|(name, text)| ParsedFile {
                name: name.to_string(),
                text: text.to_string(),
                ast: parse_with(text, &options),
                lines: LineIndex::new(text, Encoding::Utf16),
            })
            .collect();
        let sources = workspace.sources();
        let compiled = RuleSet::compile_files(&sources, limits);
        let schema = match &compiled {
            Ok(rules) => rules.shared_schema(),
            Err(_) => named_schema(&files, &sources),
        };
        Analysis {
            workspace: workspace.clone(),
            files,
            compiled,
            schema,
        }
    }

    /// Chooses another profile (`Workspace::set_profile`) without analysing the files again:
    /// nothing parsed or compiled depends on the profile, and editing a profile should not
    /// compile the rules on every keystroke.
    pub fn set_profile(&mut self, profile: Option<Source>) {
        self.workspace.set_profile(profile);
    }

    /// The workspace the analysis was made of.
    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    /// The limits of the workspace.
    pub fn limits(&self) -> &Limits {
        self.workspace.limits()
    }

    /// Every rule file, by name in order.
    pub fn files(&self) -> &[ParsedFile] {
        &self.files
    }

    /// The rule file named `name`, if the workspace has it.
    pub fn file(&self, name: &str) -> Option<&ParsedFile> {
        self.files.iter().find(|f| f.name == name)
    }

    /// The compiled rule set, or the diagnostics that stop it compiling.
    pub fn compiled(&self) -> &Result<RuleSet, Diagnostics> {
        &self.compiled
    }

    /// The compiled rule set, when the files compile.
    pub fn rules(&self) -> Option<&RuleSet> {
        self.compiled.as_ref().ok()
    }

    /// The profile schema the rule files name, read even when they do not compile (so that
    /// completion works on half-typed input).
    pub fn schema(&self) -> Option<&Schema> {
        self.schema.as_deref()
    }

    /// The bundled library whose pinned text the rule set quotes: the one its `ruleset` header
    /// names, when that library has a pinned text (`lexpact_core::pinned`).
    pub fn pinned_library(&self) -> Option<&str> {
        self.files
            .iter()
            .filter_map(|f| f.ast.as_ref().ok())
            .flat_map(|ast| &ast.items)
            .find_map(|item| match item {
                ast::Item::Ruleset(decl) => Some(decl.name.value.as_str()),
                _ => None,
            })
            .filter(|name| lexpact_core::pinned::source_text(name).is_some())
    }
}

/// The schema a `schema` declaration of the parsed files names: a bundled one, or a file of the
/// workspace (its path relative to the declaring file).
fn named_schema(files: &[ParsedFile], sources: &[Source]) -> Option<Arc<Schema>> {
    let parsed = files.iter().find_map(|f| {
        f.ast
            .as_ref()
            .ok()?
            .items
            .iter()
            .find_map(|item| match item {
                ast::Item::Schema(decl) => Some((f.name.as_str(), decl.target.value.clone())),
                _ => None,
            })
    });
    // A file being typed does not parse: its `schema` line is read as text.
    let (file, target) = parsed.or_else(|| {
        files
            .iter()
            .find_map(|f| Some((f.name.as_str(), schema_line(&f.text)?)))
    })?;
    let target = target.as_str();
    if let Some(schema) = library::bundled_schema_parsed(target) {
        return Some(schema);
    }
    let path = lexpact_core::source::join_relative(file, target);
    let text = &sources.iter().find(|s| s.name == path)?.text;
    Schema::from_json(target, text).ok().map(Arc::new)
}

/// The target of a `schema "…"` line of a text that does not parse (a plain string only).
fn schema_line(text: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let rest = line
            .strip_prefix("schema")?
            .trim_start()
            .strip_prefix('"')?;
        let target = rest.get(..rest.find('"')?)?;
        (!target.contains('\\')).then(|| target.to_string())
    })
}
