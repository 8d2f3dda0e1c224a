//! `lexpact explain ID`: the obligation's citation, quoted text, indicators in other schemes,
//! passages marked as late amendments, and rule as written.

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
    let Some(ob) = rules.obligations().iter().find(|o| o.id() == args.id) else {
        let ids: Vec<&str> = rules.obligations().iter().map(|o| o.id()).collect();
        eprintln!(
            "error: no obligation `{}` in rule set `{}`",
            args.id,
            rules.program().name
        );
        if let Some(near) = lexpact_grammar::suggest::closest(&args.id, ids.iter().copied()) {
            eprintln!("help: did you mean `{near}`?");
        }
        // A part of an id (`ombudsperson`) is how one looks an obligation up, not a typo.
        let containing: Vec<&str> = ids
            .iter()
            .copied()
            .filter(|id| !args.id.is_empty() && id.contains(args.id.as_str()))
            .collect();
        if !containing.is_empty() {
            eprintln!(
                "help: ids containing `{}`: {}",
                args.id,
                containing.join(", ")
            );
        }
        return BAD_INPUT;
    };
    println!("{} — {}", ob.identity.id, ob.identity.title);
    println!(
        "cite:  {}{}",
        ob.identity.cite,
        if rules.program().version.is_empty() {
            String::new()
        } else {
            format!(" ({})", rules.program().version)
        }
    );
    if !ob.identity.group.is_empty() {
        println!("group: {}", ob.identity.group);
    }
    if !ob.identity.text.is_empty() {
        println!("text:  \"{}\"", ob.identity.text);
    }
    // A bundled library's crosswalk table says why an obligation has no indicator, or what
    // its indicators leave out; rules of one's own have no such table.
    let note = args
        .rules
        .library
        .as_deref()
        .and_then(|library| lexpact_core::library::crosswalk_note(library, ob.id()));
    if !ob.identity.indicators.is_empty() {
        let judgement = if note.as_ref().is_some_and(|n| n.judgement) {
            " (a judgement)"
        } else {
            ""
        };
        println!(
            "indicators: {}{judgement}",
            ob.identity.indicators.join(", ")
        );
    } else if note.is_some() {
        println!("indicators: none");
    }
    if let Some(note) = &note {
        println!("crosswalk: {}", note.note);
    }
    for passage in &ob.identity.amendments {
        println!("late amendment: \"{passage}\"");
    }
    println!(
        "rule:  {}:{}:{}\n",
        ob.location.file, ob.location.line, ob.location.column
    );
    println!("{}", ob.source);
    0
}
