//! `lexpact questions` end to end, its ranking checked against an oracle of its own: every
//! missing fact of `cascadia.json` is set to each of a generous set of values, every such
//! profile is evaluated by `lexpact check`, and the unknown verdicts that became known (or
//! kept fewer possible verdicts) are counted. The order of the questions must follow those
//! counts, ties by pointer.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{lexpact, scratch, text};
use serde_json::{Map, Value as Json, json};

const PROFILE: &str = "examples/profiles/cascadia.json";
const SCHEMA: &str = "core/library/legal-profile-v1.schema.json";

fn run_json(args: &[&str]) -> Json {
    let out = lexpact(args);
    assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn read_json(path: &str) -> Json {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The schema at `node`, `$ref`s followed and a fact's plain alternative taken.
fn resolve<'s>(schema: &'s Json, mut node: &'s Json) -> &'s Json {
    loop {
        if let Some(target) = node.get("$ref").and_then(Json::as_str) {
            node = schema.pointer(target.trim_start_matches('#')).unwrap();
        } else if let Some(options) = node.get("anyOf").and_then(Json::as_array) {
            node = &options[0];
        } else {
            return node;
        }
    }
}

/// The schema of the place `pointer` names.
fn schema_at<'s>(schema: &'s Json, pointer: &str) -> &'s Json {
    let mut node = resolve(schema, schema);
    // A unit's facts (`/jurisdictions/N/facts/...`) have the shape of the national ones.
    let tokens: Vec<&str> = pointer.split('/').skip(1).collect();
    let tokens = match tokens.as_slice() {
        ["jurisdictions", _, "facts", rest @ ..] => rest,
        all => all,
    };
    for token in tokens {
        let next = match node.get("type").and_then(Json::as_str) {
            Some("array") => &node["items"],
            _ => node["properties"]
                .get(*token)
                .unwrap_or(&node["additionalProperties"]),
        };
        node = resolve(schema, next);
    }
    node
}

/// The values the oracle tries: more than the engine's probes where it can (every whole
/// number to 50, where the rules compare with 18 and 30), so that a probe set too small would
/// show.
fn oracle_values(schema: &Json, node: &Json) -> Vec<Json> {
    if let Some(values) = node.get("enum").and_then(Json::as_array) {
        return values.clone();
    }
    match node.get("type").and_then(Json::as_str) {
        Some("boolean") => vec![json!(true), json!(false)],
        Some("integer") => (0..=50).map(|n| json!(n)).collect(),
        Some("array") => match resolve(schema, &node["items"])
            .get("enum")
            .and_then(Json::as_array)
        {
            Some(values) => std::iter::once(json!([]))
                .chain(values.iter().map(|v| json!([v])))
                .collect(),
            None => Vec::new(),
        },
        Some("object") => Vec::new(),
        // Dates: the first and last day of every year from 1990 to 2030, wider than the
        // engine's evaluation date and literals, each side of them.
        Some("string") if node.get("format").and_then(Json::as_str) == Some("date") => (1990
            ..=2030)
            .flat_map(|y| [json!(format!("{y}-01-01")), json!(format!("{y}-12-31"))])
            .collect(),
        other => panic!("the oracle has no values for type {other:?}"),
    }
}

/// `doc` with the place `pointer` names set to `value`, objects created on the way.
fn with_value(doc: &Json, pointer: &str, value: Json) -> Json {
    let mut doc = doc.clone();
    let tokens: Vec<&str> = pointer.split('/').skip(1).collect();
    let (last, parents) = tokens.split_last().unwrap();
    let mut node = &mut doc;
    for token in parents {
        if node.is_array() {
            // A unit of `jurisdictions`, by its index.
            node = &mut node[token.parse::<usize>().unwrap()];
            continue;
        }
        if node.get(*token).is_none_or(Json::is_null) {
            node.as_object_mut()
                .unwrap()
                .insert(token.to_string(), Json::Object(Map::new()));
        }
        node = node.get_mut(*token).unwrap();
    }
    node.as_object_mut()
        .unwrap()
        .insert(last.to_string(), value);
    doc
}

struct Unknown {
    range: Vec<Json>,
    missing: Vec<String>,
}

/// For each missing fact: the obligations some value decides, and those some value narrows.
type Counts = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn oracle() -> Counts {
    let report = run_json(&["check", "--library", "rio", "--format", "json", PROFILE]);
    let unknowns: BTreeMap<String, Unknown> = report["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["verdict"] == "unknown")
        .map(|r| {
            let missing = r["missing"].as_array().unwrap();
            let unknown = Unknown {
                range: r["range"].as_array().unwrap().clone(),
                missing: missing
                    .iter()
                    .map(|m| m.as_str().unwrap().to_string())
                    .collect(),
            };
            (r["id"].as_str().unwrap().to_string(), unknown)
        })
        .collect();
    let candidates: BTreeSet<&str> = unknowns
        .values()
        .flat_map(|u| u.missing.iter().map(String::as_str))
        .collect();
    let schema = read_json(SCHEMA);
    let profile = read_json(PROFILE);
    let mut lines = String::new();
    let mut tried = Vec::new();
    for pointer in &candidates {
        for value in oracle_values(&schema, schema_at(&schema, pointer)) {
            lines.push_str(&with_value(&profile, pointer, value).to_string());
            lines.push('\n');
            tried.push(*pointer);
        }
    }
    let file = scratch("questions").join("probes.jsonl");
    std::fs::write(&file, lines).unwrap();
    let out = lexpact(&[
        "check",
        "--library",
        "rio",
        "--format",
        "ndjson",
        file.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut counts: Counts = candidates
        .iter()
        .map(|p| (p.to_string(), Default::default()))
        .collect();
    let reports: Vec<Json> = text(&out.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(reports.len(), tried.len());
    for (pointer, report) in tried.iter().zip(&reports) {
        let (decided, narrowed) = counts.get_mut(*pointer).unwrap();
        for result in report["results"].as_array().unwrap() {
            let id = result["id"].as_str().unwrap();
            let Some(before) = unknowns.get(id) else {
                continue;
            };
            if !before.missing.iter().any(|m| m == pointer) {
                continue;
            }
            if result["verdict"] != "unknown" {
                decided.insert(id.to_string());
            } else {
                let range = result["range"].as_array().unwrap();
                if range.len() < before.range.len()
                    && range.iter().all(|v| before.range.contains(v))
                {
                    narrowed.insert(id.to_string());
                }
            }
        }
    }
    for (decided, narrowed) in counts.values_mut() {
        narrowed.retain(|id| !decided.contains(id));
    }
    counts
}

#[test]
fn the_questions_are_ranked_by_what_the_oracle_finds_each_fact_decides() {
    let asked = run_json(&["questions", "--library", "rio", "--format", "json", PROFILE]);
    assert_eq!(asked["format"], "lexpact/questions/v1");
    let questions = asked["questions"].as_array().unwrap();
    let counts = oracle();
    let pointers: Vec<&str> = questions
        .iter()
        .map(|q| q["pointer"].as_str().unwrap())
        .collect();
    assert_eq!(
        pointers.iter().copied().collect::<BTreeSet<_>>(),
        counts.keys().map(String::as_str).collect::<BTreeSet<_>>(),
        "one question per missing fact"
    );
    for q in questions {
        let (decided, narrowed) = &counts[q["pointer"].as_str().unwrap()];
        assert_eq!(q["decides"], decided.len(), "{}", q["pointer"]);
        assert_eq!(q["narrows"], narrowed.len(), "{}", q["pointer"]);
        for ob in q["obligations"].as_array().unwrap() {
            let id = ob["id"].as_str().unwrap();
            let expected = if decided.contains(id) {
                "decides"
            } else if narrowed.contains(id) {
                "narrows"
            } else {
                "neither"
            };
            assert_eq!(ob["effect"], expected, "{} on {id}", q["pointer"]);
        }
    }
    let mut expected: Vec<&str> = counts.keys().map(String::as_str).collect();
    expected.sort_by_key(|p| {
        let (decided, narrowed) = &counts[*p];
        (
            std::cmp::Reverse(decided.len()),
            std::cmp::Reverse(narrowed.len()),
            *p,
        )
    });
    assert_eq!(
        pointers, expected,
        "most decided, then most narrowed, then by pointer"
    );
    let first = counts[pointers[0]].0.len();
    assert!(counts.values().all(|(decided, _)| decided.len() <= first));
    assert!(
        first > 1,
        "the profile has a fact that settles several verdicts"
    );
    assert_eq!(pointers[0], "/state/regional_memberships");
    // The first question also bears on at least as many unknown verdicts as any other.
    let bears = |q: &Json| q["obligations"].as_array().unwrap().len();
    let first_bears = bears(&questions[0]);
    assert!(questions.iter().all(|q| bears(q) <= first_bears));
    assert_eq!(asked["unknown"], 67);
}

#[test]
fn the_text_lists_one_question_a_line_with_its_description() {
    let out = lexpact(&["questions", "--library", "rio", PROFILE]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json = run_json(&["questions", "--library", "rio", "--format", "json", PROFILE]);
    let questions = json["questions"].as_array().unwrap();
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), questions.len() + 1);
    assert!(lines[0].starts_with("67 unknown verdicts"), "{}", lines[0]);
    for (line, q) in lines[1..].iter().zip(questions) {
        assert!(line.contains(q["pointer"].as_str().unwrap()), "{line}");
        if let Some(description) = q["description"].as_str() {
            assert!(line.ends_with(description), "{line}");
        }
    }
    assert!(
        lines[1].starts_with("decides   5  narrows   0  /state/regional_memberships (list: AU|")
    );
}

#[test]
fn the_questions_schema_is_printed_and_names_every_field_of_the_output() {
    let schema = run_json(&["schema", "--questions"]);
    assert_eq!(schema["$id"], "urn:lexpact:schema:questions:v1");
    let report_schema = run_json(&["schema"]);
    assert_eq!(report_schema["$id"], "urn:lexpact:schema:report:v2");
    let asked = run_json(&["questions", "--library", "rio", "--format", "json", PROFILE]);
    let top: BTreeSet<&String> = schema["properties"].as_object().unwrap().keys().collect();
    assert_eq!(top, asked.as_object().unwrap().keys().collect());
    let question = &schema["$defs"]["Question"]["properties"];
    for key in asked["questions"][0].as_object().unwrap().keys() {
        assert!(question.get(key).is_some(), "{key}");
    }
}

#[test]
fn the_probes_share_one_step_budget() {
    let limit = ["--limit", "max_evaluation_steps=4000"];
    let check = lexpact(&[&["check", "--library", "rio"][..], &limit, &[PROFILE]].concat());
    assert!(
        check.status.success(),
        "one evaluation fits: {}",
        text(&check.stderr)
    );
    let out = lexpact(&[&["questions", "--library", "rio"][..], &limit, &[PROFILE]].concat());
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("E0305") && stderr.contains("probing `/"),
        "{stderr}"
    );
}

#[test]
fn bad_arguments_are_refused_as_check_refuses_them() {
    for (args, code) in [
        (vec!["--limit", "max_dept=16", PROFILE], "E0306"),
        (vec!["--as-of", "2024-13-01", PROFILE], "E0304"),
        (vec!["no-such-profile.json"], "E0300"),
    ] {
        let out = lexpact(&[&["questions", "--library", "rio"][..], &args].concat());
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.starts_with(&format!("error[{code}]")),
            "{args:?}: {err}"
        );
    }
}
