//! End-to-end tests of the limits on the command line: `--limit` on every command that reads
//! rule files, `fmt` included, under the limits `check` uses, and one code (`E0306`) for a
//! bad one.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::{lexpact, scratch, text};

const RULES: &str = "examples/quickstart/rules.lex";
const PROFILE: &str = "examples/quickstart/profile.json";

/// A formatted rule whose condition nests `levels` brackets deep.
fn nested_rule(levels: usize) -> String {
    format!(
        "obligation deep {{\n  title \"t\"\n  cite \"c\"\n  group \"g\"\n  require {}true{}\n}}\n",
        "(".repeat(levels),
        ")".repeat(levels)
    )
}

#[test]
fn a_bad_limit_is_e0306_on_every_command() {
    let dir = scratch("bad-limit");
    let rule_file = dir.join("rules.lex");
    std::fs::write(&rule_file, nested_rule(1)).unwrap();
    let rule_file = rule_file.to_str().unwrap();
    for limit in [
        "max_depth=65",
        "max_expanded_depth=1000",
        "max_dept=16",
        "max_depth=-1",
        "max_depth",
    ] {
        for args in [
            vec!["check", "--rules", RULES, "--limit", limit, PROFILE],
            vec!["test", "--library", "rio", "--limit", limit],
            vec!["lint", "--library", "rio", "--limit", limit],
            vec!["lint", "--rules", RULES, "--limit", limit],
            vec!["explain", "--rules", RULES, "--limit", limit, "x"],
            vec!["fmt", "--check", "--limit", limit, rule_file],
            vec!["lsp", "--limit", limit],
        ] {
            let out = lexpact(&args);
            let err = text(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
            assert!(err.starts_with("error[E0306]: "), "{args:?}: {err}");
        }
    }
    let out = lexpact(&["fmt", "--check", "--limit", "max_depth=65", rule_file]);
    assert!(
        text(&out.stderr).contains("max_depth = 65 is more than 64"),
        "{}",
        text(&out.stderr)
    );
    // A limit the 64-bit range holds but the platform does not is taken as the largest.
    let out = lexpact(&[
        "check",
        "--rules",
        RULES,
        "--limit",
        "max_evaluation_steps=18446744073709551615",
        PROFILE,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn fmt_formats_what_check_accepts() {
    let dir = scratch("fmt-limits");
    // Over 2 MB, within the default 4 MiB: formatted, and the output is not capped either.
    let big = dir.join("big.lex");
    let comment = format!("# {}\n", "x".repeat(100));
    let source = format!("{}{}", comment.repeat(21_000), nested_rule(1));
    assert!(source.len() > 2 << 20);
    std::fs::write(&big, &source).unwrap();
    let out = lexpact(&["fmt", big.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = lexpact(&["fmt", "--check", big.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(std::fs::metadata(&big).unwrap().len() > 2 << 20);
    let out = lexpact(&["test", "--rules", big.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // Lowered, the limit refuses it with the code the compiler gives.
    let out = lexpact(&[
        "fmt",
        "--check",
        "--limit",
        "max_source_bytes=1_048_576",
        big.to_str().unwrap(),
    ]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("error[E0003]"), "{err}");

    // A rule nested past the default depth, in canonical form: refused at the default
    // depth, formatted with a raised one, as `test` compiles it.
    let mut condition = "true".to_string();
    for i in 0..20 {
        condition = format!("not (a{i} and {condition})");
    }
    let deep = dir.join("deep.lex");
    let source = nested_rule(0).replace("true", &condition);
    std::fs::write(&deep, &source).unwrap();
    let deep = deep.to_str().unwrap();
    let out = lexpact(&["fmt", "--check", deep]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("error[E0002]"), "{err}");
    let out = lexpact(&["test", "--rules", deep, "--limit", "max_depth=64"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = lexpact(&["fmt", "--check", "--limit", "max_depth=64", deep]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    std::fs::write(deep, source.replace("not (a0", "not  (a0")).unwrap();
    let out = lexpact(&["fmt", "--limit", "max_depth=64", deep]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(std::fs::read_to_string(deep).unwrap(), source);
}

#[test]
fn a_profile_without_a_date_is_told_about_the_as_of_flag() {
    let dir = scratch("no-as-of");
    let profile = dir.join("undated.json");
    let text_of_profile = std::fs::read_to_string(PROFILE).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text_of_profile).unwrap();
    json.as_object_mut().unwrap().remove("as_of");
    std::fs::write(&profile, json.to_string()).unwrap();
    let out = lexpact(&["check", "--rules", RULES, profile.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("error[E0304]"), "{err}");
    assert!(err.contains("pass --as-of YYYY-MM-DD"), "{err}");
    let out = lexpact(&["check", "--rules", RULES, "--as-of", "2024-13-01", PROFILE]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("error[E0304]"), "{err}");
}
