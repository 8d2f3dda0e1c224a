//! Findings expected in the rule file, as Rust's `#[expect(lint, reason = "…")]` works:
//!
//! ```text
//! # lint: expect(L0103, reason = "the qualifier bears on the partners named, not the duty")
//! obligation … { … }
//! ```
//!
//! The directive is a comment on the lines just before an obligation, a definition, a clause
//! or the `schema` declaration (other comments may stand between); it may go on over the
//! comment lines after it until its closing `)`. It names one or more lints by code or name,
//! and a reason. A finding of a named lint inside what the directive stands before is not
//! reported. A directive without a reason, naming an unknown lint or standing before nothing
//! is `bad-expectation` (L0001); a lint it names that finds nothing there is
//! `unfulfilled-expectation` (L0002), so a fixed rule does not keep a stale allowance.

use std::collections::BTreeMap;

use lexpact_grammar::Span;
use lexpact_grammar::ast::{Comment, File, Item};

use super::catalogue::{self, BAD_EXPECTATION, UNFULFILLED};
use super::{Context, Finding, Lint};

/// How many comment lines one directive may run over.
const MAX_LINES: usize = 8;

/// What a directive expects: the file (by index), the bytes of what it stands before, and
/// the lint's code.
type Expected = (usize, usize, usize, &'static str);

/// A directive read from the comments.
struct Directive {
    /// The directive's comment lines.
    span: Span,
    lints: Vec<&'static Lint>,
    problems: Vec<String>,
    /// What it applies to.
    target: Option<Span>,
}

pub(crate) fn apply(cx: &mut Context<'_>) {
    let mut reports = Vec::new();
    // The directives by what they expect where: several naming one lint before one item are
    // checked together, so the work is bounded by the findings, not by findings × directives.
    let mut expected: BTreeMap<Expected, Vec<(Span, &'static Lint)>> = BTreeMap::new();
    for (index, parsed) in cx.files.iter().enumerate() {
        for directive in directives(&parsed.file, &parsed.source.text) {
            for problem in &directive.problems {
                reports.push((index, directive.span, &BAD_EXPECTATION, problem.clone()));
            }
            let Some(target) = directive.target else {
                continue;
            };
            for lint in directive.lints {
                expected
                    .entry((index, target.start, target.end, lint.code))
                    .or_default()
                    .push((directive.span, lint));
            }
        }
    }
    // The findings in order of file and place, to find those inside a target by bisection.
    let place = |f: &Finding| (f.diagnostic.file.clone(), f.diagnostic.span.start);
    let mut order: Vec<(String, usize, usize)> = cx
        .findings
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let (file, start) = place(f);
            (file, start, i)
        })
        .collect();
    order.sort();
    let mut covered = vec![false; cx.findings.len()];
    for ((index, start, end, code), directives) in expected {
        let Some(name) = cx.files.get(index).map(|p| p.source.name.clone()) else {
            continue;
        };
        let first = order.partition_point(|(file, at, _)| (file, *at) < (&name, start));
        let mut fulfilled = false;
        for (_, _, i) in order
            .get(first..)
            .unwrap_or_default()
            .iter()
            .take_while(|(file, at, _)| *file == name && *at < end)
        {
            if cx.findings.get(*i).is_some_and(|f| f.lint.code == code) {
                fulfilled = true;
                if let Some(c) = covered.get_mut(*i) {
                    *c = true;
                }
            }
        }
        if fulfilled {
            continue;
        }
        for (span, lint) in directives.into_iter().filter(|(_, l)| checked(l)) {
            reports.push((
                index,
                span,
                &UNFULFILLED,
                format!(
                    "`{}` ({}) is expected here but finds nothing",
                    lint.name, lint.code
                ),
            ));
        }
    }
    let mut at = 0;
    cx.findings.retain(|_| {
        let keep = !covered.get(at).copied().unwrap_or(false);
        at += 1;
        keep
    });
    for (file, span, lint, message) in reports {
        cx.report(lint, file, span, message, None);
    }
}

/// Whether this build runs `lint` (the pinned texts may be left out of it).
fn checked(lint: &Lint) -> bool {
    cfg!(feature = "pinned-text") || lint.code != catalogue::TEXT_NOT_IN_SOURCE.code
}

fn directives(file: &File, source: &str) -> Vec<Directive> {
    let mut found = Vec::new();
    let mut index = 0;
    while let Some(comment) = file.comments.get(index) {
        index += 1;
        let Some(rest) = comment.text.trim().strip_prefix("lint:") else {
            continue;
        };
        let mut text = rest.trim().to_string();
        let mut span = comment.span;
        let mut lines = 1;
        while !text.trim_end().ends_with(')') && lines < MAX_LINES {
            let Some(next) = file.comments.get(index) else {
                break;
            };
            text.push(' ');
            text.push_str(next.text.trim());
            span.end = next.span.end;
            index += 1;
            lines += 1;
        }
        let (lints, mut problems) = parse(&text);
        let target = target(file, source, span.end);
        if target.is_none() {
            problems.push(
                "the expectation stands before no obligation, definition, clause or `schema` declaration"
                    .to_string(),
            );
        }
        found.push(Directive {
            span,
            lints,
            problems,
            target,
        });
    }
    found
}

/// The lints a directive names, and what is wrong with it.
fn parse(text: &str) -> (Vec<&'static Lint>, Vec<String>) {
    let mut lints = Vec::new();
    let mut problems = Vec::new();
    let Some(args) = text
        .strip_prefix("expect")
        .map(str::trim_start)
        .and_then(|t| t.strip_prefix('('))
        .and_then(|t| t.trim_end().strip_suffix(')'))
    else {
        problems.push("a lint directive reads `lint: expect(CODE, reason = \"…\")`".to_string());
        return (lints, problems);
    };
    let (names, reason) = match args.find("reason") {
        Some(at) => (args.get(..at).unwrap_or_default(), args.get(at..)),
        None => (args, None),
    };
    let reason = reason
        .and_then(|r| r.strip_prefix("reason"))
        .map(str::trim_start)
        .and_then(|r| r.strip_prefix('='))
        .map(|r| r.trim().trim_matches('"').trim());
    if reason.is_none_or(str::is_empty) {
        problems.push("the expectation gives no reason: add `reason = \"…\"`, the legal ground for the exception to the lint".to_string());
    }
    for name in names.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        match catalogue::find(name) {
            Some(lint) => lints.push(lint),
            None => problems.push(format!("no lint is named `{name}`")),
        }
    }
    if lints.is_empty() && problems.iter().all(|p| !p.starts_with("no lint")) {
        problems.push("the expectation names no lint".to_string());
    }
    (lints, problems)
}

/// The span of the item or clause that starts at the first code after `from` (white space and
/// comments skipped).
fn target(file: &File, source: &str, from: usize) -> Option<Span> {
    let mut at = from;
    let mut comments = file
        .comments
        .iter()
        .filter(|c: &&Comment| c.span.start >= from)
        .peekable();
    loop {
        let rest = source.get(at..)?;
        at += rest.len() - rest.trim_start().len();
        match comments.peek() {
            Some(c) if c.span.start == at => {
                at = c.span.end;
                comments.next();
            }
            _ => break,
        }
    }
    file.items.iter().find_map(|item| match item {
        Item::Obligation(o) if o.span.start == at => Some(o.span),
        Item::Obligation(o) if o.span.start < at && at < o.span.end => o
            .clauses
            .iter()
            .find(|c| c.span.start == at)
            .map(|c| c.span),
        Item::Define(_) | Item::Schema(_) if item.span().start == at => Some(item.span()),
        _ => None,
    })
}
