//! Lexpact against regorus, an OPA engine in Rust, on the obligations translated to Rego
//! (`cargo bench --bench peers`). Three Rego policies, each a peer of its own:
//!
//! - `natural`: `benches/rego/natural.rego`, the obligations as an OPA user writes them (two
//!   values, absent facts false), reading facts through an envelope-unwrapping helper;
//! - `direct`: `benches/rego/natural_direct.rego`, the same reading facts by direct reference
//!   on a profile whose envelopes were unwrapped beforehand (the fastest Rego we could write);
//! - `kleene`: `benches/rego/rio.rego`, the obligations with Kleene's three values encoded as
//!   numbers, which gives Lexpact's verdicts and ranges exactly.
//!
//! Each peer runs four ways, on one engine reused across calls: `eval_rule` with the input
//! already a regorus value; the same converting the profile (a `serde_json::Value`) to a regorus
//! value on every call; `eval_query`; and the policy compiled to a program of regorus's virtual
//! machine (the `rvm` feature), executed with the input already converted. Lexpact evaluates the
//! same obligations (`RuleSet::only`) on the same parsed profile, verdicts only
//! (`Detail::Verdicts`) and with the full report. `tests/rego_equivalence.rs` checks the
//! policies' verdicts against Lexpact's.
//!
//! After criterion's own output, a summary measures every operation again, interleaved round by
//! round so that both sides of each ratio see the same machine load, and prints the ratios
//! (`cargo bench --bench peers` only; a filter or `--test` skips it).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs
)]

#[path = "rego/shape.rs"]
mod shape;
#[path = "common/timing.rs"]
mod timing;

use std::cell::RefCell;
use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use timing::interleaved;

use criterion::Criterion;
use lexpact_core::{Detail, EvaluateOptions, ProfileInput, RuleSet};
use regorus::languages::rego::compiler::Compiler;
use regorus::rvm::program::Program;
use regorus::rvm::vm::RegoVM;
use serde_json::Value as Json;

/// The allocator the CLI uses (`src/main.rs`): both sides of every ratio run on it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const PROFILES: [&str; 5] = [
    "aurelia.json",
    "borealis.json",
    "cascadia.json",
    "drakmoor.json",
    "estuaria.yaml",
];

/// Profiles of at least this many bytes of JSON count as full-sized.
const LARGE: usize = 20 * 1024;

/// The target: natural Rego by direct reference through `eval_rule` at least this many times
/// slower than Lexpact's verdicts on the full-sized profiles.
const TARGET: f64 = 40.0;

#[derive(Clone, Copy, PartialEq)]
enum Input {
    /// The profile without its units.
    National,
    /// The same with every fact envelope unwrapped (`shape::unwrapped`).
    Unwrapped,
}

struct Peer {
    name: &'static str,
    what: &'static str,
    file: &'static str,
    policy: &'static str,
    rule: &'static str,
    input: Input,
}

const PEERS: [Peer; 3] = [
    Peer {
        name: "natural",
        what: "natural Rego, facts through an envelope-unwrapping helper",
        file: "natural.rego",
        policy: include_str!("rego/natural.rego"),
        rule: "data.natural.verdicts",
        input: Input::National,
    },
    Peer {
        name: "direct",
        what: "natural Rego, facts by direct reference on an unwrapped profile",
        file: "natural_direct.rego",
        policy: include_str!("rego/natural_direct.rego"),
        rule: "data.natural_direct.verdicts",
        input: Input::Unwrapped,
    },
    Peer {
        name: "kleene",
        what: "Kleene's three values encoded as numbers (Lexpact's verdicts and ranges)",
        file: "rio.rego",
        policy: include_str!("rego/rio.rego"),
        rule: "data.rio.verdicts",
        input: Input::National,
    },
];

struct Case {
    name: &'static str,
    bytes: usize,
    national: Json,
    unwrapped: Json,
    national_rego: regorus::Value,
    unwrapped_rego: regorus::Value,
}

impl Case {
    fn json(&self, input: Input) -> &Json {
        match input {
            Input::National => &self.national,
            Input::Unwrapped => &self.unwrapped,
        }
    }
    fn rego(&self, input: Input) -> &regorus::Value {
        match input {
            Input::National => &self.national_rego,
            Input::Unwrapped => &self.unwrapped_rego,
        }
    }
}

fn cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/profiles");
    PROFILES
        .iter()
        .map(|name| {
            let raw = std::fs::read_to_string(dir.join(name)).unwrap();
            let json = lexpact_core::profile::parse_profile_text(name, &raw).unwrap();
            // YAML profiles are sized as pretty JSON, like the JSON examples.
            let bytes = if name.ends_with(".json") {
                raw.len()
            } else {
                serde_json::to_string_pretty(&json).unwrap().len()
            };
            let national = shape::national(&json);
            let unwrapped = shape::unwrapped(&json);
            Case {
                name,
                bytes,
                national_rego: regorus::Value::from(national.clone()),
                unwrapped_rego: regorus::Value::from(unwrapped.clone()),
                national,
                unwrapped,
            }
        })
        .collect()
}

fn engine(peer: &Peer) -> regorus::Engine {
    let mut engine = regorus::Engine::new();
    engine
        .add_policy(peer.file.to_string(), peer.policy.to_string())
        .unwrap();
    engine
}

/// The peer's policy compiled for regorus's virtual machine, or why it cannot be.
fn program(peer: &Peer) -> Result<Arc<Program>, String> {
    let mut engine = engine(peer);
    let compiled = engine
        .compile_with_entrypoint(&peer.rule.into())
        .map_err(|e| e.to_string())?;
    Compiler::compile_from_policy(&compiled, &[peer.rule]).map_err(|e| e.to_string())
}

fn obligation_ids() -> Vec<String> {
    let mut engine = engine(&PEERS[2]);
    engine.set_input(regorus::Value::from(serde_json::json!({})));
    let value = engine
        .eval_rule("data.rio.obligations".to_string())
        .unwrap();
    let json: Json = serde_json::from_str(&value.to_json_str().unwrap()).unwrap();
    json.as_object().unwrap().keys().cloned().collect()
}

/// One peer's ways of evaluating one profile.
struct Rego<'a> {
    peer: &'a Peer,
    case: &'a Case,
    engine: regorus::Engine,
    vm: Option<RegoVM>,
}

impl<'a> Rego<'a> {
    fn new(peer: &'a Peer, case: &'a Case, program: Option<&Arc<Program>>) -> Self {
        let vm = program.map(|p| {
            let mut vm = RegoVM::new();
            vm.load_program(p.clone());
            vm
        });
        let mut rego = Rego {
            peer,
            case,
            engine: engine(peer),
            vm,
        };
        // The VM must give the interpreter's verdicts, or it would not measure the same work.
        rego.engine.set_input(case.rego(peer.input).clone());
        let expected = rego.engine.eval_rule(peer.rule.to_string()).unwrap();
        if let Some(vm) = rego.vm.as_mut() {
            vm.set_input(case.rego(peer.input).clone());
            assert_eq!(
                vm.execute().unwrap(),
                expected,
                "{} on {}: the VM and the interpreter disagree",
                peer.name,
                case.name
            );
        }
        rego
    }
    fn rule(&mut self) {
        self.engine
            .set_input(black_box(self.case.rego(self.peer.input)).clone());
        black_box(self.engine.eval_rule(self.peer.rule.to_string()).unwrap());
    }
    fn rule_converting(&mut self) {
        let input = regorus::Value::from(black_box(self.case.json(self.peer.input)).clone());
        self.engine.set_input(input);
        black_box(self.engine.eval_rule(self.peer.rule.to_string()).unwrap());
    }
    fn query(&mut self) {
        self.engine
            .set_input(black_box(self.case.rego(self.peer.input)).clone());
        black_box(
            self.engine
                .eval_query(self.peer.rule.to_string(), false)
                .unwrap(),
        );
    }
    fn vm(&mut self) {
        if let Some(vm) = self.vm.as_mut() {
            vm.set_input(black_box(self.case.rego(self.peer.input)).clone());
            black_box(vm.execute().unwrap());
        }
    }
}

fn lexpact(subset: &RuleSet, case: &Case, detail: Detail) {
    black_box(
        subset
            .evaluate(
                ProfileInput::document("p", black_box(&case.national)),
                &EvaluateOptions::default().with_detail(detail),
            )
            .unwrap(),
    );
}

fn main() {
    let mut criterion = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .configure_from_args();
    let rules = RuleSet::library("rio").unwrap();
    let ids = obligation_ids();
    let id_refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let subset = rules.only(&id_refs);
    assert_eq!(subset.obligations().len(), ids.len());
    let programs: Vec<Result<Arc<Program>, String>> = PEERS.iter().map(program).collect();
    let cases = cases();

    for case in &cases {
        let mut group = criterion.benchmark_group(case.name);
        group.bench_function("lexpact_verdicts", |b| {
            b.iter(|| lexpact(&subset, case, Detail::Verdicts));
        });
        for (peer, program) in PEERS.iter().zip(&programs) {
            let mut rego = Rego::new(peer, case, program.as_ref().ok());
            group.bench_function(format!("{}_eval_rule", peer.name), |b| {
                b.iter(|| rego.rule());
            });
            if rego.vm.is_some() {
                group.bench_function(format!("{}_rvm", peer.name), |b| b.iter(|| rego.vm()));
            }
        }
        group.finish();
    }
    criterion.final_summary();

    let args: Vec<String> = std::env::args().collect();
    let filtered = args.iter().skip(1).any(|a| !a.starts_with('-'));
    if args.iter().any(|a| a == "--bench") && !filtered {
        summary(&subset, &programs, &cases);
    }
}

/// The ways each peer runs, in the summary's column order.
const WAYS: [&str; 4] = ["rule", "rule+conv", "query", "rvm"];

fn summary(subset: &RuleSet, programs: &[Result<Arc<Program>, String>], cases: &[Case]) {
    const ROUNDS: usize = 31;
    const BATCH: Duration = Duration::from_millis(30);
    let started = Instant::now();
    println!();
    println!(
        "== Peers: medians of {ROUNDS} interleaved rounds (same run, same load); {} obligations; \
         regorus {}, one engine reused",
        subset.obligations().len(),
        REGORUS_VERSION
    );
    for (peer, program) in PEERS.iter().zip(programs) {
        if let Err(e) = program {
            println!("{}: no RVM program ({e})", peer.name);
        }
    }
    // times[case][0..2] = Lexpact verdicts, full; then per peer the four ways.
    let mut times: Vec<Vec<f64>> = Vec::new();
    for case in cases {
        let regos: Vec<RefCell<Rego>> = PEERS
            .iter()
            .zip(programs)
            .map(|(peer, p)| RefCell::new(Rego::new(peer, case, p.as_ref().ok())))
            .collect();
        let mut verdicts = || lexpact(subset, case, Detail::Verdicts);
        let mut full = || lexpact(subset, case, Detail::Full);
        let mut ops: Vec<Box<dyn FnMut() + '_>> = Vec::new();
        for rego in &regos {
            ops.push(Box::new(|| rego.borrow_mut().rule()));
            ops.push(Box::new(|| rego.borrow_mut().rule_converting()));
            ops.push(Box::new(|| rego.borrow_mut().query()));
            ops.push(Box::new(|| rego.borrow_mut().vm()));
        }
        let mut all: Vec<&mut dyn FnMut()> = vec![&mut verdicts, &mut full];
        all.extend(ops.iter_mut().map(|f| &mut **f as &mut dyn FnMut()));
        let mut t = interleaved(&mut all, ROUNDS, BATCH);
        // A peer without a VM program measured nothing there.
        for (i, p) in programs.iter().enumerate() {
            if p.is_err() {
                t[2 + i * WAYS.len() + 3] = f64::NAN;
            }
        }
        times.push(t);
    }

    println!();
    println!(
        "Lexpact: the same obligations (RuleSet::only), verdicts = Detail::Verdicts, full = the full report"
    );
    println!(
        "{:<14} {:>6} {:>12} {:>9}",
        "profile", "KiB", "verdicts us", "full us"
    );
    for (case, t) in cases.iter().zip(&times) {
        println!(
            "{:<14} {:>6.1} {:>12.1} {:>9.1}",
            case.name,
            case.bytes as f64 / 1024.0,
            t[0] / 1e3,
            t[1] / 1e3
        );
    }
    let mut least_large = vec![[f64::INFINITY; WAYS.len()]; PEERS.len()];
    let mut least_small = vec![[f64::INFINITY; WAYS.len()]; PEERS.len()];
    for (p, peer) in PEERS.iter().enumerate() {
        println!();
        println!("regorus, {}: {}", peer.name, peer.what);
        println!(
            "{:<14} {:>9} {:>12} {:>9} {:>9}   {:>7} {:>10} {:>7} {:>7}  {:>8}",
            "profile",
            "rule us",
            "rule+conv us",
            "query us",
            "rvm us",
            "rule/L",
            "r+conv/L",
            "query/L",
            "rvm/L",
            "rule/Lful"
        );
        for (case, t) in cases.iter().zip(&times) {
            let w = &t[2 + p * WAYS.len()..2 + (p + 1) * WAYS.len()];
            let least = if case.bytes >= LARGE {
                &mut least_large[p]
            } else {
                &mut least_small[p]
            };
            for (i, x) in w.iter().enumerate() {
                if !x.is_nan() {
                    least[i] = least[i].min(x / t[0]);
                }
            }
            println!(
                "{:<14} {:>9.1} {:>12.1} {:>9.1} {:>9.1}   {:>6.1}x {:>9.1}x {:>6.1}x {:>6.1}x  {:>7.1}x",
                case.name,
                w[0] / 1e3,
                w[1] / 1e3,
                w[2] / 1e3,
                w[3] / 1e3,
                w[0] / t[0],
                w[1] / t[0],
                w[2] / t[0],
                w[3] / t[0],
                w[0] / t[1],
            );
        }
    }
    println!();
    println!(
        "columns: rule = eval_rule, input already a regorus value; rule+conv = eval_rule converting \
         the serde_json profile per call;"
    );
    println!(
        "  query = eval_query; rvm = the policy compiled to regorus's VM; X/L = X over Lexpact's \
         verdicts; rule/Lful = eval_rule over Lexpact's full report"
    );
    println!();
    println!(
        "least ratio to Lexpact's verdicts (full-sized profiles, >= {} KiB | the small one):",
        LARGE / 1024
    );
    for (p, peer) in PEERS.iter().enumerate() {
        let cell = |i: usize| {
            let (l, s) = (least_large[p][i], least_small[p][i]);
            if l.is_finite() {
                format!("{}: {l:.1}x | {s:.1}x", WAYS[i])
            } else {
                format!("{}: n/a", WAYS[i])
            }
        };
        println!(
            "  {:<8} {}",
            peer.name,
            (0..WAYS.len()).map(cell).collect::<Vec<_>>().join("   ")
        );
    }
    println!();
    let direct = least_large[1][0];
    println!(
        "target natural Rego (direct, eval_rule) >= {TARGET:.0}x slower: least {direct:.1}x on \
         full-sized profiles  {}",
        if direct >= TARGET { "met" } else { "NOT met" }
    );
    let vm = least_large[1][3];
    println!(
        "            (direct, regorus's VM, its fastest path):   least {vm:.1}x on full-sized \
         profiles  {}",
        if vm >= TARGET { "met" } else { "NOT met" }
    );
    println!("summary took {:.0} s", started.elapsed().as_secs_f64());
}

/// The regorus release measured (the dev-dependency's pin in `Cargo.toml`).
const REGORUS_VERSION: &str = "0.14.1";
