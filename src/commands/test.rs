//! `lexpact test`: run the rule set's test blocks and print `N passed, N failed`.

use super::known_sources;
use crate::cli::RuleArgs;
use crate::diagnostics::emit;
use crate::load::{self, BAD_INPUT};

pub fn run(args: &RuleArgs) -> u8 {
    let (rules, _) = match load::rule_set(args) {
        Ok(found) => found,
        Err(d) => {
            emit(&d.0, &known_sources(args));
            return BAD_INPUT;
        }
    };
    let run = rules.run_tests();
    for result in &run.results {
        if result.passed {
            println!("ok     {}", result.name);
        } else {
            println!("FAILED {} ({}:{})", result.name, result.file, result.line);
            for failure in &result.failures {
                println!("         {failure}");
            }
        }
    }
    println!("{} passed, {} failed", run.passed, run.failed);
    if run.failed > 0 { 1 } else { 0 }
}
