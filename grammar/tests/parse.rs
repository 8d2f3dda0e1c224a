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
