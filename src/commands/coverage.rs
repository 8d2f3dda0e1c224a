//! `lexpact coverage --library NAME`: what the library made of each paragraph of its text,
//! read from the table shipped with it and checked against the compiled rules.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use lexpact_core::coverage::{self, CoverageRow, CoverageStatus};
use lexpact_core::library::CoverageSection;
use lexpact_core::{RuleSet, library};

use crate::cli::{CoverageArgs, CoverageFormat};
use crate::diagnostics::emit;
use crate::load::BAD_INPUT;

pub fn run(args: &CoverageArgs) -> u8 {
    let Some(lib) = library::library(&args.library) else {
        let names: Vec<&str> = library::LIBRARIES.iter().map(|l| l.name).collect();
        eprintln!(
            "error: no bundled library `{}`; the bundled libraries are: {}",
            args.library,
            names.join(", ")
        );
        return BAD_INPUT;
    };
    let Some(coverage) = library::coverage(lib.name) else {
        eprintln!("error: library `{}` has no coverage table", lib.name);
        return BAD_INPUT;
    };
    let rules = match RuleSet::library(lib.name) {
        Ok(rules) => rules,
        Err(d) => {
            emit(&d.0, &library::library_sources(lib));
            return BAD_INPUT;
        }
    };
    let rows = match coverage::parse(coverage.table) {
        Ok(rows) => rows,
        Err(e) => {
            eprintln!("error: the coverage table of `{}`: {e}", lib.name);
            return BAD_INPUT;
        }
    };
    let text = match args.format {
        CoverageFormat::Text => text(&rows, &rules),
        CoverageFormat::Markdown => markdown(lib, coverage, &rows, &rules),
        CoverageFormat::Json => match serde_json::to_string_pretty(&rows) {
            Ok(json) => json + "\n",
            Err(e) => {
                eprintln!("error: {e}");
                return BAD_INPUT;
            }
        },
    };
    print!("{text}");
    let problems = coverage::problems(&rows, &rules);
    for problem in &problems {
        eprintln!("error: coverage of `{}`: {problem}", lib.name);
    }
    if problems.is_empty() { 0 } else { 1 }
}

fn status_label(status: CoverageStatus) -> &'static str {
    match status {
        CoverageStatus::Encoded => "encoded",
        CoverageStatus::Qualitative => "qualitative",
        CoverageStatus::NotState => "not addressed to States",
        CoverageStatus::Descriptive => "descriptive",
    }
}

/// Sections in the order the table gives them, each with its rows.
fn sections(rows: &[CoverageRow]) -> Vec<(&str, Vec<&CoverageRow>)> {
    let mut out: Vec<(&str, Vec<&CoverageRow>)> = Vec::new();
    for row in rows {
        match out.last_mut() {
            Some((section, list)) if *section == row.section => list.push(row),
            _ => out.push((&row.section, vec![row])),
        }
    }
    out
}

fn totals(rows: &[&CoverageRow]) -> String {
    let parts: Vec<String> = [
        CoverageStatus::Encoded,
        CoverageStatus::Qualitative,
        CoverageStatus::NotState,
        CoverageStatus::Descriptive,
    ]
    .into_iter()
    .map(|status| (status, rows.iter().filter(|r| r.status == status).count()))
    .filter(|(_, n)| *n > 0)
    .map(|(status, n)| format!("{n} {}", status_label(status)))
    .collect();
    let noun = if rows.len() == 1 {
        "paragraph"
    } else {
        "paragraphs"
    };
    format!("{} {noun}: {}", rows.len(), parts.join(", "))
}

/// The indicators of a row's obligations: `icmec:1, lanzarote:18`, or `none`, for a row of one
/// obligation; each obligation's id before its own with several (`` `a`: icmec:1; `b`: none ``,
/// the ids in backticks when `code`); empty for a row with no obligation.
fn indicators(row: &CoverageRow, rules: &RuleSet, code: bool) -> String {
    let of = |id: &str| {
        let list = rules
            .obligations()
            .iter()
            .find(|o| o.id() == id)
            .map(|o| o.identity.indicators.join(", "))
            .unwrap_or_default();
        if list.is_empty() {
            "none".to_string()
        } else {
            list
        }
    };
    match row.obligations.as_slice() {
        [] => String::new(),
        [one] => of(one),
        many => {
            let parts: Vec<String> = many
                .iter()
                .map(|id| {
                    if code {
                        format!("`{id}`: {}", of(id))
                    } else {
                        format!("{id}: {}", of(id))
                    }
                })
                .collect();
            parts.join("; ")
        }
    }
}

fn text(rows: &[CoverageRow], rules: &RuleSet) -> String {
    let mut out = String::new();
    for (section, list) in sections(rows) {
        let _ = writeln!(out, "{section}  ({})", totals(&list));
        for row in list {
            let detail = if row.obligations.is_empty() {
                row.reason.clone()
            } else {
                row.obligations.join(", ")
            };
            let _ = writeln!(
                out,
                "  {:<12} {:<24} {}…\n  {:<12} {:<24} {detail}",
                row.paragraph,
                status_label(row.status),
                row.opening,
                "",
                ""
            );
            let indicators = indicators(row, rules, false);
            if !indicators.is_empty() {
                let _ = writeln!(out, "  {:<12} {:<24} indicators: {indicators}", "", "");
            }
        }
        out.push('\n');
    }
    let all: Vec<&CoverageRow> = rows.iter().collect();
    let _ = writeln!(out, "{}", totals(&all));
    out
}

fn markdown(
    lib: &library::Library,
    coverage: &library::Coverage,
    rows: &[CoverageRow],
    rules: &RuleSet,
) -> String {
    let titles: BTreeMap<&str, &str> = rules
        .obligations()
        .iter()
        .map(|o| (o.id(), o.identity.title.as_str()))
        .collect();
    let mut out = String::new();
    let _ = writeln!(out, "# Coverage of the `{}` library\n", lib.name);
    let _ = writeln!(out, "{}.\n", lib.description);
    let _ = writeln!(
        out,
        "Generated by `lexpact coverage --library {} --format markdown` from the table shipped \
         with the library; a test keeps this page equal to that output, and the command checks \
         the table against the compiled rules (every obligation in a paragraph, every named \
         obligation defined).\n",
        lib.name
    );
    let all: Vec<&CoverageRow> = rows.iter().collect();
    let _ = writeln!(out, "{}.\n", totals(&all));
    for (section, list) in sections(rows) {
        let _ = writeln!(out, "## {section}\n\n{}.\n", totals(&list));
        let _ = writeln!(
            out,
            "| Paragraph | Opening words | Status | Obligations, or why not checkable | Indicators |"
        );
        let _ = writeln!(out, "|---|---|---|---|---|");
        for row in list {
            let mut detail: Vec<String> = row
                .obligations
                .iter()
                .map(|id| match titles.get(id.as_str()) {
                    Some(title) => format!("`{id}` ({})", escape_cell(title)),
                    None => format!("`{id}`"),
                })
                .collect();
            if !row.reason.is_empty() {
                detail.push(escape_cell(&row.reason));
            }
            let _ = writeln!(
                out,
                "| {} | {}… | {} | {} | {} |",
                row.paragraph,
                escape_cell(&row.opening),
                status_label(row.status),
                detail.join("; "),
                escape_cell(&indicators(row, rules, true))
            );
        }
        out.push('\n');
    }
    let mut federation_written = false;
    for (i, section) in coverage.sections.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match section {
            CoverageSection::Federation(reasons) => {
                federation(Some(reasons), rules, &mut out);
                federation_written = true;
            }
            CoverageSection::Page(text) => {
                let _ = writeln!(out, "{}", text.trim_end());
            }
        }
    }
    if !federation_written {
        federation(None, rules, &mut out);
    }
    out
}

/// The section on the obligations marked `in each jurisdiction`: the library's reasons, then
/// the list, read from the compiled rules so that it cannot drift from them.
fn federation(reasons: Option<&str>, rules: &RuleSet, out: &mut String) {
    let per_unit: Vec<_> = rules
        .obligations()
        .iter()
        .filter(|o| o.per_jurisdiction)
        .collect();
    if per_unit.is_empty() && reasons.is_none() {
        return;
    }
    let _ = writeln!(
        out,
        "## Which obligations bind the units of a federation
"
    );
    if let Some(reasons) = reasons {
        let _ = writeln!(out, "{}", reasons.trim_end());
        out.push('\n');
    }
    let _ = writeln!(out, "| Obligation | Paragraph | Title |");
    let _ = writeln!(out, "|---|---|---|");
    for o in per_unit {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} |",
            o.id(),
            escape_cell(&o.identity.cite),
            escape_cell(&o.identity.title)
        );
    }
}

fn escape_cell(text: &str) -> String {
    text.replace('|', "\\|")
}
