//! `lexpact check`: evaluate profiles, in parallel, and print reports.
//!
//! NDJSON and CSV are streamed: JSON Lines files are read a chunk of lines at a time, each
//! chunk is evaluated in parallel while the previous one is written, in input order, so memory
//! stays bounded however many profiles the file holds. JSON, text and HTML need every report
//! before they print, and collect them first.

use std::fs::File;
use std::io::{BufReader, BufWriter, IsTerminal, Write};
use std::path::Path;

use indicatif::{ParallelProgressIterator, ProgressBar, ProgressStyle};
use lexpact_core::report::words;
use lexpact_core::{
    Diagnostic, Diagnostics, EvaluateOptions, ProfileInput, Report, RuleSet, Severity, Verdict,
    boundary, diagnostic::codes,
};
use rayon::prelude::*;

use crate::cli::{CheckArgs, FailOn, Format};
use crate::diagnostics::emit;
use crate::load::{self, BAD_INPUT, Unread};
use lexpact_render as render;

mod lines;
mod stream;
use lines::Lines;
use stream::stream;

/// One profile to evaluate: its name (file, or `file:line` in JSON Lines) and text.
struct Input {
    name: String,
    text: String,
}

impl Input {
    fn profile(&self) -> ProfileInput<'_> {
        ProfileInput::text(&self.name, &self.text)
    }
}

/// The core's help for a profile without a date, in the words of the command line.
pub(crate) fn command_line_help(mut diagnostics: Diagnostics) -> Diagnostics {
    for d in &mut diagnostics.0 {
        if d.help.as_deref() == Some(boundary::NO_AS_OF_HELP) {
            d.help = Some("pass --as-of YYYY-MM-DD, or add \"as_of\" to the profile".to_string());
        }
    }
    diagnostics
}

pub fn run(args: &CheckArgs) -> u8 {
    let (rules, as_of) = match super::rules_and_date(&args.rules, args.as_of.as_deref()) {
        Ok(found) => found,
        Err(code) => return code,
    };
    if let Some(scheme) = &args.by_indicator
        && let Err(message) = by_indicator_allowed(args.format, &rules, scheme)
    {
        eprintln!("error: {message}");
        return BAD_INPUT;
    }
    if matches!(args.format, Format::Ndjson | Format::Csv) {
        return stream(args, &rules, as_of);
    }
    let mut failed = false;
    let mut inputs = Vec::new();
    let limit = rules.limits().max_source_bytes;
    for name in &args.profiles {
        for found in read_inputs(name, limit) {
            match found {
                Ok(input) => inputs.push(input),
                Err(d) => {
                    emit(&d.0, &[]);
                    failed = true;
                }
            }
        }
    }

    let bar = progress(inputs.len());
    let outcomes: Vec<Result<Report, Diagnostics>> = inputs
        .par_iter()
        .progress_with(bar.clone())
        .map(|input| {
            rules
                .evaluate(
                    input.profile(),
                    &EvaluateOptions::default()
                        .with_as_of(as_of)
                        .with_validation(args.validate.core()),
                )
                .map_err(command_line_help)
        })
        .collect();
    bar.finish_and_clear();

    let mut reports = Vec::with_capacity(outcomes.len());
    for outcome in outcomes {
        match outcome {
            Ok(report) => reports.push(report),
            Err(d) => {
                emit(&d.0, &[]);
                failed = true;
            }
        }
    }
    // Standard output is line-buffered: a report of many lines is written through one buffer.
    let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let colour = || crate::diagnostics::colour_allowed(std::io::stdout().is_terminal());
    let written = match (args.format, &args.by_indicator) {
        (Format::Json, Some(scheme)) => render::by_indicator::write_json(
            &mut out,
            &render::by_indicator::group(&reports, scheme),
        ),
        (_, Some(scheme)) => render::by_indicator::write_text(
            &mut out,
            &render::by_indicator::group(&reports, scheme),
            colour(),
        ),
        (format, None) => match format {
            Format::Json => render::json::write(&mut out, &reports),
            Format::Ndjson => render::json::write_lines(&mut out, &reports),
            Format::Csv => render::csv::write(&mut out, &reports),
            Format::Html => render::html::write(&mut out, &reports),
            Format::Text => render::text::write(&mut out, &reports, colour()),
        },
    };
    // A closed pipe (`| head`) is the reader's choice, not an error.
    match written.and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("error: cannot write the report: {e}");
            return BAD_INPUT;
        }
        _ => {}
    }
    if failed {
        return BAD_INPUT;
    }
    match args.fail_on {
        Some(level)
            if reports
                .iter()
                .flat_map(|r| &r.results)
                .any(|r| trips(level, r.verdict)) =>
        {
            1
        }
        _ => 0,
    }
}

/// Why `--by-indicator SCHEME` cannot be used here: a format other than text or JSON, or a
/// scheme the rules name in no `indicator` clause (the message lists those they do name).
fn by_indicator_allowed(format: Format, rules: &RuleSet, scheme: &str) -> Result<(), String> {
    if !matches!(format, Format::Text | Format::Json) {
        return Err(
            "--by-indicator writes text or JSON: use --format text or --format json".into(),
        );
    }
    let schemes = words::schemes(rules.obligations().iter().map(|o| &*o.identity));
    if schemes.contains(&scheme) {
        return Ok(());
    }
    let name = &rules.program().name;
    if schemes.is_empty() {
        return Err(format!(
            "no obligation of rule set `{name}` names an indicator, so there is no scheme `{scheme}` to group by"
        ));
    }
    let mut sorted = schemes;
    sorted.sort_unstable();
    Err(format!(
        "rule set `{name}` names no indicator of scheme `{scheme}`; the schemes it uses: {}",
        sorted.join(", ")
    ))
}

fn trips(level: FailOn, verdict: Verdict) -> bool {
    match level {
        FailOn::NotMet => verdict == Verdict::NotMet,
        FailOn::Unknown => matches!(verdict, Verdict::NotMet | Verdict::Unknown),
        FailOn::PartiallyMet => matches!(
            verdict,
            Verdict::NotMet | Verdict::Unknown | Verdict::PartiallyMet
        ),
    }
}

fn progress(len: usize) -> ProgressBar {
    if len < 20 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    if let Ok(style) =
        ProgressStyle::with_template("{bar:40} {pos}/{len} profiles ({per_sec}, {eta} left)")
    {
        bar.set_style(style);
    }
    bar
}

/// Whether a profile argument names a JSON Lines file (one profile a line).
fn is_json_lines(name: &str) -> bool {
    name.ends_with(".jsonl") || name.ends_with(".ndjson")
}

/// The profiles in one argument: a file, standard input, or the lines of a JSON Lines file,
/// each read within `limit` bytes (a JSON Lines file's limit is per line).
fn read_inputs(name: &str, limit: usize) -> Vec<Result<Input, Diagnostics>> {
    if is_json_lines(name) && name != "-" {
        return match File::open(name) {
            Ok(file) => Lines::new(name, BufReader::with_capacity(1 << 16, file), limit).all(),
            Err(e) => vec![Err(cannot_read(name, &e))],
        };
    }
    let text = if name == "-" {
        load::read_stdin_within(limit)
    } else {
        load::read_text_within(Path::new(name), limit)
    };
    vec![match text {
        Ok(text) => Ok(Input {
            name: name.to_string(),
            text,
        }),
        Err(Unread::TooLarge(size)) => Err(load::profile_too_large(name, size, limit)),
        Err(Unread::Failed(message)) => Err(Diagnostics::single(Diagnostic::general(
            Severity::Error,
            codes::IO,
            message,
            name,
        ))),
    }]
}

/// The diagnostic of a file that cannot be opened.
fn cannot_read(name: &str, error: &std::io::Error) -> Diagnostics {
    Diagnostics::single(Diagnostic::general(
        Severity::Error,
        codes::IO,
        format!("cannot read: {error}"),
        name,
    ))
}
