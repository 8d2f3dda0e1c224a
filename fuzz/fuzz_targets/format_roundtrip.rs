//! (d) The formatter: for every source that parses, `format` succeeds, its output parses to the
//! same tree (spans, comments and the place of `ruleset`/`schema` aside), keeps every comment,
//! and formatting it again changes nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../grammar/tests/common/mod.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(before) = lexpact_grammar::parse(source) else {
        return;
    };
    let formatted = match lexpact_grammar::format_source(source) {
        Ok(f) => f,
        // Formatting may push nesting over the limit (a `not` chain gains brackets): an
        // error, never bad text.
        Err(e) if e.code == lexpact_grammar::error::codes::TOO_DEEP => return,
        Err(e) => panic!("a source that parses does not format: {e:?}\n{source}"),
    };
    let after = match lexpact_grammar::parse(&formatted) {
        Ok(a) => a,
        Err(e) => panic!(
            "formatted text does not parse: {e:?}\n--- source\n{source}\n--- formatted\n{formatted}"
        ),
    };
    assert_eq!(
        common::normalise(&before),
        common::normalise(&after),
        "formatting changed the meaning\n--- source\n{source}\n--- formatted\n{formatted}"
    );
    assert_eq!(
        common::comment_texts(&before),
        common::comment_texts(&after)
    );
    let again = lexpact_grammar::format_source(&formatted);
    assert_eq!(
        again.as_deref().ok(),
        Some(formatted.as_str()),
        "format is not idempotent"
    );
});
