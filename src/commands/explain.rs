//! `lexpact explain ID`: the obligation's citation, quoted text and rule as written.

use super::known_sources;
use crate::cli::ExplainArgs;
use crate::diagnostics::emit;
use crate::load::{self, BAD_INPUT};

pub fn run(args: &ExplainArgs) -> u8 {
    let (rules, _) = match load::rule_set(&args.rules) {
        Ok(found) => found,
        Err(d) => {
            emit(&d.0, &known_sources(&args.rules));
            return BAD_INPUT;
        }
    };
    let Some(ob) = rules.obligations().iter().find(|o| o.id == args.id) else {
        let ids: Vec<&str> = rules.obligations().iter().map(|o| o.id.as_str()).collect();
        eprintln!(
            "error: no obligation `{}` in rule set `{}`",
            args.id,
            rules.program().name
        );
        if let Some(near) = ids
            .iter()
            .find(|id| id.contains(args.id.as_str()) || args.id.contains(**id))
        {
            eprintln!("help: did you mean `{near}`?");
        }
        return BAD_INPUT;
    };
    println!("{} — {}", ob.id, ob.title);
    println!(
        "cite:  {}{}",
        ob.cite,
        if rules.program().version.is_empty() {
            String::new()
        } else {
            format!(" ({})", rules.program().version)
        }
    );
    if !ob.group.is_empty() {
        println!("group: {}", ob.group);
    }
    if !ob.text.is_empty() {
        println!("text:  \"{}\"", ob.text);
    }
    println!(
        "rule:  {}:{}:{}\n",
        ob.location.file, ob.location.line, ob.location.column
    );
    println!("{}", ob.source);
    0
}
