//! Lowers `test` blocks: the profile (inline or from a file), the `as_of` date and the
//! expectations, each checked against the rule set's obligations.

use std::collections::BTreeMap;

use lexpact_grammar::Span;
use lexpact_grammar::ast::{
    ClauseKind, ExpectedMark, Ident, Item, RawLit, StrLit, TestBlock, TestClause, TestClauseKind,
};
use lexpact_grammar::suggest::closest;

use super::Context;
use super::test_profile::InlineProfiles;
use crate::diagnostic::codes;
use crate::ir::{Check, CountUnit, Expectation, Mark, Obligation, Test, TestProfile};
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
            TestClauseKind::Expect { .. }
            | TestClauseKind::ExpectMark { .. }
            | TestClauseKind::ExpectCount { .. } => {
                match expect_clause(cx, file, clause, obligations) {
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
    let name = cx.files.get(file).map(|f| f.name).unwrap_or_default();
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
    let known = known_obligation(cx, file, id, obligations);
    let v = verdict_word(cx, file, verdict)?;
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
        check: Check::Verdict {
            obligation: id.name.clone(),
            verdict: v,
            deadline: status,
        },
        line,
    })
}

/// One `expect` clause lowered; `None` if it is wrong (reported) or not an `expect`.
fn expect_clause(
    cx: &mut Context<'_>,
    file: usize,
    clause: &TestClause,
    obligations: &[Obligation],
) -> Option<Expectation> {
    match &clause.kind {
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
            expectation(cx, file, clause.span, &expected, obligations)
        }
        TestClauseKind::ExpectMark { id, negated, mark } => {
            mark_expectation(cx, file, clause.span, id, *negated, mark, obligations)
        }
        TestClauseKind::ExpectCount {
            count,
            unit,
            verdict,
            group,
        } => count_check(cx, file, count, unit, verdict.as_ref(), group.as_ref()).map(|check| {
            Expectation {
                check,
                line: cx.line(file, clause.span),
            }
        }),
        TestClauseKind::AsOf(_)
        | TestClauseKind::ProfileFile(_)
        | TestClauseKind::ProfileInline(_) => None,
    }
}

/// One `expect ID [not] MARK` clause checked: the obligation exists. `None` if not (reported).
fn mark_expectation(
    cx: &mut Context<'_>,
    file: usize,
    span: Span,
    id: &Ident,
    negated: bool,
    mark: &ExpectedMark,
    obligations: &[Obligation],
) -> Option<Expectation> {
    if !known_obligation(cx, file, id, obligations) {
        return None;
    }
    let mark = match mark {
        ExpectedMark::Amended(passage) => Mark::Amended(passage.as_ref().map(|p| p.value.clone())),
        ExpectedMark::Indicator(id) => Mark::Indicator(id.value.clone()),
        ExpectedMark::InWindow => Mark::InWindow,
    };
    Some(Expectation {
        check: Check::Mark {
            obligation: id.name.clone(),
            negated,
            mark,
        },
        line: cx.line(file, span),
    })
}

/// Whether `id` names an obligation of the rule set (reported if not).
fn known_obligation(
    cx: &mut Context<'_>,
    file: usize,
    id: &Ident,
    obligations: &[Obligation],
) -> bool {
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
    known
}

/// The verdict a word names; `None` if it names none (reported).
fn verdict_word(cx: &mut Context<'_>, file: usize, verdict: &Ident) -> Option<Verdict> {
    let parsed = Verdict::parse(&verdict.name);
    if parsed.is_none() {
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
    }
    parsed
}

/// One `expect N UNIT [VERDICT] [in GROUP]` clause checked: a whole number, a unit, a verdict
/// and a group some obligation has. `None` if not (each problem reported).
fn count_check(
    cx: &mut Context<'_>,
    file: usize,
    count: &RawLit,
    unit: &Ident,
    verdict: Option<&Ident>,
    group: Option<&StrLit>,
) -> Option<Check> {
    let mut ok = true;
    let number = count.raw.parse::<usize>().ok();
    if number.is_none() {
        cx.push(cx.err(
            file,
            codes::BAD_LITERAL,
            format!(
                "`{}` is not a whole number of bullets or obligations",
                count.raw
            ),
            count.span,
        ));
        ok = false;
    }
    let unit = match unit.name.as_str() {
        "bullet" | "bullets" => Some(CountUnit::Bullets),
        "obligation" | "obligations" => Some(CountUnit::Obligations),
        _ => {
            cx.push(
                cx.err(
                    file,
                    codes::BAD_LITERAL,
                    format!("`{}` is not what a test counts", unit.name),
                    unit.span,
                )
                .with_help("count `bullets` (of the text) or `obligations`"),
            );
            None
        }
    };
    let verdict = match verdict {
        Some(word) => match verdict_word(cx, file, word) {
            Some(v) => Some(v),
            None => {
                ok = false;
                None
            }
        },
        None => None,
    };
    if let Some(group) = group {
        let files = cx.files;
        let groups = || {
            files
                .iter()
                .flat_map(|f| &f.ast.items)
                .filter_map(|item| match item {
                    Item::Obligation(o) => Some(o),
                    _ => None,
                })
                .flat_map(|o| &o.clauses)
                .filter_map(|c| match &c.kind {
                    ClauseKind::Group(g) => Some(g.value.as_str()),
                    _ => None,
                })
        };
        if !groups().any(|g| g == group.value) {
            let mut d = cx.err(
                file,
                codes::UNKNOWN_OBLIGATION,
                format!(
                    "no obligation of this rule set is in group \"{}\"",
                    group.value
                ),
                group.span,
            );
            if let Some(c) = closest(&group.value, groups()) {
                d = d.with_help(format!("did you mean \"{c}\"?"));
            }
            cx.push(d);
            ok = false;
        }
    }
    let (true, Some(count), Some(unit)) = (ok, number, unit) else {
        return None;
    };
    Some(Check::Count {
        count,
        unit,
        verdict,
        group: group.map(|g| g.value.clone()),
    })
}
