//! Inputs past `max_source_bytes` are refused unread past the limit, from a file, standard
//! input, a rule file or a line of a JSON Lines batch; a huge source line is not echoed whole
//! in a diagnostic's snippet; `--help` names every limit.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::{lexpact, scratch, text};

use std::io::Write;
use std::process::{Command, Stdio};

const RULES: &str = "examples/quickstart/rules.lex";
const PROFILE: &str = "examples/quickstart/profile.json";
const TEN_MB: usize = 10 << 20;

/// A profile of `size` bytes: valid JSON, one long string.
fn profile_of(size: usize) -> String {
    let head = r#"{"profile": "quickstart/v1", "as_of": "2024-01-01", "padding": ""#;
    let tail = r#""}"#;
    format!("{head}{}{tail}", "a".repeat(size - head.len() - tail.len()))
}

/// Runs `lexpact` with `input` on standard input; returns the output and how many bytes it
/// took before it closed its end of the pipe.
fn with_stdin(args: &[&str], input: &[u8]) -> (std::process::Output, usize) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lexpact"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let mut written = 0;
        for piece in input.chunks(1 << 16) {
            // A closed pipe is the reader having stopped: that is what is measured.
            if stdin.write_all(piece).is_err() {
                break;
            }
            written += piece.len();
        }
        written
    });
    let out = child.wait_with_output().unwrap();
    (out, writer.join().unwrap())
}

#[test]
fn a_profile_file_over_the_default_limit_is_refused_with_its_size() {
    let dir = scratch("limits-file");
    let file = dir.join("big.json");
    std::fs::write(&file, profile_of(TEN_MB)).unwrap();
    let name = file.to_str().unwrap();
    let out = lexpact(&["check", "--rules", RULES, name]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "error[E0303]: {name}: the profile is {TEN_MB} bytes, more than the limit of 4194304 (max_source_bytes)"
        )),
        "{stderr}"
    );
}

#[test]
fn a_profile_one_byte_over_the_limit_is_worded_as_the_core_words_it() {
    let dir = scratch("limits-edge");
    let limit = 4096;
    let (over, at) = (dir.join("over.json"), dir.join("at.json"));
    std::fs::write(&over, profile_of(limit + 1)).unwrap();
    std::fs::write(&at, profile_of(limit)).unwrap();
    let assignment = format!("max_source_bytes={limit}");
    let out = lexpact(&[
        "check",
        "--rules",
        RULES,
        "--limit",
        &assignment,
        over.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let core = lexpact_core::RuleSet::compile_with(
        &[lexpact_core::Source::new(
            RULES,
            std::fs::read_to_string(RULES).unwrap(),
        )],
        &|path: &str| std::fs::read_to_string(path).map_err(|e| e.to_string()),
        lexpact_core::Limits {
            max_source_bytes: limit,
            ..Default::default()
        },
    )
    .unwrap()
    .evaluate(
        lexpact_core::ProfileInput::text(over.to_str().unwrap(), &profile_of(limit + 1)),
        &lexpact_core::EvaluateOptions::default(),
    )
    .unwrap_err();
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!("{}: {}", core.0[0].file, core.0[0].message)),
        "the CLI says {stderr}, the core says {:?}",
        core.0[0]
    );
    let out = lexpact(&[
        "check",
        "--rules",
        RULES,
        "--limit",
        &assignment,
        "--format",
        "json",
        at.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn standard_input_is_read_no_further_than_the_limit() {
    let (out, written) = with_stdin(
        &["check", "--rules", RULES, "-"],
        profile_of(TEN_MB).as_bytes(),
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(
            "error[E0303]: -: the profile is more than the limit of 4194304 bytes (max_source_bytes)"
        ),
        "{stderr}"
    );
    // The limit, and what the pipe and the last piece written held when it closed.
    assert!(
        written < (4 << 20) + (4 << 20),
        "{written} bytes were taken"
    );

    let (out, written) = with_stdin(
        &[
            "check",
            "--rules",
            RULES,
            "--limit",
            "max_source_bytes=8192",
            "-",
        ],
        profile_of(TEN_MB).as_bytes(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(written < 4 << 20, "{written} bytes were taken");

    let profile = std::fs::read(PROFILE).unwrap();
    let (out, _) = with_stdin(
        &[
            "check",
            "--rules",
            RULES,
            "--limit",
            "max_source_bytes=8192",
            "--format",
            "csv",
            "-",
        ],
        &profile,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Republic of Examplia"));
}

#[test]
fn a_rule_file_over_the_limit_is_refused_as_the_parser_refuses_it() {
    let dir = scratch("limits-rules");
    let file = dir.join("big.lex");
    let mut source = std::fs::read_to_string(RULES).unwrap();
    source.push_str(&format!("# {}\n", "x".repeat(TEN_MB)));
    std::fs::write(&file, &source).unwrap();
    let name = file.to_str().unwrap();
    let out = lexpact(&["check", "--rules", name, PROFILE]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "error[E0003]: {name}:1:1: the source is {} bytes, more than the limit of 4194304 bytes (max_source_bytes)",
            source.len()
        )),
        "{stderr}"
    );
    assert!(stderr.len() < 1000, "the source is not echoed: {stderr}");
}

#[test]
fn a_long_jsonl_line_is_refused_and_the_lines_around_it_are_evaluated() {
    let dir = scratch("limits-jsonl");
    let file = dir.join("batch.jsonl");
    let good: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(PROFILE).unwrap()).unwrap();
    let good = serde_json::to_string(&good).unwrap();
    let long = profile_of(TEN_MB);
    std::fs::write(&file, format!("{good}\n{long}\r\n{good}\n")).unwrap();
    let name = file.to_str().unwrap();
    for format in ["csv", "ndjson", "json", "text"] {
        let out = lexpact(&[
            "check",
            "--rules",
            RULES,
            "--limit",
            "max_source_bytes=65536",
            "--format",
            format,
            name,
        ]);
        assert_eq!(out.status.code(), Some(2), "{format}");
        let stderr = text(&out.stderr);
        assert!(
            stderr.contains(&format!(
                "error[E0303]: {name}:2: the profile is {TEN_MB} bytes, more than the limit of 65536 (max_source_bytes)"
            )),
            "{format}: {stderr}"
        );
        let stdout = text(&out.stdout);
        assert!(
            stdout.contains(&format!("{name}:1")) && stdout.contains(&format!("{name}:3")),
            "{format}: {stdout}"
        );
        assert!(!stdout.contains(&format!("{name}:2")), "{format}: {stdout}");
    }
}

#[test]
fn a_malformed_jsonl_line_is_named_by_file_line_and_place_in_the_line() {
    let dir = scratch("limits-malformed");
    let file = dir.join("batch.jsonl");
    let good: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(PROFILE).unwrap()).unwrap();
    let good = serde_json::to_string(&good).unwrap();
    std::fs::write(&file, format!("{good}\n{{\"profile\": oops}}\n{good}\n")).unwrap();
    let name = file.to_str().unwrap();
    for format in ["csv", "json"] {
        let out = lexpact(&["check", "--rules", RULES, "--format", format, name]);
        assert_eq!(out.status.code(), Some(2), "{format}");
        let stderr = text(&out.stderr);
        assert!(
            stderr.contains(&format!("error[E0301]: {name}:2:1:13: not valid JSON")),
            "{format}: {stderr}"
        );
        let stdout = text(&out.stdout);
        assert!(
            stdout.contains(&format!("{name}:1")) && stdout.contains(&format!("{name}:3")),
            "{format}: {stdout}"
        );
    }
}

#[test]
fn help_names_every_limit() {
    let out = lexpact(&["check", "--help"]);
    assert!(out.status.success());
    let help = text(&out.stdout);
    for name in lexpact_core::Limits::NAMES {
        assert!(help.contains(name), "--help leaves out {name}: {help}");
    }
}

#[test]
fn a_five_megabyte_line_is_cut_around_the_caret_and_keeps_its_true_column() {
    let dir = scratch("limits-long-line");
    let file = dir.join("long.lex");
    let identifier = "a".repeat(5_000_000);
    std::fs::write(
        &file,
        format!("ruleset \"x\" version \"1\"\nobligation {identifier} = \n"),
    )
    .unwrap();
    let name = file.to_str().unwrap();
    let out = lexpact(&[
        "check",
        "--rules",
        name,
        "--limit",
        "max_source_bytes=16000000",
        PROFILE,
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    let column = "obligation ".len() + identifier.len() + 2;
    assert!(
        stderr.contains("error[E0001]: expected `{`, found `=`"),
        "{}",
        &stderr[..stderr.len().min(2000)]
    );
    assert!(
        stderr.contains(&format!("┌─ {name}:2:{column}\n")),
        "{}",
        &stderr[..stderr.len().min(2000)]
    );
    for line in stderr.lines() {
        assert!(
            line.chars().count() < 300,
            "a line of {} characters",
            line.len()
        );
    }
    let snippet = stderr.lines().find(|l| l.starts_with("2 │ ")).unwrap();
    assert!(
        snippet.starts_with("2 │ …aaa") && snippet.ends_with("a = "),
        "{snippet}"
    );
    // The caret sits under the `=` of the cut line.
    let caret = stderr
        .lines()
        .find(|l| l.trim_end().ends_with('^'))
        .unwrap();
    assert_eq!(
        caret.chars().count(),
        snippet.chars().position(|c| c == '=').unwrap() + 1
    );
}
