//! The report as text for a terminal: one line per obligation, grouped by section, then what
//! qualifies its verdict (the range of an unknown one, why one does not apply, an exception
//! claimed and its review), the facts each verdict rests on with every source, and the missing
//! facts an analyst needs next; colour only when allowed. An obligation evaluated in each
//! jurisdiction of a federal State shows its tally, then each unit's verdict, facts and missing
//! facts. The words come from `lexpact_core::report::words`, shared with every other output.

use std::io::{self, Write};

use lexpact_core::report::{FactRead, JurisdictionResult, ObligationResult, words};
use lexpact_core::{DeadlineStatus, Report, Verdict};

use super::paint::Paint;

impl Paint {
    /// The verdict alone, padded so that cites and titles line up.
    fn verdict(&self, verdict: Verdict) -> String {
        self.wrap(
            Self::code(verdict),
            &format!("{:<14}", words::verdict(verdict)),
        )
    }
}

pub fn write(out: &mut impl Write, reports: &[Report], colour: bool) -> io::Result<()> {
    let paint = Paint { on: colour };
    for (i, report) in reports.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        write_one(out, report, &paint)?;
    }
    Ok(())
}

fn write_one(out: &mut impl Write, report: &Report, paint: &Paint) -> io::Result<()> {
    let state = report
        .profile
        .state
        .as_deref()
        .map(|s| format!(" ({s})"))
        .unwrap_or_default();
    let version = if report.ruleset.version.is_empty() {
        String::new()
    } else {
        format!(", {}", report.ruleset.version)
    };
    writeln!(
        out,
        "{}",
        paint.wrap("1", &format!("{}{state}", report.profile.name))
    )?;
    writeln!(
        out,
        "rule set {}{version}; as of {}",
        report.ruleset.name, report.as_of
    )?;
    for warning in &report.warnings {
        writeln!(out, "{}", paint.wrap("33", &format!("warning: {warning}")))?;
    }
    let mut group: Option<&str> = None;
    for r in &report.results {
        if group != Some(&r.obligation.group) {
            group = Some(&r.obligation.group);
            let name = if r.obligation.group.is_empty() {
                "(no group)"
            } else {
                &r.obligation.group
            };
            writeln!(out, "\n{}", paint.wrap("1", name))?;
        }
        write_result(out, r, paint)?;
    }
    let s = &report.summary;
    writeln!(
        out,
        "\n{}: {} met, {} partially met, {} not met, {} unknown, {} not applicable; {} late, {} overdue",
        words::totals(s),
        s.met,
        s.partially_met,
        s.not_met,
        s.unknown,
        s.not_applicable,
        s.late,
        s.overdue
    )?;
    for line in [
        Some(words::bullet_counts(&s.bullets)),
        words::unknown_counts(s),
        words::not_applicable_counts(s),
        words::missing_by_status(&s.missing_by_status),
    ]
    .into_iter()
    .flatten()
    {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

fn write_result(out: &mut impl Write, r: &ObligationResult, paint: &Paint) -> io::Result<()> {
    let deadline = match r.deadline.status {
        DeadlineStatus::None => String::new(),
        status => {
            let reading = r
                .deadline
                .reading
                .as_deref()
                .map(|x| format!(", {}", x.replace('_', " ")))
                .unwrap_or_default();
            format!(" [{}{reading}]", status.as_str().replace('_', " "))
        }
    };
    writeln!(
        out,
        "  {} {:<12} {}{deadline}",
        paint.verdict(r.verdict),
        r.obligation.cite,
        r.obligation.title
    )?;
    let detail = paint.wrap("2", &format!("{:>16} {}", "", r.obligation.id));
    writeln!(out, "{detail}")?;
    for line in words::indicators(&r.obligation)
        .into_iter()
        .chain(words::amendments(&r.obligation))
    {
        writeln!(out, "{:>17}{line}", "")?;
    }
    // The verdict in full when something qualifies it: its range, or why it does not apply.
    if !r.range.is_empty() || r.reason.is_some() {
        let full = paint.wrap(Paint::code(r.verdict), &words::verdict_in_full(r));
        writeln!(out, "{:>17}{full}", "")?;
    }
    let tally = words::tally(r);
    if let Some(tally) = &tally {
        writeln!(out, "{:>17}{tally}", "")?;
    }
    if let Some(met_on) = words::met_on(&r.deadline) {
        writeln!(out, "{:>17}{met_on}", "")?;
    }
    if let Some(window) = words::open_window(&r.deadline) {
        writeln!(out, "{:>17}{window}", "")?;
    }
    if let Some(e) = &r.exception {
        writeln!(out, "{:>17}{}", "", words::exception(e))?;
        writeln!(out, "{:>19}justification: {}", "", e.justification)?;
        if let Some(source) = &e.source {
            writeln!(out, "{:>19}source: {}", "", words::source(source))?;
        }
    }
    if tally.is_some() {
        // Each unit shows its own facts and missing facts; the aggregate's are their union.
        for unit in &r.jurisdictions {
            write_unit(out, unit, paint)?;
        }
    } else {
        // A verdict is a claim: every one, `met` included, shows the facts it rests on.
        for fact in r.facts.iter().filter(|f| f.status == "known") {
            writeln!(out, "{:>17}{}", "", describe_fact(fact))?;
        }
        if r.verdict == Verdict::Unknown || r.deadline.status == DeadlineStatus::Unknown {
            for (i, pointer) in r.missing.iter().enumerate() {
                let fact =
                    words::missing_fact(pointer, r.missing_status.get(i).map(String::as_str));
                writeln!(out, "{:>17}missing {fact}", "")?;
            }
        }
    }
    for warning in &r.warnings {
        writeln!(
            out,
            "{:>17}{}",
            "",
            paint.wrap("33", &format!("warning: {warning}"))
        )?;
    }
    Ok(())
}

/// One unit of an obligation evaluated in each jurisdiction: its name and verdict in full, then,
/// further in, the date it met the obligation, its facts and its missing facts.
fn write_unit(out: &mut impl Write, unit: &JurisdictionResult, paint: &Paint) -> io::Result<()> {
    let verdict = paint.wrap(
        Paint::code(unit.verdict),
        &words::unit_verdict_in_full(unit),
    );
    writeln!(out, "{:>17}{} ({}): {verdict}", "", unit.name, unit.id)?;
    if let Some(met_on) = words::met_on(&unit.deadline) {
        writeln!(out, "{:>19}{met_on}", "")?;
    }
    if let Some(window) = words::open_window(&unit.deadline) {
        writeln!(out, "{:>19}{window}", "")?;
    }
    for fact in unit.facts.iter().filter(|f| f.status == "known") {
        writeln!(out, "{:>19}{}", "", describe_fact(fact))?;
    }
    if unit.verdict == Verdict::Unknown || unit.deadline.status == DeadlineStatus::Unknown {
        for (i, pointer) in unit.missing.iter().enumerate() {
            let fact = words::missing_fact(pointer, unit.missing_status.get(i).map(String::as_str));
            writeln!(out, "{:>19}missing {fact}", "")?;
        }
    }
    Ok(())
}

fn describe_fact(fact: &FactRead) -> String {
    let value = fact
        .value
        .as_ref()
        .map(|v| v.to_string())
        .unwrap_or_else(|| "?".to_string());
    // Every source in the order the profile gives them; by its cite alone when it has one.
    let cites: Vec<String> = fact
        .sources
        .iter()
        .map(|s| {
            s.get("cite")
                .map(words::plain)
                .unwrap_or_else(|| words::source(s))
        })
        .collect();
    let source = if cites.is_empty() {
        String::new()
    } else {
        format!(" ({})", cites.join("; "))
    };
    // A fact read from a history: the period the value read was in force.
    let period = fact
        .in_force
        .as_ref()
        .map(|p| format!(", {}", words::in_force(p)))
        .unwrap_or_default();
    format!("{} = {value}{period}{source}", fact.pointer)
}
