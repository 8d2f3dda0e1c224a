//! End-to-end tests of `lexpact check --format html`: one self-contained page with a cell per
//! profile and obligation, a legend and the JSON report's totals, nothing loaded from anywhere,
//! and the text of a hostile profile inert. The page in a browser: `tests/browser/html-matrix.sh`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::lexpact;

use std::path::Path;

use base64::prelude::{BASE64_STANDARD, Engine as _};
use serde_json::{Value, json};
use sha2::Digest as _;

const PROFILES: [&str; 5] = [
    "examples/profiles/aurelia.json",
    "examples/profiles/borealis.json",
    "examples/profiles/cascadia.json",
    "examples/profiles/drakmoor.json",
    "examples/profiles/estuaria.yaml",
];
const VERDICTS: [&str; 5] = [
    "met",
    "partially_met",
    "not_met",
    "unknown",
    "not_applicable",
];

fn check(format: &str, profiles: &[&str]) -> String {
    let mut args = vec!["check", "--library", "rio", "--format", format];
    args.extend_from_slice(profiles);
    let out = lexpact(&args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    String::from_utf8(out.stdout).unwrap()
}

/// The text between `from` (included) and the next `to` (excluded), after `from`.
fn between<'a>(text: &'a str, from: &str, to: &str) -> &'a str {
    let start = text
        .find(from)
        .unwrap_or_else(|| panic!("no {from:?} in the page"));
    let rest = &text[start..];
    &rest[..rest.find(to).unwrap_or(rest.len())]
}

#[test]
fn the_matrix_has_a_cell_per_profile_and_obligation_a_legend_and_the_reports_totals() {
    let html = check("html", &PROFILES);
    let reports: Vec<Value> = serde_json::from_str(&check("json", &PROFILES)).unwrap();
    assert_eq!(reports.len(), PROFILES.len());
    assert!(html.starts_with("<!DOCTYPE html>\n"));
    assert!(html.ends_with("</html>\n"));

    // The header: rule set, version (the citation note) and as-of date.
    let header = between(&html, "<header", "</header>");
    let ruleset = &reports[0]["ruleset"];
    assert!(header.contains(ruleset["name"].as_str().unwrap()));
    assert!(header.contains(ruleset["version"].as_str().unwrap()));
    assert!(header.contains("2024-06-30"));

    // Rows in rule order, one cell per profile and obligation with its verdict.
    let rows: Vec<&str> = html
        .split("<code class=\"oid\">")
        .skip(1)
        .map(|s| &s[..s.find("</code>").unwrap()])
        .collect();
    let ids: Vec<&str> = reports[0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(rows, ids);
    assert_eq!(
        html.matches("<a class=\"cell\"").count(),
        PROFILES.len() * ids.len()
    );
    for (p, report) in reports.iter().enumerate() {
        let state = report["profile"]["state"].as_str().unwrap();
        assert!(html.contains(&format!("<span class=\"pname\">{state}</span>")));
        for (o, result) in report["results"].as_array().unwrap().iter().enumerate() {
            assert_eq!(result["id"], ids[o]);
            let cell = between(&html, &format!(" id=\"c{p}-{o}\" "), ">");
            let verdict = result["verdict"].as_str().unwrap();
            assert!(
                cell.contains(&format!("data-verdict=\"{verdict}\"")),
                "{state} × {}: {cell}",
                ids[o]
            );
            assert!(cell.contains(" title=\""), "{cell}");
            match result.get("range").and_then(Value::as_array) {
                Some(range) => {
                    let key: Vec<&str> = range.iter().map(|v| v.as_str().unwrap()).collect();
                    assert!(
                        cell.contains(&format!("data-range=\"{}\"", key.join("|"))),
                        "{cell}"
                    );
                }
                None => assert!(!cell.contains("data-range"), "{cell}"),
            }
            if let Some(reason) = result.get("reason").and_then(Value::as_str) {
                assert!(
                    cell.contains(&format!("data-reason=\"{reason}\"")),
                    "{cell}"
                );
            }
            assert!(html.contains(&format!("<section class=\"detail\" id=\"d{p}-{o}\"")));
        }
    }

    // The legend explains every verdict and the exception mark.
    let legend = between(&html, "<section class=\"legend\"", "</section>");
    for v in VERDICTS.iter().chain(&["exception", "claim"]) {
        assert!(
            legend.contains(&format!("<li data-verdict=\"{v}\">")),
            "{v}"
        );
    }

    // Totals per profile: the JSON report's summary.
    for v in VERDICTS {
        let row = between(
            &html,
            &format!("<tr class=\"total\" data-verdict=\"{v}\">"),
            "</tr>",
        );
        for (p, report) in reports.iter().enumerate() {
            let n = &report["summary"][v];
            assert!(
                row.contains(&format!("<td data-profile=\"{p}\" data-count=\"{n}\"")),
                "{v} of profile {p}: {row}"
            );
        }
    }
    // Not applicable by reason, unknown by range: the summary's counts, a row for every range
    // some profile has and none for a range no profile has.
    for (reason, field) in [
        ("applies_when", "not_applicable_applies_when"),
        ("exception", "not_applicable_exception"),
    ] {
        let row = between(
            &html,
            &format!("<tr class=\"total-reason\" data-reason=\"{reason}\">"),
            "</tr>",
        );
        for (p, report) in reports.iter().enumerate() {
            let n = &report["summary"][field];
            assert!(
                row.contains(&format!("<td data-profile=\"{p}\" data-count=\"{n}\"")),
                "{reason} of profile {p}: {row}"
            );
        }
    }
    let mut ranges = std::collections::BTreeSet::new();
    for report in &reports {
        for count in report["summary"]["ranges"].as_array().into_iter().flatten() {
            let key: Vec<&str> = count["range"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect();
            ranges.insert(key.join("|"));
        }
    }
    assert!(
        !ranges.is_empty(),
        "the example profiles have unknown verdicts"
    );
    assert_eq!(
        html.matches("<tr class=\"total-range\"").count(),
        ranges.len()
    );
    for range in &ranges {
        let row = between(
            &html,
            &format!("<tr class=\"total-range\" data-range=\"{range}\">"),
            "</tr>",
        );
        for (p, report) in reports.iter().enumerate() {
            let n = report["summary"]["ranges"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|c| {
                    let key: Vec<&str> = c["range"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|v| v.as_str().unwrap())
                        .collect();
                    key.join("|") == *range
                })
                .map_or(0, |c| c["count"].as_u64().unwrap());
            assert!(
                row.contains(&format!("<td data-profile=\"{p}\" data-count=\"{n}\"")),
                "{range} of profile {p}: {row}"
            );
        }
    }
    let all = between(&html, "<tr class=\"total-all\">", "</tr>");
    for (p, report) in reports.iter().enumerate() {
        let n = &report["summary"]["total"];
        assert!(all.contains(&format!("<td data-profile=\"{p}\" data-count=\"{n}\"")));
    }
}

#[test]
fn the_page_loads_nothing_and_allows_only_its_own_script() {
    let html = check("html", &PROFILES);
    for load in [
        "src=", "srcset", "@import", "url(", "<link", "<iframe", "<object", "<embed", "=\"http",
        "='http", "=http",
    ] {
        assert!(!html.contains(load), "the page has {load:?}");
    }
    for href in html.split("href=\"").skip(1) {
        assert!(href.starts_with('#'), "a link out: href=\"{}", &href[..40]);
    }
    // A source's address is shown as text, not as a link.
    assert!(html.contains("https://example.org/ldc-list-2023"));

    // One script, allowed by its hash; nothing else may load.
    assert_eq!(html.matches("<script").count(), 1);
    let script = between(&html, "<script>", "</script>")
        .strip_prefix("<script>")
        .unwrap();
    let csp = between(&html, "<meta http-equiv=\"Content-Security-Policy\"", ">");
    assert!(csp.contains("default-src 'none'"), "{csp}");
    let digest = sha2::Sha256::digest(script.as_bytes());
    let hash = format!("'sha256-{}'", BASE64_STANDARD.encode(digest));
    assert!(
        csp.contains(&hash),
        "the CSP does not allow the page's script: {csp}"
    );
}

#[test]
fn the_page_is_byte_identical_run_to_run() {
    assert_eq!(check("html", &PROFILES), check("html", &PROFILES));
}

#[test]
fn text_from_a_hostile_profile_is_inert() {
    const HOSTILE: &str =
        r#"<script>alert(1)</script>"><img src=x onerror=alert(2)>' onmouseover='alert(3)"#;
    let mut profile: Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(PROFILES[1])).unwrap(),
    )
    .unwrap();
    profile["state"]["name"] = json!(HOSTILE);
    let opsc = &mut profile["treaties"]["opsc"]["status"];
    opsc["note"] = json!(HOSTILE);
    opsc["source"]["cite"] = json!(HOSTILE);
    profile["exceptions"] = json!({
        "sex_offender_register": {
            "justification": HOSTILE,
            "source": { "cite": HOSTILE, "url": "javascript:alert(4)" },
            "review": { "status": "contested", "by": HOSTILE, "note": HOSTILE }
        }
    });
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("html-hostile");
    std::fs::create_dir_all(&dir).unwrap();
    let name = if cfg!(windows) {
        "hostile.json"
    } else {
        "<img src=x onerror=alert(5)>.json"
    };
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string(&profile).unwrap()).unwrap();

    let html = check("html", &[path.to_str().unwrap()]);
    assert_eq!(
        html.matches("<script").count(),
        1,
        "only the page's own script"
    );
    assert!(!html.contains("<img"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x"));
    assert!(html.contains("&#39; onmouseover=&#39;alert(3)"));
    assert!(!html.contains("href=\"javascript"));
    // Outside quoted attribute values, no tag carries a handler or a script address: the
    // hostile text never leaves the value it was put in.
    let markup = &html[html.find("</style>").unwrap()..html.find("<script>").unwrap()];
    for tag in markup.split('<').skip(1) {
        let tag = &tag[..tag.find('>').unwrap()];
        let bare: String = tag.split('"').step_by(2).collect();
        for word in ["onerror", "onmouseover", "javascript:", "'"] {
            assert!(!bare.contains(word), "<{tag}>");
        }
    }
    // Every bit of it is shown: state, note, source, justification, reviewer, review note, the
    // file name.
    assert!(html.matches("alert(1)").count() >= 7);
}
