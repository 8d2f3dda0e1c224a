//! `RuleSet`, the checked and compiled rules: building one (`compile`, `library`, `only`) and
//! what it holds (this file), evaluating profiles with it (`evaluate`, with the `options` of
//! an evaluation), listing its obligations as plain data (`catalogue`) and ranking a
//! profile's missing facts (`questions`).

mod catalogue;
mod evaluate;
mod layout;
mod options;
mod questions;

pub use options::{Detail, EvaluateOptions, ProfileInput, Validation};

use crate::diagnostic::{Diagnostic, Diagnostics, Severity, codes};
use crate::{
    Limits, Loader, NoFiles, Source, compile, ir, library, paths, schema, source, testing,
};

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
    /// The profile paths the obligations read: what an evaluation validates by default.
    read: paths::ReadPaths,
    /// The bundled library whose tests (`*_test.lex`) were left out of the compilation, to be
    /// compiled when the tests run.
    library_tests: Option<&'static str>,
    /// Obligations `only` left out: a profile's exception for one of them is not a misspelt id.
    left_out: Vec<String>,
    /// The obligations' groups and bullets, for the counts of every report.
    layout: layout::Layout,
}

impl RuleSet {
    /// Compiles rule files; `loader` is asked for the files they name (schema, test profiles).
    pub fn compile(sources: &[Source], loader: &dyn Loader) -> Result<RuleSet, Diagnostics> {
        RuleSet::compile_with(sources, loader, Limits::default())
    }

    /// `compile` under `limits`, which the rule set keeps and evaluates every profile under.
    pub fn compile_with(
        sources: &[Source],
        loader: &dyn Loader,
        limits: Limits,
    ) -> Result<RuleSet, Diagnostics> {
        let mut compiled = compile::compile(sources, loader, &library::bundled_schema, &limits)?;
        let paths = paths::number_paths(&mut compiled.program.obligations);
        let read = read_paths(&compiled.program.obligations, compiled.schema.as_deref());
        let layout = layout::Layout::of(&compiled.program.obligations);
        Ok(RuleSet {
            program: compiled.program,
            schema: compiled.schema,
            warnings: compiled.warnings,
            limits,
            paths,
            read,
            library_tests: None,
            left_out: Vec::new(),
            layout,
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
        // A subset reads less of a profile, and so validates less of it.
        subset.read = read_paths(&subset.program.obligations, subset.schema.as_deref());
        subset.layout = layout::Layout::of(&subset.program.obligations);
        subset.left_out.extend(
            left_out
                .into_iter()
                .map(|o: ir::Obligation| o.identity.id.clone()),
        );
        subset
    }

    /// The compiled rule set.
    pub fn program(&self) -> &ir::Program {
        &self.program
    }

    /// The obligations, in rule order (only those kept by `only`).
    pub fn obligations(&self) -> &[ir::Obligation] {
        &self.program.obligations
    }

    /// The warnings of the compilation (e.g. no schema named); the rule set compiled despite them.
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    /// The profile schema the rule set was checked against, if it names one.
    pub fn schema(&self) -> Option<&schema::Schema> {
        self.schema.as_deref()
    }

    /// The same schema, shared rather than copied (an editor keeps it past the rule set).
    pub fn shared_schema(&self) -> Option<std::sync::Arc<schema::Schema>> {
        self.schema.clone()
    }

    /// The limits the rule set was compiled under, and under which it evaluates every profile.
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
        if !library::BUNDLES_LIBRARY_TESTS {
            let mut run = testing::TestRun::not_bundled(lib.name);
            run.append(own);
            return run;
        }
        let sources = library::library_sources(lib);
        let mut run = match RuleSet::compile_with(&sources, &NoFiles, self.limits) {
            Ok(with_tests) => testing::run(&with_tests),
            Err(diagnostics) => testing::TestRun::not_compiled(lib.name, &diagnostics),
        };
        run.append(own);
        run
    }
}

/// The paths `obligations` read, resolved against the schema they were checked against.
fn read_paths(obligations: &[ir::Obligation], schema: Option<&schema::Schema>) -> paths::ReadPaths {
    let mut read = paths::ReadPaths::of(obligations);
    if let Some(schema) = schema {
        read.resolve(schema, schema.root());
    }
    read
}
