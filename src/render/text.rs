//! The report as text for a terminal: one line per obligation, grouped by section, then the
//! facts each verdict rests on with their sources, and the missing facts an analyst needs
//! next; colour only when allowed.

use std::io::{self, Write};

use lexpact_core::report::{FactRead, ObligationResult};
use lexpact_core::{DeadlineStatus, Report, Verdict};

struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn verdict(&self, verdict: Verdict) -> String {
        let (code, label) = match verdict {
            Verdict::Met => ("32", "met"),
            Verdict::PartiallyMet => ("33", "partially met"),
            Verdict::NotMet => ("31", "not met"),
            Verdict::Unknown => ("35", "unknown"),
            Verdict::NotApplicable => ("2", "not applicable"),
        };
        self.wrap(code, &format!("{label:<14}"))
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
        "\n{} obligations: {} met, {} partially met, {} not met, {} unknown, {} not applicable; {} late, {} overdue",
        s.total, s.met, s.partially_met, s.not_met, s.unknown, s.not_applicable, s.late, s.overdue
    )
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
    if let Some(e) = &r.exception {
        writeln!(
            out,
            "{:>17}exception \"{}\": {}",
            "", e.qualifier, e.justification
        )?;
    }
    // A verdict is a claim: every one, `met` included, shows the facts it rests on.
    for fact in r.facts.iter().filter(|f| f.status == "known") {
        writeln!(out, "{:>17}{}", "", describe_fact(fact))?;
    }
    if r.verdict == Verdict::Unknown || r.deadline.status == DeadlineStatus::Unknown {
        for pointer in &r.missing {
            writeln!(out, "{:>17}missing {pointer}", "")?;
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

fn describe_fact(fact: &FactRead) -> String {
    let value = fact
        .value
        .as_ref()
        .map(|v| v.to_string())
        .unwrap_or_else(|| "?".to_string());
    let cites: Vec<String> = fact
        .sources
        .iter()
        .map(|s| {
            s.get("cite")
                .and_then(|c| c.as_str())
                .map(str::to_string)
                .unwrap_or_else(|| s.to_string())
        })
        .collect();
    let source = if cites.is_empty() {
        String::new()
    } else {
        format!(" ({})", cites.join("; "))
    };
    format!("{} = {value}{source}", fact.pointer)
}
