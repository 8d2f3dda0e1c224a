//! Asking: the profile evaluated once, then every missing fact of its `unknown` verdicts set
//! to each of its probe values in turn, and the obligations it bears on evaluated again,
//! quietly (no explanations), all within one `max_evaluation_steps` budget.

use std::sync::Arc;

use serde_json::Value as Json;

use super::model::{Effect, FactType, Question, QuestionObligation};
use super::place;
use super::probes::{Literals, probe_values};
use crate::eval::{self, Evaluator, mode::Quiet};
use crate::ir::Obligation;
use crate::report::Verdict;
use crate::schema::{Node, Schema};
use crate::types::Ty;
use crate::{Date, Limits};

/// What asking reads: the rule set's obligations, schema, path table size and limits, and the
/// evaluation date.
pub(crate) struct Asking<'r> {
    pub obligations: &'r [Obligation],
    pub schema: Option<&'r Schema>,
    pub paths: usize,
    pub limits: &'r Limits,
    pub as_of: Date,
}

/// The step budget ran out: in the evaluation of `obligation`, while probing `pointer` (none
/// while the profile itself was evaluated).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OutOfSteps {
    pub obligation: String,
    pub pointer: Option<String>,
}

/// What asking found: how many verdicts are `unknown`, and the questions, ranked.
pub(crate) struct Asked {
    pub unknown: usize,
    pub questions: Vec<Question>,
}

/// An `unknown` verdict of the profile as it is.
struct Unknown<'r> {
    obligation: &'r Obligation,
    range: Vec<Verdict>,
}

impl Asking<'_> {
    /// Every missing fact of the profile's `unknown` verdicts as a question, ranked: most
    /// verdicts decided first, then most ranges narrowed, then by pointer.
    pub fn ask(&self, doc: &Json) -> Result<Asked, OutOfSteps> {
        let mut steps = self.limits.max_evaluation_steps;
        let (unknowns, candidates) = self.unknowns(doc, &mut steps)?;
        let literals = Literals::of(self.obligations);
        let mut work = doc.clone();
        let mut questions = Vec::new();
        for bearing in candidates.chunk_by(|a, b| a.0 == b.0) {
            let Some((pointer, _)) = bearing.first() else {
                continue;
            };
            let unknowns: Vec<&Unknown<'_>> = bearing
                .iter()
                .filter_map(|(_, i)| unknowns.get(*i))
                .collect();
            // A unit's fact is described and probed as the national fact it overlays.
            let place = crate::pointer::national_place(pointer);
            let located = self.schema.and_then(|s| s.locate(place).map(|p| (s, p)));
            let node = located
                .as_ref()
                .map_or(&Node::Any, |(schema, place)| schema.node(place.node));
            let probes = located
                .as_ref()
                .map(|(schema, _)| probe_values(schema, node, &literals, self.as_of))
                .unwrap_or_default();
            let effects = self
                .probe(&mut work, pointer, probes, &unknowns, &mut steps)
                .map_err(|obligation| OutOfSteps {
                    obligation,
                    pointer: Some(pointer.to_string()),
                })?;
            let count = |effect| effects.iter().filter(|e| **e == effect).count();
            let (description, context) = match &located {
                Some((_, place)) => (
                    place.description.map(str::to_string),
                    place.context.iter().map(|c| c.to_string()).collect(),
                ),
                None => (None, Vec::new()),
            };
            questions.push(Question {
                status: eval::missing_status::status_at(doc, pointer, self.as_of),
                pointer: pointer.to_string(),
                description,
                context,
                fact_type: fact_type(node),
                allowed: located
                    .as_ref()
                    .map(|(schema, _)| allowed(schema, node))
                    .unwrap_or_default(),
                decides: count(Effect::Decides),
                narrows: count(Effect::Narrows),
                obligations: unknowns
                    .iter()
                    .zip(&effects)
                    .map(|(u, effect)| QuestionObligation {
                        id: u.obligation.id().to_string(),
                        effect: *effect,
                    })
                    .collect(),
            });
        }
        rank(&mut questions);
        Ok(Asked {
            unknown: unknowns.len(),
            questions,
        })
    }

    /// The profile's `unknown` verdicts in rule order, and each fact they miss with the
    /// index of a verdict that misses it, sorted (by pointer, then in rule order).
    #[expect(
        clippy::type_complexity,
        reason = "a pair of the two things one evaluation gives"
    )]
    fn unknowns(
        &self,
        doc: &Json,
        steps: &mut usize,
    ) -> Result<(Vec<Unknown<'_>>, Vec<(Arc<str>, usize)>), OutOfSteps> {
        let limits = Limits {
            max_evaluation_steps: *steps,
            ..*self.limits
        };
        let mut ev = Evaluator::<Quiet>::new(doc, self.paths, &limits);
        let exceptions = doc.get("exceptions").and_then(Json::as_object);
        let mut unknowns = Vec::new();
        let mut candidates = Vec::new();
        for ob in self.obligations {
            let result = eval::evaluate_obligation(ob, &mut ev, exceptions, self.as_of)
                .ok_or_else(|| OutOfSteps {
                    obligation: ob.id().to_string(),
                    pointer: None,
                })?;
            if result.verdict != Verdict::Unknown {
                continue;
            }
            for pointer in result.missing {
                candidates.push((pointer, unknowns.len()));
            }
            unknowns.push(Unknown {
                obligation: ob,
                range: result.range,
            });
        }
        *steps = ev.steps_left();
        // A list sorted once rather than a map: lighter in the WebAssembly package.
        candidates.sort_unstable();
        Ok((unknowns, candidates))
    }

    /// What each probe value of the fact at `pointer` does to each of `unknowns`: the effect
    /// per verdict, in their order; `Err` with the obligation being evaluated when the steps
    /// ran out. Each probe costs one step besides its evaluations, so a fact with many probe
    /// values and nothing to evaluate is bounded too.
    fn probe(
        &self,
        work: &mut Json,
        pointer: &str,
        probes: Vec<Json>,
        unknowns: &[&Unknown<'_>],
        steps: &mut usize,
    ) -> Result<Vec<Effect>, String> {
        let mut effects = vec![Effect::Neither; unknowns.len()];
        for probe in probes {
            if effects.iter().all(|e| *e == Effect::Decides) {
                break;
            }
            let first = unknowns.first().map(|u| u.obligation.id().to_string());
            *steps = steps
                .checked_sub(1)
                .ok_or_else(|| first.unwrap_or_default())?;
            let Some(undo) = place::set(work, pointer, probe) else {
                break;
            };
            let outcome = self.evaluate(work, unknowns, &mut effects, steps);
            undo.restore(work);
            outcome?;
        }
        Ok(effects)
    }

    /// Evaluates the `unknowns` not yet decided on `work`, a profile with one fact set, and
    /// records what changed in `effects`.
    fn evaluate(
        &self,
        work: &Json,
        unknowns: &[&Unknown<'_>],
        effects: &mut [Effect],
        steps: &mut usize,
    ) -> Result<(), String> {
        let limits = Limits {
            max_evaluation_steps: *steps,
            ..*self.limits
        };
        let mut ev = Evaluator::<Quiet>::new(work, self.paths, &limits);
        let exceptions = work.get("exceptions").and_then(Json::as_object);
        for (unknown, effect) in unknowns.iter().zip(effects.iter_mut()) {
            if *effect == Effect::Decides {
                continue;
            }
            let ob = unknown.obligation;
            let result = eval::evaluate_obligation(ob, &mut ev, exceptions, self.as_of)
                .ok_or_else(|| ob.id().to_string())?;
            if result.verdict != Verdict::Unknown {
                *effect = Effect::Decides;
            } else if narrower(&result.range, &unknown.range) {
                *effect = Effect::Narrows;
            }
        }
        *steps = ev.steps_left();
        Ok(())
    }
}

/// Whether `range` is a strict subset of `before` (both in the order ranges list verdicts).
fn narrower(range: &[Verdict], before: &[Verdict]) -> bool {
    range.len() < before.len() && range.iter().all(|v| before.contains(v))
}

/// Most verdicts decided first, then most ranges narrowed, then by pointer.
pub(crate) fn rank(questions: &mut [Question]) {
    questions.sort_by(|a, b| {
        b.decides
            .cmp(&a.decides)
            .then(b.narrows.cmp(&a.narrows))
            .then_with(|| a.pointer.cmp(&b.pointer))
    });
}

/// The values the schema allows at `node` (for a list, in each of its items).
fn allowed(schema: &Schema, node: &Node) -> Vec<Json> {
    let values = match node {
        Node::Array { items: Some(item) } => schema.allowed(*item),
        Node::Scalar { allowed, .. } => allowed.as_deref(),
        _ => None,
    };
    values.map(<[Json]>::to_vec).unwrap_or_default()
}

/// The type a question asks for, from the fact's schema node.
fn fact_type(node: &Node) -> FactType {
    match node {
        Node::Object { .. } => FactType::Record,
        Node::Array { .. } => FactType::List,
        Node::Scalar { ty, integer, .. } => match ty {
            Ty::Bool => FactType::Boolean,
            Ty::Num if *integer => FactType::Integer,
            Ty::Num => FactType::Number,
            Ty::Str => FactType::String,
            Ty::Date => FactType::Date,
            _ => FactType::Any,
        },
        Node::Any => FactType::Any,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(pointer: &str, decides: usize, narrows: usize) -> Question {
        Question {
            pointer: pointer.to_string(),
            description: None,
            context: Vec::new(),
            status: "absent".to_string(),
            fact_type: FactType::Boolean,
            allowed: Vec::new(),
            decides,
            narrows,
            obligations: Vec::new(),
        }
    }

    #[test]
    fn ranks_by_decided_then_narrowed_then_pointer() {
        let mut questions = vec![
            question("/b", 1, 0),
            question("/a", 1, 0),
            question("/c", 0, 5),
            question("/d", 2, 0),
            question("/e", 1, 1),
        ];
        rank(&mut questions);
        let order: Vec<&str> = questions.iter().map(|q| q.pointer.as_str()).collect();
        assert_eq!(order, ["/d", "/e", "/a", "/b", "/c"]);
    }

    #[test]
    fn narrowing_is_a_strict_subset() {
        use Verdict::*;
        assert!(narrower(&[Met], &[NotMet, Met]));
        assert!(narrower(&[NotMet, Met], &[NotApplicable, NotMet, Met]));
        assert!(!narrower(&[NotMet, Met], &[NotMet, Met]));
        assert!(!narrower(
            &[NotApplicable, Met],
            &[NotMet, PartiallyMet, Met]
        ));
        assert!(!narrower(&[PartiallyMet], &[NotMet, Met]));
    }
}
