//! Layout and comment placement, case by case. Every case also checks that formatting the
//! output again changes nothing.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use super::format_source;

/// Formats `source`, checks idempotence, and returns the output.
fn fmt(source: &str) -> String {
    let out = format_source(source).unwrap();
    assert_eq!(format_source(&out).unwrap(), out, "not idempotent");
    out
}

// ---- layout

#[test]
fn an_empty_file_is_one_line_break() {
    assert_eq!(fmt(""), "\n");
    assert_eq!(fmt(" \n\n\t\r\n"), "\n");
    assert_eq!(fmt("\u{FEFF}"), "\n");
}

#[test]
fn items_are_separated_by_one_empty_line() {
    assert_eq!(
        fmt("define a = 1\n\n\n\ndefine b = 2\n\nobligation o {}\nobligation p {}\n\n\n"),
        "define a = 1\n\ndefine b = 2\n\nobligation o {}\n\nobligation p {}\n"
    );
}

#[test]
fn one_line_definitions_and_declarations_written_together_stay_together() {
    assert_eq!(
        fmt("ruleset \"r\"\nschema \"s\"\ndefine a = 1\ndefine b = 2 define c = 3\n\ndefine d = 4"),
        "ruleset \"r\"\nschema \"s\"\n\ndefine a = 1\ndefine b = 2\ndefine c = 3\n\ndefine d = 4\n"
    );
    // A comment above a definition starts a new group.
    assert_eq!(
        fmt("define a = 1\n# about b\ndefine b = 2\ndefine c = 3"),
        "define a = 1\n\n# about b\ndefine b = 2\ndefine c = 3\n"
    );
    // Declarations moved to the top are grouped only if they were together in the source.
    assert_eq!(
        fmt("schema \"s\"\ndefine a = 1\nruleset \"r\""),
        "schema \"s\"\n\nruleset \"r\"\n\ndefine a = 1\n"
    );
}

#[test]
fn declarations_come_first_in_their_order() {
    assert_eq!(
        fmt("define a = 1\nschema \"s\"\nobligation o {}\nruleset \"r\" version \"v\""),
        "schema \"s\"\n\nruleset \"r\" version \"v\"\n\ndefine a = 1\n\nobligation o {}\n"
    );
}

#[test]
fn clauses_keep_their_order_one_per_line() {
    let source = "obligation o { cite   \"C.1\" title\t\"T\"\n      require a weight 2 deadline 2013-12-31\n\n\n  deadline 2012-01-01 to 2013-12-31 exception \"e\" exception \"f\" group \"g\" text \"x\" met on d applies when b partial when c }";
    assert_eq!(
        fmt(source),
        "obligation o {
  cite \"C.1\"
  title \"T\"
  require a
  weight 2
  deadline 2013-12-31
  deadline 2012-01-01 to 2013-12-31
  exception \"e\"
  exception \"f\"
  group \"g\"
  text \"x\"
  met on d
  applies when b
  partial when c
}
"
    );
}

#[test]
fn test_blocks() {
    let source = "test \"t\" { as_of 2024-01-01 profile \"p.json\" expect o met expect o met late profile {} }";
    assert_eq!(
        fmt(source),
        "test \"t\" {
  as_of 2024-01-01
  profile \"p.json\"
  expect o met
  expect o met late
  profile {}
}
"
    );
}

#[test]
fn empty_blocks_are_closed_on_their_line() {
    assert_eq!(fmt("obligation o {\n\n}"), "obligation o {}\n");
    assert_eq!(fmt("test \"t\" { }"), "test \"t\" {}\n");
}

#[test]
fn definitions() {
    assert_eq!(
        fmt("define f ( a , b , ) = a==b\ndefine g() = 1\ndefine h = ((x))"),
        "define f(a, b) = a == b\ndefine g() = 1\ndefine h = x\n"
    );
}

#[test]
fn strings_are_written_with_escapes() {
    assert_eq!(
        fmt("schema \"a\tb\\\"c\\\\\\n\""),
        "schema \"a\\tb\\\"c\\\\\\n\"\n"
    );
}

#[test]
fn a_line_of_exactly_100_columns_stays_whole() {
    // "  require " is 10 columns; the expression fills the rest.
    let first = "a".repeat(42);
    let operand = "a".repeat(43);
    let expr = format!("{first} and {operand}");
    assert_eq!(10 + expr.len(), 100);
    let out = fmt(&format!("obligation o {{ require {expr} }}"));
    assert_eq!(out, format!("obligation o {{\n  require {expr}\n}}\n"));
    let longer = format!("{expr}b");
    let out = fmt(&format!("obligation o {{ require {longer} }}"));
    assert_eq!(
        out,
        format!("obligation o {{\n  require {first}\n      and {operand}b\n}}\n")
    );
}

#[test]
fn only_a_top_level_chain_is_broken() {
    let long = "x".repeat(60);
    // `or` of `and`s: one line per `or` operand.
    let out = fmt(&format!(
        "define d = {long}.a and b or {long}.c and (d or e)"
    ));
    assert_eq!(
        out,
        format!("define d = {long}.a and b\n    or {long}.c and (d or e)\n")
    );
    // Not a chain at the top: the line stays long.
    let out = fmt(&format!("define d = not ({long}.a and {long}.b)"));
    assert_eq!(out, format!("define d = not ({long}.a and {long}.b)\n"));
    let out = fmt(&format!(
        "define d = all m in l where {long}.a and {long}.b"
    ));
    assert_eq!(
        out,
        format!("define d = all m in l where {long}.a and {long}.b\n")
    );
}

#[test]
fn profiles_on_one_line_when_they_fit() {
    let out = fmt(
        "test \"t\" { profile {a:1,\"b\":[1,2,],\"two words\":{},\"\":[], \"é\": 2013-01-01}\n profile { n: null, f: false, t: true, s: \"x\\ty\", neg: -1.5, } }",
    );
    assert_eq!(
        out,
        "test \"t\" {
  profile { a: 1, b: [1, 2], \"two words\": {}, \"\": [], \"é\": 2013-01-01 }
  profile { n: null, f: false, t: true, s: \"x\\ty\", neg: -1.5 }
}
"
    );
}

#[test]
fn profiles_break_level_by_level() {
    let long = "v".repeat(30);
    let source = format!(
        "test \"t\" {{ profile {{ a: {{ b: \"{long}\", c: \"{long}\" }}, d: [\"{long}\", \"{long}\", \"{long}\"] }} }}"
    );
    assert_eq!(
        fmt(&source),
        format!(
            "test \"t\" {{
  profile {{
    a: {{ b: \"{long}\", c: \"{long}\" }},
    d: [
      \"{long}\",
      \"{long}\",
      \"{long}\"
    ]
  }}
}}
"
        )
    );
}

#[test]
fn line_ends_and_byte_order_mark() {
    assert_eq!(
        fmt("\u{FEFF}define a = 1 # one\r\n\r\n# two\r\n"),
        "define a = 1  # one\n\n# two\n"
    );
}

#[test]
fn syntax_errors_come_from_the_parser() {
    let err = format_source("obligation o { require }").unwrap_err();
    assert_eq!(err.code, crate::error::codes::SYNTAX);
}

// ---- comments

#[test]
fn comments_alone() {
    assert_eq!(fmt("  # a\n\n\n\n# b  \n#c"), "# a\n\n# b  \n#c\n");
}

#[test]
fn a_comment_before_an_item_stays_before_it() {
    assert_eq!(
        fmt("define a = 1\n    # about b\n    # more\ndefine b = 2"),
        "define a = 1\n\n# about b\n# more\ndefine b = 2\n"
    );
}

#[test]
fn empty_lines_between_top_level_comments_are_kept_once() {
    let source =
        "# header\n\n\n# section\n\n# about a\ndefine a = 1\n# after a, about b\n\ndefine b = 2";
    assert_eq!(
        fmt(source),
        "# header\n\n# section\n\n# about a\ndefine a = 1\n\n# after a, about b\n\ndefine b = 2\n"
    );
}

#[test]
fn the_file_header_stays_on_top_when_declarations_move_up() {
    let source = "# Copyright\n\n# about a\ndefine a = 1\n# about the schema\nschema \"s\"";
    assert_eq!(
        fmt(source),
        "# Copyright\n\n# about the schema\nschema \"s\"\n\n# about a\ndefine a = 1\n"
    );
}

#[test]
fn a_trailing_comment_stays_at_the_end_of_its_line() {
    let source = "define a = 1 # one\nobligation o { title \"t\" # title\n  require x and\n    y # require\n} # block\nschema \"s\"   #schema";
    assert_eq!(
        fmt(source),
        "schema \"s\"  #schema\n\ndefine a = 1  # one\n\nobligation o {\n  title \"t\"  # title\n  require x and y  # require\n}  # block\n"
    );
}

#[test]
fn a_trailing_comment_follows_a_broken_clause() {
    let long = "p".repeat(50);
    let source = format!("obligation o {{\n  require {long} and {long} # why\n}}");
    assert_eq!(
        fmt(&source),
        format!("obligation o {{\n  require {long}\n      and {long}  # why\n}}\n")
    );
}

#[test]
fn a_comment_before_a_clause_takes_its_indentation() {
    let source = "obligation o {\ntitle \"t\"\n# flush left\n        # far right\n  require x\n\n\n  # after an empty line\n  cite \"c\"\n}";
    assert_eq!(
        fmt(source),
        "obligation o {\n  title \"t\"\n  # flush left\n  # far right\n  require x\n  # after an empty line\n  cite \"c\"\n}\n"
    );
}

#[test]
fn comments_inside_an_expression_go_before_the_clause() {
    let source = "obligation o {\n  # before\n  require a # first\n    and b # second\n    and c\n  title # in title\n    \"t\"\n}";
    assert_eq!(
        fmt(source),
        "obligation o {\n  # before\n  # first\n  # second\n  require a and b and c\n  # in title\n  title \"t\"\n}\n"
    );
}

#[test]
fn comments_inside_a_definition_go_before_it() {
    let source = "# about d\ndefine d( # params\n  x) = # body\n  x or # more\n  y # end";
    assert_eq!(
        fmt(source),
        "# about d\n# params\n# body\n# more\ndefine d(x) = x or y  # end\n"
    );
}

#[test]
fn comments_before_the_opening_brace_go_before_the_item() {
    let source = "obligation # what\n  o # id\n{ require x }\ntest # which\n \"t\" { }";
    assert_eq!(
        fmt(source),
        "# what\n# id\nobligation o {\n  require x\n}\n\n# which\ntest \"t\" {}\n"
    );
}

#[test]
fn a_comment_after_the_opening_brace_stays_there() {
    assert_eq!(
        fmt("obligation o { # about o\n  require x\n}"),
        "obligation o {  # about o\n  require x\n}\n"
    );
    assert_eq!(
        fmt("obligation o { # empty\n}"),
        "obligation o {  # empty\n}\n"
    );
}

#[test]
fn comments_at_the_end_of_a_block_stay_inside() {
    assert_eq!(
        fmt("obligation o {\n  require x\n\n  # to do\n  # later\n}"),
        "obligation o {\n  require x\n  # to do\n  # later\n}\n"
    );
    assert_eq!(
        fmt("test \"t\" {\n# nothing yet\n}"),
        "test \"t\" {\n  # nothing yet\n}\n"
    );
}

#[test]
fn comments_at_the_end_of_the_file_stay_at_the_end() {
    assert_eq!(
        fmt("define a = 1\n# end\n\n\n# really"),
        "define a = 1\n\n# end\n\n# really\n"
    );
}

#[test]
fn comments_in_test_clauses() {
    let source =
        "test \"t\" {\n  expect # which\n    o met # verdict\n  profile # inline\n  { a: 1 }\n}";
    assert_eq!(
        fmt(source),
        "test \"t\" {\n  # which\n  expect o met  # verdict\n  # inline\n  profile { a: 1 }\n}\n"
    );
}

#[test]
fn comments_inside_a_profile_break_it() {
    let source = "test \"t\" { profile { a: [1, # one\n 2], b: { # inner\n c: 1 } } }";
    assert_eq!(
        fmt(source),
        "test \"t\" {\n  profile {\n    a: [\n      1,  # one\n      2\n    ],\n    b: {  # inner\n      c: 1\n    }\n  }\n}\n"
    );
}

#[test]
fn comment_text_is_kept_as_written() {
    let source = "#!odd   \n#\tx\n#\"# not a string\"\ndefine a = \"# not a comment\"";
    assert_eq!(
        fmt(source),
        "#!odd   \n#\tx\n#\"# not a string\"\ndefine a = \"# not a comment\"\n"
    );
}
