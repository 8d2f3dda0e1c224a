#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lexpact_core::Limits;

use lexpact_grammar::ast::ExprKind;

use super::*;
use crate::{Analysis, Workspace};

const RULES: &str = r#"ruleset "mini"
define ratified(t) = t.status in ["ratified", "acceded"]
define due = add_years(treaties.crc.entry_into_force_date, 2)
obligation o1 {
  cite "A-1"
  applies when ratified(treaties.crc) and evaluation_date() > due
  require treaties.opsc.status == "ratified"
      and any a in cooperation.agreements where a.kind != "bilateral" and a.kind and "p" in a.purposes
      and nope(1)
}
test "t" {
  profile { treaties: { crc: { status: "x" } }, exceptions: { o1: { justification: "j" } } }
  expect o1 met
}
"#;

fn analysis(text: &str) -> Analysis {
    let mut ws = Workspace::new(Limits::default());
    ws.set_file("r.lex", text);
    Analysis::new(&ws)
}

fn at(needle: &str, nth: usize, plus: usize) -> usize {
    RULES.match_indices(needle).nth(nth).unwrap().0 + plus
}

fn node_at(analysis: &Analysis, offset: usize) -> (String, Node<'_>) {
    let file = analysis.file("r.lex").unwrap().ast.as_ref().unwrap();
    let defs = Defs::of(analysis);
    let found = locate(file, offset, &defs).node.unwrap();
    let text = RULES[found.span.start..found.span.end].to_string();
    (text, found.node)
}

#[test]
fn names_resolve_as_the_compiler_resolves_them() {
    let a = analysis(RULES);
    let (text, node) = node_at(&a, at("ratified(treaties", 0, 3));
    assert_eq!(text, "ratified");
    assert!(
        matches!(node, Node::DefinitionRef { def, file: "r.lex", .. } if def.name.name == "ratified")
    );
    let (text, node) = node_at(&a, at("> due", 0, 5));
    assert_eq!(text, "due");
    assert!(matches!(node, Node::DefinitionRef { .. }));
    let (_, node) = node_at(&a, at("evaluation_date", 0, 0));
    assert!(matches!(node, Node::Builtin(i) if i.name == "evaluation_date"));
    let (_, node) = node_at(&a, at("nope", 0, 1));
    assert!(matches!(node, Node::UnknownCall(_)));
    let (text, node) = node_at(&a, at("t.status", 0, 0));
    assert_eq!(text, "t");
    let Node::Bound {
        binding,
        declaration: false,
        ..
    } = node
    else {
        panic!("{node:?}")
    };
    assert_eq!(binding.kind, BindingKind::Parameter);
    assert_eq!(binding.ident.span.start, at("(t)", 0, 1));
    let (_, node) = node_at(&a, at("(t)", 0, 1));
    assert!(matches!(
        node,
        Node::Bound {
            declaration: true,
            ..
        }
    ));
    let (text, node) = node_at(&a, at("a.kind", 1, 0));
    assert_eq!(text, "a");
    let Node::Bound { binding, .. } = node else {
        panic!("{node:?}")
    };
    assert_eq!(binding.kind, BindingKind::Item);
}

#[test]
fn paths_give_the_segment_under_the_cursor() {
    let a = analysis(RULES);
    let (text, node) = node_at(&a, at("treaties.opsc.status", 0, 10));
    assert_eq!(text, "opsc");
    let Node::Path {
        segments,
        index,
        binding: None,
    } = node
    else {
        panic!("{node:?}")
    };
    assert_eq!(
        (path_text(segments, index), segments.len()),
        ("treaties.opsc".to_string(), 3)
    );
    // Right after a segment typed, the cursor is still on it.
    let (text, _) = node_at(&a, at("treaties.opsc.status", 0, 13));
    assert_eq!(text, "opsc");
    let (text, node) = node_at(&a, at("a.kind", 0, 3));
    assert_eq!(text, "kind");
    assert!(matches!(
        node,
        Node::Path {
            index: 1,
            binding: Some(_),
            ..
        }
    ));
}

#[test]
fn strings_know_their_clause_or_the_path_they_are_compared_to() {
    let a = analysis(RULES);
    let (text, node) = node_at(&a, at("\"A-1\"", 0, 2));
    assert_eq!(text, "\"A-1\"");
    assert!(matches!(
        node,
        Node::Str {
            role: StrRole::Clause("cite"),
            value: "A-1",
            ..
        }
    ));
    let (_, node) = node_at(&a, at("\"ratified\"", 1, 2));
    let Node::EnumLiteral {
        path,
        value,
        binding: None,
        ..
    } = node
    else {
        panic!("{node:?}")
    };
    assert_eq!(
        (path_text(path, 9), value),
        ("treaties.opsc.status".to_string(), "ratified")
    );
    let (_, node) = node_at(&a, at("\"acceded\"", 0, 2));
    let Node::EnumLiteral {
        path,
        binding: Some(_),
        ..
    } = node
    else {
        panic!("{node:?}")
    };
    assert_eq!(path_text(path, 9), "t.status");
    let (_, node) = node_at(&a, at("\"bilateral\"", 0, 1));
    assert!(matches!(node, Node::EnumLiteral { .. }));
    let (_, node) = node_at(&a, at("\"p\"", 0, 1));
    let Node::EnumLiteral {
        path,
        binding: Some(b),
        ..
    } = node
    else {
        panic!("{node:?}")
    };
    assert_eq!(path_text(path, 9), "a.purposes");
    assert_eq!(
        fact_text(path, 1, Some(b)),
        Some("cooperation.agreements.[].purposes".to_string())
    );
    let (_, node) = node_at(&a, at("\"mini\"", 0, 1));
    assert!(matches!(
        node,
        Node::Str {
            role: StrRole::Ruleset,
            ..
        }
    ));
}

#[test]
fn tests_name_obligations_in_expect_lines_and_exceptions() {
    let a = analysis(RULES);
    let (text, node) = node_at(&a, at("expect o1", 0, 8));
    assert_eq!(text, "o1");
    assert!(matches!(
        node,
        Node::ObligationRef {
            role: ObligationUse::Expect,
            ..
        }
    ));
    let (_, node) = node_at(&a, at("o1: {", 0, 0));
    assert!(matches!(
        node,
        Node::ObligationRef {
            role: ObligationUse::ExceptionKey,
            ..
        }
    ));
    let (_, node) = node_at(&a, at("status: \"x\"", 0, 1));
    let Node::DataKey(keys) = node else {
        panic!("{node:?}")
    };
    let names: Vec<&str> = keys.iter().map(|k| k.name.as_str()).collect();
    assert_eq!(names, ["treaties", "crc", "status"]);
    let (_, node) = node_at(&a, at("met\n", 0, 1));
    assert!(matches!(node, Node::Verdict(v) if v.name == "met"));
    let (_, node) = node_at(&a, at("obligation o1", 0, 11));
    assert!(matches!(node, Node::ObligationDecl(_)));
}

#[test]
fn item_and_clause_around_the_offset() {
    let a = analysis(RULES);
    let file = a.file("r.lex").unwrap().ast.as_ref().unwrap();
    let defs = Defs::of(&a);
    let found = locate(file, at("a.kind", 0, 0), &defs);
    assert!(matches!(found.item, Some(Item::Obligation(o)) if o.id.name == "o1"));
    assert!(matches!(found.clause, Some(ClauseAt::Obligation(c)) if c.kind.keyword() == "require"));
    let found = locate(file, at("expect", 0, 0), &defs);
    assert!(matches!(found.clause, Some(ClauseAt::Test(_))));
    assert_eq!(found.node, None);
    let outside = locate(file, RULES.len() + 10, &defs);
    assert_eq!((outside.item, outside.node), (None, None));
}

#[test]
fn the_walker_sees_every_expression_with_its_clause() {
    let a = analysis(RULES);
    let file = a.file("r.lex").unwrap().ast.as_ref().unwrap();
    let mut seen = Vec::new();
    walk_exprs(file, &mut |e, _, clause| {
        if let ExprKind::Path(p) = &e.kind {
            seen.push((path_text(p, 9), clause.map(|c| c.kind.keyword())));
        }
    });
    assert_eq!(seen.first(), Some(&("t.status".to_string(), None)));
    assert!(seen.contains(&("cooperation.agreements".to_string(), Some("require"))));
    assert_eq!(seen.len(), 9);
}

#[test]
fn half_typed_files_never_panic() {
    for cut in 0..=RULES.len() {
        if !RULES.is_char_boundary(cut) {
            continue;
        }
        let a = analysis(&RULES[..cut]);
        let defs = Defs::of(&a);
        if let Ok(file) = &a.file("r.lex").unwrap().ast {
            for offset in [0, cut / 2, cut] {
                let _ = locate(file, offset, &defs);
            }
        }
    }
}
