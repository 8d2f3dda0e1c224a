//! The meaning of the Lexpact rule language: name resolution and checking against the profile
//! schema (`compile`), the compiled form (`ir`), three-valued evaluation (`eval`), the report
//! model (`report`), rule tests (`testing`) and the bundled libraries (`library`).
//!
//! Invariants:
//! - No input makes a public function panic: every failure is a `Diagnostics` value.
//! - A `RuleSet` is checked completely when it is built; evaluation never meets an unknown
//!   name, and its time is bounded by the expanded rule size times the profile size.
//! - The same rule set, profile and `as_of` give the same `Report`, field for field.
//! - The engine never reads the clock or the file system: dates and files come from the caller.

// No function over 100 lines (the threshold is in the workspace's `clippy.toml`).
#![deny(clippy::too_many_lines)]

pub mod catalogue;
mod compile;
pub mod coverage;
pub mod date;
pub mod diagnostic;
mod eval;
mod evaluate;
pub mod ir;
mod json;
pub mod library;
pub mod limits;
mod paths;
mod pointer;
pub mod profile;
pub mod report;
pub mod schema;
pub mod source;
pub mod testing;
pub mod types;

pub use catalogue::ObligationInfo;
pub use date::Date;
pub use diagnostic::{Diagnostic, Diagnostics, Severity};
pub use limits::Limits;
pub use report::{DeadlineStatus, Report, Verdict};
pub use source::{FileSet, Loader, NoFiles, Source};

use diagnostic::codes;

/// How much of the report an evaluation computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Detail {
    /// Everything: verdicts, deadlines, missing facts, the facts read and the explanations.
    #[default]
    Full,
    /// Verdicts, deadlines, exceptions, missing facts and warnings only: every result's `facts`
    /// and `explanation` are left empty. The other fields are those of `Full`, value for value;
    /// for callers that print only those (CSV, `--fail-on`, dashboards).
    Verdicts,
}

/// A checked, compiled rule set: build it once, evaluate it on many profiles.
#[derive(Debug, Clone)]
pub struct RuleSet {
    program: ir::Program,
    schema: Option<std::sync::Arc<schema::Schema>>,
    warnings: Vec<Diagnostic>,
    limits: Limits,
    /// How many nodes the path table has (`paths`): the size of an evaluation's table of the
    /// places found in a profile.
    paths: usize,
    /// The bundled library whose tests (`*_test.lex`) were left out of the compilation, to be
    /// compiled when the tests run.
    library_tests: Option<&'static str>,
    /// Obligations `only` left out: a profile's exception for one of them is not a misspelt id.
    left_out: Vec<String>,
}

impl RuleSet {
    /// Compiles rule files; `loader` is asked for the files they name (schema, test profiles).
    pub fn compile(sources: &[Source], loader: &dyn Loader) -> Result<RuleSet, Diagnostics> {
        RuleSet::compile_with(sources, loader, Limits::default())
    }

    pub fn compile_with(
        sources: &[Source],
        loader: &dyn Loader,
        limits: Limits,
    ) -> Result<RuleSet, Diagnostics> {
        let mut compiled = compile::compile(sources, loader, &library::bundled_schema, &limits)?;
        let paths = paths::number_paths(&mut compiled.program.obligations);
        Ok(RuleSet {
            program: compiled.program,
            schema: compiled.schema,
            warnings: compiled.warnings,
            limits,
            paths,
            library_tests: None,
            left_out: Vec::new(),
        })
    }

    /// Compiles files handed over in memory: `.lex` files are the rules, the others are the
    /// files they may name (see `FileSet`).
    pub fn compile_files(files: &[Source], limits: Limits) -> Result<RuleSet, Diagnostics> {
        let set = source::FileSet(files);
        RuleSet::compile_with(&set.rule_files(), &set, limits)
    }

    /// A bundled library by name (see `library::LIBRARIES`).
    pub fn library(name: &str) -> Result<RuleSet, Diagnostics> {
        RuleSet::library_with(name, &[], &NoFiles, Limits::default())
    }

    /// A bundled library extended with more rule files (e.g. a national team's).
    pub fn library_with(
        name: &str,
        extra: &[Source],
        loader: &dyn Loader,
        limits: Limits,
    ) -> Result<RuleSet, Diagnostics> {
        let Some(lib) = library::library(name) else {
            let names: Vec<&str> = library::LIBRARIES.iter().map(|l| l.name).collect();
            return Err(Diagnostics::single(
                Diagnostic::general(
                    Severity::Error,
                    codes::NO_RULES,
                    format!("no bundled library `{name}`"),
                    "",
                )
                .with_help(if names.is_empty() {
                    "this build bundles no library".to_string()
                } else {
                    format!("the bundled libraries are: {}", names.join(", "))
                }),
            ));
        };
        // The library's own tests are compiled only when they run (`run_tests`): loading it to
        // evaluate profiles reads half as much.
        let mut sources = library::library_rules(lib);
        sources.extend_from_slice(extra);
        let mut rules = RuleSet::compile_with(&sources, loader, limits)?;
        rules.library_tests = Some(lib.name);
        Ok(rules)
    }

    /// The same rule set restricted to the obligations named, in rule order (ids that name no
    /// obligation are ignored): a checklist on part of a library, or two engines compared on
    /// the same obligations. A profile's exception for an obligation left out is not reported
    /// as an unknown id.
    pub fn only(&self, ids: &[&str]) -> RuleSet {
        let mut subset = self.clone();
        let (kept, left_out) = std::mem::take(&mut subset.program.obligations)
            .into_iter()
            .partition(|o| ids.contains(&o.id()));
        subset.program.obligations = kept;
        subset.left_out.extend(
            left_out
                .into_iter()
                .map(|o: ir::Obligation| o.identity.id.clone()),
        );
        subset
    }

    pub fn program(&self) -> &ir::Program {
        &self.program
    }

    pub fn obligations(&self) -> &[ir::Obligation] {
        &self.program.obligations
    }

    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// The profile of one of the rule set's tests, as the test evaluates it.
    pub fn test_profile<'t>(&self, test: &'t ir::Test) -> std::borrow::Cow<'t, serde_json::Value> {
        test.profile.json(self.schema.as_deref())
    }

    /// Runs the rule set's `test` blocks: a bundled library's first (compiled now), then those
    /// of the files given with it.
    pub fn run_tests(&self) -> testing::TestRun {
        let own = testing::run(self);
        let Some(lib) = self.library_tests.and_then(library::library) else {
            return own;
        };
        let sources = library::library_sources(lib);
        let mut run = match RuleSet::compile_with(&sources, &NoFiles, self.limits) {
            Ok(with_tests) => testing::run(&with_tests),
            Err(diagnostics) => testing::TestRun::not_compiled(lib.name, &diagnostics),
        };
        run.append(own);
        run
    }
}

/// Parses a date written `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Option<Date> {
    text.parse().ok()
}

/// Parses an `as_of` date given by a caller, with a diagnostic when it is not a date.
pub fn parse_as_of(text: &str) -> Result<Date, Diagnostics> {
    parse_date(text).ok_or_else(|| {
        Diagnostics::single(Diagnostic::general(
            Severity::Error,
            codes::NO_AS_OF,
            format!("as of: \"{text}\" is not a date (YYYY-MM-DD)"),
            "",
        ))
    })
}

/// Checks files handed over in memory (see `FileSet`) as an editor would: every error and
/// warning, or an empty list when the files compile cleanly.
pub fn check(files: &[Source], limits: Limits) -> Vec<Diagnostic> {
    match RuleSet::compile_files(files, limits) {
        Ok(rules) => rules.warnings,
        Err(diagnostics) => diagnostics.0,
    }
}

/// Formats one rule file in the canonical style; a file that does not parse gives its
/// syntax error.
pub fn format_rules(name: &str, text: &str) -> Result<String, Diagnostics> {
    lexpact_grammar::format_source(text)
        .map_err(|e| Diagnostics::single(Diagnostic::from_syntax(&e, name, text)))
}
