//! (f) Adversarial: rule sets and profiles generated with `arbitrary` to cost as much as the
//! limits allow, run under libFuzzer's `-timeout` and `-rss_limit_mb` (see `flags.sh`) so that
//! slowness and memory are findings, not only crashes.
//!
//! A generated rule set (against the bundled schema `lexpact/legal-profile/v1`) holds chains of
//! definitions that use earlier ones several times (with and without parameters, arguments
//! that grow at each level), quantifiers (`all`, `any`, `count … where`) nested over the lists
//! of the profile and over a list inside their items, `not` chains and brackets close to
//! `max_depth`, and now and then an identifier of up to 2 million bytes (used, misspelt one
//! letter away for a did-you-mean, or as an obligation id a profile's exception misspells).
//! The profile is built in memory: the four lists of records or strings the schema allows, each
//! up to 500 items chosen by the fuzzer with a pattern of true, false, absent and unknown
//! facts, written as JSON or YAML, the YAML now and then with a block nesting up to 300 000
//! deep.
//!
//! Each input is evaluated with `Detail::Full` and `Detail::Verdicts`, and one obligation with
//! `explain_obligation`. The checks: a generated rule set compiles unless it breaks a limit or
//! misspells on purpose; both modes give the same report once the full one drops its facts
//! and explanations, or the same error (steps are counted as the quiet mode takes them, and
//! what only an explanation needs is paid from its own budget); an obligation explained on its
//! own equals its result in the full report. With `LEXPACT_FUZZ_STATS=1` the target prints how many inputs
//! compiled and evaluated every 100 runs; with `LEXPACT_FUZZ_PRINT=1`, each input's rules and
//! profile (cut to 4000 bytes).
#![no_main]

use std::fmt::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};

use arbitrary::Arbitrary;
use lexpact_core::{
    Detail, EvaluateOptions, Limits, ProfileInput, RuleSet, Source, report::ObligationResult,
};
use libfuzzer_sys::fuzz_target;
use serde_json::{Map, Value, json};

// ---------------------------------------------------------------------------------------------
// The calls to the core: the one place to adapt when its API changes.

/// What the core answered for one input: error codes instead of diagnostics.
struct Outcome {
    /// `Err(codes)` when the rules do not compile.
    compiled: Result<(), Vec<String>>,
    full: Result<lexpact_core::Report, Vec<String>>,
    verdicts: Result<lexpact_core::Report, Vec<String>>,
    /// The obligation asked for, explained on its own (when the rules compiled).
    explained: Option<Result<ObligationResult, Vec<String>>>,
}

fn codes(d: &lexpact_core::Diagnostics) -> Vec<String> {
    let mut c: Vec<String> = d.0.iter().map(|d| d.code.to_string()).collect();
    c.sort();
    c.dedup();
    c
}

/// Compiles `rules`, evaluates the profile text in both detail modes and explains obligation
/// `explain`.
fn run_core(
    rules: &str,
    limits: Limits,
    profile_name: &str,
    profile: &str,
    explain: &str,
) -> Outcome {
    let files = [Source::new("adversarial.lex", rules)];
    let set = match RuleSet::compile_files(&files, limits) {
        Ok(set) => set,
        Err(e) => {
            return Outcome {
                compiled: Err(codes(&e)),
                full: Err(Vec::new()),
                verdicts: Err(Vec::new()),
                explained: None,
            };
        }
    };
    let input = || ProfileInput::text(profile_name, profile);
    let options = |detail| EvaluateOptions::default().with_detail(detail);
    let full = set.evaluate(input(), &options(Detail::Full));
    let verdicts = set.evaluate(input(), &options(Detail::Verdicts));
    let explained = set.explain_obligation(input(), explain, &options(Detail::Full));
    Outcome {
        compiled: Ok(()),
        full: full.map_err(|e| codes(&e)),
        verdicts: verdicts.map_err(|e| codes(&e)),
        explained: Some(explained.map_err(|e| codes(&e))),
    }
}

// ---------------------------------------------------------------------------------------------
// Rules.

/// The lists of the profile a quantifier may visit (`Purposes` only inside an agreement).
#[derive(Clone, Copy, PartialEq)]
enum List {
    Agreements,
    Reports,
    Reservations,
    Memberships,
    Purposes,
}

const TOP_LISTS: [(List, &str); 4] = [
    (List::Agreements, "cooperation.agreements"),
    (List::Reports, "followup.rio_reports"),
    (List::Reservations, "treaties.crc.reservations"),
    (List::Memberships, "state.regional_memberships"),
];

const BOOL_FACTS: [&str; 4] = [
    "state.un_member",
    "state.federal",
    "offences.csam.criminalized",
    "policy.npa_sec.exists",
];
const NUM_FACTS: [&str; 2] = [
    "juvenile.minimum_age_criminal_responsibility",
    "civil_registration.completeness_percent",
];
const OPS: [&str; 6] = ["==", "!=", "<", "<=", ">", ">="];
const KINDS: [&str; 3] = ["bilateral", "regional", "multilateral"];
const PURPOSES: [&str; 8] = [
    "prevention",
    "police_investigation",
    "mutual_legal_assistance",
    "extradition",
    "victim_assistance",
    "repatriation",
    "information_exchange",
    "offender_notification",
];
const MEMBERSHIPS: [&str; 17] = [
    "AU", "ASEAN", "OAS", "SAARC", "CoE", "EU", "ECOWAS", "SADC", "EAC", "LAS", "OIC", "CARICOM",
    "MERCOSUR", "PIF", "CIS", "GCC", "OSCE",
];

/// A boolean expression.
#[derive(Arbitrary, Debug)]
enum B {
    Lit(bool),
    Fact(u8),
    Known(u8),
    /// A boolean about a bound item (the variable counted from the innermost).
    Item(u8, u8),
    Param(u8),
    Not(Box<B>),
    And(Vec<B>),
    Or(Vec<B>),
    Cmp(N, u8, N),
    All(u8, Box<B>),
    Any(u8, Box<B>),
    /// `(count v in L where c) OP k`.
    Count(u8, Box<B>, u8, u8),
    /// A call of an earlier definition.
    Call(u8, Vec<B>),
    /// Up to 40 `not`s, or as many brackets, around the expression: close to `max_depth`.
    Nest(u8, Box<B>),
}

/// A number.
#[derive(Arbitrary, Debug)]
enum N {
    Lit(i16),
    Fact(u8),
    /// The year of a bound report (or a literal outside one).
    Year(u8),
    /// `count v in L` (with `where c` when given).
    Count(u8, Option<Box<B>>),
    Add(Box<N>, Box<N>),
}

/// Where an expression is written: the definitions it may call, the parameters and the bound
/// variables in scope.
struct Scope<'a> {
    /// Arity of each definition it may call.
    defs: &'a [usize],
    params: usize,
    vars: Vec<(String, List)>,
    /// Numbers the quantifier variables: every name is new, so no shadowing (`E0211`).
    counter: &'a mut usize,
}

/// Generation stops recursing here (`Nest` aside): the rest is made deep by definitions.
const MAX_GEN_DEPTH: usize = 10;

impl Scope<'_> {
    /// The lists a quantifier may visit here: the profile's, and each bound agreement's purposes.
    fn lists(&self) -> Vec<(List, String)> {
        let mut lists: Vec<(List, String)> = TOP_LISTS
            .iter()
            .map(|(l, p)| (*l, (*p).to_string()))
            .collect();
        for (name, list) in &self.vars {
            if *list == List::Agreements {
                lists.push((List::Purposes, format!("{name}.purposes")));
            }
        }
        lists
    }

    fn quantifier(&mut self, word: &str, list: u8, body: Option<&B>, depth: usize) -> String {
        let lists = self.lists();
        let (kind, path) = &lists[usize::from(list) % lists.len()];
        let name = format!("q{}", *self.counter);
        *self.counter += 1;
        self.vars.push((name.clone(), *kind));
        let text = match body {
            Some(b) => format!("{word} {name} in {path} where {}", self.b(b, depth + 1)),
            None => format!("{word} {name} in {path}"),
        };
        self.vars.pop();
        text
    }

    fn b(&mut self, e: &B, depth: usize) -> String {
        if depth > MAX_GEN_DEPTH {
            return "true".to_string();
        }
        let d = depth + 1;
        match e {
            B::Lit(v) => v.to_string(),
            B::Fact(i) => BOOL_FACTS[usize::from(*i) % 4].to_string(),
            B::Known(i) => format!("is_known({})", BOOL_FACTS[usize::from(*i) % 4]),
            B::Item(v, f) => {
                if self.vars.is_empty() {
                    return BOOL_FACTS[usize::from(*f) % 4].to_string();
                }
                let (name, list) =
                    &self.vars[self.vars.len() - 1 - usize::from(*v) % self.vars.len()];
                let f = usize::from(*f);
                match list {
                    List::Agreements if f % 3 == 0 => format!("{name}.covers_sec"),
                    List::Agreements if f % 3 == 1 => {
                        format!("{name}.kind == \"{}\"", KINDS[f / 3 % 3])
                    }
                    List::Agreements => {
                        format!("\"{}\" in {name}.purposes", PURPOSES[f / 3 % 8])
                    }
                    List::Reports if f % 2 == 0 => format!("{name}.published"),
                    List::Reports => format!("{name}.year >= {}", 2000 + f % 30),
                    List::Reservations => format!("{name}.withdrawn"),
                    List::Memberships => format!(
                        "{name} in [\"{}\", \"{}\"]",
                        MEMBERSHIPS[f % 17],
                        MEMBERSHIPS[(f / 17) % 17]
                    ),
                    List::Purposes => format!("{name} == \"{}\"", PURPOSES[f % 8]),
                }
            }
            B::Param(i) if self.params > 0 => format!("p{}", usize::from(*i) % self.params),
            B::Param(i) => BOOL_FACTS[usize::from(*i) % 4].to_string(),
            B::Not(b) => format!("not ({})", self.b(b, d)),
            B::And(bs) | B::Or(bs) if bs.is_empty() => "false".to_string(),
            B::And(bs) | B::Or(bs) => {
                let op = if matches!(e, B::And(_)) {
                    " and "
                } else {
                    " or "
                };
                let parts: Vec<String> = bs
                    .iter()
                    .take(6)
                    .map(|b| format!("({})", self.b(b, d)))
                    .collect();
                parts.join(op)
            }
            B::Cmp(a, op, b) => {
                format!(
                    "{} {} {}",
                    self.n(a, d),
                    OPS[usize::from(*op) % 6],
                    self.n(b, d)
                )
            }
            B::All(l, b) => format!("({})", self.quantifier("all", *l, Some(b), d)),
            B::Any(l, b) => format!("({})", self.quantifier("any", *l, Some(b), d)),
            B::Count(l, b, op, k) => format!(
                "({}) {} {k}",
                self.quantifier("count", *l, Some(b), d),
                OPS[usize::from(*op) % 6]
            ),
            B::Call(_, _) if self.defs.is_empty() => "true".to_string(),
            B::Call(i, args) => {
                let index = usize::from(*i) % self.defs.len();
                let arity = self.defs[index];
                let mut text = format!("d{index}");
                if arity > 0 {
                    let args: Vec<String> = (0..arity)
                        .map(|k| match args.get(k) {
                            Some(a) => self.b(a, d),
                            None => "true".to_string(),
                        })
                        .collect();
                    write!(text, "({})", args.join(", ")).ok();
                }
                text
            }
            B::Nest(n, b) => {
                let n = usize::from(*n) % 41;
                let inner = self.b(b, d);
                if n % 2 == 0 {
                    format!("{}({inner})", "not ".repeat(n))
                } else {
                    format!("{}{inner}{}", "(".repeat(n), ")".repeat(n))
                }
            }
        }
    }

    fn n(&mut self, e: &N, depth: usize) -> String {
        if depth > MAX_GEN_DEPTH {
            return "1".to_string();
        }
        let d = depth + 1;
        match e {
            N::Lit(v) => v.to_string(),
            N::Fact(i) => NUM_FACTS[usize::from(*i) % 2].to_string(),
            N::Year(v) => {
                let reports: Vec<&String> = self
                    .vars
                    .iter()
                    .filter(|(_, l)| *l == List::Reports)
                    .map(|(n, _)| n)
                    .collect();
                match reports.len() {
                    0 => "2010".to_string(),
                    k => format!("{}.year", reports[usize::from(*v) % k]),
                }
            }
            N::Count(l, b) => format!("({})", self.quantifier("count", *l, b.as_deref(), d)),
            N::Add(a, b) => format!("({}) + ({})", self.n(a, d), self.n(b, d)),
        }
    }
}

/// A definition: `uses` calls of the previous one joined by `and`/`or`, each given arguments
/// built from the parameters (so they grow at every level), and perhaps an expression more.
#[derive(Arbitrary, Debug)]
struct Def {
    arity: u8,
    uses: u8,
    or: bool,
    /// Each argument: its parameter and whether it is doubled (`p and p`).
    doubled: u8,
    extra: Option<B>,
}

#[derive(Arbitrary, Debug)]
struct Obligation {
    require: B,
    applies: Option<B>,
    partial: Option<B>,
    deadline: bool,
}

/// An identifier of up to 2 million bytes (200 000 in a profile).
#[derive(Arbitrary, Debug)]
enum LongName {
    /// A definition with the long name, used by an obligation.
    Used(u32),
    /// A definition with the long name, called one letter away (`E0202`, a did-you-mean).
    Misspelt(u32),
    /// An obligation with the long id; the profile invokes an exception one letter away (a
    /// warning with a did-you-mean).
    Exception(u32),
    /// A path with a long field one letter away from nothing (`E0201`).
    Field(u32),
    /// A long field in the profile where the schema allows none (`E0302`, a did-you-mean).
    ProfileKey(u32),
}

/// A name the profile holds is read three times (once per evaluation): it stays shorter, so
/// that reading it takes a small part of the timeout.
const PROFILE_NAME_BYTES: u32 = 200_000;

fn long_name(len: u32, seed: u32) -> String {
    let len = (len % 2_000_000) as usize + 1;
    let mut name = String::with_capacity(len + 1);
    name.push('n');
    let mut x = seed | 1;
    for _ in 0..len {
        // A few letters, so that the name is not one letter repeated.
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        name.push(char::from(b'a' + (x % 4) as u8));
    }
    name
}

/// `name` with its last letter changed.
fn one_letter_away(name: &str) -> String {
    let mut other = name.to_string();
    let last = other.pop().unwrap_or('a');
    other.push(if last == 'z' { 'y' } else { 'z' });
    other
}

// ---------------------------------------------------------------------------------------------
// Profiles (a module of their own).

#[path = "adversarial/profiles.rs"]
mod profiles;
use profiles::{Profile, to_yaml};

// ---------------------------------------------------------------------------------------------
// The input and the checks.

#[derive(Arbitrary, Debug)]
struct Input {
    defs: Vec<(Def, u8)>,
    obligations: Vec<Obligation>,
    long: Option<(LongName, u32)>,
    profile: Profile,
    /// The evaluation step limit.
    steps: u8,
    /// The obligation explained on its own.
    explain: u8,
}

const MAX_DEFS: usize = 48;
const MAX_OBLIGATIONS: usize = 6;

/// `per_jurisdiction` is not drawn from the input (the saved inputs keep their meaning): every
/// other obligation binds each unit, which the profile, without units, evaluates once.
fn obligation_text(id: &str, o: &Obligation, per_jurisdiction: bool, scope: &mut Scope) -> String {
    let mut text = format!("obligation {id} {{\n  title \"t\"\n  cite \"c\"\n");
    if o.deadline {
        text.push_str("  deadline 2010-01-01 to 2012-12-31\n");
    }
    if let Some(a) = &o.applies {
        writeln!(text, "  applies when {}", scope.b(a, 0)).ok();
    }
    writeln!(text, "  require {}", scope.b(&o.require, 0)).ok();
    if per_jurisdiction {
        text.push_str("  in each jurisdiction\n");
    }
    if let Some(p) = &o.partial {
        writeln!(text, "  partial when {}", scope.b(p, 0)).ok();
    }
    text.push_str("}\n");
    text
}

/// The rules, the profile text and its name, and the ids of the obligations.
fn generate(input: &Input) -> (String, String, &'static str, Vec<String>) {
    let mut rules =
        String::from("ruleset \"adversarial\"\nschema \"lexpact/legal-profile/v1\"\n\n");
    let mut counter = 0;
    let mut arities: Vec<usize> = Vec::new();
    for (i, (def, _)) in input.defs.iter().take(MAX_DEFS).enumerate() {
        let arity = usize::from(def.arity) % 3;
        let params: Vec<String> = (0..arity).map(|k| format!("p{k}")).collect();
        let mut scope = Scope {
            defs: &arities,
            params: arity,
            vars: Vec::new(),
            counter: &mut counter,
        };
        let mut parts: Vec<String> = Vec::new();
        if let Some(prev) = i.checked_sub(1) {
            let prev_arity = arities[prev];
            for u in 0..usize::from(def.uses) % 4 + 1 {
                let args: Vec<String> = (0..prev_arity)
                    .map(|k| {
                        let p = if arity == 0 {
                            BOOL_FACTS[(k + u) % 4].to_string()
                        } else {
                            format!("p{}", (k + u) % arity)
                        };
                        if def.doubled >> (k % 8) & 1 == 1 {
                            format!("{p} and {p}")
                        } else {
                            p
                        }
                    })
                    .collect();
                if args.is_empty() {
                    parts.push(format!("d{prev}"));
                } else {
                    parts.push(format!("d{prev}({})", args.join(", ")));
                }
            }
        }
        if let Some(extra) = &def.extra {
            parts.push(format!("({})", scope.b(extra, 0)));
        }
        if parts.is_empty() {
            parts.push(if arity > 0 {
                "p0".to_string()
            } else {
                "true".to_string()
            });
        }
        let body = parts.join(if def.or { " or " } else { " and " });
        let head = if params.is_empty() {
            format!("d{i}")
        } else {
            format!("d{i}({})", params.join(", "))
        };
        writeln!(rules, "define {head} = {body}").ok();
        arities.push(arity);
    }
    rules.push('\n');
    let mut ids = Vec::new();
    let mut scope = Scope {
        defs: &arities,
        params: 0,
        vars: Vec::new(),
        counter: &mut counter,
    };
    for (i, o) in input.obligations.iter().take(MAX_OBLIGATIONS).enumerate() {
        let id = format!("o{i}");
        rules.push_str(&obligation_text(&id, o, i % 2 == 1, &mut scope));
        ids.push(id);
    }
    // The last definition, required on its own: a chain's whole cost.
    if let Some(last) = arities.len().checked_sub(1) {
        let args = vec!["state.un_member"; arities[last]].join(", ");
        let call = if args.is_empty() {
            format!("d{last}")
        } else {
            format!("d{last}({args})")
        };
        writeln!(
            rules,
            "obligation chain {{\n  title \"t\"\n  cite \"c\"\n  require {call}\n}}"
        )
        .ok();
        ids.push("chain".to_string());
    }
    let mut profile = input.profile.to_json();
    if let Some((long, seed)) = &input.long {
        match long {
            LongName::Used(n) | LongName::Misspelt(n) => {
                let name = long_name(*n, *seed);
                let called = if matches!(long, LongName::Misspelt(_)) {
                    one_letter_away(&name)
                } else {
                    name.clone()
                };
                writeln!(rules, "define {name} = state.federal").ok();
                writeln!(
                    rules,
                    "obligation long {{\n  title \"t\"\n  cite \"c\"\n  require {called}\n}}"
                )
                .ok();
                ids.push("long".to_string());
            }
            LongName::Exception(n) => {
                let name = long_name(*n % PROFILE_NAME_BYTES, *seed);
                writeln!(rules, "obligation {name} {{\n  title \"t\"\n  cite \"c\"\n  exception \"e\"\n  require state.federal\n}}").ok();
                let mut exceptions = Map::new();
                exceptions.insert(one_letter_away(&name), json!({ "justification": "j" }));
                profile.insert("exceptions".into(), Value::Object(exceptions));
                ids.push(name);
            }
            LongName::Field(n) => {
                let name = long_name(*n, *seed);
                writeln!(
                    rules,
                    "obligation long {{\n  title \"t\"\n  cite \"c\"\n  require state.{name}\n}}"
                )
                .ok();
                ids.push("long".to_string());
            }
            LongName::ProfileKey(n) => {
                let name = long_name(*n % PROFILE_NAME_BYTES, *seed);
                if let Some(state) = profile
                    .entry("state")
                    .or_insert_with(|| json!({}))
                    .as_object_mut()
                {
                    state.insert(name, json!(true));
                }
            }
        }
    }
    if ids.is_empty() {
        rules.push_str("obligation o {\n  title \"t\"\n  cite \"c\"\n  require state.federal\n}\n");
        ids.push("o".to_string());
    }
    let (text, name) = match &input.profile.yaml {
        Some(nest) => (to_yaml(&profile, nest.as_ref()), "p.yaml"),
        None => (Value::Object(profile).to_string(), "p.json"),
    };
    (rules, text, name, ids)
}

/// Compile errors a generated rule set may give: limits, and the misspellings made on purpose.
const EXPECTED_COMPILE_ERRORS: [&str; 5] = ["E0002", "E0003", "E0201", "E0202", "E0212"];

static RUNS: AtomicUsize = AtomicUsize::new(0);
static COMPILED: AtomicUsize = AtomicUsize::new(0);
static EVALUATED: AtomicUsize = AtomicUsize::new(0);

/// The full report without what `Detail::Verdicts` leaves out.
fn without_detail(mut report: lexpact_core::Report) -> lexpact_core::Report {
    for r in &mut report.results {
        r.facts.clear();
        r.explanation.clear();
    }
    report
}

fn short(text: &str) -> &str {
    text.get(..4000).unwrap_or(text)
}

fuzz_target!(|input: Input| {
    let (rules, profile, profile_name, ids) = generate(&input);
    let limits = Limits {
        // At most 3 % of the default: the three evaluations of the largest budget take about
        // a quarter of a second with coverage instrumentation on a core of its own, so a
        // timeout under the load of several fuzzers still means a cost per step out of
        // proportion, which shows well before the last step.
        max_evaluation_steps: match input.steps % 4 {
            0 => 300_000,
            1 => 30_000,
            2 => 3_000,
            _ => 300,
        },
        // A fortieth of the default: checking a rule set costs time linear in the nodes it
        // builds (about 2 µs a node in a release build, some four times that with coverage
        // instrumentation), so the default's worst case would be near the timeout under load,
        // while a cost out of proportion still shows long before the last node.
        max_expanded_nodes: 5_000,
        ..Limits::default()
    };
    let explain = &ids[usize::from(input.explain) % ids.len()];
    if std::env::var_os("LEXPACT_FUZZ_PRINT").is_some() {
        eprintln!(
            "{}\n--- rules {} bytes, {profile_name} {} bytes, max_evaluation_steps {}, explain {}: {}",
            short(&rules),
            rules.len(),
            profile.len(),
            limits.max_evaluation_steps,
            short(explain),
            short(&profile)
        );
    }
    let outcome = run_core(&rules, limits, profile_name, &profile, explain);

    let runs = RUNS.fetch_add(1, Ordering::Relaxed) + 1;
    if runs % 100 == 0 && std::env::var_os("LEXPACT_FUZZ_STATS").is_some() {
        eprintln!(
            "adversarial: {runs} runs, {} compiled, {} evaluated to a report",
            COMPILED.load(Ordering::Relaxed),
            EVALUATED.load(Ordering::Relaxed)
        );
    }
    if let Err(codes) = &outcome.compiled {
        assert!(
            codes
                .iter()
                .all(|c| EXPECTED_COMPILE_ERRORS.contains(&c.as_str())),
            "a generated rule set does not compile: {codes:?}\n{}",
            short(&rules)
        );
        return;
    }
    COMPILED.fetch_add(1, Ordering::Relaxed);
    if std::env::var_os("LEXPACT_FUZZ_PRINT").is_some() {
        eprintln!("--- full: {:?}", outcome.full.as_ref().map(|_| "a report"));
    }

    // Both detail modes agree, verdict for verdict or error for error.
    match (&outcome.full, &outcome.verdicts) {
        (Ok(full), Ok(verdicts)) => {
            EVALUATED.fetch_add(1, Ordering::Relaxed);
            assert_eq!(
                &without_detail(full.clone()),
                verdicts,
                "Detail::Verdicts differs from Detail::Full\n{}",
                short(&rules)
            );
        }
        (Err(a), Err(b)) => assert_eq!(a, b, "the two modes fail differently\n{}", short(&rules)),
        (full, verdicts) => panic!(
            "the two modes disagree: full {:?}, verdicts {:?}\n{}",
            full.as_ref().map(|_| "a report"),
            verdicts.as_ref().map(|_| "a report"),
            short(&rules)
        ),
    }

    // An obligation explained on its own equals its result in the full report.
    match (&outcome.full, outcome.explained) {
        (Ok(full), Some(Ok(one))) => {
            let Some(in_full) = full.results.iter().find(|r| r.obligation.id == *explain) else {
                panic!("no result for {explain}");
            };
            assert_eq!(
                in_full,
                &one,
                "explain_obligation differs from the full report\n{}",
                short(&rules)
            );
        }
        (Ok(_), Some(Err(codes))) => {
            panic!(
                "explain_obligation failed ({codes:?}) where the full report did not\n{}",
                short(&rules)
            )
        }
        // The obligation has the whole step budget to itself: it may succeed.
        (Err(codes), Some(Ok(_))) => {
            assert_eq!(
                codes,
                &["E0305"],
                "explained an obligation of a profile the report refused"
            )
        }
        (Err(full), Some(Err(one))) => {
            if full != &["E0305"] {
                assert_eq!(full, &one, "explain_obligation fails differently");
            }
        }
        (_, None) => {}
    }
});
