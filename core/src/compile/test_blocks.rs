//! Lowers `test` blocks: the profile (inline or from a file), the `as_of` date and the
//! expectations, each checked against the rule set's obligations.

use std::collections::BTreeMap;

use lexpact_grammar::Span;
use lexpact_grammar::ast::{Ident, Item, StrLit, TestBlock, TestClauseKind};
use lexpact_grammar::suggest::closest;

use super::Context;
use super::test_profile::InlineProfiles;
use crate::diagnostic::codes;
use crate::ir::{Expectation, Obligation, Test, TestProfile};
use crate::profile::parse_profile_text;
use crate::report::{DeadlineStatus, Verdict};
use crate::source::{Loader, join_relative};

pub(crate) fn lower_tests(
    cx: &mut Context<'_>,
    obligations: &[Obligation],
    loader: &dyn Loader,
    inline: &mut InlineProfiles,
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
            if let Some(lowered) = lower_test(cx, index, test, obligations, loader, inline) {
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
    inline: &mut InlineProfiles,
) -> Option<Test> {
    // Asked for before the expectations' lines: the line index is fastest in source order.
    let location = cx.location(file, test.name.span);
    let mut as_of = None;
    let mut profile = None;
    let mut expectations = Vec::with_capacity(test.clauses.len());
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
                profile = Some(TestProfile::Inline(inline.take(file, data)));
            }
            TestClauseKind::ProfileFile(path) => match profile_file(cx, file, path, loader) {
                Some(json) => profile = Some(TestProfile::File(json)),
                None => ok = false,
            },
            TestClauseKind::Expect {
                id,
                verdict,
                deadline,
            } => {
                let expected = Expected {
                    id,
                    verdict,
                    deadline: deadline.as_ref(),
                };
                match expectation(cx, file, clause.span, &expected, obligations) {
                    Some(e) => expectations.push(e),
                    None => ok = false,
                }
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
    // A test without a profile is not ok (reported above).
    let (true, Some(profile)) = (ok, profile) else {
        return None;
    };
    Some(Test {
        name: test.name.value.clone(),
        as_of,
        profile,
        expectations,
        location,
    })
}

fn declared(cx: &Context<'_>, id: &str) -> bool {
    cx.files
        .iter()
        .flat_map(|f| &f.ast.items)
        .any(|item| matches!(item, Item::Obligation(o) if o.id.name == id))
}

/// The profile file a test names, read and parsed; `None` if it cannot be (reported).
fn profile_file(
    cx: &mut Context<'_>,
    file: usize,
    path: &StrLit,
    loader: &dyn Loader,
) -> Option<serde_json::Value> {
    let name = cx
        .files
        .get(file)
        .map(|f| f.name.as_str())
        .unwrap_or_default();
    let resolved = join_relative(name, &path.value);
    let loaded = loader
        .load(&resolved)
        .and_then(|text| parse_profile_text(&resolved, &text).map_err(|d| d.to_string()));
    match loaded {
        Ok(json) => Some(json),
        Err(e) => {
            cx.push(cx.err(
                file,
                codes::PROFILE_SYNTAX,
                format!("cannot read the test profile `{resolved}`: {e}"),
                path.span,
            ));
            None
        }
    }
}

/// The words of one `expect` clause.
struct Expected<'t> {
    id: &'t Ident,
    verdict: &'t Ident,
    deadline: Option<&'t Ident>,
}

/// One `expect` clause checked: the obligation exists, the verdict and deadline status are
/// words of the report. `None` if they are not (each problem reported).
fn expectation(
    cx: &mut Context<'_>,
    file: usize,
    span: Span,
    expected: &Expected<'_>,
    obligations: &[Obligation],
) -> Option<Expectation> {
    let Expected {
        id,
        verdict,
        deadline,
    } = *expected;
    // Declared, even if it failed to check: its own error is already reported.
    // (The compiled obligations first: scanning every file's items is the slow path.)
    let known = obligations.iter().any(|o| o.id() == id.name) || declared(cx, &id.name);
    if !known {
        let mut d = cx.err(
            file,
            codes::UNKNOWN_OBLIGATION,
            format!("no obligation `{}` in this rule set", id.name),
            id.span,
        );
        if let Some(c) = closest(&id.name, obligations.iter().map(|o| o.id())) {
            d = d.with_help(format!("did you mean `{c}`?"));
        }
        cx.push(d);
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
        return None;
    };
    let status = match deadline {
        Some(word) => {
            let Some(status) = DeadlineStatus::parse(&word.name) else {
                let words: Vec<&str> = DeadlineStatus::ALL.iter().map(|v| v.as_str()).collect();
                cx.push(
                    cx.err(
                        file,
                        codes::BAD_LITERAL,
                        format!("`{}` is not a deadline status", word.name),
                        word.span,
                    )
                    .with_help(format!("the statuses are: {}", words.join(", "))),
                );
                return None;
            };
            Some(status)
        }
        None => None,
    };
    let line = cx.line(file, span);
    known.then(|| Expectation {
        obligation: id.name.clone(),
        verdict: v,
        deadline: status,
        line,
    })
}
