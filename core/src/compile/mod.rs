//! From parsed rule files to a checked `ir::Program`: collects the declarations of every
//! file (`definitions.rs`), resolves the schema, rejects duplicates and definition cycles,
//! measures each definition's expansion (`expansion.rs`), then lowers each obligation and test
//! (`expr.rs`, `clauses.rs`, `test_blocks.rs`). Every problem becomes a
//! diagnostic; compilation fails if any is an error.

mod clauses;
mod cycles;
mod definitions;
mod expansion;
mod expr;
mod fields;
mod interned;
mod location;
mod metadata;
mod scope;
mod test_blocks;
mod test_profile;
mod typing;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, OnceLock};

use lexpact_grammar::ast::{self, Item};
use lexpact_grammar::{ParseOptions, Span, parse_with};

use crate::diagnostic::{Diagnostic, Diagnostics, Severity, codes};
use crate::ir::{Location, Program};
use crate::limits::Limits;
use crate::schema::Schema;
use crate::source::{Loader, Source, join_relative};

/// A parsed rule file, borrowing its name and text from the sources (a library's text is
/// large: copying it would be a good part of a compile).
pub(crate) struct ParsedFile<'s> {
    pub name: &'s str,
    pub text: &'s str,
    pub ast: ast::File,
    /// Finds lines and columns from the last location asked for, without rescanning the
    /// text (a library has hundreds of obligations and tests, each recording its location).
    pub lines: location::LineCursor,
}

/// A definition and the file it stands in.
pub(crate) struct DefInfo<'a> {
    pub def: &'a ast::Definition,
    pub file: usize,
}

/// Shared, read-only facts about the rule set, plus the diagnostics being collected.
pub(crate) struct Context<'a> {
    pub files: &'a [ParsedFile<'a>],
    pub defs: BTreeMap<&'a str, DefInfo<'a>>,
    pub schema: Option<&'a Schema>,
    pub limits: &'a Limits,
    pub diagnostics: Vec<Diagnostic>,
    /// Definitions on a cycle (already reported as `E0206`): their uses are not expanded.
    pub cyclic: std::collections::BTreeSet<String>,
    /// What each definition without parameters gives, once its body is checked on its own
    /// (`None` if it has an error): checking another body that uses it needs no expansion.
    pub checked_definitions: BTreeMap<&'a str, Option<Checked>>,
    /// Nodes expanded so far in the whole rule set (obligations, and definitions checked on
    /// their own), against `max_expanded_nodes`: many rules each under the limit must not add
    /// up to unbounded work.
    pub expanded_nodes: usize,
    /// The rule set's total went over `max_expanded_nodes` (reported once): nothing more is
    /// expanded.
    pub expansion_exhausted: bool,
    /// Labels and fact paths already made.
    pub interned: interned::Interned<'a>,
}

impl Context<'_> {
    /// Adds `nodes` to the rule set's expanded total; `false`, with one error at `span` of
    /// `file` the first time, once the total is over `max_expanded_nodes`.
    pub(crate) fn spend_expansion(&mut self, nodes: usize, file: usize, span: Span) -> bool {
        if self.expansion_exhausted {
            return false;
        }
        self.expanded_nodes = self.expanded_nodes.saturating_add(nodes);
        if self.expanded_nodes <= self.limits.max_expanded_nodes {
            return true;
        }
        self.expansion_exhausted = true;
        let (message, help) = expansion::too_many_nodes(self.limits, "the rule set");
        let refusal = self.err(file, codes::TOO_LARGE, message, span);
        self.push(refusal.with_help(help));
        false
    }
}

/// The type of a checked expression and the schema node it reads, if a fact.
#[derive(Clone)]
pub(crate) struct Checked {
    pub ty: crate::types::Ty,
    pub node: Option<crate::schema::NodeId>,
}

impl Context<'_> {
    /// An error at `span` of file `file`, not yet recorded: `push` it.
    pub fn err(
        &self,
        file: usize,
        code: &str,
        message: impl Into<String>,
        span: Span,
    ) -> Diagnostic {
        self.diagnostic(file, Severity::Error, code, message, span)
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    pub fn diagnostic(
        &self,
        file: usize,
        severity: Severity,
        code: &str,
        message: impl Into<String>,
        span: Span,
    ) -> Diagnostic {
        match self.files.get(file) {
            Some(f) => Diagnostic::at(severity, code, message, f.name, f.text, span),
            None => Diagnostic::general(severity, code, message, ""),
        }
    }

    /// Where `span` starts: the same line and column as a diagnostic there (1-based, the
    /// column in characters), found from the file's line index.
    pub fn location(&self, file: usize, span: Span) -> Location {
        let Some(f) = self.files.get(file) else {
            let d = self.diagnostic(file, Severity::Error, "", "", span);
            return Location {
                file: d.file,
                line: d.line,
                column: d.column,
                span: d.span,
            };
        };
        let (line, column) = f.lines.line_col(f.text, span.start);
        Location {
            file: f.name.to_string(),
            line,
            column,
            span: crate::diagnostic::DiagnosticSpan {
                start: span.start,
                end: span.end,
            },
        }
    }

    /// The line of `location`, without the rest (an expectation records only its line).
    pub fn line(&self, file: usize, span: Span) -> usize {
        match self.files.get(file) {
            Some(f) => f.lines.line_col(f.text, span.start).0,
            None => self.location(file, span).line,
        }
    }

    pub fn text(&self, file: usize, span: Span) -> &str {
        self.files
            .get(file)
            .and_then(|f| f.text.get(span.start..span.end))
            .unwrap_or_default()
    }
}

/// A compiled rule set and the warnings found on the way.
pub struct Compiled {
    pub program: Program,
    pub schema: Option<Arc<Schema>>,
    pub warnings: Vec<Diagnostic>,
}

/// Parses and checks `sources` as one rule set. `bundled_schema` resolves a schema name
/// (`lexpact/legal-profile/v1`) to its text before `loader` is asked for a file.
pub fn compile(
    sources: &[Source],
    loader: &dyn Loader,
    bundled_schema: &dyn Fn(&str) -> Option<&'static str>,
    limits: &Limits,
) -> Result<Compiled, Diagnostics> {
    if sources.is_empty() {
        return Err(Diagnostics::single(Diagnostic::general(
            Severity::Error,
            codes::NO_RULES,
            "no rule files were given",
            "",
        )));
    }
    if let Err(message) = limits.check() {
        return Err(Diagnostics::single(Diagnostic::general(
            Severity::Error,
            codes::ARGUMENT,
            message,
            "",
        )));
    }
    if sources.len() > limits.max_files {
        return Err(Diagnostics::single(Diagnostic::general(
            Severity::Error,
            codes::TOO_LARGE,
            format!(
                "{} rule files is more than the limit of {} (max_files)",
                sources.len(),
                limits.max_files
            ),
            "",
        )));
    }
    let options = ParseOptions {
        max_source_bytes: limits.max_source_bytes,
        max_depth: limits.max_depth,
    };
    let mut diagnostics = Vec::new();
    let mut files = Vec::new();
    for source in sources {
        match parse_with(&source.text, &options) {
            Ok(ast) => files.push(ParsedFile {
                name: &source.name,
                text: &source.text,
                ast,
                lines: location::LineCursor::default(),
            }),
            Err(e) => diagnostics.push(Diagnostic::from_syntax(&e, &source.name, &source.text)),
        }
    }
    if !diagnostics.is_empty() {
        return Err(Diagnostics(diagnostics));
    }

    let (schema, schema_name, schema_diags) = resolve_schema(&files, loader, bundled_schema);
    // Before the checker borrows the files: a test keeps its inline data without a copy.
    let mut inline = test_profile::InlineProfiles::take_from(&mut files);
    diagnostics.extend(schema_diags);

    let mut cx = Context {
        files: &files,
        defs: BTreeMap::new(),
        schema: schema.as_deref(),
        limits,
        diagnostics,
        cyclic: std::collections::BTreeSet::new(),
        checked_definitions: BTreeMap::new(),
        expanded_nodes: 0,
        expansion_exhausted: false,
        interned: interned::Interned::for_source(files.iter().map(|f| f.text.len()).sum()),
    };
    let (name, version) = ruleset_header(&mut cx);
    definitions::collect(&mut cx);
    cycles::check(&mut cx);
    let expansion = expansion::Expansion::new(&cx);
    definitions::check_bodies(&mut cx, &expansion);
    let obligations = clauses::lower_obligations(&mut cx, &expansion);
    let tests = test_blocks::lower_tests(&mut cx, &obligations, loader, &mut inline);

    if schema.is_none() && schema_name.is_none() {
        let first = files.first().map(|f| f.name).unwrap_or_default();
        cx.diagnostics.push(
            Diagnostic::general(
                Severity::Warning,
                codes::NO_SCHEMA,
                "the rule set names no schema: paths and types are not checked before evaluation",
                first,
            )
            .with_help(
                "add `schema \"lexpact/legal-profile/v1\"` or `schema \"file.schema.json\"`",
            ),
        );
    }
    let mut diagnostics = dedup(std::mem::take(&mut cx.diagnostics));
    if diagnostics.iter().any(Diagnostic::is_error) {
        diagnostics.retain(Diagnostic::is_error);
        return Err(Diagnostics(diagnostics));
    }
    Ok(Compiled {
        program: Program {
            name,
            version,
            schema: schema_name,
            obligations,
            tests,
        },
        schema,
        warnings: diagnostics,
    })
}

/// The same error reached through several uses of a definition is reported once.
fn dedup(mut list: Vec<Diagnostic>) -> Vec<Diagnostic> {
    list.sort_by(|a, b| {
        (&a.file, a.span.start, a.span.end, &a.code).cmp(&(
            &b.file,
            b.span.start,
            b.span.end,
            &b.code,
        ))
    });
    list.dedup_by(|a, b| a.file == b.file && a.span == b.span && a.code == b.code);
    list
}

fn ruleset_header(cx: &mut Context<'_>) -> (String, String) {
    let mut found: Option<(String, String)> = None;
    for (index, file) in cx.files.iter().enumerate() {
        for item in &file.ast.items {
            if let Item::Ruleset(decl) = item {
                if found.is_some() {
                    cx.push(
                        cx.err(
                            index,
                            codes::DUPLICATE,
                            "a rule set has one `ruleset` declaration",
                            decl.span,
                        )
                        .with_help("remove this one, or load the files as separate rule sets"),
                    );
                } else {
                    let version = decl
                        .version
                        .as_ref()
                        .map(|v| v.value.clone())
                        .unwrap_or_default();
                    found = Some((decl.name.value.clone(), version));
                }
            }
        }
    }
    found.unwrap_or_else(|| {
        let name = cx
            .files
            .first()
            .map(|f| {
                f.name
                    .rsplit('/')
                    .next()
                    .unwrap_or(f.name)
                    .trim_end_matches(".lex")
                    .to_string()
            })
            .unwrap_or_default();
        (name, String::new())
    })
}

/// Finds the one schema the files name, loads and reads it.
fn resolve_schema(
    files: &[ParsedFile],
    loader: &dyn Loader,
    bundled: &dyn Fn(&str) -> Option<&'static str>,
) -> (Option<Arc<Schema>>, Option<String>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut chosen: Option<(String, usize, Span)> = None;
    for (index, file) in files.iter().enumerate() {
        for item in &file.ast.items {
            let Item::Schema(decl) = item else { continue };
            let target = &decl.target.value;
            let resolved = if bundled(target).is_some() {
                target.clone()
            } else {
                join_relative(file.name, target)
            };
            match &chosen {
                None => chosen = Some((resolved, index, decl.target.span)),
                Some((existing, _, _)) if *existing == resolved => {}
                Some((existing, _, _)) => diagnostics.push(
                    Diagnostic::at(
                        Severity::Error,
                        codes::SCHEMA,
                        format!("this file names schema `{resolved}`, another names `{existing}`"),
                        file.name,
                        file.text,
                        decl.target.span,
                    )
                    .with_help("all files of a rule set are checked against one schema"),
                ),
            }
        }
    }
    let Some((name, file_index, span)) = chosen else {
        return (None, None, diagnostics);
    };
    let at = |message: String| {
        let (file, text) = files
            .get(file_index)
            .map(|f| (f.name, f.text))
            .unwrap_or_default();
        Diagnostic::at(Severity::Error, codes::SCHEMA, message, file, text, span)
    };
    if let Some(text) = bundled(&name) {
        return match bundled_parsed(&name, text) {
            Ok(schema) => (Some(schema), Some(name), diagnostics),
            Err(e) => {
                diagnostics.push(at(format!("schema `{name}`: {e}")));
                (None, Some(name), diagnostics)
            }
        };
    }
    let text = match loader.load(&name) {
        Ok(text) => text,
        Err(e) => {
            diagnostics.push(at(format!("cannot read schema `{name}`: {e}")));
            return (None, Some(name), diagnostics);
        }
    };
    match Schema::from_json(&name, &text) {
        Ok(schema) => (Some(Arc::new(schema)), Some(name), diagnostics),
        Err(e) => {
            diagnostics.push(at(format!("schema `{name}`: {e}")));
            (None, Some(name), diagnostics)
        }
    }
}

/// A bundled schema read once per process: its text never changes, and reading 125 KB of JSON
/// Schema would otherwise be a large part of every compile.
pub(crate) fn bundled_parsed(name: &str, text: &'static str) -> Result<Arc<Schema>, String> {
    type Cache = Mutex<Vec<(&'static str, Arc<Schema>)>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(Vec::new()));
    // A poisoned lock only means another thread panicked while holding it; the list it
    // guards is still whole (entries are pushed complete).
    let mut entries = cache
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((_, schema)) = entries.iter().find(|(t, _)| std::ptr::eq(*t, text)) {
        return Ok(Arc::clone(schema));
    }
    let schema = Arc::new(Schema::from_json(name, text)?);
    entries.push((text, Arc::clone(&schema)));
    Ok(schema)
}
