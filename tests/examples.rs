//! The fictional example profiles in `examples/profiles/`: each one's JSON report against the
//! bundled Rio library is checked in under `examples/profiles/expected/`, and the verdict mix of
//! each tells the story its name promises. `LEXPACT_BLESS=1 cargo test --test examples` rewrites
//! the expected reports.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

const PROFILES: &str = "examples/profiles";
const EXPECTED: &str = "examples/profiles/expected";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The example profiles (JSON or YAML), as paths relative to the package root, sorted.
fn profiles() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(root().join(PROFILES))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file())
        .filter(|path| {
            matches!(
                path.extension().and_then(|ext| ext.to_str()),
                Some("json" | "yaml" | "yml")
            )
        })
        .map(|path| Path::new(PROFILES).join(path.file_name().unwrap()))
        .collect();
    found.sort();
    found
}

fn expected_path(profile: &Path) -> PathBuf {
    let stem = profile.file_stem().unwrap().to_str().unwrap();
    Path::new(EXPECTED).join(format!("{stem}.json"))
}

/// `lexpact check --library rio --format json <profile>`, run from the package root.
fn report(profile: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_lexpact"))
        .args(["check", "--library", "rio", "--format", "json"])
        .arg(profile)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "lexpact check failed on {}:\n{}",
        profile.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn first_difference(expected: &str, actual: &str) -> String {
    let mut expected_lines = expected.lines();
    let mut actual_lines = actual.lines();
    let mut line = 1;
    loop {
        match (expected_lines.next(), actual_lines.next()) {
            (Some(e), Some(a)) if e == a => line += 1,
            (None, None) => return "the texts differ only in line endings".to_owned(),
            (e, a) => {
                return format!(
                    "first difference at line {line}:\n  expected: {}\n  actual:   {}",
                    e.unwrap_or("<end of file>"),
                    a.unwrap_or("<end of file>")
                );
            }
        }
    }
}

fn bless() -> bool {
    std::env::var("LEXPACT_BLESS").is_ok_and(|value| value == "1")
}

/// The JSON report of every example profile, keyed by file stem; blesses or checks the
/// expected files on the way.
fn reports() -> BTreeMap<String, Value> {
    let mut all = BTreeMap::new();
    for profile in profiles() {
        let actual = report(&profile);
        let expected_file = expected_path(&profile);
        if bless() {
            std::fs::create_dir_all(root().join(EXPECTED)).unwrap();
            std::fs::write(root().join(&expected_file), &actual).unwrap();
        } else {
            let expected = std::fs::read_to_string(root().join(&expected_file)).unwrap_or_else(|err| {
                panic!(
                    "cannot read {} (expected report of {}): {err}; run with LEXPACT_BLESS=1 to create it",
                    expected_file.display(),
                    profile.display()
                )
            });
            assert!(
                expected == actual,
                "the report of {} differs from {}; {}\n(run with LEXPACT_BLESS=1 to accept the new output)",
                profile.display(),
                expected_file.display(),
                first_difference(&expected, &actual)
            );
        }
        let stem = profile.file_stem().unwrap().to_str().unwrap().to_owned();
        all.insert(stem, serde_json::from_str(&actual).unwrap());
    }
    all
}

fn count(report: &Value, verdict: &str) -> u64 {
    report["summary"][verdict].as_u64().unwrap()
}

fn exceptions(report: &Value) -> usize {
    report["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|result| result.get("exception").is_some_and(|e| !e.is_null()))
        .count()
}

#[test]
fn example_reports_match_the_checked_in_expected_files_and_tell_their_stories() {
    let all = profiles();
    assert!(
        all.len() >= 5,
        "expected at least 5 example profiles, found {all:?}"
    );
    assert!(
        all.iter()
            .any(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"))),
        "expected at least one YAML example profile, found {all:?}"
    );

    let reports = reports();
    for (name, report) in &reports {
        assert_eq!(
            report["profile"]["name"].as_str().unwrap(),
            all.iter()
                .find(|p| p.file_stem().unwrap() == name.as_str())
                .unwrap()
                .to_str()
                .unwrap(),
            "{name}: the report must name the profile by its path relative to the package root"
        );
    }
    let get = |name: &str| {
        reports
            .get(name)
            .unwrap_or_else(|| panic!("missing example profile {name}"))
    };

    // aurelia: near-full compliance, with deadline obligations met.
    let aurelia = get("aurelia");
    assert!(
        count(aurelia, "met") > count(aurelia, "not_met"),
        "aurelia: {}",
        aurelia["summary"]
    );
    assert!(
        count(aurelia, "met") >= 50,
        "aurelia: {}",
        aurelia["summary"]
    );
    assert_eq!(
        count(aurelia, "unknown"),
        0,
        "aurelia: {}",
        aurelia["summary"]
    );
    assert_eq!(
        count(aurelia, "overdue"),
        0,
        "aurelia: {}",
        aurelia["summary"]
    );
    let on_time = aurelia["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["deadline"]["status"] == "on_time")
        .count();
    assert!(
        on_time >= 2,
        "aurelia: expected deadline obligations met on time, found {on_time}"
    );

    // borealis: a typical mix, with overdue deadlines.
    let borealis = get("borealis");
    for verdict in ["met", "partially_met", "not_met"] {
        assert!(
            count(borealis, verdict) >= 5,
            "borealis {verdict}: {}",
            borealis["summary"]
        );
    }
    assert!(
        count(borealis, "overdue") >= 1,
        "borealis: {}",
        borealis["summary"]
    );

    // cascadia: sparse data, the most unknowns of all.
    let cascadia = get("cascadia");
    let most_unknown = reports.values().map(|r| count(r, "unknown")).max().unwrap();
    assert_eq!(
        count(cascadia, "unknown"),
        most_unknown,
        "cascadia: {}",
        cascadia["summary"]
    );
    assert!(
        count(cascadia, "unknown") * 2 > count(cascadia, "total"),
        "cascadia: {}",
        cascadia["summary"]
    );

    // drakmoor: justified exceptions and regional instruments that apply.
    let drakmoor = get("drakmoor");
    assert!(
        exceptions(drakmoor) >= 3,
        "drakmoor: {} exceptions",
        exceptions(drakmoor)
    );
    let acrwc = drakmoor["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "ratify_regional_acrwc")
        .unwrap();
    assert_ne!(
        acrwc["verdict"], "not_applicable",
        "drakmoor is an AU member"
    );

    // estuaria: a mid-level picture, between aurelia and borealis.
    let estuaria = get("estuaria");
    assert!(
        count(estuaria, "met") < count(aurelia, "met"),
        "estuaria: {}",
        estuaria["summary"]
    );
    assert!(
        count(estuaria, "met") > count(borealis, "met"),
        "estuaria: {}",
        estuaria["summary"]
    );
    assert!(
        count(estuaria, "not_met") < count(borealis, "not_met"),
        "estuaria: {}",
        estuaria["summary"]
    );
}
