//! CSV: one row per profile and obligation, for spreadsheets and data tools.

use std::io::{self, Write};

use lexpact_core::Report;

pub const HEADER: [&str; 11] = [
    "profile",
    "state",
    "as_of",
    "id",
    "cite",
    "group",
    "verdict",
    "deadline_status",
    "exception",
    "missing",
    "weight",
];

pub fn write(out: &mut impl Write, reports: &[Report]) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(HEADER).map_err(io::Error::other)?;
    for report in reports {
        write_rows(&mut writer, report)?;
    }
    writer.flush()
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
        let missing = r.missing.join(" ");
        let row = [
            report.profile.name.as_str(),
            report.profile.state.as_deref().unwrap_or_default(),
            report.as_of.as_str(),
            &r.obligation.id,
            &r.obligation.cite,
            &r.obligation.group,
            r.verdict.as_str(),
            r.deadline.status.as_str(),
            exception,
            missing.as_str(),
            weight.as_str(),
        ];
        writer.write_record(row).map_err(io::Error::other)?;
    }
    Ok(())
}
