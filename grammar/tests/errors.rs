//! Syntax errors: where they point, what they say, and which of several comes first.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lexpact_grammar::error::codes;
use lexpact_grammar::{ParseOptions, SyntaxError, parse, parse_with};

fn error(source: &str) -> SyntaxError {
    parse(source).unwrap_err()
}

/// The error's line and column, and the text it underlines.
fn at(source: &str) -> ((usize, usize), String) {
    let e = error(source);
    (
        e.span.line_col(source),
        source[e.span.start..e.span.end].to_string(),
    )
}

#[test]
fn the_error_lists_what_could_stand_there() {
    let e = error("define x = [a,, b]");
    assert_eq!(e.message, "expected an expression or `]`, found `,`");
    let e = error("obligation o { title \"t\" requires a }");
    assert!(
        e.message.starts_with("expected `}` or a clause (`title`"),
        "{}",
        e.message
    );
    assert!(e.message.ends_with(", found `requires`"), "{}", e.message);
    assert_eq!(e.help.as_deref(), Some("did you mean `require`?"));
    let e = error("define x = a b");
    assert_eq!(
        e.message,
        "expected a comparison, an operator, `and`, `or`, `ruleset`, `schema`, `define`, \
         `obligation`, `test` or the end of the file, found `b`"
    );
}

#[test]
fn errors_point_at_the_offending_token() {
    assert_eq!(at("define x = a and or b"), ((1, 18), "or".to_string()));
    assert_eq!(at("obligation o {\n  title\n}"), ((3, 1), "}".to_string()));
    // A reserved word cannot be a name.
    let e = error("define all = 1");
    assert_eq!(
        e.help.as_deref(),
        Some("`all` is a reserved word and cannot be a name")
    );
}

#[test]
fn malformed_literals_point_where_they_go_wrong() {
    // A string is closed on its line: the error is where the quote is missing.
    let source = "obligation o {\n  title \"open\n}";
    assert_eq!(error(source).span.line_col(source), (2, 14));
    // Digits run into a letter; a date that is not one.
    assert_eq!(at("define x = 12ab").1, "a");
    assert_eq!(
        error("define x = 12ab").message,
        "expected a digit or `.`, found `ab`"
    );
    assert_eq!(at("define x = 1.").0, (1, 14));
    // (`2020-1-01`: the month's second digit is missing.)
    assert_eq!(at("test \"t\" { as_of 2020-1-01 }").0, (1, 24));
    // A path has nothing between its words and dots.
    assert_eq!(
        error("define x = a. b").message,
        "expected a name, found a space"
    );
}

#[test]
fn nesting_past_the_limit_comes_before_any_other_error() {
    let options = ParseOptions {
        max_depth: 2,
        ..ParseOptions::default()
    };
    let e = parse_with("define x = a b\ndefine y = (((a)))", &options).unwrap_err();
    assert_eq!((e.code, e.span.start), (codes::TOO_DEEP, 28));
}

#[test]
fn a_syntax_error_comes_before_errors_of_a_well_formed_text() {
    // The bad escape comes first in the text, but the source does not parse at all.
    let e = error("define x = \"\\q\"\ndefine y = ");
    assert_eq!(e.code, codes::SYNTAX);
    // Of the others, the first in the text.
    let e = error("define x = all m in l\ndefine y = \"\\q\"");
    assert_eq!(e.code, codes::INCOMPLETE);
    let e = error("define x = \"\\q\"\ndefine y = all m in l");
    assert_eq!(e.code, codes::BAD_ESCAPE);
}

#[test]
fn long_operator_chains_are_too_deep_for_the_checker() {
    // The tree of `1 + 1 + ...` is as deep as it is long.
    let ok = format!("define x = 1{}", " + 1".repeat(31));
    assert!(parse(&ok).is_ok());
    let deep = format!("define x = 1{}", " + 1".repeat(32));
    let e = error(&deep);
    assert_eq!(
        (e.code, e.span.start, e.span.end),
        (codes::TOO_DEEP, 11, deep.len())
    );
}
