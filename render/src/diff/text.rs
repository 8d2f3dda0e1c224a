//! The diff as text for a terminal: both sides, the counts of changes, both summaries side by
//! side, then each changed obligation by section with its old and new result and the facts
//! behind it; colour only when allowed.

use std::io::{self, Write};

use lexpact_core::diff::{ChangeMark, ChangedPart, ObligationChange, ReportDiff, ResultState};
use lexpact_core::report::Counts;

use super::words;
use crate::paint::Paint;

impl Paint {
    fn mark(&self, mark: ChangeMark) -> String {
        let code = match mark {
            ChangeMark::Improved => "32",
            ChangeMark::Regressed => "31",
            ChangeMark::Changed => "33",
            ChangeMark::Added | ChangeMark::Removed => "36",
        };
        self.wrap(code, &format!("{:<10}", mark.as_str()))
    }
}

pub fn write(out: &mut impl Write, diff: &ReportDiff, colour: bool) -> io::Result<()> {
    let paint = Paint { on: colour };
    writeln!(
        out,
        "{} {}",
        paint.wrap("1", "old:"),
        words::side(&diff.old)
    )?;
    writeln!(
        out,
        "{} {}",
        paint.wrap("1", "new:"),
        words::side(&diff.new)
    )?;
    for warning in &diff.warnings {
        writeln!(out, "{}", paint.wrap("33", &format!("warning: {warning}")))?;
    }
    let s = &diff.summary;
    writeln!(
        out,
        "\n{} improved, {} regressed, {} changed, {} added, {} removed; {} unchanged",
        s.improved, s.regressed, s.changed, s.added, s.removed, s.unchanged
    )?;
    summaries(out, &diff.old.summary, &diff.new.summary)?;
    for (group, changes) in words::groups(&diff.changes) {
        let name = if group.is_empty() {
            "(no group)"
        } else {
            group
        };
        writeln!(out, "\n{}", paint.wrap("1", name))?;
        for change in changes {
            write_change(out, change, &paint)?;
        }
    }
    Ok(())
}

/// The two reports' counts side by side.
fn summaries(out: &mut impl Write, old: &Counts, new: &Counts) -> io::Result<()> {
    let rows = [
        ("obligations", old.total, new.total),
        ("met", old.met, new.met),
        ("partially met", old.partially_met, new.partially_met),
        ("not met", old.not_met, new.not_met),
        ("unknown", old.unknown, new.unknown),
        ("not applicable", old.not_applicable, new.not_applicable),
        ("late", old.late, new.late),
        ("overdue", old.overdue, new.overdue),
    ];
    writeln!(out, "\n{:<16}{:>6}{:>6}", "", "old", "new")?;
    for (name, before, after) in rows {
        writeln!(out, "{name:<16}{before:>6}{after:>6}")?;
    }
    Ok(())
}

fn write_change(out: &mut impl Write, change: &ObligationChange, paint: &Paint) -> io::Result<()> {
    let indent = format!("{:>13}", "");
    writeln!(
        out,
        "  {} {:<12} {}",
        paint.mark(change.mark),
        change.obligation.cite,
        change.obligation.title
    )?;
    writeln!(
        out,
        "{}",
        paint.wrap("2", &format!("{indent}{}", change.obligation.id))
    )?;
    match (&change.old, &change.new) {
        (Some(old), Some(new)) => {
            for part in &change.parts {
                if let Some(line) = part_line(*part, old, new) {
                    writeln!(out, "{indent}{line}")?;
                }
            }
        }
        (Some(only), None) | (None, Some(only)) => {
            writeln!(
                out,
                "{indent}verdict: {}; {}",
                words::outcome(only),
                words::deadline(only)
            )?;
        }
        (None, None) => {}
    }
    for fact in &change.facts {
        writeln!(
            out,
            "{indent}{}: {} → {}",
            fact.pointer,
            words::fact(fact.old.as_ref()),
            words::fact(fact.new.as_ref())
        )?;
    }
    Ok(())
}

/// One changed part, old → new; the range and reason are told with the verdict.
fn part_line(part: ChangedPart, old: &ResultState, new: &ResultState) -> Option<String> {
    let (name, before, after) = match part {
        ChangedPart::Verdict => ("verdict", words::outcome(old), words::outcome(new)),
        ChangedPart::Range | ChangedPart::Reason if old.verdict == new.verdict => {
            ("verdict", words::outcome(old), words::outcome(new))
        }
        ChangedPart::Range | ChangedPart::Reason => return None,
        ChangedPart::Deadline => ("deadline", words::deadline(old), words::deadline(new)),
        ChangedPart::Exception => {
            let (before, after) =
                words::exception_change(old.exception.as_ref(), new.exception.as_ref());
            ("exception", before, after)
        }
    };
    Some(format!("{name}: {before} → {after}"))
}
