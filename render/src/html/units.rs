//! An obligation evaluated in each jurisdiction of a federal State: in its cell, the units met
//! of those concerned (`6/9`) and a native `<details>` that opens one sub-cell per unit in its
//! verdict's colour (no script needed, reachable by keyboard); in the details panel, the tally
//! and each unit's verdict, deadline, missing facts, explanation and facts with their sources.

use std::fmt::{self, Write as _};

use lexpact_core::report::{JurisdictionResult, ObligationResult, words};
use lexpact_core::{DeadlineStatus, Verdict};

use super::cell::{deadline, fact_text, range_mark, value_text};
use super::escape::Esc;
use super::panel::{facts, why};
use super::symbol;

/// Inside the cell's link: `6/9`, and the tally in words for screen readers.
pub(super) fn tally_mark(s: &mut String, r: &ObligationResult) -> fmt::Result {
    let (Some(tally), (met, concerned)) = (words::tally(r), words::met_of(&r.jurisdictions)) else {
        return Ok(());
    };
    write!(
        s,
        "<span class=\"tally\" aria-hidden=\"true\">{met}/{concerned}</span>\
         <span class=\"sr\"> ({})</span>",
        Esc(&tally)
    )
}

/// After the cell's link: the units, one sub-cell each, behind a `<details>` closed at first.
pub(super) fn unit_cells(s: &mut String, r: &ObligationResult) -> fmt::Result {
    if r.jurisdictions.is_empty() {
        return Ok(());
    }
    let (met, concerned) = words::met_of(&r.jurisdictions);
    write!(
        s,
        "<details class=\"units\"><summary>By jurisdiction <span class=\"ucount\">{met}/{concerned} met</span>\
         </summary><ul>"
    )?;
    for unit in &r.jurisdictions {
        write!(
            s,
            "<li class=\"unit v-{}\" data-unit=\"{}\" data-verdict=\"{}\" title=\"{}\">\
             <span class=\"sym\" aria-hidden=\"true\">{}</span><span class=\"uname\">{}</span> \
             <span class=\"word\">{}</span>",
            unit.verdict.as_str(),
            Esc(&unit.id),
            unit.verdict.as_str(),
            Esc(&unit_title(unit)),
            symbol(unit.verdict),
            Esc(&unit.name),
            Esc(&words::unit_verdict_in_full(unit)),
        )?;
        if !unit.range.is_empty() {
            range_mark(s, &unit.range)?;
        }
        if unit.verdict == Verdict::Unknown && !unit.missing.is_empty() {
            write!(
                s,
                "<span class=\"umissing\">missing: {}</span>",
                Esc(&super::status::missing_text(
                    &unit.missing,
                    &unit.missing_status
                ))
            )?;
        }
        s.push_str("</li>");
    }
    s.push_str("</ul></details>");
    Ok(())
}

/// A unit's plain-text summary, shown on hover: its verdict, deadline, missing facts, the
/// top of its explanation and its facts with every source.
fn unit_title(unit: &JurisdictionResult) -> String {
    let mut lines = vec![format!(
        "{} ({}): {}",
        unit.name,
        unit.id,
        words::unit_verdict_in_full(unit)
    )];
    if let Some(d) = deadline(&unit.deadline) {
        lines.push(format!("Deadline: {d}"));
    }
    if !unit.missing.is_empty() {
        lines.push(format!(
            "Missing facts: {}",
            super::status::missing_text(&unit.missing, &unit.missing_status)
        ));
    }
    if !unit.explanation.is_empty() {
        lines.push("Why:".to_string());
        for c in &unit.explanation {
            lines.push(format!("  {}: {}", c.clause, value_text(&c.node)));
        }
    }
    if !unit.facts.is_empty() {
        lines.push("Facts:".to_string());
        for f in &unit.facts {
            lines.push(format!("  {}", fact_text(f)));
        }
    }
    lines.join("\n")
}

/// In the details panel: the tally, then each unit in full.
pub(super) fn unit_details(s: &mut String, r: &ObligationResult) -> fmt::Result {
    let Some(tally) = words::tally(r) else {
        return Ok(());
    };
    write!(
        s,
        "<h3>By jurisdiction</h3>\n<p class=\"tally-words\">{}</p>\n",
        Esc(&tally)
    )?;
    for unit in &r.jurisdictions {
        write!(
            s,
            "<div class=\"unit-detail\" data-unit=\"{}\"><h4><span class=\"cite\">{}</span> {}",
            Esc(&unit.id),
            Esc(&unit.id),
            Esc(&unit.name),
        )?;
        if let Some(level) = &unit.level {
            write!(s, " <span class=\"lvl\">{}</span>", Esc(level))?;
        }
        write!(
            s,
            "</h4>\n<p class=\"verdict v-{}\"><span aria-hidden=\"true\">{}</span> {}</p>",
            unit.verdict.as_str(),
            symbol(unit.verdict),
            Esc(&words::unit_verdict_in_full(unit))
        )?;
        if let Some(d) = deadline(&unit.deadline) {
            write!(
                s,
                "<dl class=\"kv\"><dt>Deadline</dt><dd>{}</dd></dl>",
                Esc(&d)
            )?;
        }
        s.push('\n');
        if unit.verdict == Verdict::Unknown || unit.deadline.status == DeadlineStatus::Unknown {
            super::status::missing_list(s, &unit.missing, &unit.missing_status)?;
        }
        why(s, &unit.explanation)?;
        facts(s, &unit.facts)?;
        s.push_str("</div>\n");
    }
    Ok(())
}
