//! Reading rule files, the files they name, and profiles from disk or standard input.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use lexpact_core::diagnostic::codes;
use lexpact_core::{Diagnostic, Diagnostics, RuleSet, Severity, Source};

use crate::cli::RuleArgs;

/// The exit code for bad input.
pub const BAD_INPUT: u8 = 2;

/// Rule files named on the command line: files as given, directories as their `.lex` files
/// in name order (recursively).
pub fn rule_sources(paths: &[PathBuf]) -> Result<Vec<Source>, Diagnostics> {
    let mut files = Vec::new();
    for path in paths {
        collect(path, &mut files).map_err(|e| single(&path.display().to_string(), e))?;
    }
    files
        .into_iter()
        .map(|path| {
            let name = path.display().to_string();
            read_text(&path)
                .map(|text| Source::new(name.clone(), text))
                .map_err(|e| single(&name, e))
        })
        .collect()
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let meta = fs::metadata(path).map_err(|e| format!("cannot read: {e}"))?;
    if !meta.is_dir() {
        out.push(path.to_path_buf());
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = fs::read_dir(path)
        .map_err(|e| format!("cannot list: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            collect(&entry, out)?;
        } else if entry.extension().is_some_and(|x| x == "lex") {
            out.push(entry);
        }
    }
    Ok(())
}

/// Reads a file as UTF-8 text, saying where it is not.
pub fn read_text(path: &Path) -> Result<String, String> {
    let bytes = fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

pub fn read_stdin() -> Result<String, String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn single(file: &str, message: String) -> Diagnostics {
    Diagnostics::single(Diagnostic::general(
        Severity::Error,
        codes::IO,
        message,
        file,
    ))
}

/// Reads the files a rule set names (schema, test profiles) relative to the working directory.
pub fn file_loader(path: &str) -> Result<String, String> {
    read_text(Path::new(path))
}

/// The rule set the arguments describe: a bundled library, rule files, or both.
pub fn rule_set(args: &RuleArgs) -> Result<(RuleSet, Vec<Source>), Diagnostics> {
    let limits = args.limits.limits()?;
    let sources = rule_sources(&args.rules)?;
    let rules = match &args.library {
        Some(name) => RuleSet::library_with(name, &sources, &file_loader, limits)?,
        None if sources.is_empty() => {
            return Err(Diagnostics::single(
                Diagnostic::general(
                    Severity::Error,
                    codes::NO_RULES,
                    "no rules: give --rules PATH or --library NAME",
                    "",
                )
                .with_help("e.g. `lexpact check --library rio profile.json`"),
            ));
        }
        None => RuleSet::compile_with(&sources, &file_loader, limits)?,
    };
    Ok((rules, sources))
}
