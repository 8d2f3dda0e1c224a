//! Both parsers on generated sources: random programs built from the grammar (well formed,
//! apart from the escapes and quantifiers the language refuses after the parse, and from
//! tokens run together by a missing separator), and random mutations of the corpus (tokens
//! deleted, inserted, swapped, duplicated, run together; the text cut short).
//!
//! Several thousand cases per test by default; `LEXPACT_DIFF_CASES=N` runs N per test.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::sync::OnceLock;

use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::test_runner::Config;

type Tokens = Vec<String>;

/// Names, with words that are keywords only in some places, and words close to a keyword.
const NAMES: &[&str] = &[
    "a",
    "b",
    "x",
    "state",
    "t_1",
    "_",
    "andy",
    "notx",
    "in_",
    "each",
    "jurisdiction",
    "title",
    "require",
    "met",
    "on",
    "when",
    "to",
    "version",
    "expect",
    "profile",
    "as_of",
    "define",
    "test",
    "indicator",
    "amended",
    "weight",
    "deadline",
    "applies",
    "partial",
    "ruleset",
];
/// Words after a dot: any word, reserved or not.
const FIELDS: &[&str] = &[
    "b", "count", "all", "and", "not", "in", "null", "where", "true", "x2", "each",
];
const NUMBERS: &[&str] = &[
    "0",
    "18",
    "0.5",
    "2013",
    "007",
    "12.25",
    "99999999999999999999",
];
const DATES: &[&str] = &["2013-12-31", "2024-01-01", "0000-00-00"];
const COMPARISONS: &[&str] = &["==", "!=", "<", "<=", ">", ">=", "in", "not in"];
/// Verdicts and statuses of `expect`: any word, reserved ones too.
const VERDICTS: &[&str] = &[
    "met", "not_met", "unknown", "late", "on_time", "all", "null",
];
/// What may follow `expect NAME [not]`: the marks, and words that are not one.
const MARKS: &[&str] = &["amended", "indicator", "in_window", "in", "met", "not"];
/// What stands between two tokens. The empty separator runs tokens together.
const SEPARATORS: &[&str] = &[
    " ",
    " ",
    " ",
    "\n",
    "\n    ",
    "\t",
    "\r\n",
    "",
    " # note\n",
    "#\n",
    "\u{feff}",
];

fn string() -> impl Strategy<Value = String> + Clone {
    // Mostly valid escapes, now and then one the language refuses.
    prop_oneof![
        8 => "[a-z #{}()é]{0,8}".prop_map(|v| format!("\"{v}\"")),
        2 => Just("\"a\\\"b\\\\c\\nd\\te\"".to_string()),
        1 => select(&["\"\\q\"", "\"\\é\"", "\"\\\n\""][..]).prop_map(String::from),
    ]
}

fn one(words: &'static [&'static str]) -> impl Strategy<Value = String> + Clone {
    select(words).prop_map(String::from)
}

fn path() -> impl Strategy<Value = Tokens> + Clone {
    (one(NAMES), vec(one(FIELDS), 0..3)).prop_map(|(mut path, fields)| {
        for field in fields {
            path.push('.');
            path.push_str(&field);
        }
        vec![path]
    })
}

fn literal() -> impl Strategy<Value = Tokens> + Clone {
    prop_oneof![
        one(NUMBERS),
        one(DATES),
        string(),
        Just("true".to_string()),
        Just("false".to_string()),
    ]
    .prop_map(|t| vec![t])
}

fn join(items: Vec<Tokens>, word: &str) -> Tokens {
    let mut out = Tokens::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.extend(word.split(' ').map(String::from));
        }
        out.extend(item);
    }
    out
}

fn bracketed(open: &str, items: Vec<Tokens>, comma: bool, close: &str) -> Tokens {
    let mut out = vec![open.to_string()];
    let any = !items.is_empty();
    out.extend(join(items, ","));
    if any && comma {
        out.push(",".to_string());
    }
    out.push(close.to_string());
    out
}

fn prefixed(prefix: &str, count: usize, operand: Tokens) -> Tokens {
    let mut out = vec![prefix.to_string(); count];
    out.extend(operand);
    out
}

/// How many prefixes: mostly none, now and then many (past the tight limits).
fn few() -> impl Strategy<Value = usize> + Clone {
    prop_oneof![6 => Just(0usize), 2 => 1..3usize, 1 => 3..7usize]
}

/// Expressions of the grammar's levels, brackets and quantifiers nested at most `depth`
/// deep: the strategies for `expr` and `sum`.
fn expressions(depth: u32) -> (BoxedStrategy<Tokens>, BoxedStrategy<Tokens>) {
    let mut lower: Option<(BoxedStrategy<Tokens>, BoxedStrategy<Tokens>)> = None;
    for _ in 0..=depth {
        let leaf = prop_oneof![literal(), path()];
        let primary = match lower.clone() {
            None => leaf.boxed(),
            Some((expr, sum)) => prop_oneof![
                10 => leaf,
                2 => expr.clone().prop_map(|e| bracketed("(", vec![e], false, ")")),
                1 => (vec(expr.clone(), 0..3), any::<bool>())
                    .prop_map(|(items, comma)| bracketed("[", items, comma, "]")),
                1 => (one(NAMES), vec(expr.clone(), 0..2), any::<bool>())
                    .prop_map(|(name, args, comma)| {
                        let mut out = vec![name];
                        out.extend(bracketed("(", args, comma, ")"));
                        out
                    }),
                2 => (
                    select(&["all", "any", "count"][..]),
                    one(NAMES),
                    sum,
                    option::weighted(0.85, expr),
                    any::<bool>(),
                )
                    .prop_map(|(quantifier, var, list, condition, bare)| {
                        let mut out = vec![quantifier.to_string(), var, "in".to_string()];
                        out.extend(list);
                        if let Some(condition) = condition {
                            out.push("where".to_string());
                            out.extend(condition);
                        }
                        if bare {
                            out
                        } else {
                            bracketed("(", vec![out], false, ")")
                        }
                    }),
            ]
            .boxed(),
        };
        let unary = (few(), primary).prop_map(|(n, p)| prefixed("-", n, p));
        let product = (unary.clone(), vec((select(&["*", "/"][..]), unary), 0..2))
            .prop_map(|(first, rest)| chain(first, rest));
        let sum = (
            product.clone(),
            vec((select(&["+", "-"][..]), product), 0..2),
        )
            .prop_map(|(first, rest)| chain(first, rest))
            .boxed();
        let comparison = (
            sum.clone(),
            option::weighted(0.5, (select(COMPARISONS), sum.clone())),
        )
            .prop_map(|(lhs, rhs)| chain(lhs, rhs.into_iter().collect()));
        let not = (few(), comparison).prop_map(|(n, c)| prefixed("not", n, c));
        let and = vec(not, 1..3).prop_map(|items| join(items, "and"));
        let expr = vec(and, 1..3).prop_map(|items| join(items, "or")).boxed();
        lower = Some((expr, sum));
    }
    lower.expect("at least one level")
}

fn chain(first: Tokens, rest: Vec<(&str, Tokens)>) -> Tokens {
    let mut out = first;
    for (op, operand) in rest {
        out.extend(op.split(' ').map(String::from));
        out.extend(operand);
    }
    out
}

fn expr() -> BoxedStrategy<Tokens> {
    prop_oneof![
        4 => expressions(0).0,
        3 => expressions(1).0,
        1 => expressions(2).0,
    ]
    .boxed()
}

fn data() -> impl Strategy<Value = Tokens> {
    let leaf = prop_oneof![
        one(&["null", "true", "false"]),
        "-?[0-9]{1,3}(\\.[0-9]{1,2})?",
        one(DATES),
        string(),
    ]
    .prop_map(|t| vec![t]);
    leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            (vec(inner.clone(), 0..4), any::<bool>())
                .prop_map(|(items, comma)| bracketed("[", items, comma, "]")),
            object(inner.boxed()),
        ]
    })
}

fn object(value: BoxedStrategy<Tokens>) -> impl Strategy<Value = Tokens> {
    let key = prop_oneof![one(NAMES), one(FIELDS), string()];
    (vec((key, value), 0..4), any::<bool>()).prop_map(|(entries, comma)| {
        let entries = entries
            .into_iter()
            .map(|(key, value)| {
                let mut out = vec![key, ":".to_string()];
                out.extend(value);
                out
            })
            .collect();
        bracketed("{", entries, comma, "}")
    })
}

fn clause() -> impl Strategy<Value = Tokens> {
    let words = |w: &[&str], rest: Tokens| {
        let mut out: Tokens = w.iter().map(|s| (*s).to_string()).collect();
        out.extend(rest);
        out
    };
    prop_oneof![
        1 => (
            one(&["title", "cite", "group", "text", "indicator", "amended", "exception"]),
            string()
        )
            .prop_map(|(keyword, s)| vec![keyword, s]),
        1 => one(NUMBERS).prop_map(|n| vec!["weight".to_string(), n]),
        1 => (option::of(one(DATES)), one(DATES)).prop_map(|(from, due)| match from {
            Some(from) => vec!["deadline".into(), from, "to".into(), due],
            None => vec!["deadline".into(), due],
        }),
        1 => expr().prop_map(move |e| words(&["met", "on"], e)),
        1 => expr().prop_map(move |e| words(&["applies", "when"], e)),
        3 => expr().prop_map(move |e| words(&["require"], e)),
        1 => expr().prop_map(move |e| words(&["partial", "when"], e)),
        2 => Just(words(&["in", "each", "jurisdiction"], Vec::new())),
    ]
}

fn test_clause() -> impl Strategy<Value = Tokens> {
    prop_oneof![
        one(DATES).prop_map(|d| vec!["as_of".to_string(), d]),
        string().prop_map(|s| vec!["profile".to_string(), s]),
        object(data().boxed()).prop_map(|o| {
            let mut out = vec!["profile".to_string()];
            out.extend(o);
            out
        }),
        (one(NAMES), one(VERDICTS), option::of(one(VERDICTS))).prop_map(|(id, verdict, status)| {
            let mut out = vec!["expect".to_string(), id, verdict];
            out.extend(status);
            out
        }),
        (one(NAMES), any::<bool>(), one(MARKS), option::of(string())).prop_map(
            |(id, negated, mark, passage)| {
                let mut out = vec!["expect".to_string(), id];
                if negated {
                    out.push("not".to_string());
                }
                out.push(mark);
                out.extend(passage);
                out
            }
        ),
        (
            one(NUMBERS),
            one(VERDICTS),
            option::of(one(VERDICTS)),
            option::of(string())
        )
            .prop_map(|(count, unit, verdict, group)| {
                let mut out = vec!["expect".to_string(), count, unit];
                out.extend(verdict);
                if let Some(group) = group {
                    out.push("in".to_string());
                    out.push(group);
                }
                out
            }),
    ]
}

fn item() -> impl Strategy<Value = Tokens> {
    prop_oneof![
        1 => (string(), option::of(string())).prop_map(|(name, version)| {
            let mut out = vec!["ruleset".to_string(), name];
            if let Some(version) = version {
                out.push("version".to_string());
                out.push(version);
            }
            out
        }),
        1 => string().prop_map(|s| vec!["schema".to_string(), s]),
        3 => (
            one(NAMES),
            option::of((vec(one(NAMES), 0..3), any::<bool>())),
            expr()
        )
            .prop_map(|(name, params, body)| {
                let mut out = vec!["define".to_string(), name];
                if let Some((params, comma)) = params {
                    let params = params.into_iter().map(|p| vec![p]).collect();
                    out.extend(bracketed("(", params, comma, ")"));
                }
                out.push("=".to_string());
                out.extend(body);
                out
            }),
        4 => (one(NAMES), vec(clause(), 0..4)).prop_map(|(id, clauses)| {
            let mut out = vec!["obligation".to_string(), id, "{".to_string()];
            out.extend(clauses.into_iter().flatten());
            out.push("}".to_string());
            out
        }),
        2 => (string(), vec(test_clause(), 0..4)).prop_map(|(name, clauses)| {
            let mut out = vec!["test".to_string(), name, "{".to_string()];
            out.extend(clauses.into_iter().flatten());
            out.push("}".to_string());
            out
        }),
    ]
}

/// Tokens joined by separators picked by the indexes (a space when they run out).
fn layout(tokens: &[String], separators: &[Index]) -> String {
    let mut out = String::new();
    for (i, token) in tokens.iter().enumerate() {
        if i > 0 {
            out.push_str(separators.get(i).map_or(" ", |s| *s.get(SEPARATORS)));
        }
        out.push_str(token);
    }
    out
}

fn program() -> impl Strategy<Value = String> {
    (
        vec(item(), 0..4),
        vec(any::<Index>(), 0..120),
        any::<bool>(),
    )
        .prop_map(|(items, separators, comment)| {
            let tokens: Tokens = items.into_iter().flatten().collect();
            let mut source = layout(&tokens, &separators);
            if comment {
                source.push_str("\n# the end");
            }
            source
        })
}

// ---- mutations of the corpus

/// A source cut into tokens, each with the layout before it: a rough lexer, enough to delete,
/// insert and swap whole tokens.
#[derive(Clone, Debug)]
struct Cut {
    pieces: Vec<(String, String)>,
}

fn cut(source: &str) -> Cut {
    let chars: Vec<char> = source.chars().collect();
    let mut pieces = Vec::new();
    let mut layout = String::new();
    let mut i = 0;
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-';
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c.is_whitespace() || c == '\u{feff}' {
            layout.push(c);
            i += 1;
            continue;
        }
        if c == '#' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            layout.extend(&chars[start..i]);
            continue;
        }
        if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' && chars[i] != '\n' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i = (i + 1).min(chars.len());
        } else if word(c) {
            while i < chars.len() && word(chars[i]) {
                i += 1;
            }
        } else if i + 1 < chars.len() && chars[i + 1] == '=' && "=!<>".contains(c) {
            i += 2;
        } else {
            i += 1;
        }
        let token: String = chars[start..i.min(chars.len())].iter().collect();
        pieces.push((std::mem::take(&mut layout), token));
    }
    if !layout.is_empty() {
        pieces.push((layout, String::new()));
    }
    Cut { pieces }
}

/// The corpus, each file cut into tokens, and where its items start.
fn cut_corpus() -> &'static [(Cut, Vec<usize>)] {
    static CUTS: OnceLock<Vec<(Cut, Vec<usize>)>> = OnceLock::new();
    CUTS.get_or_init(|| {
        common::corpus()
            .into_iter()
            .filter(|(_, source)| source.len() < 150_000)
            .map(|(_, source)| {
                let cut = cut(&source);
                let mut depth = 0i32;
                let mut starts = vec![0];
                for (i, (_, token)) in cut.pieces.iter().enumerate() {
                    match token.as_str() {
                        "(" | "[" | "{" => depth += 1,
                        ")" | "]" | "}" => depth -= 1,
                        "ruleset" | "schema" | "define" | "obligation" | "test" if depth == 0 => {
                            starts.push(i);
                        }
                        _ => {}
                    }
                }
                (cut, starts)
            })
            .collect()
    })
}

#[derive(Clone, Debug)]
enum Mutation {
    Delete(Index),
    Insert(Index, String, Index),
    Swap(Index),
    Duplicate(Index),
    /// Runs the token into the one before it.
    Join(Index),
    Truncate(Index),
}

/// Tokens a mutation inserts: every keyword and punctuation, and some malformed ones.
const INSERTS: &[&str] = &[
    "ruleset",
    "schema",
    "define",
    "obligation",
    "test",
    "title",
    "cite",
    "require",
    "met",
    "on",
    "applies",
    "when",
    "partial",
    "in",
    "each",
    "jurisdiction",
    "deadline",
    "to",
    "weight",
    "exception",
    "indicator",
    "amended",
    "in_window",
    "as_of",
    "profile",
    "expect",
    "and",
    "or",
    "not",
    "all",
    "any",
    "count",
    "where",
    "true",
    "false",
    "null",
    "x",
    "a.b",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    ".",
    "=",
    "==",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "+",
    "-",
    "*",
    "/",
    "1",
    "1.5",
    "1.",
    "12ab",
    "2020-01-01",
    "2020-01-0",
    "\"s\"",
    "\"\\q\"",
    "\"open",
    "!",
    "@",
    "é",
    "#c\n",
    "\u{feff}",
    "-1",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => any::<Index>().prop_map(Mutation::Delete),
        3 => (any::<Index>(), one(INSERTS), any::<Index>())
            .prop_map(|(at, token, separator)| Mutation::Insert(at, token, separator)),
        2 => any::<Index>().prop_map(Mutation::Swap),
        1 => any::<Index>().prop_map(Mutation::Duplicate),
        1 => any::<Index>().prop_map(Mutation::Join),
        1 => any::<Index>().prop_map(Mutation::Truncate),
    ]
}

fn mutate(cut: &Cut, from: usize, to: usize, mutations: &[Mutation]) -> String {
    let mut pieces: Vec<(String, String)> = cut.pieces[from..to].to_vec();
    let mut truncate = None;
    for mutation in mutations {
        if pieces.is_empty() {
            break;
        }
        let n = pieces.len();
        match mutation {
            Mutation::Delete(at) => {
                pieces.remove(at.index(n));
            }
            Mutation::Insert(at, token, separator) => {
                let layout = separator.get(SEPARATORS).to_string();
                pieces.insert(at.index(n + 1), (layout, token.clone()));
            }
            Mutation::Swap(at) if n > 1 => {
                let i = at.index(n - 1);
                let (a, b) = (pieces[i].1.clone(), pieces[i + 1].1.clone());
                pieces[i].1 = b;
                pieces[i + 1].1 = a;
            }
            Mutation::Duplicate(at) => {
                let piece = pieces[at.index(n)].clone();
                pieces.insert(at.index(n), piece);
            }
            Mutation::Join(at) => pieces[at.index(n)].0.clear(),
            Mutation::Truncate(at) => truncate = Some(*at),
            Mutation::Swap(_) => {}
        }
    }
    let mut source: String = pieces
        .into_iter()
        .map(|(layout, token)| layout + &token)
        .collect();
    if let Some(at) = truncate {
        let mut end = at.index(source.len() + 1);
        while !source.is_char_boundary(end) {
            end -= 1;
        }
        source.truncate(end);
    }
    source
}

fn mutated_corpus() -> impl Strategy<Value = String> {
    (
        any::<Index>(),
        any::<Index>(),
        1..4usize,
        vec(mutation(), 0..4),
    )
        .prop_map(|(file, item, items, mutations)| {
            let corpus = cut_corpus();
            let (cut, starts) = &corpus[file.index(corpus.len())];
            let first = item.index(starts.len());
            let from = starts[first];
            let to = starts
                .get(first + items)
                .copied()
                .unwrap_or(cut.pieces.len());
            mutate(cut, from, to, &mutations)
        })
}

proptest! {
    #![proptest_config(Config {
        cases: common::cases(2500),
        failure_persistence: None,
        ..Config::default()
    })]

    #[test]
    fn both_parsers_agree_on_generated_programs(source in program()) {
        if let Err(problem) = common::check(&source) {
            prop_assert!(false, "{}", problem);
        }
    }

    #[test]
    fn both_parsers_agree_on_mutated_corpus_files(source in mutated_corpus()) {
        if let Err(problem) = common::check(&source) {
            prop_assert!(false, "{}", problem);
        }
    }
}
