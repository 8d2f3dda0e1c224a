//! What an evaluation validates: by default the paths its rules read (`Validation::Read`), the
//! whole profile on request (`Validation::Full`, and `RuleSet::validate`). A malformed fact on
//! a read path is refused with the same diagnostic in both modes.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lexpact_core::{EvaluateOptions, Limits, ProfileInput, RuleSet, Source, Validation, Verdict};
use serde_json::{Value as Json, json};

const SCHEMA: &str = r##"{
  "type": "object",
  "additionalProperties": false,
  "required": ["as_of"],
  "properties": {
    "as_of": { "type": "string", "format": "date" },
    "exceptions": { "type": "object" },
    "state": {
      "type": "object",
      "additionalProperties": false,
      "properties": { "name": { "$ref": "#/$defs/string_fact" } }
    },
    "law": {
      "type": "object",
      "additionalProperties": false,
      "required": ["title"],
      "properties": {
        "title": { "$ref": "#/$defs/string_fact" },
        "ok": { "$ref": "#/$defs/bool_fact" },
        "adopted": { "$ref": "#/$defs/date_fact" },
        "offences": { "type": "array", "items": { "$ref": "#/$defs/string_fact" } }
      }
    },
    "other": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "flag": { "$ref": "#/$defs/bool_fact" },
        "deep": {
          "type": "object",
          "properties": { "when": { "$ref": "#/$defs/date_fact" } }
        }
      }
    }
  },
  "$defs": {
    "bool_fact": { "anyOf": [{ "type": "boolean" }, { "type": "object" }] },
    "string_fact": { "anyOf": [{ "type": "string" }, { "type": "object" }] },
    "date_fact": { "anyOf": [{ "type": "string", "format": "date" }, { "type": "object" }] }
  }
}"##;

const RULES: &str = r#"ruleset "modes" version "1"
schema "profile.json"
obligation law_ok {
  title "The law is in order"
  cite "Art. 1"
  require law.ok and "theft" in law.offences
}
obligation flagged {
  title "The other flag"
  cite "Art. 2"
  require other.flag
}
"#;

fn rules() -> RuleSet {
    let files = [
        Source::new("modes.lex", RULES),
        Source::new("profile.json", SCHEMA),
    ];
    RuleSet::compile_files(&files, Limits::default()).unwrap()
}

fn profile(more: Json) -> Json {
    let mut doc = json!({
        "as_of": "2024-01-01",
        "state": { "name": "Freedonia" },
        "law": { "title": "Penal Code", "ok": true, "offences": ["theft"] },
        "other": { "flag": true }
    });
    merge(&mut doc, more);
    doc
}

fn merge(into: &mut Json, more: Json) {
    match (into, more) {
        (Json::Object(a), Json::Object(b)) => {
            for (key, value) in b {
                match a.get_mut(&key) {
                    Some(slot) if value.is_object() && slot.is_object() => merge(slot, value),
                    _ => {
                        a.insert(key, value);
                    }
                }
            }
        }
        (slot, value) => *slot = value,
    }
}

/// The messages of the problems an evaluation of `doc` in `mode` refuses it for (none when
/// it is evaluated).
fn refused(rules: &RuleSet, doc: &Json, mode: Validation) -> Vec<String> {
    let options = EvaluateOptions::default().with_validation(mode);
    match rules.evaluate(ProfileInput::document("p.json", doc), &options) {
        Ok(_) => Vec::new(),
        Err(d) => {
            d.0.into_iter()
                .map(|d| {
                    assert_eq!(d.code, "E0302", "{}", d.message);
                    d.message
                })
                .collect()
        }
    }
}

/// What `RuleSet::validate` (the whole profile, no evaluation) finds.
fn validated(rules: &RuleSet, doc: &Json) -> Vec<String> {
    match rules.validate(ProfileInput::document("p.json", doc)) {
        Ok(()) => Vec::new(),
        Err(d) => d.0.into_iter().map(|d| d.message).collect(),
    }
}

#[test]
fn the_default_is_to_validate_what_the_rules_read() {
    assert_eq!(EvaluateOptions::default().validation, Validation::Read);
    assert_eq!(Validation::from_name("full"), Some(Validation::Full));
    assert_eq!(Validation::from_name("read"), Some(Validation::Read));
    assert_eq!(Validation::from_name("all"), None);
}

#[test]
fn a_malformed_fact_the_rules_do_not_read_is_left_to_full_validation() {
    let rules = rules();
    // `law.adopted` and `other.deep.when` are in the schema, but no rule reads them.
    let doc = profile(json!({
        "law": { "adopted": "2024-02-30" },
        "other": { "deep": { "when": 7 } }
    }));
    assert!(refused(&rules, &doc, Validation::Read).is_empty());
    let full = [
        "/law/adopted: \"2024-02-30\" is not a date (YYYY-MM-DD)".to_string(),
        "/other/deep/when: expected a date (\"YYYY-MM-DD\"), found the number 7".to_string(),
    ];
    assert_eq!(refused(&rules, &doc, Validation::Full), full);
    assert_eq!(validated(&rules, &doc), full);
    // Evaluated, the unread facts change nothing.
    let report = rules
        .evaluate(
            ProfileInput::document("p.json", &doc),
            &EvaluateOptions::default(),
        )
        .unwrap();
    assert!(report.results.iter().all(|r| r.verdict == Verdict::Met));
}

#[test]
fn a_malformed_fact_the_rules_read_is_refused_alike_in_both_modes() {
    let rules = rules();
    let cases = [
        (
            json!({ "law": { "ok": "yes" } }),
            "/law/ok: expected a condition (true/false), found the string \"yes\"",
        ),
        (
            json!({ "law": { "ok": { "value": true, "status": "probably" } } }),
            "/law/ok: fact status \"probably\" is not one of",
        ),
        (
            json!({ "law": { "ok": { "value": true, "colour": "red" } } }),
            "/law/ok: a fact is a value or an object with",
        ),
        (
            json!({ "law": { "offences": ["theft", 3] } }),
            "/law/offences/1: expected",
        ),
        (
            json!({ "law": { "offences": { "value": "theft" } } }),
            "/law/offences: expected a list",
        ),
        (
            json!({ "law": { "ok": { "history": [{ "value": true, "from": "2030-01-01" }, { "value": false }] } } }),
            "/law/ok/history/1: only the first entry may leave out `from`",
        ),
        (json!({ "law": "repealed" }), "/law: expected an object"),
        (
            json!({ "other": { "flag": 1 } }),
            "/other/flag: expected a condition",
        ),
    ];
    for (more, message) in cases {
        let doc = profile(more);
        let read = refused(&rules, &doc, Validation::Read);
        assert_eq!(read.len(), 1, "{doc}: {read:?}");
        assert!(read[0].starts_with(message), "{read:?} for {message}");
        assert_eq!(read, refused(&rules, &doc, Validation::Full), "{doc}");
    }
}

#[test]
fn the_objects_leading_to_a_read_fact_are_checked_field_by_field() {
    let rules = rules();
    // A misspelt fact beside a read one would otherwise read as missing.
    let doc = profile(json!({ "law": { "okay": true } }));
    assert_eq!(
        refused(&rules, &doc, Validation::Read),
        ["/law/okay: the schema has no such field; did you mean `ok`?"]
    );
    // A field the schema requires in a read object, and an unknown field at the root.
    let mut doc = profile(json!({ "lwa": {} }));
    doc["law"].as_object_mut().unwrap().remove("title");
    assert_eq!(
        refused(&rules, &doc, Validation::Read),
        [
            "/law: the required field `title` is missing",
            "/lwa: the schema has no such field",
        ]
    );
}

#[test]
fn the_states_own_fields_are_always_checked() {
    let rules = rules();
    for (more, message) in [
        (json!({ "as_of": "2024-13-01" }), "/as_of: "),
        (
            json!({ "exceptions": [] }),
            "/exceptions: expected an object",
        ),
        (json!({ "state": { "name": 3 } }), "/state/name: expected"),
        (
            json!({ "competences": ["law.nope"] }),
            "/competences/0: the schema has no `law.nope`",
        ),
        (
            json!({ "jurisdictions": [{ "id": "n" }] }),
            "/jurisdictions/0: the required field `name` is missing",
        ),
    ] {
        let read = refused(&rules, &profile(more), Validation::Read);
        assert!(
            read.len() == 1 && read[0].starts_with(message),
            "{read:?} for {message}"
        );
    }
}

#[test]
fn a_units_facts_are_checked_on_the_same_paths() {
    let rules = rules();
    let unit = |facts: Json| {
        profile(json!({ "jurisdictions": [{ "id": "north", "name": "North", "facts": facts }] }))
    };
    let unread = unit(json!({ "law": { "adopted": "never" } }));
    assert!(refused(&rules, &unread, Validation::Read).is_empty());
    assert_eq!(refused(&rules, &unread, Validation::Full).len(), 1);
    let read = unit(json!({ "law": { "ok": "yes" } }));
    assert_eq!(
        refused(&rules, &read, Validation::Read),
        [
            "/jurisdictions/0/facts/law/ok: expected a condition (true/false), found the string \"yes\""
        ]
    );
    // An overlay requires nothing, and cannot give the State's own fields.
    assert!(
        refused(
            &rules,
            &unit(json!({ "law": { "ok": false } })),
            Validation::Read
        )
        .is_empty()
    );
    assert_eq!(
        refused(
            &rules,
            &unit(json!({ "as_of": "2024-01-01" })),
            Validation::Read
        )
        .len(),
        1
    );
}

#[test]
fn a_subset_of_the_rules_validates_less() {
    let rules = rules();
    let doc = profile(json!({ "other": { "flag": "yes" } }));
    assert_eq!(refused(&rules, &doc, Validation::Read).len(), 1);
    let subset = rules.only(&["law_ok"]);
    assert!(refused(&subset, &doc, Validation::Read).is_empty());
    assert_eq!(refused(&subset, &doc, Validation::Full).len(), 1);
}

#[test]
fn the_bundled_library_accepts_every_example_profile_in_both_modes() {
    let rules = RuleSet::library("rio").unwrap();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/profiles");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if !path.is_file() {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        for mode in [Validation::Read, Validation::Full] {
            let options = EvaluateOptions::default().with_validation(mode);
            let read = rules.evaluate(ProfileInput::text(&name, &text), &options);
            assert!(read.is_ok(), "{name} in {mode:?}: {:?}", read.err());
        }
        assert!(rules.validate(ProfileInput::text(&name, &text)).is_ok());
    }
}
