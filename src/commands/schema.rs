//! `lexpact schema`: the JSON Schema of the report.

pub fn run() -> u8 {
    match serde_json::to_string_pretty(&lexpact_core::report::report_schema()) {
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
