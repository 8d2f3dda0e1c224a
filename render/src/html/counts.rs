//! The legend and the counts: totals per profile (not applicable by reason, unknown by range),
//! stacked bars and per-section counts.

use std::collections::BTreeSet;
use std::fmt::{self, Write as _};

use lexpact_core::report::{Counts, NotApplicableReason, words};
use lexpact_core::{DeadlineStatus, Verdict};

use super::cell::{range_key, range_mark};
use super::{Column, symbol};

fn label(verdict: Verdict) -> &'static str {
    words::verdict(verdict)
}

/// What each verdict means, for the legend.
const MEANING: [(Verdict, &str); 5] = [
    (Verdict::Met, "the obligation's requirement holds"),
    (
        Verdict::PartiallyMet,
        "the requirement fails, its partial condition holds",
    ),
    (
        Verdict::NotMet,
        "neither the requirement nor the partial condition holds",
    ),
    (
        Verdict::Unknown,
        "facts are missing; the marks beside it are the verdicts still possible (½✓ at least \
         partially met, ✗✓ not met or met, —✗½✓ any, not applicable included); the details list \
         the facts that would settle it",
    ),
    (
        Verdict::NotApplicable,
        "not concerned: the obligation's condition of application (applies when) is false for \
         this State",
    ),
];

/// The legend; with `amended`, also the mark of an obligation resting on a late amendment.
pub(super) fn legend(s: &mut String, amended: bool) -> fmt::Result {
    s.push_str(
        "<section class=\"legend\" aria-labelledby=\"legend-h\">\n<h2 id=\"legend-h\">Legend</h2>\n<ul>\n",
    );
    for (verdict, meaning) in MEANING {
        writeln!(
            s,
            "<li data-verdict=\"{v}\"><span class=\"chip v-{v}\" aria-hidden=\"true\">{}</span>\
             <span><b>{}</b>: {meaning}</span></li>",
            symbol(verdict),
            label(verdict),
            v = verdict.as_str()
        )?;
    }
    s.push_str(
        "<li data-verdict=\"exception\"><span class=\"chip v-not_applicable exc\" aria-hidden=\"true\">§</span>\
         <span><b>not applicable, exception accepted</b>: the State invoked a qualifier of the text \
         (“where appropriate”…) with a justification, and a review accepted it</span></li>\n\
         <li data-verdict=\"claim\"><span class=\"chip claim\" aria-hidden=\"true\">§</span>\
         <span><b>exception claimed, not accepted</b> (contested, review pending or unreviewed): \
         shown in the cell beside the verdict, which is evaluated as usual</span></li>\n\
         <li class=\"deadlines\"><span><span class=\"tag\">overdue</span> not met after the \
         deadline, <span class=\"tag\">late</span> met after it, <span class=\"tag\">deadline ?</span> \
         cannot be told</span></li>\n",
    );
    if amended {
        writeln!(
            s,
            "<li class=\"amended-key\"><span class=\"amended\" aria-hidden=\"true\">†</span>\
             <span><b>late amendment</b> (beside a citation): the obligation {}</span></li>",
            words::AMENDMENT_LEGEND
        )?;
    }
    s.push_str(
        "</ul>\n<p class=\"how\">Hover a cell for a summary. Click it, or reach it with Tab or the arrow \
         keys, for the explanation, missing facts, deadline, exception and sources; Esc closes \
         the panel.</p>\n</section>\n",
    );
    Ok(())
}

pub(super) fn totals(s: &mut String, columns: &[Column]) -> fmt::Result {
    let counts: Vec<(Counts, usize)> = columns
        .iter()
        .map(|c| {
            let mut counts = Counts::default();
            for r in c.by_id.values() {
                counts.add(r);
            }
            let exceptions = c.by_id.values().filter(|r| r.exception.is_some()).count();
            (counts, exceptions)
        })
        .collect();
    write!(
        s,
        "<tfoot>\n<tr class=\"total-head\"><th scope=\"rowgroup\"><span class=\"sname\">Totals</span> \
         <span class=\"scount\">per profile</span></th><td colspan=\"{}\"></td></tr>\n",
        columns.len()
    )?;
    for verdict in Verdict::ALL {
        write!(
            s,
            "<tr class=\"total\" data-verdict=\"{v}\"><th scope=\"row\"><span class=\"tl\"><span class=\"chip v-{v}\" \
             aria-hidden=\"true\">{}</span>{}</span></th>",
            symbol(verdict),
            label(verdict),
            v = verdict.as_str()
        )?;
        for (p, (c, _)) in counts.iter().enumerate() {
            let n = c.of(verdict);
            let share = (n * 100).checked_div(c.total).unwrap_or(0);
            write!(
                s,
                "<td data-profile=\"{p}\" data-count=\"{n}\"{}><b>{n}</b> <span>{share}%</span></td>",
                if n == 0 { " class=\"zero\"" } else { "" }
            )?;
        }
        s.push_str("</tr>\n");
        match verdict {
            Verdict::Unknown => range_rows(s, &counts)?,
            Verdict::NotApplicable => reason_rows(s, &counts)?,
            _ => {}
        }
    }
    let column = |get: fn(&(Counts, usize)) -> usize| counts.iter().map(get).collect::<Vec<_>>();
    let extra = [
        ("all", "obligations", column(|(c, _)| c.total)),
        ("exception", "exceptions invoked", column(|(_, e)| *e)),
        (
            DeadlineStatus::Overdue.as_str(),
            "deadline overdue",
            column(|(c, _)| c.overdue),
        ),
        (
            DeadlineStatus::Late.as_str(),
            "deadline met late",
            column(|(c, _)| c.late),
        ),
    ];
    for (key, name, values) in extra {
        write!(s, "<tr class=\"total-{key}\"><th scope=\"row\">{name}</th>")?;
        for (p, n) in values.into_iter().enumerate() {
            let zero = if n == 0 { " class=\"zero\"" } else { "" };
            write!(
                s,
                "<td data-profile=\"{p}\" data-count=\"{n}\"{zero}><b>{n}</b></td>"
            )?;
        }
        s.push_str("</tr>\n");
    }
    super::status::total_rows(s, columns)?;
    s.push_str("</tfoot>\n");
    Ok(())
}

/// Under the `unknown` totals, one row per range some profile has, in the report's order.
fn range_rows(s: &mut String, counts: &[(Counts, usize)]) -> fmt::Result {
    let ranges: BTreeSet<&[Verdict]> = counts
        .iter()
        .flat_map(|(c, _)| &c.ranges)
        .map(|r| r.range.as_slice())
        .collect();
    for range in ranges {
        write!(
            s,
            "<tr class=\"total-range\" data-range=\"{}\"><th scope=\"row\"><span class=\"tl sub\">",
            range_key(range)
        )?;
        range_mark(s, range)?;
        write!(
            s,
            "<span aria-hidden=\"true\">{}</span></span></th>",
            words::range(range)
        )?;
        let per_column = counts.iter().map(|(c, _)| {
            c.ranges
                .iter()
                .find(|r| r.range.as_slice() == range)
                .map_or(0, |r| r.count)
        });
        sub_cells(s, per_column)?;
        s.push_str("</tr>\n");
    }
    Ok(())
}

/// Under the `not_applicable` totals, one row per reason.
fn reason_rows(s: &mut String, counts: &[(Counts, usize)]) -> fmt::Result {
    for (reason, chip, symbol) in [
        (NotApplicableReason::AppliesWhen, "v-not_applicable", "—"),
        (NotApplicableReason::Exception, "v-not_applicable exc", "§"),
    ] {
        write!(
            s,
            "<tr class=\"total-reason\" data-reason=\"{}\"><th scope=\"row\"><span class=\"tl sub\">\
             <span class=\"chip {}\" aria-hidden=\"true\">{}</span>{}</span></th>",
            reason.as_str(),
            chip,
            symbol,
            words::reason(reason)
        )?;
        sub_cells(
            s,
            counts.iter().map(|(c, _)| match reason {
                NotApplicableReason::AppliesWhen => c.not_applicable_applies_when,
                NotApplicableReason::Exception => c.not_applicable_exception,
            }),
        )?;
        s.push_str("</tr>\n");
    }
    Ok(())
}

/// The cells of a row of totals below a verdict: a count per profile.
fn sub_cells(s: &mut String, per_column: impl Iterator<Item = usize>) -> fmt::Result {
    for (p, n) in per_column.enumerate() {
        let zero = if n == 0 { " class=\"zero\"" } else { "" };
        write!(
            s,
            "<td data-profile=\"{p}\" data-count=\"{n}\"{zero}><b>{n}</b></td>"
        )?;
    }
    Ok(())
}

/// A stacked bar of verdict counts, labelled for screen readers.
pub(super) fn bar(s: &mut String, counts: &Counts) -> fmt::Result {
    let words: Vec<String> = Verdict::ALL
        .iter()
        .map(|v| format!("{} {}", counts.of(*v), label(*v)))
        .collect();
    write!(
        s,
        "<span class=\"bar\" role=\"img\" aria-label=\"{}\">",
        words.join(", ")
    )?;
    for v in Verdict::ALL.into_iter().filter(|v| counts.of(*v) > 0) {
        write!(
            s,
            "<i class=\"v-{}\" style=\"flex-grow:{}\"></i>",
            v.as_str(),
            counts.of(v)
        )?;
    }
    s.push_str("</span>");
    Ok(())
}

/// The non-zero counts of a section as `9 ✓ 14 ½ …`.
pub(super) fn mini(s: &mut String, counts: &Counts) -> fmt::Result {
    s.push_str("<span class=\"mini\">");
    for v in Verdict::ALL.into_iter().filter(|v| counts.of(*v) > 0) {
        write!(
            s,
            "<span class=\"ink-{}\" title=\"{}\">{} {}</span>",
            v.as_str(),
            label(v),
            counts.of(v),
            symbol(v)
        )?;
    }
    s.push_str("</span>");
    Ok(())
}
