//! The diff as one self-contained HTML page, in the style of the compliance matrix: both
//! reports' summaries side by side, then the changed obligations grouped by section, each with
//! its mark, old → new verdict, and the parts and facts that changed.
//!
//! Nothing is fetched and nothing runs: the stylesheet is inline (the matrix's, plus
//! `diff.css`), and the page's Content Security Policy refuses every request and every script.
//! Text from a profile, a report or a rule always goes through `Esc`. The page depends only on
//! the diff, so the same input gives the same bytes.

#[cfg(test)]
mod tests;

use std::fmt::{self, Write as _};
use std::io::{self, Write};

use lexpact_core::Verdict;
use lexpact_core::diff::{ChangeMark, ChangedPart, ObligationChange, ReportDiff, ResultState};

use super::words;
use crate::html::escape::{Esc, EscPath};
use crate::html::{CSS, symbol};

const DIFF_CSS: &str = include_str!("diff.css");

pub fn write(out: &mut impl Write, diff: &ReportDiff) -> io::Result<()> {
    out.write_all(page(diff).map_err(io::Error::other)?.as_bytes())
}

/// The page as text: the bytes `write` writes.
pub fn page(diff: &ReportDiff) -> Result<String, fmt::Error> {
    let mut page = String::with_capacity(1 << 16);
    render(&mut page, diff)?;
    Ok(page)
}

/// The symbol of a mark, shown beside its word.
fn mark_symbol(mark: ChangeMark) -> &'static str {
    match mark {
        ChangeMark::Improved => "▲",
        ChangeMark::Regressed => "▼",
        ChangeMark::Changed => "◆",
        ChangeMark::Added => "+",
        ChangeMark::Removed => "−",
    }
}

/// What each mark means, for the legend.
const MEANING: [(ChangeMark, &str); 5] = [
    (ChangeMark::Improved, "a better verdict, or deadline status"),
    (ChangeMark::Regressed, "a worse verdict, or deadline status"),
    (ChangeMark::Changed, "different, neither better nor worse"),
    (ChangeMark::Added, "only in the new report"),
    (ChangeMark::Removed, "only in the old report"),
];

/// What lies between the two sides: `2023-06-30 to 2024-06-30`, `rule set v1 to v2`, or both.
fn span(diff: &ReportDiff) -> String {
    let mut parts = Vec::new();
    if diff.old.as_of != diff.new.as_of || diff.old.ruleset == diff.new.ruleset {
        parts.push(format!("{} to {}", diff.old.as_of, diff.new.as_of));
    }
    if diff.old.ruleset != diff.new.ruleset {
        let name = |r: &lexpact_core::report::RulesetInfo| {
            if r.version.is_empty() {
                r.name.clone()
            } else {
                format!("{} {}", r.name, r.version)
            }
        };
        parts.push(format!(
            "rule set {} to {}",
            name(&diff.old.ruleset),
            name(&diff.new.ruleset)
        ));
    }
    parts.join("; ")
}

fn render(s: &mut String, diff: &ReportDiff) -> fmt::Result {
    let subject = diff
        .new
        .profile
        .state
        .as_deref()
        .unwrap_or(&diff.new.profile.name);
    write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"lexpact {}\">\n\
         <title>{} progress: {} ({})</title>\n<style>\n{CSS}{DIFF_CSS}</style>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION"),
        Esc(&diff.new.ruleset.name),
        Esc(subject),
        Esc(&span(diff)),
    )?;
    header(s, diff, subject)?;
    legend(s)?;
    s.push_str("<main class=\"diff\">\n");
    totals(s, diff)?;
    if diff.changes.is_empty() {
        s.push_str("<p class=\"empty\">No obligation changed.</p>\n");
    }
    for (group, changes) in words::groups(&diff.changes) {
        group_table(s, group, &changes)?;
    }
    s.push_str("</main>\n</body>\n</html>\n");
    Ok(())
}

fn header(s: &mut String, diff: &ReportDiff, subject: &str) -> fmt::Result {
    let c = &diff.summary;
    write!(
        s,
        "<header class=\"top\">\n<p class=\"eyebrow\">Lexpact progress report</p>\n\
         <h1>Progress: {}</h1>\n<p class=\"version\">{}</p>\n<dl class=\"meta\">\n\
         <div><dt>Old</dt><dd>{}</dd></div>\n<div><dt>New</dt><dd>{}</dd></div>\n\
         <div><dt>Changes</dt><dd>{} improved, {} regressed, {} changed, {} added, {} removed; \
         {} unchanged</dd></div>\n</dl>\n",
        Esc(subject),
        Esc(&span(diff)),
        Esc(&words::side(&diff.old)),
        Esc(&words::side(&diff.new)),
        c.improved,
        c.regressed,
        c.changed,
        c.added,
        c.removed,
        c.unchanged
    )?;
    if !diff.warnings.is_empty() {
        s.push_str("<section class=\"profile-warnings\">\n<h2>Warnings</h2>\n<ul>\n");
        for warning in &diff.warnings {
            writeln!(s, "<li>{}</li>", Esc(warning))?;
        }
        s.push_str("</ul>\n</section>\n");
    }
    s.push_str(
        "<p class=\"note\">Each verdict is the rule set's reading of the profile's facts on its \
         as-of date, not a finding about the State. Obligations whose verdict, range, reason, \
         deadline status and exception did not change are counted, not listed.</p>\n</header>\n",
    );
    Ok(())
}

fn legend(s: &mut String) -> fmt::Result {
    s.push_str(
        "<section class=\"legend\" aria-labelledby=\"legend-h\">\n<h2 id=\"legend-h\">Legend</h2>\n\
         <ul class=\"marks\">\n",
    );
    for (mark, meaning) in MEANING {
        writeln!(
            s,
            "<li><span class=\"mk mk-{m}\"><span aria-hidden=\"true\">{}</span> {m}</span> {meaning}</li>",
            mark_symbol(mark),
            m = mark.as_str()
        )?;
    }
    s.push_str("</ul>\n<ul class=\"marks\">\n");
    for verdict in Verdict::ALL {
        writeln!(
            s,
            "<li><span class=\"chip v-{}\" aria-hidden=\"true\">{}</span> {}</li>",
            verdict.as_str(),
            symbol(verdict),
            words::verdict(verdict)
        )?;
    }
    s.push_str("</ul>\n</section>\n");
    Ok(())
}

/// The two reports' counts side by side, with the difference.
fn totals(s: &mut String, diff: &ReportDiff) -> fmt::Result {
    let (old, new) = (&diff.old.summary, &diff.new.summary);
    s.push_str(
        "<table class=\"totals\" aria-label=\"Both reports' counts\">\n<thead><tr>\
         <th scope=\"col\">Obligations</th><th scope=\"col\">Old</th><th scope=\"col\">New</th>\
         <th scope=\"col\">Change</th></tr></thead>\n<tbody>\n",
    );
    for verdict in Verdict::ALL {
        write!(
            s,
            "<tr data-verdict=\"{v}\"><th scope=\"row\"><span class=\"tl\"><span class=\"chip v-{v}\" \
             aria-hidden=\"true\">{}</span>{}</span></th>",
            symbol(verdict),
            words::verdict(verdict),
            v = verdict.as_str()
        )?;
        count_cells(s, old.of(verdict), new.of(verdict))?;
    }
    for (name, before, after) in [
        ("late", old.late, new.late),
        ("overdue", old.overdue, new.overdue),
        ("total", old.total, new.total),
    ] {
        write!(s, "<tr data-count=\"{name}\"><th scope=\"row\">{name}</th>")?;
        count_cells(s, before, after)?;
    }
    s.push_str("</tbody>\n</table>\n");
    Ok(())
}

fn count_cells(s: &mut String, old: usize, new: usize) -> fmt::Result {
    let delta = match new.cmp(&old) {
        std::cmp::Ordering::Greater => format!("<span class=\"delta-up\">+{}</span>", new - old),
        std::cmp::Ordering::Less => format!("<span class=\"delta-down\">−{}</span>", old - new),
        std::cmp::Ordering::Equal => String::new(),
    };
    writeln!(s, "<td>{old}</td><td>{new}</td><td>{delta}</td></tr>")
}

fn group_table(s: &mut String, group: &str, changes: &[&ObligationChange]) -> fmt::Result {
    let name = if group.is_empty() {
        "(no section)"
    } else {
        group
    };
    write!(
        s,
        "<section class=\"group\">\n<h2>{}</h2>\n<table class=\"changes\">\n<thead><tr>\
         <th scope=\"col\">Obligation</th><th scope=\"col\">Change</th><th scope=\"col\">Old</th>\
         <th scope=\"col\" class=\"arrow\" aria-label=\"to\"></th><th scope=\"col\">New</th>\
         <th scope=\"col\">Why</th></tr></thead>\n<tbody>\n",
        Esc(name)
    )?;
    for change in changes {
        row(s, change)?;
    }
    s.push_str("</tbody>\n</table>\n</section>\n");
    Ok(())
}

fn row(s: &mut String, change: &ObligationChange) -> fmt::Result {
    let o = &change.obligation;
    let m = change.mark.as_str();
    write!(
        s,
        "<tr class=\"change\" data-mark=\"{m}\"><th scope=\"row\" class=\"ob\" title=\"{}\">\
         <span class=\"cite\">{}</span> <span class=\"otitle\">{}</span> <code class=\"oid\">{}</code></th>\
         <td><span class=\"mk mk-{m}\"><span aria-hidden=\"true\">{}</span> {m}</span></td><td>",
        Esc(&o.text),
        Esc(&o.cite),
        Esc(&o.title),
        Esc(&o.id),
        mark_symbol(change.mark)
    )?;
    chip(s, change.old.as_ref())?;
    s.push_str("</td><td class=\"arrow\" aria-hidden=\"true\">→</td><td>");
    chip(s, change.new.as_ref())?;
    s.push_str("</td><td class=\"why\">");
    why(s, change)?;
    s.push_str("</td></tr>\n");
    Ok(())
}

fn chip(s: &mut String, state: Option<&ResultState>) -> fmt::Result {
    match state {
        Some(state) => write!(
            s,
            "<span class=\"vchip v-{}\" data-verdict=\"{}\"><span aria-hidden=\"true\">{}</span> {}</span>",
            state.verdict.as_str(),
            state.verdict.as_str(),
            symbol(state.verdict),
            Esc(&words::outcome(state))
        ),
        None => {
            s.push_str("<span class=\"vchip absent\">not in this report</span>");
            Ok(())
        }
    }
}

/// The deadline and exception changes, then the facts behind the change.
fn why(s: &mut String, change: &ObligationChange) -> fmt::Result {
    let (Some(old), Some(new)) = (&change.old, &change.new) else {
        return Ok(());
    };
    s.push_str("<ul>");
    for part in &change.parts {
        let (name, before, after) = match part {
            ChangedPart::Deadline => ("Deadline", words::deadline(old), words::deadline(new)),
            ChangedPart::Exception => {
                let (before, after) =
                    words::exception_change(old.exception.as_ref(), new.exception.as_ref());
                ("Exception", before, after)
            }
            ChangedPart::Verdict | ChangedPart::Range | ChangedPart::Reason => continue,
        };
        write!(
            s,
            "<li data-part=\"{}\"><b>{name}</b>: <span class=\"was\">{}</span> → {}</li>",
            part.as_str(),
            Esc(&before),
            Esc(&after)
        )?;
    }
    if change.facts.is_empty() {
        s.push_str("<li class=\"same\">No fact it reads changed.</li>");
    }
    for fact in &change.facts {
        let parts: Vec<&str> = fact.parts.iter().map(|p| p.as_str()).collect();
        write!(
            s,
            "<li class=\"fact\" data-parts=\"{}\"><code class=\"ptr\">{}</code>: \
             <span class=\"was\">{}</span> → {}</li>",
            parts.join(" "),
            EscPath(&fact.pointer),
            Esc(&words::fact(fact.old.as_ref())),
            Esc(&words::fact(fact.new.as_ref()))
        )?;
    }
    s.push_str("</ul>");
    Ok(())
}
