//! `RuleSet::questions`: the missing facts of a profile, most decisive first.

use super::evaluate::profile_state;
use super::{EvaluateOptions, ProfileInput, RuleSet};
use crate::diagnostic::{Diagnostic, Diagnostics, Severity, codes};
use crate::questions::{Asking, OutOfSteps, QUESTIONS_FORMAT, Questions};
use crate::report::{ProfileInfo, RulesetInfo};

impl RuleSet {
    /// The facts missing from the profile's `unknown` verdicts, ranked by how many of those
    /// verdicts some probe value of each makes known, then by how many ranges one narrows,
    /// ties broken by pointer (`docs/questions.md`). The profile is read and validated as
    /// `evaluate` reads it; `options.as_of` defaults to its own; `options.detail` is not used
    /// (the probes are evaluated without explanations). The first evaluation and every probe
    /// share one `max_evaluation_steps` budget: `E0305` when it runs out.
    pub fn questions(
        &self,
        input: ProfileInput<'_>,
        options: &EvaluateOptions,
    ) -> Result<Questions, Diagnostics> {
        let name = input.name();
        let document = self.read_profile(input)?;
        let as_of = self.checked_as_of(&document, name, options)?;
        let asking = Asking {
            obligations: &self.program.obligations,
            schema: self.schema.as_deref(),
            paths: self.paths,
            limits: &self.limits,
            as_of,
        };
        let asked = asking
            .ask(&document)
            .map_err(|stop| self.questions_out_of_steps(&stop, name))?;
        Ok(Questions {
            format: QUESTIONS_FORMAT.to_string(),
            ruleset: RulesetInfo {
                name: self.program.name.clone(),
                version: self.program.version.clone(),
            },
            profile: ProfileInfo {
                name: name.to_string(),
                state: profile_state(&document),
                jurisdictions: crate::profile::units::unit_infos(&document),
            },
            as_of: as_of.to_string(),
            unknown: asked.unknown,
            questions: asked.questions,
        })
    }

    fn questions_out_of_steps(&self, stop: &OutOfSteps, name: &str) -> Diagnostics {
        let place = match &stop.pointer {
            Some(pointer) => format!("probing `{pointer}` in `{}`", stop.obligation),
            None => format!("in `{}`", stop.obligation),
        };
        Diagnostics::single(
            Diagnostic::general(
                Severity::Error,
                codes::EVALUATION_LIMIT,
                format!(
                    "asking the questions of the profile took more than {} steps \
                     (max_evaluation_steps), the limit was reached {place}",
                    self.limits.max_evaluation_steps
                ),
                name,
            )
            .with_help(
                "every missing fact is tried with each of its probe values, and the obligations \
                 it bears on evaluated again: raise the limit if the rules are trusted",
            ),
        )
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use crate::{EvaluateOptions, Limits, ProfileInput, RuleSet, Source};

    const SCHEMA: &str = r#"{ "type": "object", "properties": {
        "as_of": { "type": "string", "format": "date" },
        "a": { "type": "boolean", "description": "Is A so?" },
        "b": { "type": "boolean" },
        "age": { "type": "integer" },
        "kind": { "enum": ["x", "y", "z"] },
        "items": { "type": "array", "items": { "type": "object", "properties": {
            "ok": { "type": "boolean" } } } } } }"#;

    fn rules(text: &str, limits: Limits) -> RuleSet {
        let sources = [
            Source::new("rules.lex", format!("schema \"s.json\"\n{text}")),
            Source::new("s.json", SCHEMA),
        ];
        RuleSet::compile_files(&sources, limits).unwrap()
    }

    #[test]
    fn a_fact_in_more_verdicts_comes_first_and_ties_go_by_pointer() {
        let rules = rules(
            r#"obligation one { title "1" cite "1" require a and b }
               obligation two { title "2" cite "2" require a or kind == "y" }
               obligation three { title "3" cite "3" require age >= 18 }"#,
            Limits::default(),
        );
        let profile = r#"{ "as_of": "2024-01-01" }"#;
        let asked = rules
            .questions(
                ProfileInput::text("p.json", profile),
                &EvaluateOptions::default(),
            )
            .unwrap();
        let order: Vec<(&str, usize)> = asked
            .questions
            .iter()
            .map(|q| (q.pointer.as_str(), q.decides))
            .collect();
        // `a` false decides `one`, true decides `two`; `b` false decides `one`; `kind` "y"
        // decides `two`; `age` 17 or 18 decides `three`.
        assert_eq!(order, [("/a", 2), ("/age", 1), ("/b", 1), ("/kind", 1)]);
        assert_eq!(asked.unknown, 3);
        assert_eq!(asked.questions[0].description.as_deref(), Some("Is A so?"));
    }

    #[test]
    fn a_hostile_profile_runs_out_of_the_shared_budget() {
        // Each probe of `/items/i/ok` evaluates a quantifier over every item again: the
        // probes multiply the work of one evaluation by the number of items.
        let limits = Limits {
            max_evaluation_steps: 200_000,
            ..Limits::default()
        };
        let rules = rules(
            r#"obligation all_ok { title "t" cite "c" require all i in items where i.ok }"#,
            limits,
        );
        let items: Vec<String> = (0..2_000).map(|_| "{}".to_string()).collect();
        let profile = format!(
            r#"{{ "as_of": "2024-01-01", "items": [{}] }}"#,
            items.join(",")
        );
        assert!(
            rules
                .evaluate(
                    ProfileInput::text("p.json", &profile),
                    &EvaluateOptions::default()
                )
                .is_ok(),
            "one evaluation fits the budget"
        );
        let started = std::time::Instant::now();
        let error = rules
            .questions(
                ProfileInput::text("p.json", &profile),
                &EvaluateOptions::default(),
            )
            .unwrap_err();
        assert_eq!(error.0[0].code, "E0305");
        assert!(
            error.0[0].message.contains("probing `/items/"),
            "{}",
            error.0[0].message
        );
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }
}
