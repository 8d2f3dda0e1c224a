//! The hand-written keys of a conformance `case.json` about the parts of a result that
//! federal profiles and fact histories add: the report's `warnings`, each obligation's
//! `warnings`, the verdict of each unit (`units`) and the `met on` date with its basis
//! (`met_on`); and the obligation metadata a result carries (`indicators`, `amendments`). See
//! `tests/conformance/README.md`.

use lexpact_core::{DeadlineStatus, ObligationIdentity, Report, Verdict};
use serde_json::Value as Json;

/// One unit's expected result: unit id, verdict, deadline status, deadline reading.
type UnitExpectation = (String, String, String, Option<String>);

/// Obligation id, a list of strings its result holds exactly.
type ListExpectation = (String, Vec<String>);

/// Reads one list of an obligation's metadata (`indicators`, `amendments`).
type Field = fn(&ObligationIdentity) -> &Vec<String>;

/// Obligation id, its `met_on` date and basis (`None`: no `met_on`).
type MetOnExpectation = (String, Option<(String, String)>);

/// The optional keys, as `case.json` writes them; each empty when absent.
#[derive(Default)]
pub struct ResultKeys {
    /// The report's `warnings`, exactly.
    warnings: Option<Vec<String>>,
    /// Obligation id, its `warnings` exactly.
    obligation_warnings: Vec<(String, Vec<String>)>,
    /// Obligation id, every unit of its result in the report's order.
    units: Vec<(String, Vec<UnitExpectation>)>,
    /// Obligation id, its `met_on` date and basis (`None`: no `met_on`).
    met_on: Vec<MetOnExpectation>,
    /// Obligation id, its `indicators` exactly.
    indicators: Vec<ListExpectation>,
    /// Obligation id, its `amendments` exactly.
    amendments: Vec<ListExpectation>,
}

const MET_ON_BASES: [&str; 4] = [
    "clause",
    "history",
    "history_at_the_latest",
    "jurisdictions",
];

fn strings(value: &Json, what: &str) -> Result<Vec<String>, String> {
    let Some(list) = value.as_array() else {
        return Err(format!("case.json: {what} is not a list"));
    };
    list.iter()
        .map(|item| {
            item.as_str()
                .map(str::to_string)
                .ok_or_else(|| format!("case.json: {what} holds a non-string"))
        })
        .collect()
}

fn map<'a>(
    case: &'a Json,
    name: &str,
) -> Result<Option<&'a serde_json::Map<String, Json>>, String> {
    match case.get(name) {
        None => Ok(None),
        Some(Json::Object(map)) => Ok(Some(map)),
        Some(_) => Err(format!("case.json: \"{name}\" is not a map")),
    }
}

/// Splits `"verdict"`, `"verdict/status"` or `"verdict/status/reading"` and checks its words.
fn verdict_text(text: &str, what: &str) -> Result<(String, String, Option<String>), String> {
    let mut parts = text.split('/');
    let verdict = parts.next().unwrap_or_default();
    let status = parts.next().unwrap_or("none");
    let reading = parts.next().map(str::to_string);
    if parts.next().is_some() {
        return Err(format!(
            "case.json: {what}: write \"verdict\", \"verdict/status\" or \"verdict/status/reading\""
        ));
    }
    if Verdict::parse(verdict).is_none() {
        return Err(format!("case.json: {what}: `{verdict}` is not a verdict"));
    }
    if DeadlineStatus::parse(status).is_none() {
        return Err(format!(
            "case.json: {what}: `{status}` is not a deadline status"
        ));
    }
    Ok((verdict.to_string(), status.to_string(), reading))
}

fn units(case: &Json) -> Result<Vec<(String, Vec<UnitExpectation>)>, String> {
    let Some(map) = map(case, "units")? else {
        return Ok(Vec::new());
    };
    let mut all = Vec::new();
    for (id, units) in map {
        let Json::Object(units) = units else {
            return Err(format!(
                "case.json: units.{id} is not a map from unit id to verdict"
            ));
        };
        let mut expected = Vec::new();
        for (unit, text) in units {
            let what = format!("units.{id}.{unit}");
            let Some(text) = text.as_str() else {
                return Err(format!("case.json: {what} is not a string"));
            };
            let (verdict, status, reading) = verdict_text(text, &what)?;
            expected.push((unit.clone(), verdict, status, reading));
        }
        all.push((id.clone(), expected));
    }
    Ok(all)
}

fn met_on(case: &Json) -> Result<Vec<MetOnExpectation>, String> {
    let Some(map) = map(case, "met_on")? else {
        return Ok(Vec::new());
    };
    map.iter()
        .map(|(id, value)| match value {
            Json::Null => Ok((id.clone(), None)),
            Json::String(text) => {
                let (date, basis) = text.split_once('/').ok_or_else(|| {
                    format!("case.json: met_on.{id}: write \"YYYY-MM-DD/basis\" or null")
                })?;
                if lexpact_core::parse_date(date).is_none() {
                    return Err(format!("case.json: met_on.{id}: `{date}` is not a date"));
                }
                if !MET_ON_BASES.contains(&basis) {
                    return Err(format!(
                        "case.json: met_on.{id}: `{basis}` is not a basis ({})",
                        MET_ON_BASES.join(", ")
                    ));
                }
                Ok((id.clone(), Some((date.to_string(), basis.to_string()))))
            }
            _ => Err(format!(
                "case.json: met_on.{id} is neither \"YYYY-MM-DD/basis\" nor null"
            )),
        })
        .collect()
}

/// Reads and checks the shape of the keys of `case`.
pub fn parse(case: &Json) -> Result<ResultKeys, String> {
    let warnings = case
        .get("warnings")
        .map(|w| strings(w, "warnings"))
        .transpose()?;
    let mut obligation_warnings = Vec::new();
    if let Some(map) = map(case, "obligation_warnings")? {
        for (id, list) in map {
            obligation_warnings.push((
                id.clone(),
                strings(list, &format!("obligation_warnings.{id}"))?,
            ));
        }
    }
    Ok(ResultKeys {
        warnings,
        obligation_warnings,
        units: units(case)?,
        met_on: met_on(case)?,
        indicators: lists(case, "indicators")?,
        amendments: lists(case, "amendments")?,
    })
}

/// A map from obligation id to a list of strings (`indicators`, `amendments`).
fn lists(case: &Json, name: &str) -> Result<Vec<ListExpectation>, String> {
    let Some(map) = map(case, name)? else {
        return Ok(Vec::new());
    };
    map.iter()
        .map(|(id, list)| Ok((id.clone(), strings(list, &format!("{name}.{id}"))?)))
        .collect()
}

fn show(verdict: &str, status: &str, reading: Option<&str>) -> String {
    match (status, reading) {
        (_, Some(reading)) => format!("{verdict}/{status}/{reading}"),
        ("none", None) => verdict.to_string(),
        (_, None) => format!("{verdict}/{status}"),
    }
}

/// The problems of `report` against the keys (none when they all hold).
pub fn check(keys: &ResultKeys, report: &Report) -> Vec<String> {
    let mut problems = Vec::new();
    if let Some(warnings) = &keys.warnings
        && *warnings != report.warnings
    {
        problems.push(format!(
            "expected warnings {warnings:?}, the engine gives {:?}",
            report.warnings
        ));
    }
    let result = |key: &str, id: &str, problems: &mut Vec<String>| {
        let found = report.results.iter().find(|r| r.obligation.id == id);
        if found.is_none() {
            problems.push(format!(
                "case.json: {key} names `{id}`, which is not in the report"
            ));
        }
        found
    };
    for (id, warnings) in &keys.obligation_warnings {
        if let Some(result) = result("obligation_warnings", id, &mut problems)
            && *warnings != result.warnings
        {
            problems.push(format!(
                "`{id}`: expected obligation warnings {warnings:?}, the engine gives {:?}",
                result.warnings
            ));
        }
    }
    for (id, expected) in &keys.units {
        if let Some(result) = result("units", id, &mut problems) {
            let want: Vec<String> = expected
                .iter()
                .map(|(unit, v, s, r)| format!("{unit}: {}", show(v, s, r.as_deref())))
                .collect();
            let got: Vec<String> = result
                .jurisdictions
                .iter()
                .map(|unit| {
                    let deadline = &unit.deadline;
                    format!(
                        "{}: {}",
                        unit.id,
                        show(
                            unit.verdict.as_str(),
                            deadline.status.as_str(),
                            deadline.reading.as_deref()
                        )
                    )
                })
                .collect();
            if want != got {
                problems.push(format!(
                    "`{id}`: expected units {want:?}, the engine gives {got:?}"
                ));
            }
        }
    }
    let metadata: [(&str, &Vec<ListExpectation>, Field); 2] = [
        ("indicators", &keys.indicators, |o| &o.indicators),
        ("amendments", &keys.amendments, |o| &o.amendments),
    ];
    for (key, expected, field) in metadata {
        for (id, want) in expected {
            if let Some(result) = result(key, id, &mut problems) {
                let got = field(&result.obligation);
                if want != got {
                    problems.push(format!(
                        "`{id}`: expected {key} {want:?}, the engine gives {got:?}"
                    ));
                }
            }
        }
    }
    for (id, expected) in &keys.met_on {
        if let Some(result) = result("met_on", id, &mut problems) {
            let deadline = &result.deadline;
            let got = deadline.met_on.as_ref().map(|date| {
                let basis = deadline.met_on_basis.map_or("(no basis)", |b| b.as_str());
                format!("{date}/{basis}")
            });
            let want = expected
                .as_ref()
                .map(|(date, basis)| format!("{date}/{basis}"));
            if want != got {
                problems.push(format!(
                    "`{id}`: expected met_on {}, the engine gives {}",
                    want.as_deref().unwrap_or("null"),
                    got.as_deref().unwrap_or("null")
                ));
            }
        }
    }
    problems
}

#[test]
fn malformed_keys_are_refused() {
    let refused = [
        r#"{ "warnings": "one" }"#,
        r#"{ "warnings": [1] }"#,
        r#"{ "obligation_warnings": { "a": "one" } }"#,
        r#"{ "units": { "a": ["met"] } }"#,
        r#"{ "units": { "a": { "north": "done" } } }"#,
        r#"{ "units": { "a": { "north": "met/soon" } } }"#,
        r#"{ "met_on": { "a": "2018-03-01" } }"#,
        r#"{ "met_on": { "a": "2018-02-30/history" } }"#,
        r#"{ "met_on": { "a": "2018-03-01/guess" } }"#,
        r#"{ "met_on": { "a": 2018 } }"#,
        r#"{ "indicators": { "a": "icmec:1" } }"#,
        r#"{ "amendments": ["x"] }"#,
    ];
    for text in refused {
        let case: Json = serde_json::from_str(text).unwrap();
        assert!(parse(&case).is_err(), "accepted {text}");
    }
    let accepted = r#"{ "warnings": [], "obligation_warnings": { "a": ["w"] },
        "units": { "a": { "north": "met/late", "south": "unknown" }, "b": {} },
        "met_on": { "a": "2018-03-01/history_at_the_latest", "b": null },
        "indicators": { "a": ["icmec:1"], "b": [] }, "amendments": { "a": ["x"] } }"#;
    let keys = parse(&serde_json::from_str(accepted).unwrap()).unwrap();
    assert_eq!(keys.indicators.len(), 2);
    assert_eq!(keys.amendments.len(), 1);
    assert_eq!(keys.units.len(), 2);
    assert_eq!(keys.met_on.len(), 2);
}
