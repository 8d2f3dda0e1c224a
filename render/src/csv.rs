//! CSV: one row per profile and obligation, for spreadsheets and data tools. Beside the
//! verdict: its `range` (the verdicts an unknown one may still be, joined by `|`), its `reason`
//! (why it is not applicable) and `exception_review` (the review status of an invoked
//! exception), each empty when it does not apply. After `weight`, for an obligation evaluated
//! in each jurisdiction of a federal State: `jurisdictions` (the tally in words),
//! `jurisdiction_verdicts` (each unit's id and verdict, `north-shore=met; lakeland=not_met`),
//! both empty for a result of the State as a whole; and `met_on_basis` (where the `met_on`
//! date comes from: `clause`, `history`, `history_at_the_latest` or `jurisdictions`). Then the
//! obligation's `indicators` (joined by `;`) and `late_amendment` (the passages the text marks
//! as late amendments, joined by `; `), each empty when the obligation has none. Then
//! `missing_status`: the status of each fact of `missing`, in the same order and joined the
//! same way (`absent not_assessed`); and `in_window`: `true` when the evaluation date is inside
//! the obligation's deadline window, empty otherwise.
//!
//! A spreadsheet reads a cell that begins with `=`, `+`, `-` or `@` (or a tab or carriage
//! return before one) as a formula, so a State name such as `=HYPERLINK(…)` in a stranger's
//! profile would run when the file is opened. Every text cell that begins with one of those
//! characters is written with a `'` in front, which spreadsheets take as "text" and do not
//! show; the one numeric column, `weight`, is written as it is. New columns go at the end, so
//! that readers of the earlier ones by position keep working.

use std::borrow::Cow;
use std::io::{self, Write};

use lexpact_core::Report;
use lexpact_core::report::{ObligationResult, words};

pub const HEADER: [&str; 21] = [
    "profile",
    "state",
    "as_of",
    "id",
    "cite",
    "group",
    "verdict",
    "range",
    "reason",
    "deadline_status",
    "exception",
    "exception_review",
    "missing",
    "weight",
    "jurisdictions",
    "jurisdiction_verdicts",
    "met_on_basis",
    "indicators",
    "late_amendment",
    "missing_status",
    "in_window",
];

pub fn write(out: &mut impl Write, reports: &[Report]) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(HEADER).map_err(io::Error::other)?;
    for report in reports {
        write_rows(&mut writer, report)?;
    }
    writer.flush()
}

/// The whole CSV as text: the bytes `write` writes.
pub fn to_string(reports: &[Report]) -> io::Result<String> {
    let mut bytes = Vec::new();
    write(&mut bytes, reports)?;
    String::from_utf8(bytes).map_err(io::Error::other)
}

/// The header line alone (for output written one report at a time).
pub fn write_header(out: &mut impl Write) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(HEADER).map_err(io::Error::other)?;
    writer.flush()
}

/// The rows of one report, without the header.
pub fn write_rows<W: Write>(writer: &mut csv::Writer<W>, report: &Report) -> io::Result<()> {
    for r in &report.results {
        let weight = r.weight.to_string();
        let exception = r
            .exception
            .as_ref()
            .map(|e| e.qualifier.as_str())
            .unwrap_or_default();
        let review = r
            .exception
            .as_ref()
            .map(|e| e.review.status.as_str())
            .unwrap_or_default();
        let range: Vec<&str> = r.range.iter().map(|v| v.as_str()).collect();
        let range = range.join("|");
        let reason = r.reason.map(|x| x.as_str()).unwrap_or_default();
        let missing = r.missing.join(" ");
        let tally = words::tally(r).unwrap_or_default();
        let unit_verdicts = unit_verdicts(r);
        let met_on_basis = r
            .deadline
            .met_on_basis
            .map(|b| b.as_str())
            .unwrap_or_default();
        let indicators = r.obligation.indicators.join(";");
        let amendments = r.obligation.amendments.join("; ");
        let missing_status = r.missing_status.join(" ");
        let in_window = if r.deadline.in_window { "true" } else { "" };
        let row = [
            as_text(&report.profile.name),
            as_text(report.profile.state.as_deref().unwrap_or_default()),
            as_text(&report.as_of),
            as_text(&r.obligation.id),
            as_text(&r.obligation.cite),
            as_text(&r.obligation.group),
            as_text(r.verdict.as_str()),
            as_text(&range),
            as_text(reason),
            as_text(r.deadline.status.as_str()),
            as_text(exception),
            as_text(review),
            as_text(&missing),
            Cow::Borrowed(weight.as_str()),
            as_text(&tally),
            as_text(&unit_verdicts),
            as_text(met_on_basis),
            as_text(&indicators),
            as_text(&amendments),
            as_text(&missing_status),
            as_text(in_window),
        ];
        writer
            .write_record(row.iter().map(|cell| cell.as_bytes()))
            .map_err(io::Error::other)?;
    }
    Ok(())
}

/// Each unit's id and verdict, in the profile's order: `north-shore=met; lakeland=not_met`.
fn unit_verdicts(r: &ObligationResult) -> String {
    let pairs: Vec<String> = r
        .jurisdictions
        .iter()
        .map(|u| format!("{}={}", u.id, u.verdict.as_str()))
        .collect();
    pairs.join("; ")
}

/// A text cell as a spreadsheet will read it as text: a `'` before a first character that
/// would start a formula (`=`, `+`, `-`, `@`, tab, carriage return). A text cell that looks
/// like a number (`-1`) gets one too: the column holds text, and a spreadsheet keeps it so.
pub fn as_text(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::as_text;

    #[test]
    fn a_cell_that_would_start_a_formula_is_quoted_as_text() {
        for hostile in [
            "=HYPERLINK(\"http://x.invalid\",\"x\")",
            "@SUM(A1:A9)",
            "+1+1",
            "-1+1",
            "-1",
            "\t=1+1",
            "\r=1+1",
        ] {
            assert_eq!(as_text(hostile), format!("'{hostile}"));
        }
        for plain in ["Republic of Aurelia", "C.1(a)-4", "1", "", " =1", "'quoted"] {
            assert_eq!(as_text(plain), plain);
        }
    }
}
