//! JSON: one report pretty-printed, several as an array; NDJSON: one compact report a line.

use std::io::{self, Write};

use lexpact_core::Report;

pub fn write(out: &mut impl Write, reports: &[Report]) -> io::Result<()> {
    let text = match reports {
        // The very text every binding returns for a report.
        [one] => {
            lexpact_core::boundary::report_json(one).map_err(|d| io::Error::other(d.to_string()))?
        }
        many => serde_json::to_string_pretty(many).map_err(io::Error::other)? + "\n",
    };
    out.write_all(text.as_bytes())
}

pub fn write_lines(out: &mut impl Write, reports: &[Report]) -> io::Result<()> {
    for report in reports {
        let line = serde_json::to_string(report).map_err(io::Error::other)?;
        writeln!(out, "{line}")?;
    }
    Ok(())
}
