//! Writes, into `OUT_DIR`, the forms of the bundled files that a build within a size budget
//! (the WebAssembly package) compiles in: the profile schema without the white space between
//! its tokens, and the rule files of the libraries with their comment lines emptied (the line
//! count kept, so that every location in a diagnostic stays the same). The files in `library/`
//! stay as they are, for people to read.

use std::path::Path;

const SCHEMA: &str = "library/legal-profile-v1.schema.json";

/// The directories of the bundled libraries, below `library/`.
const LIBRARY_DIRS: [&str; 2] = ["rio", "icmec"];

fn main() {
    if let Err(message) = write_all() {
        eprintln!("{message}");
        std::process::exit(1);
    }
}

fn write_all() -> Result<(), String> {
    let out = std::env::var("OUT_DIR").map_err(|e| format!("no OUT_DIR: {e}"))?;
    let out = Path::new(&out);
    println!("cargo:rerun-if-changed={SCHEMA}");
    let schema = read(Path::new(SCHEMA))?;
    write(&out.join("legal-profile-v1.schema.json"), &compact(&schema))?;
    for dir in LIBRARY_DIRS {
        let source = Path::new("library").join(dir);
        println!("cargo:rerun-if-changed={}", source.display());
        let target = out.join("library").join(dir);
        std::fs::create_dir_all(&target)
            .map_err(|e| format!("cannot create {}: {e}", target.display()))?;
        let entries = std::fs::read_dir(&source)
            .map_err(|e| format!("cannot list {}: {e}", source.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| format!("cannot list {dir}: {e}"))?.path();
            let is_rules = path.extension().is_some_and(|ext| ext == "lex");
            if let (true, Some(name)) = (is_rules, path.file_name()) {
                write(&target.join(name), &without_comment_lines(&read(&path)?))?;
            }
        }
    }
    Ok(())
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// `rules` with every line that holds only a comment left empty. Strings of the rule language
/// do not span lines, so a line whose first character is `#` is a comment.
fn without_comment_lines(rules: &str) -> String {
    let mut out = String::with_capacity(rules.len());
    for line in rules.split_inclusive('\n') {
        if line.trim_start().starts_with('#') {
            if line.ends_with('\n') {
                out.push('\n');
            }
        } else {
            out.push_str(line);
        }
    }
    out
}

/// `json` without the white space outside its strings.
fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if !c.is_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}
