//! A small rule set for the service's tests, and helpers to find places in it.

#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lexpact_core::Limits;
use lexpact_service::{Analysis, Workspace};

/// Two files: definitions and an obligation in `mini/rules.lex`, its test in
/// `mini/rules_test.lex`.
pub const RULES: &str = r#"ruleset "mini" version "1"
schema "lexpact/legal-profile/v1"

# Whether a treaty binds the State.
# Accession and succession count.
define ratified(t) = t.status in ["ratified", "acceded"]
define crc_due = add_years(treaties.crc.entry_into_force_date, 2)

obligation crc_ratified {
  title "CRC ratified"
  cite "A-1"
  exception "where appropriate"
  applies when ratified(treaties.crc) and evaluation_date() > crc_due
  require treaties.opsc.status == "ratified"
      and (any a in cooperation.agreements where a.kind != "bilateral")
}
"#;

pub const TESTS: &str = r#"test "crc_ratified: ratified" {
  as_of 2024-01-01
  profile {
    treaties: { crc: { status: "ratified" } },
    exceptions: { crc_ratified: { justification: "x" } }
  }
  expect crc_ratified met
}
"#;

pub fn mini() -> Workspace {
    let mut ws = Workspace::new(Limits::default());
    ws.set_file("mini/rules.lex", RULES);
    ws.set_file("mini/rules_test.lex", TESTS);
    ws
}

pub fn rio() -> Workspace {
    Workspace::library("rio", Limits::default()).expect("the rio library")
}

pub fn analysis(ws: &Workspace) -> Analysis {
    Analysis::new(ws)
}

/// The byte offset of the `nth` (from 0) occurrence of `needle` in `text`, plus `plus`.
pub fn at(text: &str, needle: &str, nth: usize, plus: usize) -> usize {
    text.match_indices(needle)
        .nth(nth)
        .map(|(i, _)| i + plus)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in the text"))
}

/// The text of `start..end`.
pub fn slice(text: &str, start: usize, end: usize) -> &str {
    &text[start..end]
}
