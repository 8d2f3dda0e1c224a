//! `lexpact generate`: synthetic legal profiles, one JSON object a line, for benchmarks and load
//! tests of `lexpact check` on JSON Lines.
//!
//! The profiles are drawn from the bundled profile schema (`lexpact/legal-profile/v1`) as the
//! core reads it (`lexpact_core::schema`): every field the schema describes may appear, with
//! values of its type (enum members, dates, yes/no, numbers), and a fact may come as a fact
//! envelope (with one of the core's statuses, a source and a note). Each
//! profile has its own density, share of envelopes and bias towards `true`, so that verdicts
//! vary from profile to profile. The output depends only on `--seed` and `--count`: profile `i`
//! is drawn from its own stream (SplitMix64 seeded from the seed and `i`).

use std::io::{BufWriter, Write};

use lexpact_core::library;
use lexpact_core::profile::FACT_STATUSES;
use lexpact_core::schema::{Node, NodeId, Schema};
use lexpact_core::types::Ty;
use serde_json::{Map, Value as Json};

use crate::cli::GenerateArgs;
use crate::load::BAD_INPUT;

/// The bundled schema the profiles follow.
const SCHEMA: &str = "lexpact/legal-profile/v1";

pub fn run(args: &GenerateArgs) -> u8 {
    let generator = match Generator::new() {
        Ok(g) => g,
        Err(e) => {
            eprintln!("error: {e}");
            return BAD_INPUT;
        }
    };
    let written = (|| -> std::io::Result<()> {
        let stdout = std::io::stdout();
        let mut out: Box<dyn Write> = match &args.output {
            Some(path) => Box::new(BufWriter::new(std::fs::File::create(path)?)),
            None => Box::new(BufWriter::new(stdout.lock())),
        };
        for i in 0..args.count {
            let profile = generator.profile(args.seed, i);
            serde_json::to_writer(&mut out, &profile).map_err(std::io::Error::from)?;
            out.write_all(b"\n")?;
        }
        out.flush()
    })();
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("error: cannot write the profiles: {e}");
            BAD_INPUT
        }
        _ => 0,
    }
}

/// Draws profiles from the profile schema.
pub struct Generator {
    schema: Schema,
    /// Obligation ids of the `rio` library, the keys of invoked exceptions.
    obligations: Vec<String>,
}

impl Generator {
    pub fn new() -> Result<Generator, String> {
        let text = library::bundled_schema(SCHEMA)
            .ok_or_else(|| format!("no bundled schema `{SCHEMA}`"))?;
        let schema =
            Schema::from_json(SCHEMA, text).map_err(|e| format!("the bundled schema: {e}"))?;
        let obligations = lexpact_core::RuleSet::library("rio")
            .map(|rules| {
                rules
                    .obligations()
                    .iter()
                    .map(|o| o.identity.id.clone())
                    .collect()
            })
            .unwrap_or_default();
        Ok(Generator {
            schema,
            obligations,
        })
    }

    /// Profile number `index` of the run seeded with `seed`.
    pub fn profile(&self, seed: u64, index: u64) -> Json {
        let mut rng = Rng::new(seed ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let style = Style {
            density: 0.4 + 0.58 * rng.unit(),
            envelopes: 0.35 * rng.unit(),
            truth: 0.25 + 0.7 * rng.unit(),
        };
        let mut draw = Draw {
            schema: &self.schema,
            rng,
            style,
            obligations: &self.obligations,
        };
        let mut profile = Map::new();
        profile.insert("profile".to_string(), Json::from(SCHEMA));
        let year = 2009 + draw.rng.below(16);
        profile.insert(
            "as_of".to_string(),
            Json::from(format!(
                "{year}-{:02}-{:02}",
                1 + draw.rng.below(12),
                1 + draw.rng.below(28)
            )),
        );
        let mut state = Map::new();
        state.insert(
            "name".to_string(),
            Json::from(format!("Synthetic State {index}")),
        );
        profile.insert("state".to_string(), Json::Object(state));
        let fields = match self.schema.node(self.schema.root()) {
            Node::Object { fields, .. } => fields.clone(),
            _ => Default::default(),
        };
        for (name, sub) in fields {
            match name.as_str() {
                // Synthetic profiles are of unitary States, read on the national facts.
                "profile" | "as_of" | "jurisdictions" | "competences" => {}
                "state" => {
                    if let Some(Json::Object(more)) = draw.value(sub, &name, 0)
                        && let Some(Json::Object(state)) = profile.get_mut("state")
                    {
                        for (k, v) in more {
                            if k != "name" {
                                state.insert(k, v);
                            }
                        }
                    }
                }
                "exceptions" => {
                    if let Some(exceptions) = draw.exceptions() {
                        profile.insert(name, exceptions);
                    }
                }
                _ => {
                    if draw.rng.chance(draw.style.density.max(0.6))
                        && let Some(value) = draw.value(sub, &name, 0)
                    {
                        profile.insert(name, value);
                    }
                }
            }
        }
        Json::Object(profile)
    }
}

/// How one profile is drawn.
#[derive(Clone, Copy)]
struct Style {
    /// The chance that a field is present.
    density: f64,
    /// The chance that a fact is written as an envelope.
    envelopes: f64,
    /// The chance that a yes/no fact is `true`.
    truth: f64,
}

struct Draw<'a> {
    schema: &'a Schema,
    rng: Rng,
    style: Style,
    obligations: &'a [String],
}

const MAX_DEPTH: usize = 12;
const WORDS: [&str; 8] = [
    "Child Protection Act",
    "Penal Code",
    "Criminal Procedure Code",
    "Ministry of Justice report",
    "Official Gazette",
    "Decree",
    "Constitution",
    "Treaty record",
];

impl Draw<'_> {
    /// A value for the schema node `id` of the field `field`: a fact may come in an envelope.
    fn value(&mut self, id: NodeId, field: &str, depth: usize) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        let value = self.plain(id, field, depth)?;
        if self.schema.is_fact(id) && self.rng.chance(self.style.envelopes) {
            return Some(self.envelope(value));
        }
        Some(value)
    }

    fn plain(&mut self, id: NodeId, field: &str, depth: usize) -> Option<Json> {
        match self.schema.node(id) {
            Node::Object { fields, .. } => {
                let mut map = Map::new();
                for (name, sub) in fields {
                    if self.rng.chance(self.style.density)
                        && let Some(value) = self.value(*sub, name, depth + 1)
                    {
                        map.insert(name.clone(), value);
                    }
                }
                Some(Json::Object(map))
            }
            Node::Array { items } => {
                let items = (*items)?;
                let n = self.rng.below(4);
                let list = (0..n)
                    .filter_map(|_| self.value(items, field, depth + 1))
                    .collect();
                Some(Json::Array(list))
            }
            Node::Scalar {
                allowed: Some(values),
                ..
            } => self.rng.pick(values).cloned(),
            Node::Scalar { ty, .. } => match ty {
                Ty::Bool => Some(Json::Bool(self.rng.chance(self.style.truth))),
                Ty::Num => Some(Json::from(self.number(field))),
                Ty::Date => Some(Json::from(self.date())),
                Ty::Str => Some(Json::from(self.text())),
                _ => None,
            },
            Node::Any => None,
        }
    }

    /// A fact's value in an envelope, with one of the core's statuses, a source and a note.
    fn envelope(&mut self, value: Json) -> Json {
        let mut envelope = Map::new();
        let status = if self.rng.chance(0.5) {
            None
        } else {
            self.rng.pick(&FACT_STATUSES).copied()
        };
        // A fact whose status is given may come without its value.
        if status.is_none() || self.rng.chance(0.7) {
            envelope.insert("value".to_string(), value);
        }
        if let Some(status) = status {
            envelope.insert("status".to_string(), Json::from(status));
        }
        if self.rng.chance(0.7) {
            let mut source = Map::new();
            source.insert("cite".to_string(), Json::from(self.text()));
            let kind = if self.rng.chance(0.5) {
                "primary"
            } else {
                "secondary"
            };
            source.insert("kind".to_string(), Json::from(kind));
            if self.rng.chance(0.3) {
                source.insert("retrieved".to_string(), Json::from(self.date()));
            }
            envelope.insert("source".to_string(), Json::Object(source));
        }
        if self.rng.chance(0.2) {
            envelope.insert(
                "note".to_string(),
                Json::from("Synthetic note: scope and caveats."),
            );
        }
        Json::Object(envelope)
    }

    fn exceptions(&mut self) -> Option<Json> {
        if !self.rng.chance(0.3) {
            return None;
        }
        let mut map = Map::new();
        for _ in 0..1 + self.rng.below(3) {
            let Some(id) = self.rng.pick(self.obligations) else {
                break;
            };
            let mut invocation = Map::new();
            let justification = if self.rng.chance(0.85) {
                "Judged not appropriate to national circumstances (synthetic)."
            } else {
                " "
            };
            invocation.insert("justification".to_string(), Json::from(justification));
            if self.rng.chance(0.5) {
                let mut source = Map::new();
                source.insert("cite".to_string(), Json::from(self.text()));
                invocation.insert("source".to_string(), Json::Object(source));
            }
            map.insert(id.clone(), Json::Object(invocation));
        }
        Some(Json::Object(map))
    }

    /// A number that suits the field, told by its name.
    fn number(&mut self, field: &str) -> u64 {
        if field.contains("year") {
            2004 + self.rng.below(22)
        } else if field.contains("age_") {
            12 + self.rng.below(8)
        } else if field.contains("percent") {
            self.rng.below(101)
        } else {
            self.rng.below(60)
        }
    }

    fn date(&mut self) -> String {
        format!(
            "{}-{:02}-{:02}",
            1990 + self.rng.below(35),
            1 + self.rng.below(12),
            1 + self.rng.below(28)
        )
    }

    fn text(&mut self) -> String {
        let word = self.rng.pick(&WORDS).copied().unwrap_or("Act");
        format!(
            "{word} {}, s. {}",
            1990 + self.rng.below(35),
            1 + self.rng.below(90)
        )
    }
}

/// SplitMix64: small, fast, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        #[expect(clippy::cast_precision_loss, reason = "53 bits, exactly representable")]
        let x = (self.next() >> 11) as f64;
        x / (1u64 << 53) as f64
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// A number in `[0, n)` (`0` when `n` is 0).
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }

    fn pick<'t, T>(&mut self, items: &'t [T]) -> Option<&'t T> {
        let len = u64::try_from(items.len()).ok()?;
        let i = usize::try_from(self.below(len)).ok()?;
        items.get(i)
    }
}
