#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lexpact_grammar::ast::{ClauseKind, ExprKind, Item, TestClauseKind};
use lexpact_grammar::{error::codes, parse};

const SAMPLE: &str = r#"
ruleset "sample" version "1"
schema "profile.schema.json"

# Ratified or acceded.
define ratified(t) = t.status in ["ratified", "acceded"]

obligation abolish_double_criminality {
  title "Extraterritorial jurisdiction without double criminality"
  cite  "C.1(a)-4"
  group "C.1"
  text  "Establish extraterritorial jurisdiction ..."
  weight 2
  exception "where appropriate"
  deadline 2013-01-01 to 2013-12-31
  met on jurisdiction.since
  applies when not state.federal or count m in state.members where m.ok >= 2
  require jurisdiction.extraterritorial.exists
      and not jurisdiction.extraterritorial.double_criminality_required  # trailing
  partial when jurisdiction.extraterritorial.exists
}

test "double criminality still required" {
  as_of 2020-01-01
  profile { jurisdiction: { extraterritorial: { exists: true, "double_criminality_required": true } }, d: 2013-05-01, l: [1, -2.5, null] }
  expect abolish_double_criminality partially_met
  expect abolish_double_criminality met late
}
"#;

#[test]
fn parses_every_construct() {
    let file = parse(SAMPLE).unwrap();
    assert_eq!(file.items.len(), 5);
    assert_eq!(file.comments.len(), 2);
    let Item::Obligation(ob) = &file.items[3] else {
        panic!("not an obligation")
    };
    assert_eq!(ob.id.name, "abolish_double_criminality");
    assert_eq!(ob.clauses.len(), 11);
    assert!(
        matches!(&ob.clauses[6].kind, ClauseKind::Deadline { from: Some(f), due } if f.raw == "2013-01-01" && due.raw == "2013-12-31")
    );
    let ClauseKind::AppliesWhen(applies) = &ob.clauses[8].kind else {
        panic!("not applies")
    };
    assert!(matches!(applies.kind, ExprKind::Or(ref v) if v.len() == 2));
    let Item::Test(test) = &file.items[4] else {
        panic!("not a test")
    };
    assert!(
        matches!(&test.clauses[3].kind, TestClauseKind::Expect { deadline: Some(d), .. } if d.name == "late")
    );
    assert!(matches!(
        &test.clauses[2].kind,
        TestClauseKind::Expect { deadline: None, .. }
    ));
}

#[test]
fn a_typo_points_at_line_and_column() {
    let err = parse("obligation x {\n  require a ==\n}").unwrap_err();
    assert_eq!(err.code, codes::SYNTAX);
    let (line, col) = err.span.line_col("obligation x {\n  require a ==\n}");
    assert_eq!((line, col), (3, 1));
    assert!(err.message.contains("expected"), "{}", err.message);
}

#[test]
fn deep_parentheses_are_refused() {
    let source = format!("define x = {}a{}", "(".repeat(10_000), ")".repeat(10_000));
    assert_eq!(parse(&source).unwrap_err().code, codes::TOO_DEEP);
    let nots = format!("define x = {}a", "not ".repeat(10_000));
    assert_eq!(parse(&nots).unwrap_err().code, codes::TOO_DEEP);
    let sums = format!("define x = 1{}", " + 1".repeat(10_000));
    assert_eq!(parse(&sums).unwrap_err().code, codes::TOO_DEEP);
}

#[test]
fn long_and_chains_are_flat() {
    let source = format!("define x = a{}", " and a".repeat(5_000));
    let file = parse(&source).unwrap();
    let Item::Define(d) = &file.items[0] else {
        panic!()
    };
    assert!(matches!(&d.body.kind, ExprKind::And(v) if v.len() == 5_001));
}

#[test]
fn quantifier_without_where_is_explained() {
    let err = parse("define x = all m in l").unwrap_err();
    assert_eq!(err.code, codes::INCOMPLETE);
    assert!(err.help.unwrap().contains("where"));
}

#[test]
fn bad_escape_is_located() {
    let err = parse("obligation x { title \"a\\qb\" }").unwrap_err();
    assert_eq!(err.code, codes::BAD_ESCAPE);
    assert_eq!(err.span.start, 23);
}

#[test]
fn single_equals_gets_a_hint() {
    let err = parse("define x = a = 1").unwrap_err();
    assert_eq!(err.help.as_deref(), Some("comparisons are written `==`"));
}

#[test]
fn spans_end_at_the_last_token() {
    let source = "define q = a or b  # why  \n\n# next\ndefine r(x) = count m in x \u{FEFF} # c\r\n\nobligation o {\n  require a and b # t\n  # own line\n  applies when c\n}\ntest \"t\" {\n  expect o met # c\n}\n";
    let file = parse(source).unwrap();
    let text = |span: lexpact_grammar::Span| &source[span.start..span.end];
    let Item::Define(q) = &file.items[0] else {
        panic!()
    };
    assert_eq!(text(q.span), "define q = a or b");
    assert_eq!(text(q.body.span), "a or b");
    let Item::Define(r) = &file.items[1] else {
        panic!()
    };
    assert_eq!(text(r.span), "define r(x) = count m in x");
    let Item::Obligation(o) = &file.items[2] else {
        panic!()
    };
    assert_eq!(text(o.clauses[0].span), "require a and b");
    assert_eq!(text(o.clauses[1].span), "applies when c");
    let Item::Test(t) = &file.items[3] else {
        panic!()
    };
    assert_eq!(text(t.clauses[0].span), "expect o met");
    let expr = lexpact_grammar::parse_expr("a and b  # c\n").unwrap();
    assert_eq!(expr.span.end, 7);
}

#[test]
fn an_expression_may_end_in_space_or_a_comment() {
    for source in ["a ", "a\n", "(a) ", "f(x)\r\n", "a == 1  # c\n\n"] {
        assert!(lexpact_grammar::parse_expr(source).is_ok(), "{source:?}");
    }
    let err = lexpact_grammar::parse_expr("a b").unwrap_err();
    assert_eq!(err.span.start, 2);
}

#[test]
fn nesting_up_to_the_limit_parses_on_a_small_stack() {
    // The default limit fits a main thread's 8 MiB stack even in a debug build (pest recurses
    // deeply per bracket there; release builds need far less).
    let handle = std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(|| {
            let inner = format!("define x = {}a == 1{}", "(".repeat(32), ")".repeat(32));
            let chained = format!("define y = {}a and b{}", "(not ".repeat(16), ")".repeat(16));
            (parse(&inner).map(|_| ()), parse(&chained).map(|_| ()))
        })
        .unwrap();
    let (inner, chained) = handle.join().unwrap();
    assert_eq!(inner, Ok(()));
    assert_eq!(chained, Ok(()));
}

#[test]
fn a_truncated_block_is_reported_where_the_text_stops() {
    let source = "obligation done { title \"t\" cite \"c\" require a }\n\nobligation half";
    let err = parse(source).unwrap_err();
    assert_eq!(err.span.start, source.len(), "{err:?}");
    assert_eq!(
        err.message,
        "expected a name or `{`, found the end of the file"
    );
}

#[test]
fn a_misspelt_clause_word_gets_a_suggestion() {
    let err = parse("obligation x { title \"t\" requre a }").unwrap_err();
    assert_eq!(err.span.start, 25);
    assert_eq!(err.help.as_deref(), Some("did you mean `require`?"));
    let err = parse("obligaton x {}").unwrap_err();
    assert_eq!(err.help.as_deref(), Some("did you mean `obligation`?"));
}

#[test]
fn in_each_jurisdiction_is_a_clause_and_its_words_stay_names_elsewhere() {
    let source = "obligation o {\n  title \"t\"\n  in each jurisdiction\n  require each.jurisdiction\n}\n\
                  define jurisdiction = each.jurisdiction.in_force\n";
    let file = parse(source).unwrap();
    let Item::Obligation(ob) = &file.items[0] else {
        panic!("not an obligation")
    };
    assert!(matches!(ob.clauses[1].kind, ClauseKind::InEachJurisdiction));
    assert_eq!(ob.clauses[1].kind.keyword(), "in each jurisdiction");
    let span = ob.clauses[1].span;
    assert_eq!(&source[span.start..span.end], "in each jurisdiction");
    assert!(matches!(
        &ob.clauses[2].kind,
        ClauseKind::Require(e) if matches!(&e.kind, ExprKind::Path(parts) if parts.len() == 2)
    ));
    assert!(matches!(&file.items[1], Item::Define(d) if d.name.name == "jurisdiction"));
}

#[test]
fn in_each_jurisdiction_cut_short_says_which_word_is_missing() {
    let err = parse("obligation o { in jurisdiction }").unwrap_err();
    assert_eq!(err.message, "expected `each`, found `jurisdiction`");
    assert_eq!(err.span.start, 18);
    let err = parse("obligation o { in each }").unwrap_err();
    assert_eq!(err.message, "expected `jurisdiction`, found `}`");
    let err = parse("obligation o { in each jurisdictions }").unwrap_err();
    assert_eq!(
        err.message,
        "expected `jurisdiction`, found `jurisdictions`"
    );
    assert_eq!(err.help.as_deref(), Some("did you mean `jurisdiction`?"));
    let err = parse("obligation o { in each jurisdiction").unwrap_err();
    assert!(
        err.message.starts_with("expected `}` or a clause"),
        "{}",
        err.message
    );
    assert!(
        err.message.contains("`in each jurisdiction`)"),
        "{}",
        err.message
    );
    // `each` alone is no clause: `in` starts it.
    let err = parse("obligation o { each jurisdiction }").unwrap_err();
    assert!(err.message.ends_with("found `each`"), "{}", err.message);
}

#[test]
fn in_each_jurisdiction_after_a_condition_ends_it() {
    let source =
        "obligation o { require a in each in each jurisdiction applies when b in # c\n each }";
    let file = parse(source).unwrap();
    let Item::Obligation(ob) = &file.items[0] else {
        panic!("not an obligation")
    };
    assert_eq!(ob.clauses.len(), 3);
    assert!(matches!(
        &ob.clauses[0].kind,
        ClauseKind::Require(e) if matches!(&e.kind, ExprKind::Binary { .. })
    ));
    assert!(matches!(ob.clauses[1].kind, ClauseKind::InEachJurisdiction));
    let source = "obligation o { require a # c\n in # d\n each jurisdiction }";
    let file = parse(source).unwrap();
    let Item::Obligation(ob) = &file.items[0] else {
        panic!("not an obligation")
    };
    assert!(
        matches!(&ob.clauses[0].kind, ClauseKind::Require(e) if matches!(e.kind, ExprKind::Path(_)))
    );
    assert!(matches!(ob.clauses[1].kind, ClauseKind::InEachJurisdiction));
    // Inside brackets the words cannot be the clause, and are no `in` test either.
    let err = parse("obligation o { require (a in each jurisdiction) }").unwrap_err();
    assert!(err.message.ends_with("found `in`"), "{}", err.message);
}

#[test]
fn indicators_and_amendment_marks_repeat() {
    let file = parse(
        "obligation o { text \"a b\" indicator \"icmec:1\" indicator \"ots:2.1.3\" \
         amended \"a\" amended \"b\" require x }",
    )
    .unwrap();
    let Item::Obligation(ob) = &file.items[0] else {
        panic!("not an obligation")
    };
    let words: Vec<(&str, &str)> = ob
        .clauses
        .iter()
        .filter_map(|c| match &c.kind {
            ClauseKind::Indicator(s) => Some(("indicator", s.value.as_str())),
            ClauseKind::Amended(s) => Some(("amended", s.value.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(
        words,
        [
            ("indicator", "icmec:1"),
            ("indicator", "ots:2.1.3"),
            ("amended", "a"),
            ("amended", "b")
        ]
    );
    assert_eq!(ob.clauses[1].kind.keyword(), "indicator");
    let err = parse("obligation o { indicator icmec }").unwrap_err();
    assert!(err.message.contains("a string"), "{}", err.message);
    let err = parse("obligation o { indicatr \"icmec:1\" }").unwrap_err();
    assert_eq!(err.help.as_deref(), Some("did you mean `indicator`?"));
}
