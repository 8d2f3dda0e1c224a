//! Evaluating profiles with a `RuleSet`: text or parsed documents (`ProfileInput`), the whole
//! rule set with or without explanations (`Detail`), or one obligation explained on request.

use std::borrow::Cow;

use serde_json::Value as Json;

use super::{Detail, EvaluateOptions, ProfileInput, RuleSet, Validation};
use crate::diagnostic::{Diagnostic, Diagnostics, Severity, codes};
use crate::report::{self, Counts, GroupSummary, ProfileInfo, Report, RulesetInfo};
use crate::{Date, boundary, eval, ir, profile};

impl RuleSet {
    /// Evaluates every obligation on a profile, text or a parsed document, within the rule
    /// set's limits. `options.as_of` defaults to the profile's `as_of`; `options.detail` says
    /// how much of the report to compute.
    pub fn evaluate(
        &self,
        input: ProfileInput<'_>,
        options: &EvaluateOptions,
    ) -> Result<Report, Diagnostics> {
        let name = input.name();
        let document = self.read_profile(input)?;
        self.evaluate_checked(&document, name, options)
    }

    /// One obligation's full result on a profile (facts read and explanation included): for
    /// a caller that evaluated with `Detail::Verdicts` and shows an obligation's explanation
    /// when asked. It equals that obligation's result in the `Detail::Full` report of the
    /// profile, except that the obligation has the whole `max_evaluation_steps` to itself.
    /// The profile is read first, then `id` looked up (`E0210`, with a did-you-mean, when the
    /// rule set has no such obligation); `options.detail` is not used.
    pub fn explain_obligation(
        &self,
        input: ProfileInput<'_>,
        id: &str,
        options: &EvaluateOptions,
    ) -> Result<report::ObligationResult, Diagnostics> {
        let name = input.name();
        let document = self.read_profile(input)?;
        let Some(ob) = self.program.obligations.iter().find(|ob| ob.id() == id) else {
            let mut unknown = Diagnostic::general(
                Severity::Error,
                codes::UNKNOWN_OBLIGATION,
                format!("no obligation `{id}` in this rule set"),
                name,
            );
            let ids = self.program.obligations.iter().map(ir::Obligation::id);
            if let Some(near) = lexpact_grammar::suggest::closest(id, ids) {
                unknown = unknown.with_help(format!("did you mean `{near}`?"));
            }
            return Err(Diagnostics::single(unknown));
        };
        let as_of = self.checked_as_of(&document, name, options)?;
        let mut evaluator =
            eval::Evaluator::<eval::mode::Explained>::new(&document, self.paths, &self.limits);
        let exceptions = document.get("exceptions").and_then(Json::as_object);
        eval::evaluate_obligation(ob, &mut evaluator, exceptions, as_of)
            .ok_or_else(|| self.out_of_steps(ob.id(), name))
    }

    /// The profile as a document checked against the limits: text is parsed within them
    /// (`max_source_bytes` first), a document is walked.
    pub(super) fn read_profile<'p>(
        &self,
        input: ProfileInput<'p>,
    ) -> Result<Cow<'p, Json>, Diagnostics> {
        match input {
            ProfileInput::Text { name, text } => {
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
                profile::parse_profile_text_with(name, text, &self.limits).map(Cow::Owned)
            }
            ProfileInput::Document { name, document } => {
                profile::check_limits(document, name, &self.limits)?;
                Ok(Cow::Borrowed(document))
            }
        }
    }

    /// `evaluate` on a document already checked against the limits.
    fn evaluate_checked(
        &self,
        profile_doc: &Json,
        name: &str,
        options: &EvaluateOptions,
    ) -> Result<Report, Diagnostics> {
        let as_of = self.checked_as_of(profile_doc, name, options)?;
        let results = match options.detail {
            Detail::Full => self.evaluate_all::<eval::mode::Explained>(profile_doc, name, as_of),
            Detail::Verdicts => self.evaluate_all::<eval::mode::Quiet>(profile_doc, name, as_of),
        }?;
        // The groups and bullets come from the rule set's layout, worked out when it was
        // built: `results` holds one result per obligation, in rule order.
        let layout = &self.layout;
        let mut summary = Counts::default();
        let mut group_counts = vec![Counts::default(); layout.groups.len()];
        for (index, r) in results.iter().enumerate() {
            summary.add(r);
            // Every result is counted in the summary, even if the layout did not know it.
            let group = layout.group_of.get(index).copied();
            if let Some(counts) = group.and_then(|group| group_counts.get_mut(group)) {
                counts.add(r);
            }
        }
        let all: Vec<&report::ObligationResult> = results.iter().collect();
        report::tallies::complete_in_cite_order(
            &mut summary,
            &mut group_counts,
            &all,
            &layout.group_of,
            &layout.by_cite,
        );
        let groups = layout
            .groups
            .iter()
            .zip(group_counts)
            .map(|(group, counts)| GroupSummary {
                group: group.clone(),
                counts,
            })
            .collect();
        let state = profile_state(profile_doc);
        let mut warnings = self.unknown_exceptions(profile_doc);
        warnings.extend(anachronism(profile_doc, name, as_of));
        Ok(Report {
            report: report::REPORT_FORMAT.to_string(),
            ruleset: RulesetInfo {
                name: self.program.name.clone(),
                version: self.program.version.clone(),
            },
            profile: ProfileInfo {
                name: name.to_string(),
                state,
                jurisdictions: profile::units::unit_infos(profile_doc),
            },
            as_of: as_of.to_string(),
            summary,
            groups,
            results,
            warnings,
        })
    }

    /// Checks a whole profile against the rule set's schema, as `Validation::Full` does before
    /// an evaluation, without evaluating it: for people who write profiles. The profile is read
    /// within the limits first; a rule set without a schema only checks that it is an object.
    pub fn validate(&self, input: ProfileInput<'_>) -> Result<(), Diagnostics> {
        let name = input.name();
        let document = self.read_profile(input)?;
        self.check_shape(&document, name, Validation::Full)
    }

    /// Validates the profile against the schema (as much of it as `options.validation` says)
    /// and settles the `as_of` date.
    pub(super) fn checked_as_of(
        &self,
        profile_doc: &Json,
        name: &str,
        options: &EvaluateOptions,
    ) -> Result<Date, Diagnostics> {
        self.check_shape(profile_doc, name, options.validation)?;
        match options.as_of {
            Some(d) => Ok(d),
            None => profile_as_of(profile_doc, name),
        }
    }

    /// The profile against the schema, in full or on the paths the rule set reads.
    fn check_shape(
        &self,
        profile_doc: &Json,
        name: &str,
        validation: Validation,
    ) -> Result<(), Diagnostics> {
        if let Some(schema) = &self.schema {
            let problems = match validation {
                Validation::Read => profile::validate_read(schema, profile_doc, name, &self.read),
                Validation::Full => profile::validate(schema, profile_doc, name),
            };
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
        Ok(())
    }

    /// Every obligation's result, in rule order.
    fn evaluate_all<M: eval::mode::Mode>(
        &self,
        profile_doc: &Json,
        name: &str,
        as_of: Date,
    ) -> Result<Vec<report::ObligationResult>, Diagnostics> {
        let mut evaluator = eval::Evaluator::<M>::new(profile_doc, self.paths, &self.limits);
        let exceptions = profile_doc.get("exceptions").and_then(Json::as_object);
        let mut results = Vec::with_capacity(self.program.obligations.len());
        for ob in &self.program.obligations {
            let result = eval::evaluate_obligation(ob, &mut evaluator, exceptions, as_of)
                .ok_or_else(|| self.out_of_steps(ob.id(), name))?;
            results.push(result);
        }
        Ok(results)
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
        let ids = || self.program.obligations.iter().map(|ob| ob.id());
        invoked
            .keys()
            .filter(|key| !ids().any(|id| id == key.as_str()) && !self.left_out.contains(key))
            .map(|key| {
                let hint = lexpact_grammar::suggest::closest(key, ids())
                    .map(|id| format!(" (did you mean `{id}`?)"))
                    .unwrap_or_default();
                format!(
                    "{}: the profile invokes an exception for `{key}`, which is no obligation of this rule set{hint}: ignored",
                    crate::pointer::pointer_to("exceptions", key)
                )
            })
            .collect()
    }
}

/// A warning when the profile is evaluated as of a day before its own `as_of`: the facts
/// without a history are those of the profile's day, not of the evaluation's.
fn anachronism(doc: &Json, name: &str, as_of: Date) -> Option<String> {
    let own = profile_as_of(doc, name).ok()?;
    if as_of >= own {
        return None;
    }
    let facts = if has_history(doc, 0) {
        "its facts without a history are taken"
    } else {
        "its facts are taken"
    };
    Some(format!(
        "/as_of: the profile describes the law on {own}; evaluated as of {as_of}, {facts} as they stood on {own}, not on {as_of}"
    ))
}

/// Whether any fact of the document has a `history` (the walk is as deep as the limits let
/// a profile be).
fn has_history(value: &Json, depth: usize) -> bool {
    const DEEPEST: usize = 256;
    if depth > DEEPEST {
        return false;
    }
    match value {
        Json::Object(map) => {
            map.get("history").is_some_and(Json::is_array)
                || map.values().any(|v| has_history(v, depth + 1))
        }
        Json::Array(items) => items.iter().any(|v| has_history(v, depth + 1)),
        _ => false,
    }
}

/// The State's name, as `/state/name` gives it (plainly or in an envelope).
pub(super) fn profile_state(doc: &Json) -> Option<String> {
    doc.pointer("/state/name")
        .and_then(|v| v.as_str().or_else(|| v.get("value").and_then(Json::as_str)))
        .map(str::to_string)
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
            .with_help(boundary::NO_AS_OF_HELP),
        )),
    }
}
