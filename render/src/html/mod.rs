//! HTML: one self-contained page comparing profiles. A compliance matrix with obligations as
//! rows (grouped by section, in rule order) and profiles as columns, a legend, totals per
//! profile and per section; every cell gives a summary on hover (`title`, no script needed) and
//! a details panel on click or keyboard focus: explanation, missing facts, deadline, exception
//! and the sources of the facts.
//!
//! Nothing is fetched: the CSS and the small script are inline, and the page's Content Security
//! Policy refuses every request and every script but that one (allowed by its hash). Text from a
//! profile or a rule always goes through [`Esc`]. The page depends only on the reports, so the
//! same input gives the same bytes.

mod cell;
mod counts;
pub(crate) mod escape;
mod panel;
mod status;
#[cfg(test)]
mod tests;
mod units;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::{self, Write as _};
use std::io::{self, Write};

use lexpact_core::report::{Counts, ObligationResult};
use lexpact_core::{Report, Verdict};

use escape::Esc;

pub(crate) const CSS: &str = include_str!("matrix.css");
const SCRIPT: &str = include_str!("matrix.js");
/// The CSP source that lets [`SCRIPT`] run, and nothing else: `sha256-` and the base64 of
/// its SHA-256.
fn script_hash() -> String {
    use base64::prelude::{BASE64_STANDARD, Engine as _};
    use sha2::Digest as _;
    format!(
        "sha256-{}",
        BASE64_STANDARD.encode(sha2::Sha256::digest(SCRIPT.as_bytes()))
    )
}

pub fn write(out: &mut impl Write, reports: &[Report]) -> io::Result<()> {
    out.write_all(page(reports).map_err(io::Error::other)?.as_bytes())
}

/// The page as text: the bytes `write` writes.
pub fn page(reports: &[Report]) -> Result<String, fmt::Error> {
    let mut page = String::with_capacity(1 << 20);
    render(&mut page, reports)?;
    Ok(page)
}

/// A profile's column: its label and its results by obligation id.
struct Column<'a> {
    report: &'a Report,
    label: &'a str,
    by_id: BTreeMap<&'a str, &'a ObligationResult>,
}

/// A section of rows (a `group`), in order of first appearance; each row is an obligation as
/// the first report that has it describes it.
struct Section<'a> {
    name: &'a str,
    rows: Vec<&'a ObligationResult>,
}

fn columns(reports: &[Report]) -> Vec<Column<'_>> {
    reports
        .iter()
        .map(|report| Column {
            report,
            label: report
                .profile
                .state
                .as_deref()
                .unwrap_or(&report.profile.name),
            by_id: report
                .results
                .iter()
                .map(|r| (r.obligation.id.as_str(), r))
                .collect(),
        })
        .collect()
}

fn sections(reports: &[Report]) -> Vec<Section<'_>> {
    let mut sections: Vec<Section> = Vec::new();
    let mut seen = BTreeSet::new();
    for r in reports.iter().flat_map(|report| &report.results) {
        if !seen.insert(r.obligation.id.as_str()) {
            continue;
        }
        match sections
            .iter_mut()
            .find(|s| s.name == r.obligation.group.as_str())
        {
            Some(section) => section.rows.push(r),
            None => sections.push(Section {
                name: r.obligation.group.as_str(),
                rows: vec![r],
            }),
        }
    }
    sections
}

pub(crate) fn symbol(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Met => "✓",
        Verdict::PartiallyMet => "½",
        Verdict::NotMet => "✗",
        Verdict::Unknown => "?",
        Verdict::NotApplicable => "—",
    }
}

fn render(s: &mut String, reports: &[Report]) -> fmt::Result {
    let columns = columns(reports);
    let sections = sections(reports);
    let (name, version) = reports
        .first()
        .map(|r| (r.ruleset.name.as_str(), r.ruleset.version.as_str()))
        .unwrap_or_default();
    write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src '{}'; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"lexpact {}\">\n\
         <title>{} compliance matrix ({})</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n",
        script_hash(),
        env!("CARGO_PKG_VERSION"),
        Esc(name),
        plural(columns.len(), "profile")
    )?;
    header(s, name, version, &columns, &sections)?;
    profile_warnings(s, reports)?;
    let amended = sections
        .iter()
        .flat_map(|x| &x.rows)
        .any(|r| !r.obligation.amendments.is_empty());
    counts::legend(s, amended)?;
    s.push_str("<main>\n");
    if columns.is_empty() {
        s.push_str("<p class=\"empty\">No profile could be evaluated.</p>\n");
    } else {
        matrix(s, &columns, &sections)?;
    }
    s.push_str("</main>\n");
    panel::panel(s, &columns, &sections)?;
    write!(s, "<script>{SCRIPT}</script>\n</body>\n</html>\n")
}

fn header(
    s: &mut String,
    name: &str,
    version: &str,
    columns: &[Column],
    sections: &[Section],
) -> fmt::Result {
    let mut dates: Vec<&str> = Vec::new();
    for c in columns {
        if !dates.contains(&c.report.as_of.as_str()) {
            dates.push(&c.report.as_of);
        }
    }
    let rows: usize = sections.iter().map(|x| x.rows.len()).sum();
    // Obligations sharing a cite are one bullet of the text.
    let mut cites = BTreeSet::new();
    let bullets = sections
        .iter()
        .flat_map(|x| &x.rows)
        .filter(|r| r.obligation.cite.is_empty() || cites.insert(r.obligation.cite.as_str()))
        .count();
    let example = sections
        .iter()
        .flat_map(|x| &x.rows)
        .map(|r| r.obligation.cite.as_str())
        .find(|c| !c.is_empty())
        .unwrap_or("C.1(a)-1");
    write!(
        s,
        "<header class=\"top\">\n<p class=\"eyebrow\">Lexpact report</p>\n\
         <h1>Compliance matrix: {}</h1>\n<p class=\"version\">{}</p>\n<dl class=\"meta\">\n\
         <div><dt>As of</dt><dd>{}</dd></div>\n<div><dt>Profiles</dt><dd>{}</dd></div>\n\
         <div><dt>Obligations</dt><dd>{rows} in {}, {}</dd></div>\n</dl>\n<p class=\"note\">",
        Esc(name),
        Esc(version),
        Esc(&dates.join(", ")),
        columns.len(),
        plural(sections.len(), "section"),
        plural(bullets, "bullet"),
    )?;
    if !version.is_empty() {
        write!(
            s,
            "<strong>Citations</strong> (such as {}) refer to the text this rule set encodes: {}. ",
            Esc(example),
            Esc(version)
        )?;
    }
    s.push_str(
        "Each verdict is the rule set's reading of the profile's facts on its as-of date, not a \
         finding about the State.</p>\n</header>\n",
    );
    Ok(())
}

/// Problems with whole profiles (such as an exception for an obligation the rules lack), above
/// the matrix: they concern no one cell.
fn profile_warnings(s: &mut String, reports: &[Report]) -> fmt::Result {
    let warnings: Vec<(&str, &str)> = reports
        .iter()
        .flat_map(|r| {
            r.warnings
                .iter()
                .map(|w| (r.profile.name.as_str(), w.as_str()))
        })
        .collect();
    if warnings.is_empty() {
        return Ok(());
    }
    s.push_str("<section class=\"profile-warnings\">\n<h2>Warnings</h2>\n<ul>\n");
    for (profile, warning) in warnings {
        writeln!(
            s,
            "<li><strong>{}</strong>: {}</li>",
            Esc(profile),
            Esc(warning)
        )?;
    }
    s.push_str("</ul>\n</section>\n");
    Ok(())
}

/// The dagger of an obligation that rests on a passage marked as a late amendment, with the
/// passages in its tooltip; nothing without one.
fn amendment_mark(s: &mut String, amendments: &[String]) -> fmt::Result {
    if amendments.is_empty() {
        return Ok(());
    }
    let quoted: Vec<String> = amendments.iter().map(|a| format!("“{a}”")).collect();
    let title = format!(
        "{}: {}",
        lexpact_core::report::words::AMENDMENT_LEGEND,
        quoted.join(", ")
    );
    write!(
        s,
        "<span class=\"amended\" title=\"{t}\" aria-label=\"{t}\">†</span>",
        t = Esc(&title)
    )
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn matrix(s: &mut String, columns: &[Column], sections: &[Section]) -> fmt::Result {
    s.push_str(
        "<table class=\"matrix\" id=\"matrix\" aria-label=\"Verdicts by obligation and profile\">\n<thead>\n<tr>\
         <th scope=\"col\" class=\"corner\">Obligation<span>by section, in rule order</span></th>",
    );
    let dated = columns.iter().any(|c| {
        columns
            .first()
            .is_some_and(|f| f.report.as_of != c.report.as_of)
    });
    for (p, c) in columns.iter().enumerate() {
        write!(
            s,
            "<th scope=\"col\" class=\"profile\" data-profile=\"{p}\"><span class=\"pname\">{}</span>",
            Esc(c.label)
        )?;
        if c.report.profile.state.is_some() {
            let name = &c.report.profile.name;
            let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
            write!(
                s,
                "<span class=\"pfile\" title=\"{}\">{}</span>",
                Esc(name),
                Esc(file)
            )?;
        }
        let units = c.report.profile.jurisdictions.len();
        if units > 0 {
            // A federal State: its obligations evaluated in each jurisdiction open into units.
            write!(
                s,
                "<span class=\"pfile punits\">{}</span>",
                plural(units, "jurisdiction")
            )?;
        }
        if dated {
            write!(
                s,
                "<span class=\"pfile\">as of {}</span>",
                Esc(&c.report.as_of)
            )?;
        }
        counts::bar(s, &c.report.summary)?;
        s.push_str("</th>");
    }
    s.push_str("</tr>\n</thead>\n");
    let mut o = 0;
    for section in sections {
        let name = if section.name.is_empty() {
            "(no section)"
        } else {
            section.name
        };
        write!(
            s,
            "<tbody class=\"section\">\n<tr class=\"section-head\"><th scope=\"rowgroup\">\
             <span class=\"sname\">{}</span> <span class=\"scount\">{}</span></th>",
            Esc(name),
            plural(section.rows.len(), "obligation")
        )?;
        for c in columns {
            let mut counts = Counts::default();
            for r in section
                .rows
                .iter()
                .filter_map(|r| c.by_id.get(r.obligation.id.as_str()))
            {
                counts.add(r);
            }
            s.push_str("<td>");
            counts::bar(s, &counts)?;
            counts::mini(s, &counts)?;
            s.push_str("</td>");
        }
        s.push_str("</tr>\n");
        for row in &section.rows {
            write!(
                s,
                "<tr class=\"ob\"><th scope=\"row\" title=\"{}\"><div class=\"oh\"><span class=\"cite\">{}",
                Esc(row.obligation.text.as_str()),
                Esc(row.obligation.cite.as_str()),
            )?;
            amendment_mark(s, &row.obligation.amendments)?;
            write!(
                s,
                "</span><span class=\"otitle\">{}</span><code class=\"oid\">{}</code></div></th>",
                Esc(row.obligation.title.as_str()),
                Esc(row.obligation.id.as_str())
            )?;
            for (p, c) in columns.iter().enumerate() {
                cell::cell(s, p, o, c, c.by_id.get(row.obligation.id.as_str()).copied())?;
            }
            s.push_str("</tr>\n");
            o += 1;
        }
        s.push_str("</tbody>\n");
    }
    counts::totals(s, columns)?;
    s.push_str("</table>\n");
    Ok(())
}
