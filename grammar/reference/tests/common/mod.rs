//! The comparison of the two parsers, shared by the differential tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use lexpact_grammar::ParseOptions;

/// The limits every source is parsed under: the defaults, and tight ones that make the limits
/// on nesting and on the depth of an expression bite on small sources.
pub const LIMITS: [ParseOptions; 3] = [
    ParseOptions {
        max_source_bytes: 4 << 20,
        max_depth: 32,
    },
    ParseOptions {
        max_source_bytes: 4 << 20,
        max_depth: 4,
    },
    ParseOptions {
        max_source_bytes: 300,
        max_depth: 2,
    },
];

/// Where the two parsers disagree on `source` under `options`, if they do: one accepts and
/// the other refuses, or both accept and build different trees (spans and comments
/// included).
pub fn disagreement(source: &str, options: &ParseOptions) -> Option<String> {
    let hand = lexpact_grammar::parse_with(source, options);
    let reference = lexpact_grammar_reference::parse_with(source, options);
    match (hand, reference) {
        (Ok(hand), Ok(reference)) if hand == reference => None,
        (Err(_), Err(_)) => None,
        (Ok(hand), Ok(reference)) => Some(format!(
            "different trees (max_depth {}):\n--- hand-written\n{hand:#?}\n--- reference\n{reference:#?}",
            options.max_depth
        )),
        (hand, reference) => Some(format!(
            "max_depth {}: hand-written {}, reference {}",
            options.max_depth,
            verdict(&hand),
            verdict(&reference)
        )),
    }
}

fn verdict<T>(result: &Result<T, lexpact_grammar::SyntaxError>) -> String {
    match result {
        Ok(_) => "accepts".to_string(),
        Err(e) => format!("refuses ({} at {:?}: {})", e.code, e.span, e.message),
    }
}

/// The disagreement on `source` under any of [`LIMITS`].
pub fn check(source: &str) -> Result<(), String> {
    for options in &LIMITS {
        if let Some(problem) = disagreement(source, options) {
            return Err(format!("{problem}\n--- source\n{source}"));
        }
    }
    Ok(())
}

/// The repository's root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every rule file of the repository (`.lex` under the tests, the examples, the bundled
/// libraries and the fuzz regressions), and every input of the parsing fuzz targets'
/// regressions, as text (lossy, as the fuzz target reads bytes).
pub fn corpus() -> Vec<(PathBuf, String)> {
    let root = root();
    let mut files = Vec::new();
    for dir in [
        "tests",
        "examples",
        "core/library",
        "fuzz/regressions",
        "grammar/tests",
    ] {
        collect(&root.join(dir), &mut files);
    }
    files.sort();
    files
        .into_iter()
        .filter_map(|path| {
            let bytes = std::fs::read(&path).ok()?;
            Some((path, String::from_utf8_lossy(&bytes).into_owned()))
        })
        .collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "lex")
            || path
                .parent()
                .and_then(Path::file_name)
                .is_some_and(|p| p == "parse" || p == "format_roundtrip")
        {
            out.push(path);
        }
    }
}

/// How many generated cases a property test runs: `LEXPACT_DIFF_CASES`, or `default`.
pub fn cases(default: u32) -> u32 {
    std::env::var("LEXPACT_DIFF_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
