//! The matrix's words for what a report counts across obligations and for the status of
//! missing facts: each missing fact with its status (not assessed marked apart from no data),
//! the totals by bullet and the distinct missing facts by status.

use std::collections::BTreeSet;
use std::fmt::{self, Write as _};

use lexpact_core::Verdict;
use lexpact_core::report::{BulletCounts, tallies, words};

use super::escape::{Esc, EscPath};
use super::{Column, symbol};

/// Missing facts with their status, for hover text: `/a (no data), /b (not assessed)`.
pub(super) fn missing_text(missing: &[std::sync::Arc<str>], status: &[String]) -> String {
    let facts: Vec<String> = missing
        .iter()
        .enumerate()
        .map(|(i, p)| words::missing_fact(p, status.get(i).map(String::as_str)))
        .collect();
    facts.join(", ")
}

/// The details panel's list of missing facts, each with its status; the class `s-STATUS` lets
/// `not_assessed` stand apart from `absent`.
pub(super) fn missing_list(
    s: &mut String,
    missing: &[std::sync::Arc<str>],
    status: &[String],
) -> fmt::Result {
    if missing.is_empty() {
        return Ok(());
    }
    s.push_str("<h3>Missing facts</h3>\n<ul class=\"missing\">");
    for (i, pointer) in missing.iter().enumerate() {
        match status.get(i) {
            Some(st) => write!(
                s,
                "<li class=\"s-{}\"><code>{}</code> <span class=\"mstatus\">{}</span></li>",
                Esc(st),
                EscPath(pointer),
                Esc(&words::missing_status(st))
            )?,
            None => write!(s, "<li><code>{}</code></li>", EscPath(pointer))?,
        }
    }
    s.push_str("</ul>\n");
    Ok(())
}

/// The totals' rows by bullet (obligations sharing a cite count once) and of the distinct
/// missing facts by status, one cell per profile.
pub(super) fn total_rows(s: &mut String, columns: &[Column]) -> fmt::Result {
    let bullets: Vec<BulletCounts> = columns
        .iter()
        .map(|c| BulletCounts::of(&c.by_id.values().copied().collect::<Vec<_>>()))
        .collect();
    let head = |s: &mut String, key: &str, name: &str| {
        write!(
            s,
            "<tr class=\"total-{key}\"><th scope=\"row\">{}</th>",
            Esc(name)
        )
    };
    head(s, "bullets", "bullets (a cite counts once)")?;
    cells(s, bullets.iter().map(|b| b.total))?;
    for verdict in Verdict::ALL {
        write!(
            s,
            "<tr class=\"total-bullet\" data-bullet=\"{v}\"><th scope=\"row\"><span class=\"chip v-{v}\" \
             aria-hidden=\"true\">{}</span>bullets {}</th>",
            symbol(verdict),
            words::verdict(verdict),
            v = verdict.as_str()
        )?;
        cells(s, bullets.iter().map(|b| b.of_verdict(verdict)))?;
    }
    let by_status: Vec<_> = columns
        .iter()
        .map(|c| tallies::missing_by_status(&c.by_id.values().copied().collect::<Vec<_>>()))
        .collect();
    let statuses: BTreeSet<&String> = by_status.iter().flat_map(|m| m.keys()).collect();
    for status in statuses {
        write!(
            s,
            "<tr class=\"total-missing s-{}\"><th scope=\"row\">missing facts: {}</th>",
            Esc(status),
            Esc(&words::missing_status(status))
        )?;
        let n = |m: &serde_json::Map<String, serde_json::Value>| {
            m.get(status.as_str())
                .and_then(serde_json::Value::as_u64)
                .and_then(|n| usize::try_from(n).ok())
                .unwrap_or(0)
        };
        cells(s, by_status.iter().map(n))?;
    }
    Ok(())
}

fn cells(s: &mut String, values: impl Iterator<Item = usize>) -> fmt::Result {
    for (p, n) in values.enumerate() {
        let zero = if n == 0 { " class=\"zero\"" } else { "" };
        write!(
            s,
            "<td data-profile=\"{p}\" data-count=\"{n}\"{zero}><b>{n}</b></td>"
        )?;
    }
    s.push_str("</tr>\n");
    Ok(())
}
