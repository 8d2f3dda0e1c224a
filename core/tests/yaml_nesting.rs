//! The nesting scan of YAML profiles: deep block-style text is refused with `E0303` before
//! the YAML reader runs, and generated documents in every style are refused exactly when the
//! parsed document is deeper than `max_depth` (the scan is an upper bound, never refusing a
//! document within the limit).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::fmt::Write;

use lexpact_core::Limits;
use lexpact_core::profile::parse_profile_text_with;
use proptest::prelude::*;
use serde_json::Value;

fn limits(max_depth: usize) -> Limits {
    Limits {
        max_depth,
        ..Limits::default()
    }
}

/// The code, line and column of the first error parsing `text` as a YAML profile.
fn refusal(text: &str, max_depth: usize) -> Option<(String, usize, usize)> {
    parse_profile_text_with("p.yaml", text, &limits(max_depth))
        .err()
        .map(|e| (e.0[0].code.to_string(), e.0[0].line, e.0[0].column))
}

#[test]
fn deep_block_sequences_on_one_line_are_refused_before_the_reader() {
    let text = format!("{}x\n", "- ".repeat(200_000));
    // The 33rd `- ` starts at column 65.
    assert_eq!(refusal(&text, 32), Some(("E0303".to_string(), 1, 65)));
}

#[test]
fn deep_block_collections_one_level_a_line_are_refused_before_the_reader() {
    // Each level indented one more space: 2 800 levels fit in `max_source_bytes`.
    let levels = 2_800;
    let mut sequences = String::new();
    let mut mappings = String::new();
    for level in 0..levels {
        let indent = " ".repeat(level);
        writeln!(sequences, "{indent}-").unwrap();
        writeln!(mappings, "{indent}k{level}:").unwrap();
    }
    sequences.push_str(&format!("{}x\n", " ".repeat(levels)));
    mappings.push_str(&format!("{}x\n", " ".repeat(levels)));
    assert!(sequences.len() < Limits::default().max_source_bytes);
    assert_eq!(refusal(&sequences, 32), Some(("E0303".to_string(), 33, 33)));
    assert_eq!(refusal(&mappings, 32), Some(("E0303".to_string(), 33, 33)));
    // Mappings whose values are sequences at the keys' indentation: two levels a line.
    let mut indentless = String::new();
    for level in 0..levels {
        writeln!(indentless, "{}- k:", " ".repeat(2 * level)).unwrap();
    }
    assert_eq!(
        refusal(&indentless, 32),
        Some(("E0303".to_string(), 17, 33))
    );
}

/// A generated document: scalars chosen among texts that look like structure.
#[derive(Debug, Clone)]
enum Node {
    Scalar(usize),
    Seq(Vec<Node>, Style),
    Map(Vec<Node>, Style),
}

#[derive(Debug, Clone, Copy)]
enum Style {
    Block,
    /// A block sequence as a mapping value, at the keys' indentation.
    Indentless,
    Flow,
}

/// Scalars in block context, each on one line unless it says otherwise; `{n}` stands for the
/// indentation of the lines a scalar continues on.
const BLOCK_SCALARS: [&str; 12] = [
    "x",
    "it's [not] {a list}",
    "a#b - c",
    "http://example.org/a?b=c",
    "'- - [[ {{ ''quoted'' # x'",
    "\"a \\\" [[ - - # b\"",
    "|\n{n}- - - [[[\n{n}key: [1, [2]]\n\n{n}# no comment",
    ">-\n{n}- - {{\n{n}  ? x\n",
    "|2\n{n}  - - [\n",
    "first\n{n}- - - [[ continued",
    "'two\n{n}- - [[ lines'",
    "12 # - - [[ a comment",
];

/// Scalars in flow context.
const FLOW_SCALARS: [&str; 5] = ["x", "it's", "'[[ ]] , {'", "\"}} ]] #\"", "a b - c"];

fn node() -> impl Strategy<Value = Node> {
    let leaf = (0..BLOCK_SCALARS.len()).prop_map(Node::Scalar);
    leaf.prop_recursive(6, 48, 4, |inner| {
        let style = prop_oneof![
            Just(Style::Block),
            Just(Style::Indentless),
            Just(Style::Flow)
        ];
        prop_oneof![
            (prop::collection::vec(inner.clone(), 1..5), style.clone())
                .prop_map(|(items, style)| Node::Seq(items, style)),
            (prop::collection::vec(inner, 1..5), style).prop_map(|(values, style)| {
                // A mapping is never indentless itself.
                let style = match style {
                    Style::Indentless => Style::Block,
                    other => other,
                };
                Node::Map(values, style)
            }),
        ]
    })
}

fn flow(node: &Node, out: &mut String) {
    match node {
        Node::Scalar(i) => out.push_str(FLOW_SCALARS[i % FLOW_SCALARS.len()]),
        Node::Seq(items, _) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                flow(item, out);
            }
            out.push(']');
        }
        Node::Map(values, _) => {
            out.push('{');
            for (i, value) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write!(out, "k{i}: ").unwrap();
                flow(value, out);
            }
            out.push('}');
        }
    }
}

/// Writes `node` after an indicator (`- `, `key:`) on the current line; its lines below are
/// indented by `indent`.
fn value(node: &Node, indent: usize, after_key: bool, out: &mut String) {
    match node {
        Node::Scalar(i) => {
            let text = BLOCK_SCALARS[*i].replace("{n}", &" ".repeat(indent + 2));
            writeln!(out, "{}{text}", if after_key { " " } else { "" }).unwrap();
        }
        Node::Seq(_, Style::Flow) | Node::Map(_, Style::Flow) => {
            out.push_str(if after_key { " " } else { "" });
            flow(node, out);
            out.push('\n');
        }
        Node::Seq(items, style) if after_key => {
            out.push('\n');
            let at = if matches!(style, Style::Indentless) {
                indent
            } else {
                indent + 2
            };
            sequence(items, at, false, out);
        }
        Node::Map(values, _) if after_key => {
            out.push('\n');
            mapping(values, indent + 2, false, out);
        }
        // After `- `: the collection starts on the same line.
        Node::Seq(items, _) => sequence(items, indent + 2, true, out),
        Node::Map(values, _) => mapping(values, indent + 2, true, out),
    }
}

fn sequence(items: &[Node], indent: usize, compact: bool, out: &mut String) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 || !compact {
            out.push_str(&" ".repeat(indent));
        }
        out.push_str("- ");
        value(item, indent, false, out);
        if i == 0 {
            writeln!(out, "{}# - - [[ {{", " ".repeat(indent)).unwrap();
        }
    }
}

/// Keys written plain, quoted, with an anchored value, with a tagged value, and as complex
/// keys (`? key` then `: value` on the next line).
fn mapping(values: &[Node], indent: usize, compact: bool, out: &mut String) {
    for (i, item) in values.iter().enumerate() {
        if i > 0 || !compact {
            out.push_str(&" ".repeat(indent));
        }
        match i {
            0 => write!(out, "k{i}:"),
            1 => write!(out, "\"k{i}\" : &anchor{indent}"),
            2 => write!(out, "'k{i}': !!{}", tag(item)),
            _ => write!(out, "? k{i} # - - [[\n{}:", " ".repeat(indent)),
        }
        .unwrap();
        value(item, indent, true, out);
    }
}

fn tag(node: &Node) -> &'static str {
    match node {
        Node::Scalar(_) => "str",
        Node::Seq(..) => "seq",
        Node::Map(..) => "map",
    }
}

fn document(node: &Node) -> String {
    let mut out = String::from("--- # a document\n");
    match node {
        Node::Seq(items, Style::Block | Style::Indentless) => sequence(items, 0, false, &mut out),
        Node::Map(values, Style::Block | Style::Indentless) => mapping(values, 0, false, &mut out),
        other => value(other, 0, true, &mut out),
    }
    out
}

/// How deep a parsed document nests: 1 for a list or object of scalars.
fn depth(value: &Value) -> usize {
    match value {
        Value::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
        Value::Object(map) => 1 + map.values().map(depth).max().unwrap_or(0),
        _ => 0,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn the_scan_refuses_exactly_the_documents_deeper_than_the_limit(tree in node()) {
        let text = document(&tree);
        let parsed = parse_profile_text_with("p.yaml", &text, &limits(64))
            .unwrap_or_else(|e| panic!("{text}\n{e:#?}"));
        let actual = depth(&parsed);
        prop_assert_eq!(refusal(&text, actual), None, "{}", text);
        if actual > 0 {
            let refused = refusal(&text, actual - 1);
            let (code, line, _) = refused.clone().unwrap_or_default();
            // Refused by the scan (which names a line), not by the parsed document's check.
            prop_assert!(code == "E0303" && line > 0, "{:?}\n{}", refused, text);
        }
    }
}
