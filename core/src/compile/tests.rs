//! Lowers `test` blocks: the profile (inline or from a file), the `as_of` date and the
//! expectations, each checked against the rule set's obligations.

use std::collections::BTreeMap;

use lexpact_grammar::ast::{Data, DataKind, Item, TestBlock, TestClauseKind};
use serde_json::{Map, Value as Json};

use super::Context;
use super::suggest::closest;
use crate::diagnostic::codes;
use crate::ir::{Expectation, Obligation, Test};
use crate::profile::parse_profile_text;
use crate::report::{DeadlineStatus, Verdict};
use crate::source::{Loader, join_relative};

pub(crate) fn lower_tests(
    cx: &mut Context<'_>,
    obligations: &[Obligation],
    loader: &dyn Loader,
) -> Vec<Test> {
    let files = cx.files;
    let mut names: BTreeMap<&str, ()> = BTreeMap::new();
    let mut out = Vec::new();
    for (index, file) in files.iter().enumerate() {
        for item in &file.ast.items {
            let Item::Test(test) = item else { continue };
            if names.insert(&test.name.value, ()).is_some() {
                cx.push(cx.err(
                    index,
                    codes::DUPLICATE,
                    format!("two tests are named \"{}\"", test.name.value),
                    test.name.span,
                ));
                continue;
            }
            if let Some(lowered) = lower_test(cx, index, test, obligations, loader) {
                out.push(lowered);
            }
        }
    }
    out
}

fn lower_test(
    cx: &mut Context<'_>,
    file: usize,
    test: &TestBlock,
    obligations: &[Obligation],
    loader: &dyn Loader,
) -> Option<Test> {
    let mut as_of = None;
    let mut profile = None;
    let mut expectations = Vec::new();
    let mut ok = true;
    for clause in &test.clauses {
        match &clause.kind {
            TestClauseKind::AsOf(raw) => match raw.raw.parse() {
                Ok(d) if as_of.is_none() => as_of = Some(d),
                Ok(_) => {
                    cx.push(cx.err(file, codes::CLAUSE, "a test has one `as_of`", clause.span));
                    ok = false;
                }
                Err(_) => {
                    cx.push(cx.err(
                        file,
                        codes::BAD_LITERAL,
                        format!("`{}` is not a date in the calendar", raw.raw),
                        raw.span,
                    ));
                    ok = false;
                }
            },
            TestClauseKind::ProfileInline(_) | TestClauseKind::ProfileFile(_)
                if profile.is_some() =>
            {
                cx.push(cx.err(file, codes::CLAUSE, "a test has one `profile`", clause.span));
                ok = false;
            }
            TestClauseKind::ProfileInline(data) => {
                profile = Some(with_markers(cx.schema, to_json(data)));
            }
            TestClauseKind::ProfileFile(path) => {
                let name = cx
                    .files
                    .get(file)
                    .map(|f| f.name.as_str())
                    .unwrap_or_default();
                let resolved = join_relative(name, &path.value);
                let loaded = loader.load(&resolved).and_then(|text| {
                    parse_profile_text(&resolved, &text).map_err(|d| d.to_string())
                });
                match loaded {
                    Ok(json) => profile = Some(json),
                    Err(e) => {
                        cx.push(cx.err(
                            file,
                            codes::PROFILE_SYNTAX,
                            format!("cannot read the test profile `{resolved}`: {e}"),
                            path.span,
                        ));
                        ok = false;
                    }
                }
            }
            TestClauseKind::Expect {
                id,
                verdict,
                deadline,
            } => {
                // Declared, even if it failed to check: its own error is already reported.
                // (The compiled obligations first: scanning every file's items is the slow path.)
                let known = obligations.iter().any(|o| o.id == id.name) || declared(cx, &id.name);
                if !known {
                    let mut d = cx.err(
                        file,
                        codes::UNKNOWN_OBLIGATION,
                        format!("no obligation `{}` in this rule set", id.name),
                        id.span,
                    );
                    if let Some(c) = closest(&id.name, obligations.iter().map(|o| o.id.as_str())) {
                        d = d.with_help(format!("did you mean `{c}`?"));
                    }
                    cx.push(d);
                    ok = false;
                }
                let Some(v) = Verdict::parse(&verdict.name) else {
                    let words: Vec<&str> = Verdict::ALL.iter().map(|v| v.as_str()).collect();
                    cx.push(
                        cx.err(
                            file,
                            codes::BAD_LITERAL,
                            format!("`{}` is not a verdict", verdict.name),
                            verdict.span,
                        )
                        .with_help(format!("the verdicts are: {}", words.join(", "))),
                    );
                    ok = false;
                    continue;
                };
                let status = match deadline {
                    Some(word) => match DeadlineStatus::parse(&word.name) {
                        Some(s) => Some(s),
                        None => {
                            let words: Vec<&str> =
                                DeadlineStatus::ALL.iter().map(|v| v.as_str()).collect();
                            cx.push(
                                cx.err(
                                    file,
                                    codes::BAD_LITERAL,
                                    format!("`{}` is not a deadline status", word.name),
                                    word.span,
                                )
                                .with_help(format!("the statuses are: {}", words.join(", "))),
                            );
                            ok = false;
                            continue;
                        }
                    },
                    None => None,
                };
                let line = cx.location(file, clause.span).line;
                expectations.push(Expectation {
                    obligation: id.name.clone(),
                    verdict: v,
                    deadline: status,
                    line,
                });
            }
        }
    }
    if profile.is_none() {
        cx.push(cx.err(
            file,
            codes::CLAUSE,
            format!("test \"{}\" has no `profile`", test.name.value),
            test.name.span,
        ));
        ok = false;
    }
    if expectations.is_empty() && ok {
        cx.push(
            cx.err(
                file,
                codes::CLAUSE,
                format!("test \"{}\" expects nothing", test.name.value),
                test.name.span,
            )
            .with_help("add `expect <obligation> <verdict>`"),
        );
        ok = false;
    }
    if !ok {
        return None;
    }
    Some(Test {
        name: test.name.value.clone(),
        as_of,
        profile: profile.unwrap_or(Json::Null),
        expectations,
        location: cx.location(file, test.name.span),
    })
}

fn declared(cx: &Context<'_>, id: &str) -> bool {
    cx.files
        .iter()
        .flat_map(|f| &f.ast.items)
        .any(|item| matches!(item, Item::Obligation(o) if o.id.name == id))
}

/// An inline profile as JSON: bare dates become strings, numbers keep their integer form.
pub(crate) fn to_json(data: &Data) -> Json {
    match &data.kind {
        DataKind::Null => Json::Null,
        DataKind::Bool(b) => Json::Bool(*b),
        DataKind::Number(raw) => raw
            .parse::<i64>()
            .map(Json::from)
            .ok()
            .or_else(|| {
                raw.parse::<f64>()
                    .ok()
                    .and_then(serde_json::Number::from_f64)
                    .map(Json::Number)
            })
            .unwrap_or(Json::Null),
        DataKind::Date(s) | DataKind::Str(s) => Json::String(s.clone()),
        DataKind::List(items) => Json::Array(items.iter().map(to_json).collect()),
        DataKind::Object(entries) => {
            let mut map = Map::new();
            for (key, value) in entries {
                map.insert(key.name.clone(), to_json(value));
            }
            Json::Object(map)
        }
    }
}

/// An inline test profile with the constant fields the schema requires at its root (the
/// version marker, `"profile": "lexpact/legal-profile/v1"`) filled in when absent: a test
/// needs no marker.
fn with_markers(schema: Option<&crate::schema::Schema>, mut profile: Json) -> Json {
    let Some(schema) = schema else {
        return profile;
    };
    let crate::schema::Node::Object {
        fields, required, ..
    } = schema.node(schema.root())
    else {
        return profile;
    };
    if let Json::Object(map) = &mut profile {
        for name in required {
            let constant = fields.get(name).map(|id| schema.node(*id));
            if let Some(crate::schema::Node::Scalar {
                allowed: Some(only),
                ..
            }) = constant
                && let [marker] = only.as_slice()
                && !map.contains_key(name)
            {
                map.insert(name.clone(), marker.clone());
            }
        }
    }
    profile
}
