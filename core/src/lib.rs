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

pub mod catalogue;
mod compile;
pub mod coverage;
pub mod date;
pub mod diagnostic;
mod eval;
pub mod ir;
pub mod library;
pub mod limits;
pub mod profile;
pub mod report;
pub mod schema;
pub mod source;
pub mod testing;
pub mod types;

use std::collections::BTreeMap;

use serde_json::Value as Json;

pub use catalogue::ObligationInfo;
pub use date::Date;
pub use diagnostic::{Diagnostic, Diagnostics, Severity};
pub use limits::Limits;
pub use report::{DeadlineStatus, Report, Verdict};
pub use source::{FileSet, Loader, NoFiles, Source};

use diagnostic::codes;
use report::{Counts, GroupSummary, ProfileInfo, RulesetInfo};

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
        let compiled = compile::compile(sources, loader, &library::bundled_schema, &limits)?;
        Ok(RuleSet {
            program: compiled.program,
            schema: compiled.schema,
            warnings: compiled.warnings,
            limits,
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
        let mut sources = library::library_sources(lib);
        sources.extend_from_slice(extra);
        RuleSet::compile_with(&sources, loader, limits)
    }

    /// The same rule set restricted to the obligations named, in rule order (ids that name no
    /// obligation are ignored): a checklist on part of a library, or two engines compared on
    /// the same obligations. A profile's exception for an obligation left out is not reported
    /// as an unknown id.
    pub fn only(&self, ids: &[&str]) -> RuleSet {
        let mut subset = self.clone();
        let (kept, left_out) = std::mem::take(&mut subset.program.obligations)
            .into_iter()
            .partition(|o| ids.contains(&o.id.as_str()));
        subset.program.obligations = kept;
        subset
            .left_out
            .extend(left_out.into_iter().map(|o: ir::Obligation| o.id));
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

    /// Parses profile text (JSON or YAML) and evaluates it.
    pub fn evaluate_text(
        &self,
        name: &str,
        text: &str,
        as_of: Option<Date>,
    ) -> Result<Report, Diagnostics> {
        self.evaluate_text_with(name, text, as_of, Detail::Full)
    }

    /// Evaluates every obligation on a profile. `as_of` defaults to the profile's `as_of`.
    pub fn evaluate(
        &self,
        profile_doc: &Json,
        name: &str,
        as_of: Option<Date>,
    ) -> Result<Report, Diagnostics> {
        self.evaluate_with(profile_doc, name, as_of, Detail::Full)
    }

    /// `evaluate_text` computing only the detail asked for.
    pub fn evaluate_text_with(
        &self,
        name: &str,
        text: &str,
        as_of: Option<Date>,
        detail: Detail,
    ) -> Result<Report, Diagnostics> {
        if text.len() > self.limits.max_source_bytes {
            return Err(Diagnostics::single(Diagnostic::general(
                Severity::Error,
                codes::PROFILE_LIMIT,
                format!(
                    "the profile is {} bytes, more than the limit of {} (max_source_bytes)",
                    text.len(),
                    self.limits.max_source_bytes
                ),
                name,
            )));
        }
        let json = profile::parse_profile_text_with(name, text, &self.limits)?;
        self.evaluate_checked(&json, name, as_of, detail)
    }

    /// `evaluate` computing only the detail asked for (see `Detail`).
    pub fn evaluate_with(
        &self,
        profile_doc: &Json,
        name: &str,
        as_of: Option<Date>,
        detail: Detail,
    ) -> Result<Report, Diagnostics> {
        profile::check_limits(profile_doc, name, &self.limits)?;
        self.evaluate_checked(profile_doc, name, as_of, detail)
    }

    /// `evaluate_with` on a document already checked against the limits.
    fn evaluate_checked(
        &self,
        profile_doc: &Json,
        name: &str,
        as_of: Option<Date>,
        detail: Detail,
    ) -> Result<Report, Diagnostics> {
        if let Some(schema) = &self.schema {
            let problems = profile::validate(schema, profile_doc, name);
            if !problems.is_empty() {
                return Err(Diagnostics(problems));
            }
        } else if !profile_doc.is_object() {
            return Err(Diagnostics::single(Diagnostic::general(
                Severity::Error,
                codes::PROFILE_SHAPE,
                "a profile is a JSON object (`{ ... }`)",
                name,
            )));
        }
        let as_of = match as_of {
            Some(d) => d,
            None => profile_as_of(profile_doc, name)?,
        };
        let mut steps = self.limits.max_evaluation_steps;
        let mut results = Vec::with_capacity(self.program.obligations.len());
        for ob in &self.program.obligations {
            let result =
                eval::evaluate_obligation(ob, profile_doc, as_of, &self.limits, detail, &mut steps)
                    .ok_or_else(|| self.out_of_steps(&ob.id, name))?;
            results.push(result);
        }
        let mut summary = Counts::default();
        let mut groups: BTreeMap<&str, Counts> = BTreeMap::new();
        for r in &results {
            summary.add(r.verdict, r.deadline.status);
            groups
                .entry(&r.group)
                .or_default()
                .add(r.verdict, r.deadline.status);
        }
        let groups = groups
            .into_iter()
            .map(|(group, counts)| GroupSummary {
                group: group.to_string(),
                counts,
            })
            .collect();
        let state = profile_doc
            .pointer("/state/name")
            .and_then(|v| v.as_str().or_else(|| v.get("value").and_then(Json::as_str)))
            .map(str::to_string);
        Ok(Report {
            report: report::REPORT_FORMAT.to_string(),
            ruleset: RulesetInfo {
                name: self.program.name.clone(),
                version: self.program.version.clone(),
            },
            profile: ProfileInfo {
                name: name.to_string(),
                state,
            },
            as_of: as_of.to_string(),
            summary,
            groups,
            results,
            warnings: self.unknown_exceptions(profile_doc),
        })
    }

    fn out_of_steps(&self, obligation: &str, name: &str) -> Diagnostics {
        Diagnostics::single(
            Diagnostic::general(
                Severity::Error,
                codes::EVALUATION_LIMIT,
                format!(
                    "evaluating the profile took more than {} steps (max_evaluation_steps), \
                     the limit was reached in `{obligation}`",
                    self.limits.max_evaluation_steps
                ),
                name,
            )
            .with_help("quantifiers nested over long lists multiply the work; raise the limit if the rules are trusted"),
        )
    }

    /// A warning for each exception the profile invokes for an obligation this rule set does
    /// not have: a misspelt id must not pass silently.
    fn unknown_exceptions(&self, profile_doc: &Json) -> Vec<String> {
        let Some(invoked) = profile_doc.get("exceptions").and_then(Json::as_object) else {
            return Vec::new();
        };
        let ids = || self.program.obligations.iter().map(|ob| ob.id.as_str());
        invoked
            .keys()
            .filter(|key| !ids().any(|id| id == key.as_str()) && !self.left_out.contains(key))
            .map(|key| {
                let hint = ids()
                    .filter(|id| strsim::levenshtein(id, key) <= 3)
                    .min_by_key(|id| strsim::levenshtein(id, key))
                    .map(|id| format!(" (did you mean `{id}`?)"))
                    .unwrap_or_default();
                format!(
                    "/exceptions/{}: the profile invokes an exception for `{key}`, which is no obligation of this rule set{hint}: ignored",
                    key.replace('~', "~0").replace('/', "~1")
                )
            })
            .collect()
    }

    /// Runs the rule set's `test` blocks.
    pub fn run_tests(&self) -> testing::TestRun {
        testing::run(self)
    }
}

fn profile_as_of(doc: &Json, name: &str) -> Result<Date, Diagnostics> {
    let raw = doc.get("as_of").map(|v| v.get("value").unwrap_or(v));
    match raw.and_then(Json::as_str) {
        Some(s) => s.parse().map_err(|_| {
            Diagnostics::single(Diagnostic::general(
                Severity::Error,
                codes::NO_AS_OF,
                format!("/as_of: \"{s}\" is not a date (YYYY-MM-DD)"),
                name,
            ))
        }),
        None => Err(Diagnostics::single(
            Diagnostic::general(
                Severity::Error,
                codes::NO_AS_OF,
                "no `as_of` date: the profile has none and none was given",
                name,
            )
            .with_help("pass --as-of YYYY-MM-DD, or add \"as_of\" to the profile"),
        )),
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
