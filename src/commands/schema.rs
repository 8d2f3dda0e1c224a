//! `lexpact schema`: the JSON Schema of the report, or with `--diff` of the diff, or with
//! `--questions` of the questions.

use crate::cli::SchemaArgs;

pub fn run(args: &SchemaArgs) -> u8 {
    let schema = if args.diff {
        lexpact_core::diff::diff_schema()
    } else if args.questions {
        lexpact_core::questions::questions_schema()
    } else {
        lexpact_core::report::report_schema()
    };
    match serde_json::to_string_pretty(&schema) {
        Ok(text) => {
            println!("{text}");
            0
        }
        Err(e) => {
            eprintln!("error: {e}");
            2
        }
    }
}
