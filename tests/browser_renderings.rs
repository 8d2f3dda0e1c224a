//! The CLI's renderings that the playground makes in the browser, kept in files: for each case
//! of `bindings/wasm/tests/render/cases.json`, what `lexpact check --format html|csv` or
//! `lexpact diff --format html` prints with the Rio library equals
//! `bindings/wasm/tests/render/expected/<name>.<ext>`, or, for a page too large to keep, the
//! SHA-256 and length in `<name>.<ext>.sha256`. The WebAssembly module's renderings are
//! compared with the same files (`bindings/wasm/tests/render.test.mjs`), so the two stay
//! byte-identical. `LEXPACT_BLESS=1 cargo test --test browser_renderings` rewrites the files.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::path::{Path, PathBuf};

use serde_json::Value;
use sha2::Digest as _;

const CASES: &str = "bindings/wasm/tests/render";
/// Larger outputs are kept as their digest.
const KEEP_WHOLE_UP_TO: usize = 400 * 1024;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn bless() -> bool {
    std::env::var("LEXPACT_BLESS").is_ok_and(|value| value == "1")
}

/// The CLI's output for one case, and the extension of its file.
fn render(case: &Value) -> (Vec<u8>, &'static str) {
    let render = case["render"].as_str().unwrap();
    let (command, format, ext) = match render {
        "matrix" => ("check", "html", "html"),
        "csv" => ("check", "csv", "csv"),
        "diff" => ("diff", "html", "html"),
        other => panic!("no rendering {other:?}"),
    };
    let mut args = vec![command, "--library", "rio", "--format", format];
    if let Some(date) = case["as_of"].as_str() {
        args.extend(["--as-of", date]);
    }
    let profiles: Vec<&str> = case["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    args.extend(&profiles);
    let out = common::lexpact(&args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "lexpact {}: {}",
        args.join(" "),
        common::text(&out.stderr)
    );
    (out.stdout, ext)
}

/// `<hex sha256>  <length>` and a newline.
fn digest(bytes: &[u8]) -> String {
    let hex: String = sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("{hex}  {}\n", bytes.len())
}

#[test]
fn the_kept_renderings_are_what_the_cli_prints() {
    let cases: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(root().join(CASES).join("cases.json")).unwrap(),
    )
    .unwrap();
    assert!(cases.len() >= 6, "the cases are read");
    let expected = root().join(CASES).join("expected");
    let mut kept: Vec<PathBuf> = Vec::new();
    for case in &cases {
        let name = case["name"].as_str().unwrap();
        let (actual, ext) = render(case);
        let whole = expected.join(format!("{name}.{ext}"));
        let hashed = expected.join(format!("{name}.{ext}.sha256"));
        let (file, content) = if actual.len() <= KEEP_WHOLE_UP_TO {
            (whole, actual)
        } else {
            (hashed, digest(&actual).into_bytes())
        };
        if bless() {
            std::fs::create_dir_all(&expected).unwrap();
            std::fs::write(&file, &content).unwrap();
        } else {
            let kept_content = std::fs::read(&file).unwrap_or_else(|e| {
                panic!(
                    "{}: {e}; run with LEXPACT_BLESS=1 to create it",
                    file.display()
                )
            });
            assert!(
                kept_content == content,
                "case {name}: the CLI's output differs from {}\n(run with LEXPACT_BLESS=1 to accept it)",
                file.display()
            );
        }
        kept.push(file);
    }
    // No file is left over from a case that is gone (it would mislead the other test).
    for entry in std::fs::read_dir(&expected).unwrap() {
        let path = entry.unwrap().path();
        if bless() && !kept.contains(&path) {
            std::fs::remove_file(&path).unwrap();
        } else {
            assert!(
                kept.contains(&path),
                "{} belongs to no case",
                path.display()
            );
        }
    }
}
