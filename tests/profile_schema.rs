//! The bundled profile schema, read by an outside JSON Schema validator: the example profiles
//! and a v1.1 profile (units, competences, a history) pass; a misspelt history entry does not.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use serde_json::{Value as Json, json};

const SCHEMA: &str = include_str!("../core/library/legal-profile-v1.schema.json");
const EXAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/profiles");

fn errors(validator: &jsonschema::Validator, profile: &Json) -> Vec<String> {
    validator
        .iter_errors(profile)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn version_one_and_version_one_point_one_profiles_validate() {
    let schema: Json = serde_json::from_str(SCHEMA).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut examples = 0;
    for entry in std::fs::read_dir(EXAMPLES).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let profile: Json =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            assert_eq!(
                errors(&validator, &profile),
                Vec::<String>::new(),
                "{path:?}"
            );
            examples += 1;
        }
    }
    assert!(examples >= 3, "too few example profiles");
    let mut federal = json!({
        "profile": "lexpact/legal-profile/v1.1",
        "as_of": "2024-01-01",
        "competences": ["civil_registration.free_of_charge"],
        "jurisdictions": [{
            "id": "north-shore", "name": "North Shore", "level": "province",
            "facts": { "civil_registration": { "free_of_charge": false } }
        }],
        "definitions": { "child": { "age_threshold": {
            "value": 18,
            "history": [
                { "value": 16, "until": "2015-07-01" },
                { "value": 18, "from": "2015-07-01", "source": { "cite": "Children Act, s. 2" } }
            ]
        } } }
    });
    assert_eq!(errors(&validator, &federal), Vec::<String>::new());
    federal["definitions"]["child"]["age_threshold"]["history"][0]["form"] = json!("2001-01-01");
    assert!(!validator.is_valid(&federal));
    federal["definitions"]["child"]["age_threshold"]["history"][0]
        .as_object_mut()
        .unwrap()
        .remove("form");
    assert!(validator.is_valid(&federal));
    federal["jurisdictions"][0]["id"] = json!("north/shore");
    assert!(!validator.is_valid(&federal));
}
