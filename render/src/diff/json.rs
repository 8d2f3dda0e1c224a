//! The diff as pretty JSON (`lexpact/diff/v1`, schema: `lexpact schema --diff`), the text every
//! binding gives (`lexpact_core::diff::diff_json`).

use std::io::{self, Write};

use lexpact_core::diff::{ReportDiff, diff_json};

pub fn write(out: &mut impl Write, diff: &ReportDiff) -> io::Result<()> {
    let text = diff_json(diff).map_err(|d| io::Error::other(d.to_string()))?;
    out.write_all(text.as_bytes())
}
