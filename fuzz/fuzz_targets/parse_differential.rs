//! (g) The two parsers on arbitrary text: the hand-written parser and the reference parser
//! generated from the normative grammar (`grammar/lexpact.pest`) accept and refuse the same
//! sources and build the same tree, spans and comments included, under the default limits
//! and under tight ones that make the limits on nesting and expression depth bite.
#![no_main]

use lexpact_grammar::ParseOptions;
use libfuzzer_sys::fuzz_target;

const LIMITS: [ParseOptions; 2] = [
    ParseOptions {
        max_source_bytes: 4 << 20,
        max_depth: 32,
    },
    ParseOptions {
        max_source_bytes: 4 << 20,
        max_depth: 3,
    },
];

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    let source = source.as_ref();
    for options in &LIMITS {
        let hand = lexpact_grammar::parse_with(source, options);
        let reference = lexpact_grammar_reference::parse_with(source, options);
        match (&hand, &reference) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "different trees\n{source}"),
            (Err(_), Err(_)) => {}
            _ => panic!(
                "max_depth {}: hand-written {:?}, reference {:?}\n{source}",
                options.max_depth,
                hand.as_ref().err(),
                reference.as_ref().err()
            ),
        }
    }
});
