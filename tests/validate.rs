//! `lexpact validate` (the whole profile against the schema) and `check --validate`: an
//! evaluation checks only what its rules read, unless asked for the whole profile.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::{lexpact, text};

/// A profile whose one malformed fact (`state.un_member`) no rule of the library reads.
const UNREAD: &str = "tests/bad-input/140-profile-unread-fact-wrong-type/input.json";
/// A profile whose malformed fact the library reads.
const READ: &str = "tests/bad-input/114-profile-wrong-type-fact/input.json";
const VALID: &str = "examples/profiles/aurelia.json";

#[test]
fn validate_checks_the_whole_profile_and_sets_the_exit_code() {
    let out = lexpact(&["validate", VALID]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), format!("{VALID}: valid\n"));

    // No rules given: the bundled library's schema.
    let out = lexpact(&["validate", UNREAD]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("E0302"), "{stderr}");
    assert!(
        stderr.contains("/state/un_member: expected a condition (true/false)"),
        "{stderr}"
    );
    // The same with the library named.
    let named = lexpact(&["validate", "--library", "rio", UNREAD]);
    assert_eq!(named.status.code(), Some(2));
    assert_eq!(text(&named.stderr), stderr);
}

#[test]
fn validate_prints_one_json_object_a_profile() {
    let out = lexpact(&["validate", "--format", "json", VALID, UNREAD]);
    assert_eq!(out.status.code(), Some(2));
    let lines: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["profile"], VALID);
    assert_eq!(lines[0]["valid"], true);
    assert_eq!(lines[0]["diagnostics"], serde_json::json!([]));
    assert_eq!(lines[1]["valid"], false);
    assert_eq!(lines[1]["diagnostics"][0]["code"], "E0302");
    let message = lines[1]["diagnostics"][0]["message"].as_str().unwrap();
    assert!(message.starts_with("/state/un_member: "), "{message}");
}

#[test]
fn check_validates_what_the_rules_read_unless_asked_for_the_whole_profile() {
    for format in ["json", "csv"] {
        let read = lexpact(&["check", "--library", "rio", "--format", format, UNREAD]);
        assert_eq!(read.status.code(), Some(0), "{}", text(&read.stderr));
        let explicit = lexpact(&[
            "check",
            "--library",
            "rio",
            "--format",
            format,
            "--validate",
            "read",
            UNREAD,
        ]);
        assert_eq!(explicit.stdout, read.stdout);
        let full = lexpact(&[
            "check",
            "--library",
            "rio",
            "--format",
            format,
            "--validate",
            "full",
            UNREAD,
        ]);
        assert_eq!(full.status.code(), Some(2));
        assert!(text(&full.stderr).contains("/state/un_member"));
    }
    // A malformed fact the rules read is refused in both modes, with the same diagnostic.
    let read = lexpact(&["check", "--library", "rio", READ]);
    let full = lexpact(&["check", "--library", "rio", "--validate", "full", READ]);
    assert_eq!(read.status.code(), Some(2));
    assert_eq!(full.status.code(), Some(2));
    assert_eq!(text(&read.stderr), text(&full.stderr));
    assert!(text(&read.stderr).contains("/treaties/crc/ratification_in_progress"));
}
