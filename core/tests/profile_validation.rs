//! Validation of the profile format's own parts (`profile::validate`): the version marker,
//! a federal State's `jurisdictions` and `competences`, and a fact's `history`. Each accepted
//! shape passes; each refusal is one `E0302` naming the place and the problem.
#![allow(clippy::expect_used)]

use lexpact_core::library;
use lexpact_core::profile::validate;
use lexpact_core::schema::Schema;
use serde_json::{Value as Json, json};

/// A closed schema that does not declare `jurisdictions` or `competences`: the format's
/// parts are recognised whatever the fact schema says.
const SCHEMA: &str = r##"{
  "type": "object",
  "required": ["as_of"],
  "additionalProperties": false,
  "properties": {
    "as_of": { "type": "string", "format": "date" },
    "exceptions": { "type": "object" },
    "law": {
      "type": "object",
      "required": ["title"],
      "additionalProperties": false,
      "properties": {
        "title": { "$ref": "#/$defs/string_fact" },
        "age_of_consent": { "$ref": "#/$defs/integer_fact" },
        "adopted": { "$ref": "#/$defs/date_fact" },
        "kind": { "$ref": "#/$defs/kind_fact" },
        "offences": {
          "anyOf": [
            { "type": "array", "items": { "$ref": "#/$defs/string_fact" } },
            { "type": "object" }
          ]
        }
      }
    },
    "services": {
      "type": "object",
      "properties": { "birth_registration": { "$ref": "#/$defs/bool_fact" } }
    }
  },
  "$defs": {
    "bool_fact": { "anyOf": [{ "type": "boolean" }, { "type": "object" }] },
    "integer_fact": { "anyOf": [{ "type": "integer" }, { "type": "object" }] },
    "string_fact": { "anyOf": [{ "type": "string" }, { "type": "object" }] },
    "date_fact": { "anyOf": [{ "type": "string", "format": "date" }, { "type": "object" }] },
    "kind_fact": { "anyOf": [{ "enum": ["civil", "criminal"] }, { "type": "object" }] }
  }
}"##;

fn schema() -> Schema {
    Schema::from_json("schema", SCHEMA).expect("the test schema loads")
}

/// The messages of the problems `profile` has.
fn problems(profile: &Json) -> Vec<String> {
    validate(&schema(), profile, "p.json")
        .into_iter()
        .map(|d| {
            assert_eq!(d.code, "E0302");
            assert_eq!(d.file, "p.json");
            d.message
        })
        .collect()
}

/// A profile of the test schema with `more` at its root.
fn profile(more: Json) -> Json {
    let mut doc = json!({ "as_of": "2024-01-01", "law": { "title": "Children Act" } });
    if let (Json::Object(map), Json::Object(more)) = (&mut doc, more) {
        map.extend(more);
    }
    doc
}

fn assert_valid(doc: &Json) {
    assert_eq!(problems(doc), Vec::<String>::new());
}

#[test]
fn the_bundled_schema_accepts_both_version_markers_and_names_them() {
    let text = library::bundled_schema("lexpact/legal-profile/v1").expect("bundled");
    let schema = Schema::from_json("lexpact/legal-profile/v1", text).expect("it loads");
    let check = |doc: Json| -> Vec<String> {
        validate(&schema, &doc, "p")
            .into_iter()
            .map(|d| d.message)
            .collect()
    };
    for marker in ["lexpact/legal-profile/v1", "lexpact/legal-profile/v1.1"] {
        assert_eq!(check(json!({ "profile": marker })), Vec::<String>::new());
    }
    assert_eq!(
        check(json!({ "profile": "lexpact/legal-profile/v2" })),
        [
            r#"/profile: "lexpact/legal-profile/v2" is not one of "lexpact/legal-profile/v1", "lexpact/legal-profile/v1.1""#
        ]
    );
    assert_eq!(
        check(json!({})),
        [
            r#"/: the required field `profile` is missing (it is one of "lexpact/legal-profile/v1", "lexpact/legal-profile/v1.1")"#
        ]
    );
    // A v1.1 profile with units, competences and a history, against the bundled schema.
    let federal = json!({
        "profile": "lexpact/legal-profile/v1.1",
        "as_of": "2024-01-01",
        "competences": ["civil_registration.free_of_charge", "definitions.child"],
        "jurisdictions": [{
            "id": "north-shore", "name": "North Shore", "level": "province",
            "facts": { "definitions": { "child": { "age_threshold": 16 } } }
        }],
        "definitions": { "child": { "age_threshold": {
            "value": 18,
            "history": [
                { "value": 16, "until": "2015-07-01" },
                { "value": 18, "from": "2015-07-01", "source": { "cite": "Children Act, s. 2" } }
            ]
        } } }
    });
    assert_eq!(check(federal), Vec::<String>::new());
}

#[test]
fn units_and_competences_are_recognised_by_a_closed_schema_that_does_not_list_them() {
    assert_valid(&profile(json!({
        "competences": ["law", "law.kind", "services.birth_registration"],
        "jurisdictions": [
            { "id": "north-shore", "name": "North Shore", "level": "province",
              "facts": { "law": { "kind": "civil", "offences": ["sale"] } } },
            { "id": "Île de la Cité", "name": "Île" },
            { "id": "south", "name": "South", "facts": null }
        ]
    })));
    // `null` counts as absent, as everywhere in a profile.
    assert_valid(&profile(
        json!({ "jurisdictions": null, "competences": null }),
    ));
}

#[test]
fn a_units_facts_are_an_overlay_checked_against_the_schema() {
    // Nothing is required in an overlay, at any depth (`law.title` is required nationally).
    assert_valid(&profile(json!({
        "jurisdictions": [{ "id": "a", "name": "A", "facts": { "law": { "age_of_consent": 16 } } }]
    })));
    assert_eq!(
        problems(&json!({ "as_of": "2024-01-01", "law": {} })),
        ["/law: the required field `title` is missing"]
    );
    assert_eq!(
        problems(&profile(json!({
            "jurisdictions": [{ "id": "a", "name": "A", "facts": {
                "law": { "age_of_consent": "sixteen", "kinds": "civil" },
                "servces": {}
            } }]
        }))),
        [
            "/jurisdictions/0/facts/law/age_of_consent: expected a number, found the string \"sixteen\"",
            "/jurisdictions/0/facts/law/kinds: the schema has no such field; did you mean `kind`?",
            "/jurisdictions/0/facts/servces: the schema has no such field; did you mean `services`?",
        ]
    );
}

#[test]
fn a_units_facts_cannot_give_what_belongs_to_the_state() {
    assert_eq!(
        problems(&profile(json!({
            "jurisdictions": [{ "id": "a", "name": "A", "facts": {
                "as_of": "2020-01-01", "exceptions": {}, "profile": "x",
                "jurisdictions": [], "competences": []
            } }]
        }))),
        [
            "/jurisdictions/0/facts/as_of: a unit's facts cannot give `as_of`: it belongs to the State as a whole",
            "/jurisdictions/0/facts/exceptions: a unit's facts cannot give `exceptions`: it belongs to the State as a whole",
            "/jurisdictions/0/facts/profile: a unit's facts cannot give `profile`: it belongs to the State as a whole",
            "/jurisdictions/0/facts/jurisdictions: a unit's facts cannot give `jurisdictions`: it belongs to the State as a whole",
            "/jurisdictions/0/facts/competences: a unit's facts cannot give `competences`: it belongs to the State as a whole",
        ]
    );
}

#[test]
fn each_unit_has_a_unique_id_a_name_and_nothing_else() {
    assert_eq!(
        problems(&profile(json!({
            "jurisdictions": [
                { "id": "a", "name": "A" },
                { "name": "No id" },
                { "id": "", "name": "Empty" },
                { "id": "a/b", "name": "Slash" },
                { "id": 7, "name": 8, "level": 9 },
                { "id": "a", "nme": "A again", "fact": {} },
                "north",
                { "id": "c", "name": "C", "facts": [] }
            ]
        }))),
        [
            "/jurisdictions/1: the required field `id` is missing",
            "/jurisdictions/2/id: a jurisdiction's id is not empty",
            "/jurisdictions/3/id: a jurisdiction's id cannot contain `/`, found \"a/b\"",
            "/jurisdictions/4/id: expected a string, found the number 7",
            "/jurisdictions/4/name: expected a string, found the number 8",
            "/jurisdictions/4/level: expected a string, found the number 9",
            "/jurisdictions/5/nme: a jurisdiction has id, name, level and facts, not `nme`; did you mean `name`?",
            "/jurisdictions/5/fact: a jurisdiction has id, name, level and facts, not `fact`; did you mean `facts`?",
            "/jurisdictions/5/id: jurisdictions 0 and 5 have the same id \"a\"",
            "/jurisdictions/5: the required field `name` is missing",
            "/jurisdictions/6: a jurisdiction is an object {id, name, level, facts}, found the string \"north\"",
            "/jurisdictions/7/facts: a unit's facts are an object shaped like the national facts, found a list",
        ]
    );
    assert_eq!(
        problems(&profile(json!({ "jurisdictions": { "a": {} } }))),
        [
            "/jurisdictions: `jurisdictions` is a list of the State's units {id, name, level, facts}, found an object"
        ]
    );
}

#[test]
fn each_competence_names_a_path_of_the_schema() {
    assert_eq!(
        problems(&profile(json!({
            "competences": [
                "law.knd", "servics", "law.kind.x", "", "law..kind", 3, "as_of", "exceptions.x"
            ]
        }))),
        [
            "/competences/0: the schema has no `law.knd`; did you mean `law.kind`?",
            "/competences/1: the schema has no `servics`; did you mean `services`?",
            "/competences/2: the schema has no `law.kind.x`: `law.kind` has no fields",
            "/competences/3: \"\" is not a dotted path (names joined by `.`, such as \"civil_registration.free_of_charge\")",
            "/competences/4: \"law..kind\" is not a dotted path (names joined by `.`, such as \"civil_registration.free_of_charge\")",
            "/competences/5: expected a dotted fact path such as \"civil_registration.free_of_charge\", found the number 3",
            "/competences/6: `as_of` belongs to the State as a whole: it cannot be given to the units",
            "/competences/7: `exceptions` belongs to the State as a whole: it cannot be given to the units",
        ]
    );
    assert_eq!(
        problems(&profile(json!({ "competences": "law" }))),
        [
            "/competences: `competences` is a list of dotted fact paths such as \"civil_registration.free_of_charge\", found the string \"law\""
        ]
    );
}

#[test]
fn a_history_of_sorted_entries_that_do_not_overlap_is_accepted() {
    assert_valid(&profile(json!({ "law": {
        "title": { "history": [{ "value": "Children Act" }] },
        "age_of_consent": {
            "value": 16,
            "status": "known",
            "source": { "cite": "Penal Code, art. 1" },
            "history": [
                { "value": 14, "until": "2010-01-01", "note": "before the reform" },
                { "status": "not_assessed", "from": "2010-01-01", "until": "2012-01-01" },
                { "value": 15, "from": "2013-01-01", "until": "2020-01-01", "status": "contested" },
                { "value": 16.0, "from": "2020-01-01", "sources": [] }
            ]
        },
        "kind": { "history": [{ "value": "civil", "from": "2001-01-01" }], "value": null },
        "adopted": { "history": [] },
        "offences": { "value": ["sale"], "history": [
            { "value": ["sale", "trafficking"], "until": "2023-01-01" },
            { "value": ["sale"], "from": "2023-01-01" }
        ] }
    } })));
}

#[test]
fn each_history_entry_is_checked_like_the_facts_value() {
    assert_eq!(
        problems(&profile(json!({ "law": {
            "title": "T",
            "age_of_consent": { "history": [
                { "value": 14.5, "until": "2001-01-01" },
                { "value": "fifteen", "from": "2001-01-01", "until": "2002-01-01" },
                { "from": "2002-01-01", "until": "2003-01-01" },
                { "value": 16, "from": "2003-01-01", "until": "2004-01-01", "status": "sure" },
                { "value": 17, "form": "2004-01-01" },
                7
            ] },
            "kind": { "history": [{ "value": "penal" }] },
            "offences": { "history": [{ "value": "sale" }, { "value": [1], "from": "2000-01-01" }] },
            "adopted": { "history": { "value": "2001-01-01" } }
        } }))),
        [
            "/law/age_of_consent/history/0/value: expected a whole number, found 14.5",
            "/law/age_of_consent/history/1/value: expected a number, found the string \"fifteen\"",
            "/law/age_of_consent/history/2: a history entry gives its `value` (or a `status` saying why there is none)",
            "/law/age_of_consent/history/3/status: fact status \"sure\" is not one of known, unknown, not_assessed, not_applicable, contested",
            "/law/age_of_consent/history/4/form: a history entry has value, from, until, status, source, sources and note, not `form`; did you mean `from`?",
            "/law/age_of_consent/history/4: only the first entry may leave out `from` (in force since before any date)",
            "/law/age_of_consent/history/5: a history entry is an object {value, from, until, status, source, sources, note}, found the number 7",
            "/law/kind/history/0/value: \"penal\" is not one of \"civil\", \"criminal\"",
            "/law/offences/history/0/value: expected a list, found the string \"sale\"",
            "/law/offences/history/1/value/0: expected a string, found the number 1",
            "/law/offences/history/1: entry 0 has no `until` (it is still in force), so it must be the last",
            "/law/adopted/history: a history is a list of entries {value, from, until, ...}, found an object",
        ]
    );
}

#[test]
fn history_dates_are_valid_sorted_and_do_not_overlap() {
    let history = |entries: Json| {
        problems(&profile(
            json!({ "law": { "title": "T", "age_of_consent": { "history": entries } } }),
        ))
    };
    assert_eq!(
        history(json!([
            { "value": 1, "from": "2001-02-30" },
            { "value": 2, "from": 2001 },
            { "value": 3, "from": "2005-01-01", "until": "2005-01-01" },
            { "value": 4, "from": "2006-01-01", "until": "2005-06-01" }
        ])),
        [
            "/law/age_of_consent/history/0/from: \"2001-02-30\" is not a date (YYYY-MM-DD)",
            "/law/age_of_consent/history/1/from: expected a date (\"YYYY-MM-DD\"), found the number 2001",
            "/law/age_of_consent/history/2: `from` (2005-01-01) is not before `until` (2005-01-01)",
            "/law/age_of_consent/history/3: `from` (2006-01-01) is not before `until` (2005-06-01)",
        ]
    );
    assert_eq!(
        history(json!([
            { "value": 1, "from": "2010-01-01", "until": "2012-01-01" },
            { "value": 2, "from": "2011-06-01", "until": "2013-01-01" },
            { "value": 3, "from": "2001-01-01", "until": "2002-01-01" }
        ])),
        [
            "/law/age_of_consent/history/1: this entry starts on 2011-06-01, before entry 0 ends on 2012-01-01: entries must not overlap",
            "/law/age_of_consent/history/2: the entries are sorted by `from`: this one (2001-01-01) comes before entry 1 (2011-06-01)",
        ]
    );
    assert_eq!(
        history(json!([
            { "value": 1, "from": "2010-01-01" },
            { "value": 2, "from": "2011-01-01" }
        ])),
        [
            "/law/age_of_consent/history/1: entry 0 has no `until` (it is still in force), so it must be the last"
        ]
    );
}

#[test]
fn a_value_beside_a_history_is_the_value_on_the_profiles_as_of() {
    let fact = |value: Json, as_of: Json| {
        problems(&json!({
            "as_of": as_of,
            "law": { "title": "T", "age_of_consent": { "value": value, "history": [
                { "value": 14, "until": "2010-01-01" },
                { "status": "unknown", "from": "2010-01-01", "until": "2015-01-01" },
                { "value": 16, "from": "2020-01-01" }
            ] } }
        }))
    };
    assert_eq!(fact(json!(16), json!("2024-01-01")), Vec::<String>::new());
    assert_eq!(fact(json!(14), json!("2009-12-31")), Vec::<String>::new());
    assert_eq!(
        fact(json!(14), json!("2024-01-01")),
        [
            "/law/age_of_consent/value: the value 14 differs from the history's value on the profile's as_of (2024-01-01), 16"
        ]
    );
    assert_eq!(
        fact(json!(16), json!("2017-01-01")),
        [
            "/law/age_of_consent/value: the value 16 is given for the profile's as_of (2017-01-01), but no history entry is in force on that day"
        ]
    );
    assert_eq!(
        fact(json!(16), json!("2012-01-01")),
        [
            "/law/age_of_consent/value: the value 16 is given for the profile's as_of (2012-01-01), but the history entry in force on that day has no value"
        ]
    );
    // Without a date to compare on, the value is not checked against the history.
    assert_eq!(
        fact(json!(99), json!("someday")),
        ["/as_of: \"someday\" is not a date (YYYY-MM-DD)"]
    );
}

#[test]
fn a_list_item_cannot_have_a_history() {
    assert_eq!(
        problems(&profile(json!({ "law": { "title": "T", "offences": [
            "sale",
            { "value": "trafficking", "history": [{ "value": "trafficking" }] }
        ] } }))),
        [
            "/law/offences/1/history: an item of a list cannot have a history; give the list's history instead"
        ]
    );
}

#[test]
fn an_envelope_names_history_among_its_fields() {
    assert_eq!(
        problems(&profile(
            json!({ "law": { "title": { "value": "T", "histroy": [] } } })
        )),
        [
            "/law/title: a fact is a value or an object with value, history, status, source, sources and note; found the field(s) histroy"
        ]
    );
}
