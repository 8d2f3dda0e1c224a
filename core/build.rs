//! Writes the bundled profile schema without the white space between its tokens, the form
//! compiled into the engine: the WebAssembly package carries it, within a size budget. The
//! file in `library/` stays indented for people to read.

use std::path::Path;

const SCHEMA: &str = "library/legal-profile-v1.schema.json";

fn main() {
    println!("cargo:rerun-if-changed={SCHEMA}");
    let written = std::fs::read_to_string(SCHEMA)
        .map_err(|e| format!("cannot read {SCHEMA}: {e}"))
        .and_then(|text| {
            let out = std::env::var("OUT_DIR").map_err(|e| format!("no OUT_DIR: {e}"))?;
            let path = Path::new(&out).join("legal-profile-v1.schema.json");
            std::fs::write(&path, compact(&text))
                .map_err(|e| format!("cannot write {}: {e}", path.display()))
        });
    if let Err(message) = written {
        eprintln!("{message}");
        std::process::exit(1);
    }
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
