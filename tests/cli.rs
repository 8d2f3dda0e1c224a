//! End-to-end tests of the `lexpact` binary: exit codes, diagnostics and report formats.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::{lexpact, scratch, text};

use std::path::PathBuf;

/// A copy of the quick-start rule set with one edit, next to its schema; returns its directory.
fn edited_rules(name: &str, from: &str, to: &str) -> PathBuf {
    let dir = scratch(name);
    let source = std::fs::read_to_string(RULES).unwrap();
    assert!(source.contains(from), "the fixture no longer has {from:?}");
    std::fs::write(dir.join("rules.lex"), source.replace(from, to)).unwrap();
    std::fs::copy(
        "examples/quickstart/profile.schema.json",
        dir.join("profile.schema.json"),
    )
    .unwrap();
    dir
}

const RULES: &str = "examples/quickstart/rules.lex";
const PROFILE: &str = "examples/quickstart/profile.json";

#[test]
fn a_misspelt_path_is_refused_with_location_caret_and_suggestion() {
    let rules = edited_rules(
        "typo",
        "double_criminality_required\n",
        "double_criminality_requird\n",
    )
    .join("rules.lex");
    let out = lexpact(&["check", "--rules", rules.to_str().unwrap(), PROFILE]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("rules.lex:10:45"), "{err}");
    assert!(err.contains("^^^^^^^^^^^^^^^^^^^^^^^^^^"), "{err}");
    assert!(
        err.contains("did you mean `jurisdiction.extraterritorial.double_criminality_required`?"),
        "{err}"
    );
    assert!(!err.contains("E0210"), "no cascade of errors: {err}");
}

#[test]
fn an_empty_profile_is_unknown_everywhere_with_missing_facts() {
    let dir = scratch("empty");
    let empty = dir.join("empty.json");
    std::fs::write(&empty, "{}").unwrap();
    let out = lexpact(&[
        "check",
        "--rules",
        RULES,
        "--as-of",
        "2024-01-01",
        "--format",
        "json",
        empty.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let results = report["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    for r in results {
        assert_eq!(r["verdict"], "unknown");
        assert!(!r["missing"].as_array().unwrap().is_empty(), "{r}");
    }
}

#[test]
fn json_reports_are_byte_identical_run_to_run() {
    let args = [
        "check", "--rules", RULES, "--format", "json", PROFILE, PROFILE,
    ];
    let (a, b) = (lexpact(&args), lexpact(&args));
    assert_eq!(a.status.code(), Some(0));
    assert!(!a.stdout.is_empty());
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn hostile_rule_input_gives_a_diagnostic_never_a_panic() {
    let dir = scratch("hostile");
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut random = Vec::new();
    for _ in 0..4096 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        random.push((seed >> 24) as u8);
    }
    let quickstart = std::fs::read(RULES).unwrap();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("random.lex", random.clone()),
        ("random_text.lex", text(&random).into_bytes()),
        ("truncated.lex", quickstart[..quickstart.len() / 2].to_vec()),
        (
            "deep.lex",
            format!(
                "obligation x {{ title \"t\" cite \"c\" require {}a{} }}",
                "(".repeat(10_000),
                ")".repeat(10_000)
            )
            .into_bytes(),
        ),
        (
            "deep_not.lex",
            format!("define x = {}true", "not ".repeat(100_000)).into_bytes(),
        ),
        (
            "deep_quantifier.lex",
            format!("define x = {}true", "any y in l where ".repeat(10_000)).into_bytes(),
        ),
        (
            "unterminated.lex",
            b"obligation x { title \"never closed }".to_vec(),
        ),
    ];
    for (name, bytes) in cases {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        for command in ["check", "test"] {
            let mut args = vec![command, "--rules", path.to_str().unwrap()];
            if command == "check" {
                args.push(PROFILE);
            }
            let out = lexpact(&args);
            let err = text(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{name} {command}: {err}");
            assert!(err.contains("error["), "{name}: {err}");
            assert!(
                !err.contains("panicked") && !err.contains("overflow"),
                "{name}: {err}"
            );
        }
    }
}

#[test]
fn rule_tests_report_a_count_and_fail_with_exit_1() {
    let out = lexpact(&["test", "--rules", "examples/quickstart"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text(&out.stdout).ends_with("2 passed, 0 failed\n"),
        "{}",
        text(&out.stdout)
    );

    let dir = edited_rules(
        "failing-test",
        "expect abolish_double_criminality partially_met",
        "expect abolish_double_criminality met",
    );
    let out = lexpact(&["test", "--rules", dir.to_str().unwrap()]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout.contains("expected met, got partially_met"),
        "{stdout}"
    );
    assert!(stdout.ends_with("1 passed, 1 failed\n"), "{stdout}");
}

#[test]
fn fail_on_trips_with_exit_1() {
    let out = lexpact(&[
        "check",
        "--rules",
        RULES,
        "--fail-on",
        "partially_met",
        PROFILE,
    ]);
    assert_eq!(out.status.code(), Some(1));
    let out = lexpact(&["check", "--rules", RULES, "--fail-on", "not_met", PROFILE]);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn csv_and_ndjson_have_one_row_per_result() {
    let out = lexpact(&[
        "check", "--rules", RULES, "--format", "csv", PROFILE, PROFILE,
    ]);
    let csv = text(&out.stdout);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 5, "{csv}");
    assert!(lines[0].starts_with("profile,state,as_of,id,cite"));
    assert!(
        lines[1].contains("abolish_double_criminality,C.1(a)-4,C.1,partially_met"),
        "{csv}"
    );

    let out = lexpact(&[
        "check", "--rules", RULES, "--format", "ndjson", PROFILE, PROFILE,
    ]);
    let ndjson = text(&out.stdout);
    assert_eq!(ndjson.lines().count(), 2);
    for line in ndjson.lines() {
        let report: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(report["report"], "lexpact/report/v2");
    }
}

#[test]
fn bad_profiles_and_dates_are_exit_2_with_the_place() {
    let dir = scratch("bad-profile");
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        "{\"jurisdiction\": {\"extraterritorial\": {\"exists\": \"yes\"}}}",
    )
    .unwrap();
    let out = lexpact(&[
        "check",
        "--rules",
        RULES,
        "--as-of",
        "2024-01-01",
        bad.to_str().unwrap(),
    ]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        err.contains("/jurisdiction/extraterritorial/exists: expected a condition"),
        "{err}"
    );

    let broken = dir.join("broken.json");
    std::fs::write(&broken, "{\n  \"as_of\": \"2024-01-01\",\n  oops\n}").unwrap();
    let out = lexpact(&["check", "--rules", RULES, broken.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(err.contains("broken.json:3:3"), "{err}");

    let out = lexpact(&["check", "--rules", RULES, "--as-of", "2024-13-01", PROFILE]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn explain_and_schema_print_what_they_describe() {
    let out = lexpact(&["explain", "--rules", RULES, "childrens_ombudsperson"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout.contains("cite:  C.1(a)-24") && stdout.contains("deadline 2013-01-01 to 2013-12-31"),
        "{stdout}"
    );

    let out = lexpact(&["schema"]);
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(schema["properties"]["results"].is_object(), "{schema}");
    // The v2 schema: ranges, reasons, reviewed exceptions, several sources, counts by both.
    assert_eq!(schema["$id"], "urn:lexpact:schema:report:v2");
    let defs = &schema["$defs"];
    for (def, field) in [
        ("ObligationResult", "range"),
        ("ObligationResult", "reason"),
        ("ExceptionUse", "review"),
        ("FactRead", "sources"),
        ("Counts", "ranges"),
        ("Counts", "not_applicable_applies_when"),
        ("Counts", "not_applicable_exception"),
    ] {
        assert!(
            defs[def]["properties"][field].is_object(),
            "{def}.{field} in {schema}"
        );
    }
    assert!(defs["FactRead"]["properties"]["source"].is_null());
    let statuses: Vec<&str> = defs["ReviewStatus"]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["const"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["accepted", "contested", "pending", "unreviewed"]);
}

#[test]
fn a_real_profile_reports_ranges_and_their_counts() {
    let out = lexpact(&[
        "check",
        "--library",
        "rio",
        "--format",
        "json",
        "examples/profiles/cascadia.json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let results = report["results"].as_array().unwrap();
    let sec = results
        .iter()
        .find(|r| r["id"] == "extraterritorial_jurisdiction")
        .unwrap();
    assert_eq!(sec["verdict"], "unknown");
    assert_eq!(sec["range"], serde_json::json!(["partially_met", "met"]));
    // Every unknown verdict has a range, no other has one, and the summary counts them by range.
    let mut by_range: std::collections::BTreeMap<String, u64> = Default::default();
    for r in results {
        assert_eq!(r["verdict"] == "unknown", r["range"].is_array(), "{r}");
        if r["verdict"] == "unknown" {
            *by_range.entry(r["range"].to_string()).or_default() += 1;
        }
    }
    let summary: std::collections::BTreeMap<String, u64> = report["summary"]["ranges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["range"].to_string(), c["count"].as_u64().unwrap()))
        .collect();
    assert_eq!(summary, by_range);

    let out = lexpact(&[
        "check",
        "--library",
        "rio",
        "examples/profiles/cascadia.json",
    ]);
    let stdout = text(&out.stdout);
    let (_, sec) = stdout
        .split_once("extraterritorial_jurisdiction\n")
        .unwrap();
    // The range line follows the obligation's metadata lines (indicators, amendments).
    assert_eq!(
        sec.lines()
            .map(str::trim)
            .find(|line| !line.starts_with("indicators:") && !line.starts_with("late amendment:")),
        Some("unknown (at least partially met)"),
        "{stdout}"
    );
}

#[test]
fn explain_suggests_a_misspelt_id_and_lists_ids_containing_a_part() {
    let out = lexpact(&["explain", "--rules", RULES, "childrens_ombudspersn"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("help: did you mean `childrens_ombudsperson`?"),
        "{err}"
    );

    let out = lexpact(&["explain", "--rules", RULES, "ombudsperson"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("help: ids containing `ombudsperson`: childrens_ombudsperson"),
        "{err}"
    );
}

#[test]
fn yaml_profiles_and_stdin_are_read() {
    let dir = scratch("yaml");
    let yaml = dir.join("p.yaml");
    std::fs::write(&yaml, "as_of: 2024-01-01\njurisdiction:\n  extraterritorial:\n    exists: true\n    double_criminality_required: false\n").unwrap();
    let out = lexpact(&[
        "check",
        "--rules",
        RULES,
        "--format",
        "csv",
        yaml.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("abolish_double_criminality,C.1(a)-4,C.1,met"));
}

#[test]
fn an_exception_for_an_unknown_obligation_is_a_warning_in_every_format() {
    let mut profile: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("examples/profiles/cascadia.json").unwrap())
            .unwrap();
    profile["exceptions"]["sex_offender_registr"] = serde_json::json!({ "justification": "x" });
    let path = scratch("misspelt-exception").join("cascadia.json");
    std::fs::write(&path, profile.to_string()).unwrap();
    let path = path.to_str().unwrap();
    let expected = "/exceptions/sex_offender_registr: the profile invokes an exception for \
                    `sex_offender_registr`, which is no obligation of this rule set (did you mean \
                    `sex_offender_register`?): ignored";
    let out = lexpact(&["check", "--library", "rio", path]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains(&format!("warning: {expected}")));
    let out = lexpact(&["check", "--library", "rio", "--format", "json", path]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["warnings"], serde_json::json!([expected]));
    let out = lexpact(&["check", "--library", "rio", "--format", "html", path]);
    let html = text(&out.stdout);
    assert!(
        html.contains("class=\"profile-warnings\""),
        "the warning is above the matrix"
    );
    assert!(html.contains("which is no obligation of this rule set"));
    // CSV has no column for it: it goes to stderr, naming the profile, and the rows still come.
    let out = lexpact(&["check", "--library", "rio", "--format", "csv", path]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains(&format!("warning: {path}: {expected}")),
        "{}",
        text(&out.stderr)
    );
    assert!(text(&out.stdout).lines().count() > 60);
}

/// Text that a spreadsheet would run as a formula, in every form the CSV must neutralise.
const FORMULAS: [&str; 6] = [
    "=HYPERLINK(\"http://x.invalid\",\"x\")",
    "@SUM(A1:A9)",
    "+1+1",
    "-1+1",
    "\t=1+1",
    "\r=1+1",
];

#[test]
fn csv_cells_that_would_start_a_formula_are_written_as_text() {
    let dir = scratch("csv-formulas");
    let profile: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(PROFILE).unwrap()).unwrap();
    let mut batch = String::new();
    for name in FORMULAS {
        let mut hostile = profile.clone();
        hostile["state"]["name"] = serde_json::Value::from(name);
        batch.push_str(&serde_json::to_string(&hostile).unwrap());
        batch.push('\n');
        // The profile's name is its file name: a hostile one too.
        let file = name.replace(['"', '/', ':', '\t', '\r'], "_") + ".json";
        std::fs::write(dir.join(&file), serde_json::to_string(&hostile).unwrap()).unwrap();
    }
    std::fs::write(dir.join("batch.jsonl"), batch).unwrap();
    let rules = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(RULES);
    let files: Vec<String> = FORMULAS
        .iter()
        .map(|name| name.replace(['"', '/', ':', '\t', '\r'], "_") + ".json")
        .collect();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_lexpact"))
        .args([
            "check",
            "--rules",
            rules.to_str().unwrap(),
            "--format",
            "csv",
        ])
        .arg("--")
        .arg("batch.jsonl")
        .args(&files)
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(
        rows.len(),
        2 * FORMULAS.len() * 2,
        "two obligations a profile"
    );
    for row in &rows {
        assert_eq!(row.len(), 21, "{row:?}");
        // Every cell but the weight (column 13) is text.
        for cell in row.iter().take(13).chain(row.iter().skip(14)) {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a cell a spreadsheet would run: {cell:?} in {row:?}"
            );
        }
        assert!(row[13].parse::<f64>().is_ok(), "the weight stays a number");
    }
    let states: std::collections::BTreeSet<&str> = rows.iter().map(|r| &r[1]).collect();
    let quoted: std::collections::BTreeSet<String> =
        FORMULAS.iter().map(|name| format!("'{name}")).collect();
    assert_eq!(
        states,
        quoted.iter().map(String::as_str).collect(),
        "each state name is kept whole after its quote"
    );
    assert!(
        rows.iter()
            .any(|r| &r[0] == "'=HYPERLINK(_http___x.invalid_,_x_).json")
    );
    assert!(rows.iter().any(|r| &r[0] == "'@SUM(A1_A9).json"));
}

#[test]
fn the_text_report_shows_the_facts_of_every_verdict_met_included() {
    let out = lexpact(&["check", "--rules", "examples/quickstart", PROFILE]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let (_, met) = stdout.split_once("\n  met ").unwrap();
    let met: Vec<&str> = met.lines().skip(1).take(3).map(str::trim).collect();
    assert_eq!(
        met,
        [
            "childrens_ombudsperson",
            "/institutions/childrens_ombudsperson/exists = true",
            "missing /institutions/childrens_ombudsperson/established_on (no data)",
        ],
        "{stdout}"
    );
    let (_, partial) = stdout.split_once("partially met").unwrap();
    assert!(
        partial.contains("/jurisdiction/extraterritorial/exists = true (Penal Code art. 7(2))")
    );
}

#[test]
fn version_names_the_formats_and_the_texts_of_the_bundled_libraries() {
    let long = lexpact(&["--version"]);
    assert!(long.status.success());
    let out = text(&long.stdout);
    let first = out.lines().next().unwrap();
    assert_eq!(first, format!("lexpact {}", env!("CARGO_PKG_VERSION")));
    for needle in [
        lexpact_core::report::REPORT_FORMAT,
        lexpact_core::library::PROFILE_FORMAT,
        lexpact_core::library::LEGAL_PROFILE_V1,
        lexpact_core::diff::DIFF_FORMAT,
        lexpact_core::questions::QUESTIONS_FORMAT,
    ] {
        assert!(out.contains(needle), "{needle} missing from:\n{out}");
    }
    for library in lexpact_core::library::LIBRARIES {
        let version = lexpact_core::RuleSet::library(library.name)
            .unwrap()
            .program()
            .version
            .clone();
        assert!(!version.is_empty(), "{} declares no version", library.name);
        assert!(
            out.contains(&format!("text: {version}")),
            "{}'s text version missing from:\n{out}",
            library.name
        );
    }
    // `-V` stays one line, for scripts.
    let short = text(&lexpact(&["-V"]).stdout);
    assert_eq!(short.trim_end(), first);
}
