//! The diff as pretty JSON (`lexpact/diff/v1`, schema: `lexpact schema --diff`).

use std::io::{self, Write};

use lexpact_core::diff::ReportDiff;

pub fn write(out: &mut impl Write, diff: &ReportDiff) -> io::Result<()> {
    let mut text = serde_json::to_string_pretty(diff).map_err(io::Error::other)?;
    text.push('\n');
    out.write_all(text.as_bytes())
}
