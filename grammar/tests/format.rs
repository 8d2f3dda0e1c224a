#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::check_format;
use lexpact_grammar::{error::codes, format_source};

/// The example of the language reference, untidy and commented.
const MESSY: &str = "\u{FEFF}# Rio de Janeiro Pact, section C.1\r
# (draft)\r
\r
\r
define ratified(t)=t.status in [\"ratified\",\"acceded\",]   # two statuses count\r
obligation abolish_double_criminality{\r
  title \"Extraterritorial jurisdiction without double criminality\"\r
  cite  \"C.1(a)-4\"\r
\r
  group \"C.1\" text  \"Establish extraterritorial jurisdiction ... abolish the requirement of double criminality\"\r
  # the condition\r
  require jurisdiction.extraterritorial.exists\r
      and not jurisdiction.extraterritorial.double_criminality_required # the substance\r
  partial when (jurisdiction.extraterritorial.exists)\r
  # more clauses to come\r
}\r
ruleset \"rio\" version \"draft of 28 November 2008\"\r
schema \"lexpact/legal-profile/v1\" # bundled\r
test \"double criminality still required\" {   # the usual case\r
  as_of 2024-01-01\r
  profile { jurisdiction: { extraterritorial: { exists: true, double_criminality_required: true } } }\r
  expect abolish_double_criminality partially_met\r
}\r
# end\r
";

const TIDY: &str = r#"# Rio de Janeiro Pact, section C.1
# (draft)

ruleset "rio" version "draft of 28 November 2008"
schema "lexpact/legal-profile/v1"  # bundled

define ratified(t) = t.status in ["ratified", "acceded"]  # two statuses count

obligation abolish_double_criminality {
  title "Extraterritorial jurisdiction without double criminality"
  cite "C.1(a)-4"
  group "C.1"
  text "Establish extraterritorial jurisdiction ... abolish the requirement of double criminality"
  # the condition
  require jurisdiction.extraterritorial.exists
      and not jurisdiction.extraterritorial.double_criminality_required  # the substance
  partial when jurisdiction.extraterritorial.exists
  # more clauses to come
}

test "double criminality still required" {  # the usual case
  as_of 2024-01-01
  profile {
    jurisdiction: { extraterritorial: { exists: true, double_criminality_required: true } }
  }
  expect abolish_double_criminality partially_met
}

# end
"#;

#[test]
fn formats_the_reference_example() {
    assert_eq!(check_format(MESSY), TIDY);
    assert_eq!(check_format(TIDY), TIDY);
}

#[test]
fn keeps_every_construct_and_comment() {
    let source = r#"
ruleset "sample"
schema "profile.schema.json"
define ratified(t) = t.status in ["ratified", "acceded"]
define none() = true
define limit = 18
obligation coordination_mechanism_2013 {
  title "A coordination mechanism, \"established\" by 2013"
  cite "C.1(a)-13"
  group "C.1"
  text "By 2013,\testablish ... \\ done"
  weight 2.5
  exception "where appropriate"
  exception "where possible"
  deadline 2013-01-01 to 2013-12-31
  met on institutions.coordination_mechanism.established_date
  applies when state.un_member and count m in state.members where m.age >= limit
  require institutions.coordination_mechanism.exists or year(state.since) - 1 < 2013 * 2 / 3
  partial when not not -(-1) == --1 and state.x not in [1, 2013-05-01, "s", true, false]
}
obligation empty {}
test "t" {
  profile "profiles/a.json"
  expect coordination_mechanism_2013 met on_time
  expect empty not_applicable
  expect  empty   not amended "a \"b\""
  expect empty indicator "icmec:1"
  expect coordination_mechanism_2013  in_window
  expect 2  bullets met in "C"
  expect 1 obligation
}
test "no clauses" {
}
"#;
    let out = check_format(source);
    assert!(out.contains("obligation empty {}\n"), "{out}");
    assert!(
        out.contains(
            "  expect empty not amended \"a \\\"b\\\"\"\n  expect empty indicator \"icmec:1\"\n  \
             expect coordination_mechanism_2013 in_window\n  expect 2 bullets met in \"C\"\n  \
             expect 1 obligation\n"
        ),
        "{out}"
    );
    assert!(out.contains("test \"no clauses\" {}\n"), "{out}");
    assert!(out.contains("define none() = true\n"), "{out}");
    assert!(
        out.contains("  weight 2.5\n  exception \"where appropriate\"\n"),
        "{out}"
    );
    assert!(
        out.contains("  partial when not not --1 == --1 and state.x not in [1, 2013-05-01, \"s\", true, false]\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "applies when state.un_member and (count m in state.members where m.age >= limit)"
        ),
        "{out}"
    );
}

#[test]
fn long_chains_break_before_each_operator() {
    let source = "define eligible = treaties.crc.status == \"ratified\" or treaties.crc.status == \"acceded\" or treaties.crc.status == \"succeeded\"\n\
obligation o {\n  applies when a.rather_long_path_name.to_make_the_line_long and b.another_rather_long_path_name.for_the_same and c\n}\n";
    let out = check_format(source);
    assert_eq!(
        out,
        "define eligible = treaties.crc.status == \"ratified\"\n    \
or treaties.crc.status == \"acceded\"\n    \
or treaties.crc.status == \"succeeded\"\n\
\n\
obligation o {\n  \
applies when a.rather_long_path_name.to_make_the_line_long\n      \
and b.another_rather_long_path_name.for_the_same\n      \
and c\n}\n"
    );
}

#[test]
fn long_profiles_take_one_entry_per_line() {
    let source = r#"test "big" { profile { state: { un_member: true, federal: false, name: "Republic of Somewhere" }, "odd key": [2013-01-01, -1.5, null, "x"], treaties: [{ name: "crc", status: "ratified" }, { name: "opsc", status: "signed" }] } }"#;
    let out = check_format(source);
    assert_eq!(
        out,
        r#"test "big" {
  profile {
    state: { un_member: true, federal: false, name: "Republic of Somewhere" },
    "odd key": [2013-01-01, -1.5, null, "x"],
    treaties: [{ name: "crc", status: "ratified" }, { name: "opsc", status: "signed" }]
  }
}
"#
    );
}

#[test]
fn comments_inside_a_profile_stay_inside() {
    let source = "test \"t\" {\n  profile { # the profile\n    a: 1, # one\n    # the list\n    b: [1,\n      # two\n      2], c: # three\n    3\n    # last\n  } # after\n}\n";
    let out = check_format(source);
    assert_eq!(
        out,
        "test \"t\" {\n  profile {  # the profile\n    a: 1,  # one\n    # the list\n    b: [\n      1,\n      # two\n      2\n    ],\n    # three\n    c: 3\n    # last\n  }  # after\n}\n"
    );
}

#[test]
fn syntax_errors_are_returned() {
    let err = format_source("obligation x {\n  require a ==\n}").unwrap_err();
    assert_eq!(err.code, codes::SYNTAX);
    let err = format_source("define x = all m in l").unwrap_err();
    assert_eq!(err.code, codes::INCOMPLETE);
}

#[test]
fn many_quantified_definitions_format() {
    // Each definition's quantifier used to count towards the nesting limit of the next.
    let source: String = (0..100)
        .map(|i| format!("define d{i} = count m in l{i} where m.ok\n"))
        .collect();
    let out = check_format(&source);
    assert_eq!(out.matches("define").count(), 100);
}

#[test]
fn nesting_pushed_over_the_limit_is_an_error_not_bad_text() {
    // The canonical text parenthesises a quantifier used as an operand (`not (all ...)`),
    // and every bracket costs several levels of the parser's depth limit: near that limit
    // the formatted text would not parse again. The formatter then returns the error, at
    // the item, instead of text that cannot be read back.
    for n in 1..6 {
        let body: String = (0..n)
            .map(|i| format!("not all m{i} in l where "))
            .collect();
        let source = format!(
            "define ok = true

define x = {body}true
"
        );
        if lexpact_grammar::parse(&source).is_err() {
            continue;
        }
        match format_source(&source) {
            Ok(_) => {
                check_format(&source);
            }
            Err(e) => {
                assert_eq!(e.code, codes::TOO_DEEP);
                assert_eq!(e.span.start, source.find("define x").unwrap());
                assert!(e.message.contains("formatted"), "{}", e.message);
            }
        }
    }
}

#[test]
fn in_each_jurisdiction_stands_on_its_own_line_where_it_was_written() {
    let source = "obligation o { title \"t\" in   # units\n each\n jurisdiction cite \"c\"\n\
                  require a # last\n}\n";
    let out = check_format(source);
    assert_eq!(
        out,
        "obligation o {\n  title \"t\"\n  # units\n  in each jurisdiction\n  cite \"c\"\n  \
         require a  # last\n}\n"
    );
}

#[test]
fn indicators_and_amendment_marks_round_trip_in_source_order() {
    let source = "obligation o { title \"t\" cite \"c\" text \"We urge   States\"\n\
                  indicator   \"icmec:1\" indicator \"lanzarote:18\"  amended \"urge\" weight 2\n\
                  require a }\n";
    let out = check_format(source);
    assert_eq!(
        out,
        "obligation o {\n  title \"t\"\n  cite \"c\"\n  text \"We urge   States\"\n  \
         indicator \"icmec:1\"\n  indicator \"lanzarote:18\"\n  amended \"urge\"\n  weight 2\n  \
         require a\n}\n"
    );
}
