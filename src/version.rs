//! `lexpact --version`: the engine's version, the versions of the formats it reads and writes,
//! and the bundled libraries with the version of the text each encodes. A report is only as
//! defensible as the text and rules behind it, so the versions travel together.

use std::fmt::Write as _;

use lexpact_core::library::{LIBRARIES, PROFILE_FORMAT, PROFILE_FORMATS_READ};
use lexpact_core::{
    RuleSet, diff::DIFF_FORMAT, questions::QUESTIONS_FORMAT, report::REPORT_FORMAT,
};

/// The text of `--version` (`-V` prints the first line only).
pub fn long() -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = writeln!(out, "{}", env!("CARGO_PKG_VERSION"));
    let _ = writeln!(out, "report format:    {REPORT_FORMAT}");
    let older: Vec<&str> = PROFILE_FORMATS_READ
        .iter()
        .copied()
        .filter(|f| *f != PROFILE_FORMAT)
        .collect();
    let _ = writeln!(
        out,
        "profile format:   {PROFILE_FORMAT} (also reads {})",
        older.join(", ")
    );
    let _ = writeln!(out, "diff format:      {DIFF_FORMAT}");
    let _ = writeln!(out, "questions format: {QUESTIONS_FORMAT}");
    let _ = writeln!(out, "bundled libraries:");
    for library in LIBRARIES {
        let text = match RuleSet::library(library.name) {
            Ok(rules) if !rules.program().version.is_empty() => rules.program().version.clone(),
            Ok(_) => "no version declared".to_string(),
            Err(_) => "does not compile in this build".to_string(),
        };
        let _ = writeln!(out, "  {:<6} {}", library.name, library.description);
        let _ = writeln!(out, "         text: {text}");
    }
    out.trim_end().to_string()
}
