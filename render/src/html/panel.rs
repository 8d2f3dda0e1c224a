//! The details panel: for every cell a section with the obligation's text, verdict in full
//! (the range of an unknown one, why one does not apply), deadline, exception with its
//! justification and review, warnings, missing facts, the explanation tree and the facts read
//! with their values, every source in order and notes. An obligation evaluated in each
//! jurisdiction shows each unit's instead (`units.rs`).

use std::fmt::{self, Write as _};

use lexpact_core::report::{
    ClauseExplanation, ExceptionUse, Explanation, FactRead, ObligationResult, ReviewStatus, words,
};
use serde_json::Value as Json;

use super::cell::{cell_symbol, deadline, range_mark, value_text};
use super::escape::{Esc, EscPath};
use super::units::unit_details;
use super::{Column, Section};

/// The details panel: one hidden section per cell, shown by the script (or, without it, when
/// the cell's link makes it the `:target`).
pub(super) fn panel(s: &mut String, columns: &[Column], sections: &[Section]) -> fmt::Result {
    s.push_str(
        "<aside class=\"panel\" id=\"panel\" aria-label=\"Cell details\">\n<div class=\"panel-bar\">\
         <span>Details</span><a class=\"close\" id=\"panel-close\" href=\"#matrix\" \
         title=\"Close (Esc)\" aria-label=\"Close the details\">×</a></div>\n",
    );
    let rows = sections.iter().flat_map(|x| &x.rows);
    for (o, row) in rows.enumerate() {
        for (p, c) in columns.iter().enumerate() {
            if let Some(r) = c.by_id.get(row.obligation.id.as_str()) {
                section(s, p, o, c, r)?;
            }
        }
    }
    s.push_str("</aside>\n");
    Ok(())
}

fn section(s: &mut String, p: usize, o: usize, c: &Column, r: &ObligationResult) -> fmt::Result {
    let v = r.verdict.as_str();
    write!(
        s,
        "<section class=\"detail\" id=\"d{p}-{o}\" tabindex=\"-1\" aria-labelledby=\"h{p}-{o}\">\n\
         <p class=\"crumb\">{} · {} · <span class=\"nw\">as of {}</span></p>\n\
         <h2 id=\"h{p}-{o}\"><span class=\"cite\">{}</span> {}</h2>\n\
         <p class=\"verdict v-{v}\"><span aria-hidden=\"true\">{}</span> {}</p>\n\
         <dl class=\"kv\"><dt>Obligation</dt><dd><code>{}</code> in section {}</dd>",
        Esc(c.label),
        Esc(&c.report.profile.name),
        Esc(&c.report.as_of),
        Esc(&r.obligation.cite),
        Esc(&r.obligation.title),
        cell_symbol(r),
        Esc(&words::verdict_in_full(r)),
        Esc(&r.obligation.id),
        Esc(&r.obligation.group)
    )?;
    if !r.range.is_empty() {
        s.push_str("<dt>Could still be</dt><dd class=\"range-dd\">");
        range_mark(s, &r.range)?;
        write!(s, " {}</dd>", Esc(&words::range(&r.range)))?;
    }
    if let Some(reason) = r.reason {
        write!(
            s,
            "<dt>Not applicable</dt><dd>{}</dd>",
            Esc(words::reason(reason))
        )?;
    }
    if let Some(d) = deadline(&r.deadline) {
        write!(s, "<dt>Deadline</dt><dd>{}</dd>", Esc(&d))?;
    }
    if r.weight != 1.0 {
        write!(s, "<dt>Weight</dt><dd>{}</dd>", r.weight)?;
    }
    if !r.obligation.indicators.is_empty() {
        write!(
            s,
            "<dt>Indicators</dt><dd class=\"indicators\">{}</dd>",
            Esc(&r.obligation.indicators.join(", "))
        )?;
    }
    for passage in &r.obligation.amendments {
        write!(
            s,
            "<dt>Late amendment</dt><dd class=\"amendment\"><span class=\"amended\" \
             aria-hidden=\"true\">†</span> “{}”</dd>",
            Esc(passage)
        )?;
    }
    s.push_str("</dl>\n");
    if !r.obligation.text.is_empty() {
        writeln!(
            s,
            "<blockquote class=\"text\">{}</blockquote>",
            Esc(&r.obligation.text)
        )?;
    }
    if let Some(e) = &r.exception {
        exception(s, e)?;
    }
    list(s, "Warnings", "warnings", &r.warnings, false)?;
    if r.jurisdictions.is_empty() {
        super::status::missing_list(s, &r.missing, &r.missing_status)?;
        why(s, &r.explanation)?;
        facts(s, &r.facts)?;
    } else {
        // The aggregate's missing facts and facts are the units' together: shown unit by unit.
        unit_details(s, r)?;
    }
    s.push_str("</section>\n");
    Ok(())
}

/// The explanation trees, one per clause evaluated.
pub(super) fn why(s: &mut String, explanation: &[ClauseExplanation]) -> fmt::Result {
    if explanation.is_empty() {
        return Ok(());
    }
    s.push_str("<h3>Why</h3>\n<ul class=\"tree\">");
    for c in explanation {
        write!(s, "<li><span class=\"clause\">{}</span> ", Esc(&c.clause))?;
        node(s, &c.node, true)?;
        s.push_str("</li>");
    }
    s.push_str("</ul>\n");
    Ok(())
}

/// The facts read, with their values and sources.
pub(super) fn facts(s: &mut String, facts: &[FactRead]) -> fmt::Result {
    if facts.is_empty() {
        return Ok(());
    }
    s.push_str("<h3>Facts and sources</h3>\n<ul class=\"facts\">");
    for f in facts {
        fact(s, f)?;
    }
    s.push_str("</ul>\n");
    Ok(())
}

/// The exception claimed, its justification and source, and its review: whether it set the
/// obligation aside (accepted) or left it evaluated as usual.
fn exception(s: &mut String, e: &ExceptionUse) -> fmt::Result {
    let (heading, effect) = match e.review.status {
        ReviewStatus::Accepted => (
            "Exception accepted",
            "The review accepted the claim: the obligation does not apply.",
        ),
        _ => (
            "Exception claimed, not accepted",
            "The claim is shown beside the verdict; until a review accepts it, the obligation \
             is evaluated as usual.",
        ),
    };
    write!(
        s,
        "<h3>{heading}</h3>\n<div class=\"exception review-{}\"><p><q>{}</q> invoked: {}</p>",
        e.review.status.as_str(),
        Esc(&e.qualifier),
        Esc(&e.justification)
    )?;
    if let Some(source) = &e.source {
        s.push_str("<p class=\"src\">Source: ");
        source_html(s, source)?;
        s.push_str("</p>");
    }
    write!(
        s,
        "<dl class=\"kv review\"><dt>Review</dt><dd><b>{}</b></dd>",
        Esc(words::review_status(e.review.status))
    )?;
    for (name, value) in [
        ("By", &e.review.by),
        ("Date", &e.review.date),
        ("Note", &e.review.note),
    ] {
        if let Some(value) = value {
            write!(s, "<dt>{name}</dt><dd>{}</dd>", Esc(value))?;
        }
    }
    writeln!(s, "</dl><p class=\"effect\">{effect}</p></div>")
}

pub(super) fn list(
    s: &mut String,
    heading: &str,
    class: &str,
    items: &[impl AsRef<str>],
    code: bool,
) -> fmt::Result {
    if items.is_empty() {
        return Ok(());
    }
    write!(s, "<h3>{heading}</h3>\n<ul class=\"{class}\">")?;
    for item in items {
        if code {
            write!(s, "<li><code>{}</code></li>", EscPath(item.as_ref()))?;
        } else {
            write!(s, "<li>{}</li>", Esc(item.as_ref()))?;
        }
    }
    s.push_str("</ul>\n");
    Ok(())
}

/// An explanation node and, when facts were read below it, its children. A subtree that reads
/// no fact is a constant: its text says it all.
fn node(s: &mut String, n: &Explanation, root: bool) -> fmt::Result {
    write!(s, "<code class=\"expr\">{}</code>", EscPath(&n.expr))?;
    let constant = !reads_fact(n);
    if !constant || root {
        let class = match (&n.value, n.known) {
            (_, false) => "u",
            (Json::Bool(true), true) => "t",
            (Json::Bool(false), true) => "f",
            _ => "x",
        };
        write!(
            s,
            " <span class=\"val {class}\">{}</span>",
            Esc(&value_text(n))
        )?;
    }
    if !constant && !n.children.is_empty() {
        s.push_str("<ul>");
        for child in &n.children {
            s.push_str("<li>");
            node(s, child, false)?;
            s.push_str("</li>");
        }
        s.push_str("</ul>");
    }
    if n.truncated {
        // The explanation budget ran out below this node: say so rather than show less.
        s.push_str(" <span class=\"cut\">(more detail left out: max_explanation_nodes)</span>");
    }
    Ok(())
}

fn reads_fact(n: &Explanation) -> bool {
    n.fact.is_some() || n.children.iter().any(reads_fact)
}

fn fact(s: &mut String, f: &FactRead) -> fmt::Result {
    write!(s, "<li><code class=\"ptr\">{}</code> ", EscPath(&f.pointer))?;
    if let Some(v) = &f.value {
        write!(s, "<span class=\"val x\">{}</span> ", Esc(&v.to_string()))?;
    }
    if f.status != "known" {
        write!(
            s,
            "<span class=\"st\">{}</span>",
            Esc(&f.status.replace('_', " "))
        )?;
    }
    if let Some(period) = &f.in_force {
        write!(
            s,
            " <span class=\"inforce\">{}</span>",
            Esc(&words::in_force(period))
        )?;
    }
    // Every source, in the order the profile gives them (`source`, then `sources`).
    if f.sources.len() > 1 {
        s.push_str("<ol class=\"srcs\">");
        for source in &f.sources {
            s.push_str("<li class=\"src\">");
            source_html(s, source)?;
            s.push_str("</li>");
        }
        s.push_str("</ol>");
    } else {
        for source in &f.sources {
            s.push_str("<div class=\"src\">");
            source_html(s, source)?;
            s.push_str("</div>");
        }
    }
    if let Some(note) = &f.note {
        write!(
            s,
            "<div class=\"fnote\">Note: {}</div>",
            Esc(&words::plain(note))
        )?;
    }
    s.push_str("</li>");
    Ok(())
}

/// A source: its `cite` in full, its other fields (kind, retrieved, url, …) as small print.
/// Addresses stay text, never links: the page opens nothing by itself.
fn source_html(s: &mut String, source: &Json) -> fmt::Result {
    let Json::Object(fields) = source else {
        return write!(s, "{}", Esc(&words::plain(source)));
    };
    if let Some(cite) = fields.get("cite") {
        write!(
            s,
            "<span class=\"cite-src\">{}</span>",
            Esc(&words::plain(cite))
        )?;
    }
    for (k, v) in fields.iter().filter(|(k, _)| k.as_str() != "cite") {
        write!(
            s,
            " <span class=\"smeta\"><span class=\"k\">{}</span> {}</span>",
            Esc(k),
            Esc(&words::plain(v))
        )?;
    }
    Ok(())
}
