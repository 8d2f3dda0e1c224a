//! A small rule set with its own schema, and a cursor marker for the tests of each function.

#![allow(dead_code, clippy::expect_used)]

use lexpact_core::Limits;
use lexpact_service::{Analysis, Workspace};

/// The schema of the small rule set.
pub const SCHEMA: &str = r#"{
  "type": "object",
  "properties": {
    "state": {
      "type": "object",
      "description": "The State the profile describes.",
      "properties": {
        "name": { "type": "string", "description": "Its name." },
        "status": { "type": "string", "enum": ["party", "signatory"], "description": "Its treaty status." }
      }
    },
    "items": {
      "type": "array",
      "description": "The measures taken.",
      "items": {
        "type": "object",
        "properties": {
          "kind": { "type": "string", "enum": ["law", "policy"], "description": "What kind of measure." },
          "ok": { "type": "boolean", "description": "Whether it is in force." }
        }
      }
    }
  }
}"#;

/// The rules of the small rule set.
pub const RULES: &str = r#"ruleset "mini"
schema "schema.json"

# A party to the treaty.
define is_party(s) = s.status == "party"

obligation be_party {
  title "Be a party"
  cite "X-1"
  text "Become a party."
  require is_party(state)
}

obligation measures {
  title "Measures in force"
  cite "X-2"
  require all i in items where i.ok and i.kind == "law"
}

test "a party with a law" {
  as_of 2024-01-01
  profile { state: { status: "party" }, items: [{ kind: "law", ok: true }] }
  expect be_party met
  expect measures met
}
"#;

/// A workspace of the small rule set, `main.lex` replaced by `rules` when given.
pub fn mini(rules: Option<&str>) -> Workspace {
    let mut workspace = Workspace::new(Limits::default());
    workspace.set_file("schema.json", SCHEMA);
    workspace.set_file("main.lex", rules.unwrap_or(RULES));
    workspace
}

/// `text` without its `|` marker, and the marker's offset.
pub fn marked(text: &str) -> (String, usize) {
    let offset = text.find('|').expect("a `|` marks the cursor");
    (text.replacen('|', "", 1), offset)
}

/// The analysis of the small rule set with `main.lex` holding `text` (a `|` marks the cursor).
pub fn mini_at(text: &str) -> (Analysis, usize) {
    let (text, offset) = marked(text);
    (Analysis::new(&mini(Some(&text))), offset)
}

/// The Rio library with `text` (a `|` marks the cursor) added as `rio/extra.lex`.
pub fn rio_at(text: &str) -> (Analysis, usize) {
    let (text, offset) = marked(text);
    let mut workspace = Workspace::library("rio", Limits::default()).expect("rio is bundled");
    workspace.set_file("rio/extra.lex", text);
    (Analysis::new(&workspace), offset)
}
