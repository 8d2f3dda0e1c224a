//! The legend and the counts: totals per profile, stacked bars and per-section counts.

use std::fmt::{self, Write as _};

use lexpact_core::report::Counts;
use lexpact_core::{DeadlineStatus, Verdict};

use super::{Column, label, symbol};

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
        "facts are missing; the details list those that would settle it",
    ),
    (
        Verdict::NotApplicable,
        "the obligation does not apply to this State",
    ),
];

pub(super) fn legend(s: &mut String) -> fmt::Result {
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
         <span><b>exception</b>: the State invoked a qualifier of the text (“where appropriate”…) \
         with a justification</span></li>\n\
         <li class=\"deadlines\"><span><span class=\"tag\">overdue</span> not met after the \
         deadline, <span class=\"tag\">late</span> met after it, <span class=\"tag\">deadline ?</span> \
         cannot be told</span></li>\n</ul>\n\
         <p class=\"how\">Hover a cell for a summary. Click it, or reach it with Tab or the arrow \
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
    s.push_str("</tfoot>\n");
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
