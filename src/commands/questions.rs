//! `lexpact questions PROFILE`: the profile's missing facts, those that could decide the most
//! unknown verdicts first (the ranking is the core's, `RuleSet::questions`).

use std::io::{BufWriter, Write};
use std::path::Path;

use lexpact_core::questions::{Question, Questions};
use lexpact_core::{Diagnostic, Diagnostics, EvaluateOptions, ProfileInput, Severity, boundary};

use crate::cli::{QuestionsArgs, QuestionsFormat};
use crate::diagnostics::emit;
use crate::load::{self, BAD_INPUT, Unread};

pub fn run(args: &QuestionsArgs) -> u8 {
    let (rules, as_of) = match super::rules_and_date(&args.rules, args.as_of.as_deref()) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let limit = rules.limits().max_source_bytes;
    let text = match read_profile(&args.profile, limit) {
        Ok(text) => text,
        Err(d) => {
            emit(&d.0, &[]);
            return BAD_INPUT;
        }
    };
    let options = EvaluateOptions::default().with_as_of(as_of);
    let asked = rules
        .questions(ProfileInput::text(&args.profile, &text), &options)
        .and_then(|questions| match args.format {
            QuestionsFormat::Json => boundary::questions_json(&questions),
            QuestionsFormat::Text => Ok(text_lines(&questions)),
        });
    let output = match asked {
        Ok(output) => output,
        Err(d) => {
            emit(&d.0, &[]);
            return BAD_INPUT;
        }
    };
    let mut out = BufWriter::new(std::io::stdout().lock());
    match out.write_all(output.as_bytes()).and_then(|()| out.flush()) {
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("error: cannot write the questions: {e}");
            BAD_INPUT
        }
        _ => 0,
    }
}

pub(crate) fn read_profile(name: &str, limit: usize) -> Result<String, Diagnostics> {
    let text = if name == "-" {
        load::read_stdin_within(limit)
    } else {
        load::read_text_within(Path::new(name), limit)
    };
    text.map_err(|unread| match unread {
        Unread::TooLarge(size) => load::profile_too_large(name, size, limit),
        Unread::Failed(message) => Diagnostics::single(Diagnostic::general(
            Severity::Error,
            lexpact_core::diagnostic::codes::IO,
            message,
            name,
        )),
    })
}

/// One line per question, most decisive first: the counts, the pointer, the type and the
/// description (the nearest enclosing one when the fact has none of its own).
fn text_lines(questions: &Questions) -> String {
    let mut text = format!(
        "{} unknown verdicts, {} missing facts ({} as of {})\n",
        questions.unknown,
        questions.questions.len(),
        questions.profile.name,
        questions.as_of
    );
    for q in &questions.questions {
        text.push_str(&line(q));
        text.push('\n');
    }
    text
}

fn line(q: &Question) -> String {
    let values = if q.allowed.is_empty() {
        q.fact_type.as_str().to_string()
    } else {
        let names: Vec<String> = q
            .allowed
            .iter()
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
            .collect();
        format!("{}: {}", q.fact_type.as_str(), names.join("|"))
    };
    let description = q
        .description
        .as_deref()
        .or_else(|| q.context.last().map(String::as_str))
        .map(|d| format!(" — {d}"))
        .unwrap_or_default();
    format!(
        "decides {:>3}  narrows {:>3}  {} ({values}; {}){description}",
        q.decides,
        q.narrows,
        q.pointer,
        lexpact_core::report::words::missing_status(&q.status)
    )
}
