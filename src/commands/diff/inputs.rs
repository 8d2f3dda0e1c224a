//! The two reports `lexpact diff` compares, from its arguments: each input a saved report or a
//! profile evaluated under the old rule set, or one profile under the old and the new rule set.

use std::path::Path;

use lexpact_core::diagnostic::codes;
use lexpact_core::diff::saved_report;
use lexpact_core::{
    Date, Diagnostic, Diagnostics, EvaluateOptions, ProfileInput, Report, RuleSet, Severity, Source,
};

use crate::cli::{DiffArgs, RuleArgs};
use crate::commands::check::command_line_help;
use crate::commands::known_sources;
use crate::diagnostics::emit;
use crate::load::{self, Unread};

/// Why the reports could not be had: the diagnostics, and the rule sources they may point into.
pub struct Failure {
    pub diagnostics: Diagnostics,
    pub sources: Vec<Source>,
}

impl From<Diagnostics> for Failure {
    fn from(diagnostics: Diagnostics) -> Self {
        Failure {
            diagnostics,
            sources: Vec::new(),
        }
    }
}

/// One side's input, read: its name and text.
struct Input {
    name: String,
    text: String,
}

/// The old and the new report the arguments describe.
pub fn reports(args: &DiffArgs) -> Result<(Report, Report), Failure> {
    let limits = args.rules.limits.limits()?;
    let as_of = args
        .as_of
        .as_deref()
        .map(lexpact_core::parse_as_of)
        .transpose()?;
    let limit = limits.max_source_bytes;
    let new_rules = (!args.new_rules.is_empty() || args.new_library.is_some()).then(|| RuleArgs {
        rules: args.new_rules.clone(),
        library: args.new_library.clone(),
        limits: args.rules.limits.clone(),
    });
    match (new_rules, args.inputs.as_slice()) {
        (Some(new_rules), [profile]) => {
            let input = read(profile, limit)?;
            let old = evaluate(&compile(&args.rules)?, &input, as_of)?;
            let new = evaluate(&compile(&new_rules)?, &input, as_of)?;
            Ok((old, new))
        }
        (Some(_), _) => Err(argument(
            "with --new-rules or --new-library, give one PROFILE to evaluate under both rule sets",
        )),
        (None, [old, new]) if old == "-" && new == "-" => Err(argument(
            "standard input (`-`) can be one of the two inputs, not both",
        )),
        (None, [old, new]) => two_inputs(args, &read(old, limit)?, &read(new, limit)?, as_of),
        (None, _) => Err(argument(
            "give OLD and NEW (profiles or saved reports), or one PROFILE with --new-rules or \
             --new-library",
        )),
    }
}

/// Two inputs, each a saved report or a profile evaluated under the rule set of `args`
/// (compiled once, and only when a profile needs it).
fn two_inputs(
    args: &DiffArgs,
    old: &Input,
    new: &Input,
    as_of: Option<Date>,
) -> Result<(Report, Report), Failure> {
    let saved_old = saved_report(&old.name, &old.text)?;
    let saved_new = saved_report(&new.name, &new.text)?;
    let has_rules = !args.rules.rules.is_empty() || args.rules.library.is_some();
    if saved_old.is_some() && saved_new.is_some() && (has_rules || as_of.is_some()) {
        return Err(argument(
            "both inputs are saved reports: --rules, --library and --as-of would not be used",
        ));
    }
    let mut rules = None;
    let mut side = |saved: Option<Report>, input: &Input| -> Result<Report, Failure> {
        if let Some(report) = saved {
            return Ok(report);
        }
        if rules.is_none() {
            rules = Some(compile(&args.rules)?);
        }
        match &rules {
            Some(rules) => evaluate(rules, input, as_of),
            None => Err(argument("no rule set to evaluate the profiles with")),
        }
    };
    let old_report = side(saved_old, old)?;
    let new_report = side(saved_new, new)?;
    Ok((old_report, new_report))
}

/// The rule set of one side; its warnings are shown at once, as `check` shows them.
fn compile(args: &RuleArgs) -> Result<RuleSet, Failure> {
    match load::rule_set(args) {
        Ok((rules, _)) => {
            if !rules.warnings().is_empty() {
                emit(rules.warnings(), &known_sources(args));
            }
            Ok(rules)
        }
        Err(diagnostics) => Err(Failure {
            diagnostics: with_report_help(diagnostics),
            sources: known_sources(args),
        }),
    }
}

/// A missing rule set is usually a profile given where a saved report was meant.
fn with_report_help(mut diagnostics: Diagnostics) -> Diagnostics {
    for d in &mut diagnostics.0 {
        if d.code == codes::NO_RULES {
            d.help = Some(
                "an input that is not a saved report is a profile: give --rules PATH or \
                 --library NAME to evaluate it"
                    .to_string(),
            );
        }
    }
    diagnostics
}

fn evaluate(rules: &RuleSet, input: &Input, as_of: Option<Date>) -> Result<Report, Failure> {
    rules
        .evaluate(
            ProfileInput::text(&input.name, &input.text),
            &EvaluateOptions::default().with_as_of(as_of),
        )
        .map_err(|d| command_line_help(d).into())
}

/// An input file (or `-`, standard input) read within `limit` bytes.
fn read(name: &str, limit: usize) -> Result<Input, Failure> {
    let text = if name == "-" {
        load::read_stdin_within(limit)
    } else {
        load::read_text_within(Path::new(name), limit)
    };
    match text {
        Ok(text) => Ok(Input {
            name: name.to_string(),
            text,
        }),
        Err(Unread::TooLarge(size)) => Err(Diagnostics::single(Diagnostic::general(
            Severity::Error,
            codes::PROFILE_LIMIT,
            load::too_large("the input", size, limit, ""),
            name,
        ))
        .into()),
        Err(Unread::Failed(message)) => Err(Diagnostics::single(Diagnostic::general(
            Severity::Error,
            codes::IO,
            message,
            name,
        ))
        .into()),
    }
}

fn argument(message: &str) -> Failure {
    Diagnostics::single(Diagnostic::general(
        Severity::Error,
        codes::ARGUMENT,
        message,
        "",
    ))
    .into()
}
