//! Lints for legal fidelity: rules that compile but may misstate the text they encode (a
//! vacuous `all`, an exception the text does not grant, a quote not found in the pinned text,
//! a deadline no one can tell was kept, …). Each lint has a stable code and a kebab-case name,
//! documented in `docs/language.md` ("Lints") with a bad and a good example.
//!
//! Lints read the syntax tree (quotes, chains, comments) or the compiled rule set (definitions
//! expanded, the schema), whichever states the lint more simply. A finding may be expected in
//! the rule file, as Rust's `#[expect]` works: `# lint: expect(CODE, reason = "…")` on the
//! lines just before an obligation, definition or clause (`expect.rs`).

mod catalogue;
mod conditions;
mod deadline;
mod definitions;
mod expect;
mod facts;
mod qualifiers;
mod quantifier;
mod quotes;
mod walk;

pub use catalogue::LINTS;

use lexpact_grammar::ast::{self, Item};
use lexpact_grammar::{ParseOptions, Span, parse_with};

use crate::diagnostic::{Diagnostic, Diagnostics, Severity};
use crate::{Limits, Loader, RuleSet, Source, library};

/// How much a lint's finding weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Likely a rule that misstates its text: `lexpact lint --deny warnings` fails on it.
    Warning,
    /// Worth knowing, never a failure (e.g. schema facts no obligation reads).
    Info,
}

impl Level {
    /// The level's name, as JSON output gives it.
    pub fn name(self) -> &'static str {
        match self {
            Level::Warning => "warning",
            Level::Info => "info",
        }
    }
}

/// One lint: its stable code, its name, its level and what it catches in one line.
#[derive(Debug, PartialEq, Eq)]
pub struct Lint {
    /// A stable code, e.g. `L0101`.
    pub code: &'static str,
    /// A kebab-case name, e.g. `vacuous-all`; an expectation may name a lint by either.
    pub name: &'static str,
    /// Its level.
    pub level: Level,
    /// What it catches, in one line.
    pub summary: &'static str,
}

/// What a lint found, located as any diagnostic (severity `Warning`, code the lint's code).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The lint that found it.
    pub lint: &'static Lint,
    /// Where and what, with a hint at a fix.
    pub diagnostic: Diagnostic,
}

/// Lints rule files. They must compile: otherwise the compilation's diagnostics come back as
/// the error. Findings are sorted by file (in the order given), then position.
pub fn lint(
    sources: &[Source],
    loader: &dyn Loader,
    limits: &Limits,
) -> Result<Vec<Finding>, Diagnostics> {
    let rules = RuleSet::compile_with(sources, loader, *limits)?;
    lint_compiled(sources, &rules, limits)
}

/// Lints a bundled library together with `extra` rule files (e.g. a national team's); the
/// library's test files are not linted. A build without the feature `library-comments` has
/// the library's comments emptied, its `# lint: expect` directives with them, so the findings
/// they allow show there.
pub fn lint_library(
    name: &str,
    extra: &[Source],
    loader: &dyn Loader,
    limits: &Limits,
) -> Result<Vec<Finding>, Diagnostics> {
    let rules = RuleSet::library_with(name, extra, loader, *limits)?;
    let mut sources = library::library(name)
        .map(library::library_rules)
        .unwrap_or_default();
    sources.extend_from_slice(extra);
    lint_compiled(&sources, &rules, limits)
}

/// Lints rule files that `rules` was compiled from (an editor compiles them for its own
/// diagnostics first): the same findings as [`lint`], without compiling a second time.
pub fn lint_rules(
    sources: &[Source],
    rules: &RuleSet,
    limits: &Limits,
) -> Result<Vec<Finding>, Diagnostics> {
    lint_compiled(sources, rules, limits)
}

/// One rule file, parsed.
pub(crate) struct Parsed<'a> {
    pub source: &'a Source,
    pub file: ast::File,
}

impl Parsed<'_> {
    /// The obligations of the file.
    pub fn obligations(&self) -> impl Iterator<Item = &ast::Obligation> {
        self.file.items.iter().filter_map(|item| match item {
            Item::Obligation(o) => Some(o),
            _ => None,
        })
    }

    /// The definitions of the file.
    pub fn definitions(&self) -> impl Iterator<Item = &ast::Definition> {
        self.file.items.iter().filter_map(|item| match item {
            Item::Define(d) => Some(d),
            _ => None,
        })
    }
}

/// What every lint reads: the files parsed, the compiled rule set, and the library whose
/// pinned text the rules quote, if any.
pub(crate) struct Context<'a> {
    pub files: Vec<Parsed<'a>>,
    pub rules: &'a RuleSet,
    pub findings: Vec<Finding>,
}

impl Context<'_> {
    /// Records a finding of `lint` at `span` of `file`.
    pub fn report(
        &mut self,
        lint: &'static Lint,
        file: usize,
        span: Span,
        message: String,
        help: Option<String>,
    ) {
        let Some(parsed) = self.files.get(file) else {
            return;
        };
        let mut diagnostic = Diagnostic::at(
            Severity::Warning,
            lint.code,
            message,
            &parsed.source.name,
            &parsed.source.text,
            span,
        );
        diagnostic.help = help;
        self.findings.push(Finding { lint, diagnostic });
    }
}

fn lint_compiled(
    sources: &[Source],
    rules: &RuleSet,
    limits: &Limits,
) -> Result<Vec<Finding>, Diagnostics> {
    let options = ParseOptions {
        max_source_bytes: limits.max_source_bytes,
        max_depth: limits.max_depth,
    };
    let mut files = Vec::with_capacity(sources.len());
    for source in sources {
        // The rule set compiled, so every file parses; a failure here is still reported, not
        // assumed away.
        let file = parse_with(&source.text, &options).map_err(|e| {
            Diagnostics::single(Diagnostic::from_syntax(&e, &source.name, &source.text))
        })?;
        files.push(Parsed { source, file });
    }
    let mut cx = Context {
        files,
        rules,
        findings: Vec::new(),
    };
    quantifier::check(&mut cx);
    qualifiers::check(&mut cx);
    quotes::check(&mut cx);
    deadline::check(&mut cx);
    conditions::check(&mut cx);
    facts::check(&mut cx);
    definitions::check(&mut cx);
    expect::apply(&mut cx);
    let order: Vec<&str> = cx.files.iter().map(|p| p.source.name.as_str()).collect();
    let mut findings = cx.findings;
    findings.sort_by(|a, b| {
        let file = |f: &Finding| order.iter().position(|n| *n == f.diagnostic.file);
        (
            file(a),
            a.diagnostic.span.start,
            a.lint.code,
            &a.diagnostic.message,
        )
            .cmp(&(
                file(b),
                b.diagnostic.span.start,
                b.lint.code,
                &b.diagnostic.message,
            ))
    });
    Ok(findings)
}
