//! (e) Structure-aware: rule sets and profiles generated with `arbitrary`. Each generated rule
//! set compiles; evaluation never panics, is deterministic, gives the same report once the
//! rules are formatted, and obeys De Morgan's law and absorption in three-valued logic.
#![no_main]

use arbitrary::Arbitrary;
use lexpact_core::{EvaluateOptions, Limits, ProfileInput, RuleSet, Source, Verdict};
use libfuzzer_sys::fuzz_target;
use serde_json::{Value, json};

/// A boolean condition over `x.b0`…`x.b3`, `x.n0`/`x.n1`, `x.s` and the list `x.l`.
#[derive(Arbitrary, Debug)]
enum Cond {
    Fact(u8),
    Lit(bool),
    Known(u8),
    Cmp(u8, u8, i8),
    In(bool, u8),
    Not(Box<Cond>),
    And(Box<Cond>, Box<Cond>),
    Or(Box<Cond>, Box<Cond>),
    All(Box<ItemCond>),
    Any(Box<ItemCond>),
    Count(u8, u8),
}

/// A condition on one item `v` of `x.l` (with the outer facts in scope).
#[derive(Arbitrary, Debug)]
enum ItemCond {
    Ok,
    Above(i8),
    Outer(Cond),
    Not(Box<ItemCond>),
    And(Box<ItemCond>, Box<ItemCond>),
}

const MAX_DEPTH: usize = 6;
/// Quantifiers nest at most this deep: each level multiplies the work by the list's length.
const MAX_QUANTIFIERS: usize = 2;
const OPS: [&str; 6] = ["==", "!=", "<", "<=", ">", ">="];

impl Cond {
    fn render(&self, depth: usize, vars: usize) -> String {
        if depth > MAX_DEPTH {
            return "true".to_string();
        }
        let d = depth + 1;
        match self {
            Cond::Fact(i) => format!("x.b{}", i % 4),
            Cond::Lit(b) => b.to_string(),
            Cond::Known(i) => format!("is_known(x.b{})", i % 4),
            Cond::Cmp(i, op, n) => format!("x.n{} {} {n}", i % 2, OPS[usize::from(*op) % 6]),
            Cond::In(neg, k) => format!(
                "x.s {}in [\"a\", \"b\"{}]",
                if *neg { "not " } else { "" },
                if k % 2 == 0 { ", \"c\"" } else { "" }
            ),
            Cond::Not(c) => format!("not ({})", c.render(d, vars)),
            Cond::And(a, b) => format!("({}) and ({})", a.render(d, vars), b.render(d, vars)),
            Cond::Or(a, b) => format!("({}) or ({})", a.render(d, vars), b.render(d, vars)),
            Cond::All(_) | Cond::Any(_) | Cond::Count(..) if vars >= MAX_QUANTIFIERS => {
                format!("x.b{}", vars % 4)
            }
            Cond::All(c) => format!("(all v{vars} in x.l where {})", c.render(d, vars)),
            Cond::Any(c) => format!("(any v{vars} in x.l where {})", c.render(d, vars)),
            Cond::Count(op, n) => format!(
                "(count v{vars} in x.l where v{vars}.ok) {} {}",
                OPS[usize::from(*op) % 6],
                n % 4
            ),
        }
    }
}

impl ItemCond {
    fn render(&self, depth: usize, vars: usize) -> String {
        if depth > MAX_DEPTH {
            return format!("v{vars}.ok");
        }
        let d = depth + 1;
        match self {
            ItemCond::Ok => format!("v{vars}.ok"),
            ItemCond::Above(n) => format!("v{vars}.n > {n}"),
            ItemCond::Outer(c) => c.render(d, vars + 1),
            ItemCond::Not(c) => format!("not ({})", c.render(d, vars)),
            ItemCond::And(a, b) => format!("({}) and ({})", a.render(d, vars), b.render(d, vars)),
        }
    }
}

/// A fact: absent, null, a plain value, or an envelope with a status.
#[derive(Arbitrary, Debug, Clone, Copy)]
enum Fact<T> {
    Absent,
    Null,
    Plain(T),
    Envelope(T, u8),
}

const STATUSES: [&str; 5] = [
    "known",
    "unknown",
    "not_assessed",
    "not_applicable",
    "contested",
];

impl<T: Into<Value> + Copy> Fact<T> {
    fn put(&self, map: &mut serde_json::Map<String, Value>, key: &str) {
        match *self {
            Fact::Absent => {}
            Fact::Null => {
                map.insert(key.to_string(), Value::Null);
            }
            Fact::Plain(v) => {
                map.insert(key.to_string(), v.into());
            }
            Fact::Envelope(v, s) => {
                let status = STATUSES[usize::from(s) % STATUSES.len()];
                map.insert(
                    key.to_string(),
                    json!({ "value": v.into(), "status": status }),
                );
            }
        }
    }
}

#[derive(Arbitrary, Debug)]
struct Profile {
    b: [Fact<bool>; 4],
    n: [Fact<i8>; 2],
    s: Fact<u8>,
    l: Option<Vec<(Fact<bool>, Fact<i8>)>>,
}

impl Profile {
    fn to_json(&self) -> Value {
        let mut x = serde_json::Map::new();
        for (i, f) in self.b.iter().enumerate() {
            f.put(&mut x, &format!("b{i}"));
        }
        for (i, f) in self.n.iter().enumerate() {
            f.put(&mut x, &format!("n{i}"));
        }
        match self.s {
            Fact::Plain(k) => {
                x.insert("s".into(), json!(["a", "b", "c", "d"][usize::from(k) % 4]));
            }
            other => {
                let mapped = match other {
                    Fact::Envelope(k, s) => {
                        Fact::Envelope(["a", "b", "c", "d"][usize::from(k) % 4], s)
                    }
                    Fact::Null => Fact::Null,
                    _ => Fact::Absent,
                };
                mapped.put(&mut x, "s");
            }
        }
        if let Some(list) = &self.l {
            let items: Vec<Value> = list
                .iter()
                .take(4)
                .map(|(ok, n)| {
                    let mut item = serde_json::Map::new();
                    ok.put(&mut item, "ok");
                    n.put(&mut item, "n");
                    Value::Object(item)
                })
                .collect();
            x.insert("l".into(), Value::Array(items));
        }
        json!({ "as_of": "2024-01-01", "x": x })
    }
}

#[derive(Arbitrary, Debug)]
struct Input {
    obligations: Vec<(Cond, Option<Cond>, Option<Cond>)>,
    a: Cond,
    b: Cond,
    profile: Profile,
}

fn obligation(id: &str, require: &str, applies: Option<String>, partial: Option<String>) -> String {
    let mut text = format!("obligation {id} {{\n  title \"{id}\"\n  cite \"{id}\"\n");
    if let Some(a) = applies {
        text.push_str(&format!("  applies when {a}\n"));
    }
    text.push_str(&format!("  require {require}\n"));
    if let Some(p) = partial {
        text.push_str(&format!("  partial when {p}\n"));
    }
    text.push_str("}\n");
    text
}

fn evaluate(rules: &str, profile: &Value) -> Option<lexpact_core::Report> {
    let files = [Source::new("gen.lex", rules)];
    match RuleSet::compile_files(&files, Limits::default()) {
        Ok(set) => Some(
            set.evaluate(ProfileInput::document("p", profile), &EvaluateOptions::default())
                .unwrap_or_else(|e| panic!("evaluation refused: {e}\n{rules}")),
        ),
        // Generated conditions may exceed a limit; anything else is a bug.
        Err(e)
            if e.0
                .iter()
                .all(|d| matches!(d.code.as_str(), "E0002" | "E0212")) =>
        {
            None
        }
        Err(e) => panic!("a generated rule set does not compile: {e:?}\n{rules}"),
    }
}

fuzz_target!(|input: Input| {
    let (a, b) = (input.a.render(0, 0), input.b.render(0, 0));
    let mut rules = String::from("ruleset \"generated\"\n\n");
    rules.push_str(&obligation(
        "de_morgan_1",
        &format!("not (({a}) and ({b}))"),
        None,
        None,
    ));
    rules.push_str(&obligation(
        "de_morgan_2",
        &format!("(not ({a})) or (not ({b}))"),
        None,
        None,
    ));
    rules.push_str(&obligation(
        "absorb_or",
        &format!("({a}) or (({a}) and ({b}))"),
        None,
        None,
    ));
    rules.push_str(&obligation(
        "absorb_and",
        &format!("({a}) and (({a}) or ({b}))"),
        None,
        None,
    ));
    rules.push_str(&obligation("plain_a", &a, None, None));
    for (i, (req, app, part)) in input.obligations.iter().take(6).enumerate() {
        rules.push_str(&obligation(
            &format!("o{i}"),
            &req.render(0, 0),
            app.as_ref().map(|c| c.render(0, 0)),
            part.as_ref().map(|c| c.render(0, 0)),
        ));
    }
    let profile = input.profile.to_json();
    let Some(report) = evaluate(&rules, &profile) else {
        return;
    };
    // Deterministic.
    let again = evaluate(&rules, &profile);
    assert_eq!(
        Some(&report),
        again.as_ref(),
        "evaluation is not deterministic"
    );
    // Three-valued laws.
    let verdict = |id: &str| -> Verdict {
        match report.results.iter().find(|r| r.obligation.id == id) {
            Some(r) => r.verdict,
            None => panic!("no result for {id}"),
        }
    };
    assert_eq!(
        verdict("de_morgan_1"),
        verdict("de_morgan_2"),
        "De Morgan\n{rules}\n{profile}"
    );
    assert_eq!(
        verdict("absorb_or"),
        verdict("plain_a"),
        "absorption (or)\n{rules}\n{profile}"
    );
    assert_eq!(
        verdict("absorb_and"),
        verdict("plain_a"),
        "absorption (and)\n{rules}\n{profile}"
    );
    // Formatting keeps the meaning: the same report, field for field.
    let formatted = match lexpact_core::format_rules("gen.lex", &rules, &Limits::default()) {
        Ok(f) => f,
        Err(e) if e.0.iter().all(|d| d.code == "E0002") => return,
        Err(e) => panic!("generated rules do not format: {e:?}\n{rules}"),
    };
    if let Some(after) = evaluate(&formatted, &profile) {
        assert_eq!(
            report, after,
            "formatting changed the report\n{rules}\n---\n{formatted}"
        );
    }
});
