//! Property tests of verdict ranges (`docs/language.md`, "Ranges"): for rules whose three
//! conditions are boolean formulas over facts and profiles that leave some of those facts
//! missing, every completion of the missing facts is evaluated.
//!
//! - Sound: the verdict of every completion is in the range of an `unknown` verdict (and is
//!   the verdict itself when that is known), whether or not a fact is read more than once.
//! - Exact for read-once rules: when no fact is read twice across the three conditions, every
//!   verdict of the range is reached by some completion.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::BTreeSet;

use lexpact_core::{Detail, EvaluateOptions, ProfileInput, RuleSet, Source, Verdict};
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{Map, Value, json};

/// The boolean facts `x.b0` … `x.b9` the formulas read.
const FACTS: usize = 10;

/// The schema of the profiles: each fact a boolean or its envelope.
fn schema() -> String {
    let fact = json!({ "anyOf": [
        { "type": "boolean" },
        { "type": "object", "properties": { "value": { "type": "boolean" }, "status": { "type": "string" } } }
    ] });
    let facts: Map<String, Value> = (0..FACTS)
        .map(|i| (format!("b{i}"), fact.clone()))
        .collect();
    json!({
        "type": "object",
        "properties": {
            "as_of": { "type": "string", "format": "date" },
            "x": { "type": "object", "properties": facts }
        }
    })
    .to_string()
}

/// A boolean formula; its leaves are numbered in reading order and name a fact only once
/// the rule is written (`Rule::text`).
#[derive(Debug, Clone)]
enum Formula {
    Leaf,
    Not(Box<Formula>),
    And(Box<Formula>, Box<Formula>),
    Or(Box<Formula>, Box<Formula>),
}

impl Formula {
    fn leaves(&self) -> usize {
        match self {
            Formula::Leaf => 1,
            Formula::Not(a) => a.leaves(),
            Formula::And(a, b) | Formula::Or(a, b) => a.leaves() + b.leaves(),
        }
    }

    /// The formula as rule text, its leaves reading the facts `facts` yields, in order.
    fn text(&self, facts: &mut impl Iterator<Item = usize>) -> String {
        match self {
            Formula::Leaf => format!("x.b{}", facts.next().expect("a fact for every leaf")),
            Formula::Not(a) => format!("not ({})", a.text(facts)),
            Formula::And(a, b) => format!("({}) and ({})", a.text(facts), b.text(facts)),
            Formula::Or(a, b) => format!("({}) or ({})", a.text(facts), b.text(facts)),
        }
    }
}

/// A formula with exactly `leaves` leaves, some negated.
fn formula(leaves: usize) -> BoxedStrategy<Formula> {
    let leaf = any::<bool>().prop_map(|negated| {
        if negated {
            Formula::Not(Box::new(Formula::Leaf))
        } else {
            Formula::Leaf
        }
    });
    if leaves <= 1 {
        return leaf.boxed();
    }
    (1..leaves, any::<bool>(), any::<bool>())
        .prop_flat_map(move |(left, and, negated)| {
            (formula(left), formula(leaves - left)).prop_map(move |(a, b)| {
                let (a, b) = (Box::new(a), Box::new(b));
                let both = if and {
                    Formula::And(a, b)
                } else {
                    Formula::Or(a, b)
                };
                if negated {
                    Formula::Not(Box::new(both))
                } else {
                    both
                }
            })
        })
        .boxed()
}

/// A condition of up to three leaves.
fn condition() -> BoxedStrategy<Formula> {
    (1..=3usize).prop_flat_map(formula).boxed()
}

/// An obligation's three conditions (`applies when` and `partial when` may be absent) and
/// the facts their leaves read, in order.
#[derive(Debug, Clone)]
struct Rule {
    applies: Option<Formula>,
    require: Formula,
    partial: Option<Formula>,
    facts: Vec<usize>,
}

impl Rule {
    fn text(&self) -> String {
        let mut facts = self.facts.iter().copied();
        let mut text =
            String::from("schema \"s.json\"\nobligation o {\n  title \"o\"\n  cite \"o\"\n");
        if let Some(applies) = &self.applies {
            text.push_str(&format!("  applies when {}\n", applies.text(&mut facts)));
        }
        text.push_str(&format!("  require {}\n", self.require.text(&mut facts)));
        if let Some(partial) = &self.partial {
            text.push_str(&format!("  partial when {}\n", partial.text(&mut facts)));
        }
        text.push_str("}\n");
        text
    }

    /// The facts the rule reads, each once.
    fn read(&self) -> BTreeSet<usize> {
        self.facts.iter().copied().collect()
    }
}

fn conditions() -> impl Strategy<Value = (Option<Formula>, Formula, Option<Formula>)> {
    (
        proptest::option::of(condition()),
        condition(),
        proptest::option::of(condition()),
    )
}

fn leaves_of(applies: &Option<Formula>, require: &Formula, partial: &Option<Formula>) -> usize {
    applies.as_ref().map_or(0, Formula::leaves)
        + require.leaves()
        + partial.as_ref().map_or(0, Formula::leaves)
}

/// Rules that read each fact at most once: the leaves take distinct facts.
fn read_once_rule() -> impl Strategy<Value = Rule> {
    (
        conditions(),
        Just((0..FACTS).collect::<Vec<usize>>()).prop_shuffle(),
    )
        .prop_map(|((applies, require, partial), order)| {
            let leaves = leaves_of(&applies, &require, &partial);
            Rule {
                facts: order.into_iter().take(leaves).collect(),
                applies,
                require,
                partial,
            }
        })
}

/// Rules whose leaves draw from four facts, so that a fact is often read twice.
fn rereading_rule() -> impl Strategy<Value = Rule> {
    conditions().prop_flat_map(|(applies, require, partial)| {
        let leaves = leaves_of(&applies, &require, &partial);
        proptest::collection::vec(0..4usize, leaves).prop_map(move |facts| Rule {
            applies: applies.clone(),
            require: require.clone(),
            partial: partial.clone(),
            facts,
        })
    })
}

/// A fact of the profile: known true or false, or missing in one of the ways a profile says
/// so (absent, null, an envelope with an unknown status).
#[derive(Debug, Clone)]
enum Fact {
    Known(bool),
    Absent,
    Null,
    Status(&'static str),
}

fn fact() -> impl Strategy<Value = Fact> {
    prop_oneof![
        3 => any::<bool>().prop_map(Fact::Known),
        2 => Just(Fact::Absent),
        1 => Just(Fact::Null),
        1 => select(vec!["unknown", "not_assessed", "contested"]).prop_map(Fact::Status),
    ]
}

fn profile(facts: &[Fact]) -> Value {
    let mut x = Map::new();
    for (i, fact) in facts.iter().enumerate() {
        let value = match fact {
            Fact::Known(b) => json!(b),
            Fact::Absent => continue,
            Fact::Null => Value::Null,
            Fact::Status(status) => json!({ "value": true, "status": status }),
        };
        x.insert(format!("b{i}"), value);
    }
    json!({ "as_of": "2024-01-01", "x": x })
}

fn compile(rule: &Rule) -> RuleSet {
    let schema = schema();
    let loader = |_: &str| Ok(schema.clone());
    RuleSet::compile(&[Source::new("r.lex", rule.text())], &loader)
        .unwrap_or_else(|e| panic!("{e:#?}\n{}", rule.text()))
}

/// The verdict, range and missing facts of the rule's only obligation on `facts`.
fn evaluate(set: &RuleSet, facts: &[Fact]) -> (Verdict, Vec<Verdict>, Vec<String>) {
    let report = set
        .evaluate(
            ProfileInput::document("p", &profile(facts)),
            &EvaluateOptions::default().with_detail(Detail::Verdicts),
        )
        .unwrap_or_else(|e| panic!("{e:#?}"));
    let result = report.results.into_iter().next().expect("one obligation");
    let missing = result.missing.iter().map(ToString::to_string).collect();
    (result.verdict, result.range, missing)
}

/// What the completions of a profile's missing facts give, against its verdict and range.
struct Completions {
    /// The verdict and range on the profile as given.
    verdict: Verdict,
    range: Vec<Verdict>,
    /// The verdicts the completions reach.
    reached: BTreeSet<Verdict>,
}

/// Evaluates the rule on `facts` and on every completion of the facts it reads that the
/// profile leaves missing (all of them, listed in `missing` or not).
fn complete(rule: &Rule, facts: &[Fact]) -> Completions {
    let set = compile(rule);
    let (verdict, range, missing) = evaluate(&set, facts);
    let unknown: Vec<usize> = rule
        .read()
        .into_iter()
        .filter(|&i| !matches!(facts[i], Fact::Known(_)))
        .collect();
    for pointer in &missing {
        assert!(
            unknown.iter().any(|i| *pointer == format!("/x/b{i}")),
            "`{pointer}` is listed missing but the profile gives it\n{}",
            rule.text()
        );
    }
    assert_eq!(
        verdict == Verdict::Unknown,
        !range.is_empty(),
        "a range exactly on unknown verdicts"
    );
    let mut reached = BTreeSet::new();
    for bits in 0..1u32 << unknown.len() {
        let mut completed = facts.to_vec();
        for (n, &i) in unknown.iter().enumerate() {
            completed[i] = Fact::Known(bits >> n & 1 == 1);
        }
        let (verdict, range, _) = evaluate(&set, &completed);
        assert_ne!(verdict, Verdict::Unknown, "every fact is known");
        assert!(range.is_empty());
        reached.insert(verdict);
    }
    Completions {
        verdict,
        range,
        reached,
    }
}

/// Every verdict reached is the verdict, or in the range of an unknown one.
fn assert_sound(rule: &Rule, c: &Completions) {
    let allowed: BTreeSet<Verdict> = if c.range.is_empty() {
        BTreeSet::from([c.verdict])
    } else {
        c.range.iter().copied().collect()
    };
    assert!(
        c.reached.is_subset(&allowed),
        "completions reach {:?}, outside {:?} (verdict {:?})\n{}",
        c.reached,
        c.range,
        c.verdict,
        rule.text()
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_range_of_a_read_once_rule_is_exact(
        rule in read_once_rule(),
        facts in proptest::collection::vec(fact(), FACTS),
    ) {
        let c = complete(&rule, &facts);
        assert_sound(&rule, &c);
        let range: BTreeSet<Verdict> = c.range.iter().copied().collect();
        prop_assert!(
            c.range.is_empty() || range == c.reached,
            "range {:?}, but the completions reach only {:?}\n{}",
            c.range,
            c.reached,
            rule.text()
        );
    }

    #[test]
    fn the_range_is_sound_when_facts_are_read_twice(
        rule in rereading_rule(),
        facts in proptest::collection::vec(fact(), FACTS),
    ) {
        let c = complete(&rule, &facts);
        assert_sound(&rule, &c);
    }
}

/// The example of `docs/language.md`: `x or not x` is unknown with `x` missing, so the range
/// lists `not_met`, which no value of `x` gives. Sound, not exact.
#[test]
fn a_fact_read_twice_can_widen_the_range() {
    let rule = Rule {
        applies: None,
        require: Formula::Or(
            Box::new(Formula::Leaf),
            Box::new(Formula::Not(Box::new(Formula::Leaf))),
        ),
        partial: None,
        facts: vec![0, 0],
    };
    let c = complete(&rule, &vec![Fact::Absent; FACTS]);
    assert_eq!(c.range, [Verdict::NotMet, Verdict::Met]);
    assert_eq!(c.reached, BTreeSet::from([Verdict::Met]));
}
