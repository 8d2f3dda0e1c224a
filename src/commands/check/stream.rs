//! The streamed path of `lexpact check` (NDJSON and CSV): JSON Lines read a chunk at a time,
//! each chunk evaluated in parallel while the previous one is written, in input order.

use std::fs::File;
use std::io::{BufReader, BufWriter, IsTerminal, Write};

use indicatif::{ProgressBar, ProgressStyle};
use lexpact_core::Date;
use lexpact_core::{Detail, EvaluateOptions, RuleSet};
use lexpact_core::{Diagnostic, Diagnostics, Severity, diagnostic::codes};
use rayon::prelude::*;

use super::{Input, Lines, cannot_read, command_line_help, is_json_lines, read_inputs, trips};
use crate::cli::{CheckArgs, Format};
use crate::diagnostics::emit;
use crate::load::BAD_INPUT;
use lexpact_render as render;

/// What one profile gave, or the diagnostics that stopped it.
type Outcome = Result<Rendered, Diagnostics>;

struct Rendered {
    /// The NDJSON line or the CSV rows.
    bytes: Vec<u8>,
    /// Whether the report trips `--fail-on`.
    trips: bool,
    /// The report's warnings, for stderr: CSV has no column for them (NDJSON carries them).
    warnings: Vec<String>,
}

/// NDJSON and CSV, written as the profiles are evaluated.
pub(super) fn stream(args: &CheckArgs, rules: &RuleSet, as_of: Option<Date>) -> u8 {
    let chunk_size = (rayon::current_num_threads() * 16).clamp(16, 256);
    let limit = rules.limits().max_source_bytes;
    let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout());
    let mut sink = Sink {
        failed: false,
        tripped: false,
        broken: None,
    };
    if args.format == Format::Csv {
        sink.check(render::csv::write_header(&mut out));
    }
    let bar = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new_spinner();
        if let Ok(style) = ProgressStyle::with_template("{pos} profiles ({per_sec})") {
            bar.set_style(style);
        }
        bar
    } else {
        ProgressBar::hidden()
    };
    // CSV prints verdicts, deadlines, exceptions and missing facts only: no explanations.
    let detail = if args.format == Format::Csv {
        Detail::Verdicts
    } else {
        Detail::Full
    };
    let options = EvaluateOptions::default()
        .with_as_of(as_of)
        .with_detail(detail)
        .with_validation(args.validate.core());
    let evaluate = |input: &Input| -> Outcome {
        let report = rules
            .evaluate(input.profile(), &options)
            .map_err(command_line_help)?;
        let trips = args
            .fail_on
            .is_some_and(|level| report.results.iter().any(|r| trips(level, r.verdict)));
        let mut bytes = Vec::new();
        let rendered = match args.format {
            Format::Csv => render::csv::write_rows(&mut bytes, &report),
            _ => serde_json::to_writer(&mut bytes, &report)
                .map_err(std::io::Error::other)
                .map(|()| bytes.push(b'\n')),
        };
        rendered.map_err(|e| {
            Diagnostics::single(Diagnostic::general(
                Severity::Error,
                codes::IO,
                format!("cannot render the report: {e}"),
                &input.name,
            ))
        })?;
        let warnings = if args.format == Format::Csv {
            csv_warnings(&input.name, &report)
        } else {
            Vec::new()
        };
        Ok(Rendered {
            bytes,
            trips,
            warnings,
        })
    };
    for name in &args.profiles {
        if sink.broken.is_some() {
            break;
        }
        let mut reader = if is_json_lines(name) && name != "-" {
            match File::open(name) {
                Ok(file) => Some(Lines::new(
                    name,
                    BufReader::with_capacity(1 << 16, file),
                    limit,
                )),
                Err(e) => {
                    emit(&cannot_read(name, &e).0, &[]);
                    sink.failed = true;
                    continue;
                }
            }
        } else {
            None
        };
        // The first chunk: the lines of a JSON Lines file, or the whole file.
        let mut chunk: Vec<Result<Input, Diagnostics>> = match reader.as_mut() {
            Some(lines) => lines.chunk(chunk_size),
            None => read_inputs(name, limit),
        };
        let mut done: Vec<Outcome> = Vec::new();
        // Each round writes the previous chunk (and reads the next) while this one is
        // evaluated on the other threads.
        while !chunk.is_empty() || !done.is_empty() {
            let previous = std::mem::take(&mut done);
            let current = std::mem::take(&mut chunk);
            let (next, results) = rayon::join(
                || {
                    sink.write(&mut out, previous);
                    match (&sink.broken, reader.as_mut()) {
                        (None, Some(lines)) => lines.chunk(chunk_size),
                        _ => Vec::new(),
                    }
                },
                || {
                    current
                        .into_par_iter()
                        .map(|input| input.and_then(|input| evaluate(&input)))
                        .collect::<Vec<Outcome>>()
                },
            );
            bar.inc(results.len() as u64);
            chunk = next;
            done = results;
        }
    }
    bar.finish_and_clear();
    sink.check(out.flush());
    // A closed pipe (`| head`) is the reader's choice, not an error.
    match sink.broken {
        Some(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("error: cannot write the report: {e}");
            return BAD_INPUT;
        }
        _ => {}
    }
    if sink.failed {
        BAD_INPUT
    } else if sink.tripped {
        1
    } else {
        0
    }
}

/// The warnings of a report (the profile's, then each obligation's), each naming the profile.
fn csv_warnings(name: &str, report: &lexpact_core::Report) -> Vec<String> {
    let profile = report.warnings.iter().map(|w| format!("{name}: {w}"));
    let results = report.results.iter().flat_map(|r| {
        r.warnings
            .iter()
            .map(move |w| format!("{name}: `{}`: {w}", r.obligation.id))
    });
    profile.chain(results).collect()
}

/// Where streamed results go, and what was seen on the way.
struct Sink {
    failed: bool,
    tripped: bool,
    /// The first write error (a closed pipe, `| head`, included): writing and reading stop.
    broken: Option<std::io::Error>,
}

impl Sink {
    fn write(&mut self, out: &mut impl Write, outcomes: Vec<Outcome>) {
        for outcome in outcomes {
            match outcome {
                Ok(rendered) => {
                    self.tripped |= rendered.trips;
                    for warning in &rendered.warnings {
                        eprintln!("warning: {warning}");
                    }
                    if self.broken.is_none() {
                        let written = out.write_all(&rendered.bytes);
                        self.check(written);
                    }
                }
                Err(d) => {
                    emit(&d.0, &[]);
                    self.failed = true;
                }
            }
        }
        let flushed = out.flush();
        self.check(flushed);
    }

    fn check(&mut self, result: std::io::Result<()>) {
        if let Err(e) = result
            && self.broken.is_none()
        {
            self.broken = Some(e);
        }
    }
}
