//! One cell of the matrix: its verdict mark (with the range of an unknown verdict, the reason
//! of a not-applicable one and any exception claimed), and its `title`, the plain-text summary
//! shown on hover (deadline, exception and its review, missing facts, top-level explanation,
//! facts and every source). An obligation evaluated in each jurisdiction adds its units
//! (`units.rs`).

use std::fmt::{self, Write as _};

use lexpact_core::report::{
    DeadlineResult, Explanation, FactRead, NotApplicableReason, ObligationResult, ReviewStatus,
    words,
};
use lexpact_core::{DeadlineStatus, Verdict};

use super::escape::Esc;
use super::units::{tally_mark, unit_cells};
use super::{Column, symbol};

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
    let mut class = format!("m v-{v}");
    let mut data = String::new();
    if let Some(reason) = r.reason {
        class.push_str(&format!(" na-{}", reason.as_str()));
        data.push_str(&format!(" data-reason=\"{}\"", reason.as_str()));
    }
    if !r.range.is_empty() {
        data.push_str(&format!(" data-range=\"{}\"", range_key(&r.range)));
    }
    if !r.jurisdictions.is_empty() {
        class.push_str(" fed");
        let (met, concerned) = words::met_of(&r.jurisdictions);
        data.push_str(&format!(" data-units=\"{met}/{concerned}\""));
    }
    if let Some(e) = &r.exception {
        class.push_str(match e.review.status {
            ReviewStatus::Accepted => " exc",
            _ => " claim",
        });
        data.push_str(&format!(" data-review=\"{}\"", e.review.status.as_str()));
    }
    write!(
        s,
        "<td class=\"{class}\"><a class=\"cell\" id=\"c{p}-{o}\" href=\"#d{p}-{o}\" \
         aria-controls=\"d{p}-{o}\" aria-expanded=\"false\" data-p=\"{p}\" data-o=\"{o}\" \
         data-verdict=\"{v}\"{data} title=\"{}\"><span class=\"sym\" aria-hidden=\"true\">{}</span>\
         <span class=\"word\">{}</span>",
        Esc(&title(column.label, r)),
        cell_symbol(r),
        short(r.verdict)
    )?;
    if !r.range.is_empty() {
        range_mark(s, &r.range)?;
    }
    tally_mark(s, r)?;
    if let Some(e) = &r.exception {
        let tag = match e.review.status {
            ReviewStatus::Accepted => "§ exception accepted",
            ReviewStatus::Contested => "§ claim contested",
            ReviewStatus::Pending => "§ claim pending",
            ReviewStatus::Unreviewed => "§ claim unreviewed",
        };
        write!(s, "<span class=\"tag\">{tag}</span>")?;
    }
    match r.deadline.status {
        DeadlineStatus::Overdue => s.push_str("<span class=\"tag\">overdue</span>"),
        DeadlineStatus::Late => s.push_str("<span class=\"tag\">late</span>"),
        DeadlineStatus::Unknown => s.push_str("<span class=\"tag\">deadline ?</span>"),
        _ => {}
    }
    s.push_str("</a>");
    unit_cells(s, r)?;
    s.push_str("</td>");
    Ok(())
}

/// A cell's symbol: the verdict's, but `§` for an obligation set aside by an accepted exception.
pub(super) fn cell_symbol(r: &ObligationResult) -> &'static str {
    match r.reason {
        Some(NotApplicableReason::Exception) => "§",
        _ => symbol(r.verdict),
    }
}

/// A range as a key for attributes and tests: its verdicts joined by `|`, as in the CSV.
pub(super) fn range_key(range: &[Verdict]) -> String {
    let keys: Vec<&str> = range.iter().map(|v| v.as_str()).collect();
    keys.join("|")
}

/// The verdicts an unknown one may still be, as their symbols in their colours (`½✓`), with the
/// words for screen readers.
pub(super) fn range_mark(s: &mut String, range: &[Verdict]) -> fmt::Result {
    s.push_str("<span class=\"range\" aria-hidden=\"true\">");
    for v in range {
        write!(s, "<i class=\"ink-{}\">{}</i>", v.as_str(), symbol(*v))?;
    }
    write!(
        s,
        "</span><span class=\"sr\"> ({})</span>",
        words::range(range)
    )
}

fn short(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::PartiallyMet => "partial",
        Verdict::NotApplicable => "n/a",
        other => words::verdict(other),
    }
}

/// The plain-text summary shown on hover.
fn title(profile: &str, r: &ObligationResult) -> String {
    let mut lines = vec![
        format!("{profile} — {} {}", r.obligation.cite, r.obligation.title),
        format!("Verdict: {}", words::verdict_in_full(r)),
    ];
    if let Some(tally) = words::tally(r) {
        lines.push(format!("By jurisdiction: {tally}"));
    }
    if let Some(d) = deadline(&r.deadline) {
        lines.push(format!("Deadline: {d}"));
    }
    if let Some(e) = &r.exception {
        lines.push(format!(
            "Exception claimed: {} — {}",
            e.qualifier,
            words::review(&e.review)
        ));
        lines.push(format!("  Justification: {}", e.justification));
        if let Some(source) = &e.source {
            lines.push(format!("  Source: {}", words::source(source)));
        }
    }
    for w in &r.warnings {
        lines.push(format!("Warning: {w}"));
    }
    if !r.missing.is_empty() {
        lines.push(format!(
            "Missing facts: {}",
            super::status::missing_text(&r.missing, &r.missing_status)
        ));
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

pub(super) fn fact_text(f: &FactRead) -> String {
    let mut line = match (&f.value, f.status.as_str()) {
        (Some(v), "known") => format!("{} = {v}", f.pointer),
        (Some(v), status) => format!("{} = {v} ({status})", f.pointer),
        (None, status) => format!("{}: {status}", f.pointer),
    };
    if let Some(period) = &f.in_force {
        line.push_str(&format!(", {}", words::in_force(period)));
    }
    for source in &f.sources {
        line.push_str(&format!(" — {}", words::source(source)));
    }
    if let Some(note) = &f.note {
        line.push_str(&format!("; note: {}", words::plain(note)));
    }
    line
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
        _ if d.in_window => parts.extend(words::open_window(d)),
        (Some(from), Some(due)) => parts.push(format!("window {from} to {due}")),
        (None, Some(due)) => parts.push(format!("due {due}")),
        _ => {}
    }
    if let Some(met) = words::met_on(d) {
        parts.push(met);
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
