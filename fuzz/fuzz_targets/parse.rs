//! (a) The parser on arbitrary bytes: never a panic, never a stack overflow.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = lexpact_grammar::parse(&text);
    let _ = lexpact_grammar::parse_expr(&text);
});
