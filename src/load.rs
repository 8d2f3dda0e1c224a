//! Reading rule files, the files they name, and profiles from disk or standard input, each
//! within `max_source_bytes` (`crate::bounded`).

use std::fs;
use std::path::{Path, PathBuf};

use lexpact_core::diagnostic::codes;
use lexpact_core::{Diagnostic, Diagnostics, RuleSet, Severity, Source};

use crate::bounded::{self, Bounded};
use crate::cli::RuleArgs;

/// The exit code for bad input.
pub const BAD_INPUT: u8 = 2;

/// Rule files named on the command line: files as given, directories as their `.lex` files
/// in name order (recursively); a file over `limit` bytes is refused as the parser refuses it
/// (`E0003`), unread past the limit.
pub fn rule_sources_within(paths: &[PathBuf], limit: usize) -> Result<Vec<Source>, Diagnostics> {
    let mut files = Vec::new();
    for path in paths {
        collect(path, &mut files).map_err(|e| single(&path.display().to_string(), e))?;
    }
    files
        .into_iter()
        .map(|path| {
            let name = path.display().to_string();
            match read_text_within(&path, limit) {
                Ok(text) => Ok(Source::new(name, text)),
                Err(Unread::Failed(message)) => Err(single(&name, message)),
                Err(Unread::TooLarge(size)) => {
                    let mut refused = Diagnostic::general(
                        Severity::Error,
                        lexpact_grammar::error::codes::TOO_LARGE,
                        too_large("the source", size, limit, " bytes"),
                        &name,
                    );
                    // Where the parser puts it: the start of the file (shown without a
                    // snippet, the source being unread).
                    (refused.line, refused.column) = (1, 1);
                    Err(Diagnostics::single(refused))
                }
            }
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

/// Why an input was not read.
pub enum Unread {
    /// It could not be read, or is not UTF-8 text: the message says which.
    Failed(String),
    /// It is over the limit: its size in bytes where known.
    TooLarge(Option<u64>),
}

/// Reads a file as UTF-8 text within `limit` bytes.
pub fn read_text_within(path: &Path, limit: usize) -> Result<String, Unread> {
    let read = bounded::read_file_within(path, limit)
        .map_err(|e| Unread::Failed(format!("cannot read: {e}")))?;
    utf8(read)
}

/// Reads standard input as UTF-8 text within `limit` bytes.
pub fn read_stdin_within(limit: usize) -> Result<String, Unread> {
    let read = bounded::read_stdin_within(limit)
        .map_err(|e| Unread::Failed(format!("cannot read standard input: {e}")))?;
    utf8(read)
}

fn utf8(read: Bounded) -> Result<String, Unread> {
    match read {
        Bounded::Within(bytes) => String::from_utf8(bytes).map_err(|e| {
            Unread::Failed(format!(
                "not UTF-8 text (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ))
        }),
        Bounded::Over(size) => Err(Unread::TooLarge(size)),
    }
}

/// The words of a size error, as the core and the parser put them: "`what` is N bytes, more
/// than the limit of L`unit` (max_source_bytes)", or "more than L" where N is unknown (a
/// stream is not read past the limit).
pub fn too_large(what: &str, size: Option<u64>, limit: usize, unit: &str) -> String {
    match size {
        Some(size) => format!(
            "{what} is {size} bytes, more than the limit of {limit}{unit} (max_source_bytes)"
        ),
        None => format!("{what} is more than the limit of {limit} bytes (max_source_bytes)"),
    }
}

/// The diagnostic of a profile over `max_source_bytes`, worded and coded (`E0303`) as the
/// core's own.
pub fn profile_too_large(name: &str, size: Option<u64>, limit: usize) -> Diagnostics {
    Diagnostics::single(Diagnostic::general(
        Severity::Error,
        codes::PROFILE_LIMIT,
        too_large("the profile", size, limit, ""),
        name,
    ))
}

fn single(file: &str, message: String) -> Diagnostics {
    Diagnostics::single(Diagnostic::general(
        Severity::Error,
        codes::IO,
        message,
        file,
    ))
}

/// Reads the files a rule set names (schema, test profiles) relative to the working
/// directory, each within `limit` bytes.
pub fn file_loader(limit: usize) -> impl Fn(&str) -> Result<String, String> {
    move |path| match read_text_within(Path::new(path), limit) {
        Ok(text) => Ok(text),
        Err(Unread::Failed(message)) => Err(message),
        Err(Unread::TooLarge(size)) => Err(too_large("the file", size, limit, " bytes")),
    }
}

/// The rule set the arguments describe: a bundled library, rule files, or both.
pub fn rule_set(args: &RuleArgs) -> Result<(RuleSet, Vec<Source>), Diagnostics> {
    let limits = args.limits.limits()?;
    let sources = rule_sources_within(&args.rules, limits.max_source_bytes)?;
    let file_loader = file_loader(limits.max_source_bytes);
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
