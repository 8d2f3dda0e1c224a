//! One cell of the matrix: its verdict mark, and its `title`, the plain-text summary shown on
//! hover (deadline, exception, missing facts, top-level explanation, facts and sources).

use std::fmt::{self, Write as _};

use lexpact_core::report::{DeadlineResult, Explanation, FactRead, ObligationResult};
use lexpact_core::{DeadlineStatus, Verdict};
use serde_json::Value as Json;

use super::escape::Esc;
use super::{Column, label, symbol};

/// The longest expression quoted in a `title`, in characters.
const TITLE_EXPR: usize = 160;

pub(super) fn cell(
    s: &mut String,
    p: usize,
    o: usize,
    column: &Column,
    result: Option<&ObligationResult>,
) -> fmt::Result {
    let Some(r) = result else {
        s.push_str(
            "<td class=\"m none\"><span class=\"sym\" aria-hidden=\"true\">·</span>\
             <span class=\"word\">not evaluated</span></td>",
        );
        return Ok(());
    };
    let v = r.verdict.as_str();
    let exc = if r.exception.is_some() { " exc" } else { "" };
    write!(
        s,
        "<td class=\"m v-{v}{exc}\"><a class=\"cell\" id=\"c{p}-{o}\" href=\"#d{p}-{o}\" \
         aria-controls=\"d{p}-{o}\" aria-expanded=\"false\" data-p=\"{p}\" data-o=\"{o}\" \
         data-verdict=\"{v}\" title=\"{}\"><span class=\"sym\" aria-hidden=\"true\">{}</span>\
         <span class=\"word\">{}</span>",
        Esc(&title(column.label, r)),
        symbol(r.verdict),
        short(r.verdict)
    )?;
    if r.exception.is_some() {
        s.push_str("<span class=\"tag\">§ exception</span>");
    }
    match r.deadline.status {
        DeadlineStatus::Overdue => s.push_str("<span class=\"tag\">overdue</span>"),
        DeadlineStatus::Late => s.push_str("<span class=\"tag\">late</span>"),
        DeadlineStatus::Unknown => s.push_str("<span class=\"tag\">deadline ?</span>"),
        _ => {}
    }
    s.push_str("</a></td>");
    Ok(())
}

fn short(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::PartiallyMet => "partial",
        Verdict::NotApplicable => "n/a",
        other => label(other),
    }
}

/// The plain-text summary shown on hover.
fn title(profile: &str, r: &ObligationResult) -> String {
    let mut lines = vec![
        format!("{profile} — {} {}", r.obligation.cite, r.obligation.title),
        format!("Verdict: {}", label(r.verdict)),
    ];
    if let Some(d) = deadline(&r.deadline) {
        lines.push(format!("Deadline: {d}"));
    }
    if let Some(e) = &r.exception {
        let source = e.source.as_ref().map(source_text).unwrap_or_default();
        lines.push(format!(
            "Exception “{}”: {}{}",
            e.qualifier,
            e.justification,
            if source.is_empty() {
                String::new()
            } else {
                format!(" [{source}]")
            }
        ));
    }
    for w in &r.warnings {
        lines.push(format!("Warning: {w}"));
    }
    if !r.missing.is_empty() {
        lines.push(format!("Missing facts: {}", r.missing.join(", ")));
    }
    if !r.explanation.is_empty() {
        lines.push("Why:".to_string());
        for c in &r.explanation {
            let expr: String = c.node.expr.chars().take(TITLE_EXPR).collect();
            let more = if expr.len() < c.node.expr.len() {
                "…"
            } else {
                ""
            };
            lines.push(format!(
                "  {}: {expr}{more} → {}",
                c.clause,
                value_text(&c.node)
            ));
        }
    }
    if !r.facts.is_empty() {
        lines.push("Facts:".to_string());
        for f in &r.facts {
            lines.push(format!("  {}", fact_text(f)));
        }
    }
    lines.push("Click or focus the cell for the full explanation.".to_string());
    lines.join("\n")
}

fn fact_text(f: &FactRead) -> String {
    let mut line = match (&f.value, f.status.as_str()) {
        (Some(v), "known") => format!("{} = {v}", f.pointer),
        (Some(v), status) => format!("{} = {v} ({status})", f.pointer),
        (None, status) => format!("{}: {status}", f.pointer),
    };
    for source in &f.sources {
        line.push_str(&format!(" — {}", source_text(source)));
    }
    if let Some(note) = &f.note {
        line.push_str(&format!("; note: {}", plain(note)));
    }
    line
}

/// A source as one line: its `cite`, then its other fields (`primary, retrieved 2024-05-15`).
pub(super) fn source_text(source: &Json) -> String {
    let Json::Object(fields) = source else {
        return plain(source);
    };
    let cite = fields.get("cite").map(plain).unwrap_or_default();
    let rest: Vec<String> = fields
        .iter()
        .filter(|(k, _)| k.as_str() != "cite")
        .map(|(k, v)| match k.as_str() {
            "kind" => plain(v),
            _ => format!("{k} {}", plain(v)),
        })
        .collect();
    match (cite.is_empty(), rest.is_empty()) {
        (_, true) => cite,
        (true, false) => rest.join(", "),
        (false, false) => format!("{cite} ({})", rest.join(", ")),
    }
}

/// A JSON value as text: strings without quotes, anything else as compact JSON.
pub(super) fn plain(value: &Json) -> String {
    match value {
        Json::String(text) => text.clone(),
        other => other.to_string(),
    }
}

pub(super) fn value_text(node: &Explanation) -> String {
    if node.known {
        node.value.to_string()
    } else {
        "unknown".to_string()
    }
}

pub(super) fn deadline(d: &DeadlineResult) -> Option<String> {
    let status = match d.status {
        DeadlineStatus::None => return None,
        DeadlineStatus::Unknown => "cannot be told".to_string(),
        other => other.as_str().replace('_', " "),
    };
    let mut parts = Vec::new();
    match (&d.from, &d.due) {
        (Some(from), Some(due)) => parts.push(format!("window {from} to {due}")),
        (None, Some(due)) => parts.push(format!("due {due}")),
        _ => {}
    }
    if let Some(met) = &d.met_on {
        parts.push(format!("met on {met}"));
    }
    if let Some(reading) = &d.reading {
        parts.push(format!("{} reading", reading.replace('_', " ")));
    }
    Some(if parts.is_empty() {
        status
    } else {
        format!("{status} ({})", parts.join(", "))
    })
}
