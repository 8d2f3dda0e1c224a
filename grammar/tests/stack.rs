//! The parser's stack: the deepest input the nesting limit allows parses on a small stack.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lexpact_grammar::error::codes;
use lexpact_grammar::{ParseOptions, parse_with};

/// The core's ceiling on `max_depth` (`lexpact_core::limits::DEPTH_CEILING`).
const CEILING: usize = 64;

const OPTIONS: ParseOptions = ParseOptions {
    max_source_bytes: 1 << 20,
    max_depth: CEILING,
};

/// `open` repeated `n` times around `inner`, closed by `close`.
fn nested(open: &str, inner: &str, close: &str, n: usize) -> String {
    format!("{}{inner}{}", open.repeat(n), close.repeat(n))
}

/// A way of nesting: its name, the levels of the limit one repetition takes, the levels taken
/// around the repetitions, and the source with `n` repetitions.
type Shape = (&'static str, usize, usize, fn(usize) -> String);

const SHAPES: [Shape; 10] = [
    ("brackets", 1, 0, |n| {
        format!("define x = {}", nested("(", "a", ")", n))
    }),
    ("negated brackets", 1, 0, |n| {
        format!("define x = {}", nested("not (", "a", ")", n))
    }),
    ("operands of `and`", 1, 0, |n| {
        format!("define x = {}", nested("a and (", "a", ")", n))
    }),
    // An operand of `and` under a minus: two levels of the expression's depth each.
    ("operators around brackets", 2, 0, |n| {
        format!("define x = {}", nested("a and -(", "a", ")", n))
    }),
    ("lists", 1, 0, |n| {
        format!("define x = {}", nested("[", "a", "]", n))
    }),
    ("calls", 1, 0, |n| {
        format!("define x = {}", nested("f(", "a", ")", n))
    }),
    ("quantifiers", 1, 0, |n| {
        format!("define x = {}x", "all x in l where ".repeat(n))
    }),
    // The last list's brackets are one level more.
    ("quantifiers over brackets", 1, 1, |n| {
        format!("define x = {}x", "any x in (l) where ".repeat(n))
    }),
    // The obligation's braces are a level.
    ("a clause", 1, 1, |n| {
        format!(
            "obligation o {{ require {} }}",
            nested("(", "a == 1", ")", n)
        )
    }),
    // The test's and the profile's braces are two.
    ("a test profile", 1, 2, |n| {
        format!(
            "test \"t\" {{ profile {{ a: {} }} }}",
            nested("[", "1", "]", n)
        )
    }),
];

/// Every shape as deep as the ceiling allows (`extra` = 0), or deeper.
fn deepest(extra: usize) -> Vec<(&'static str, String)> {
    SHAPES
        .iter()
        .map(|(name, cost, around, source)| (*name, source((CEILING - around) / cost + extra)))
        .collect()
}

#[test]
fn one_level_past_the_ceiling_is_refused() {
    for (shape, source) in deepest(1) {
        let error = parse_with(&source, &OPTIONS).err();
        assert_eq!(error.map(|e| e.code), Some(codes::TOO_DEEP), "{shape}");
    }
}

#[test]
fn the_deepest_input_parses_on_a_256_kib_stack() {
    // 256 KiB is less than a small JVM or Swift thread may give; the parser needs a few
    // hundred bytes per level even in a debug build.
    let handle = std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(|| {
            deepest(0)
                .into_iter()
                .map(|(shape, source)| (shape, parse_with(&source, &OPTIONS).map(|_| ())))
                .collect::<Vec<_>>()
        })
        .unwrap();
    for (shape, result) in handle.join().unwrap() {
        assert_eq!(result, Ok(()), "{shape}");
    }
}

#[test]
fn refused_input_builds_no_deep_tree() {
    // Prefixes and operators are read in loops; past the limit they must not nest the tree
    // they would throw away, or dropping it would overflow.
    let handle = std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(|| {
            [
                format!("define x = {}true", "not ".repeat(100_000)),
                format!("define x = {}1", "-".repeat(100_000)),
                format!("define x = 1{}", " + 1".repeat(100_000)),
                format!("define x = 1{}", " * 1".repeat(100_000)),
                format!("define x = \"\\q\" and {}true", "not ".repeat(100_000)),
            ]
            .map(|source| {
                parse_with(&source, &OPTIONS)
                    .map(|_| ())
                    .map_err(|e| e.code)
            })
        })
        .unwrap();
    let results = handle.join().unwrap();
    assert_eq!(
        results,
        [
            Err(codes::TOO_DEEP),
            Err(codes::TOO_DEEP),
            Err(codes::TOO_DEEP),
            Err(codes::TOO_DEEP),
            Err(codes::BAD_ESCAPE),
        ]
    );
}
