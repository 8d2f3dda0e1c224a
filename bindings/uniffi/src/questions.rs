//! The records of `RuleSet.questions`: the core's `lexpact/questions/v1` types, field for
//! field (allowed values, which are JSON, travel as compact JSON text).

use lexpact_core::questions;

use crate::model::{ProfileInfo, RulesetInfo};

fn count(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

/// A profile's missing facts, those that could decide the most `unknown` verdicts first.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Questions {
    /// The format marker, `lexpact/questions/v1`.
    pub format: String,
    pub ruleset: RulesetInfo,
    pub profile: ProfileInfo,
    pub as_of: String,
    /// How many obligations have an `unknown` verdict on the profile as it is.
    pub unknown: u64,
    /// Every fact missing from an `unknown` verdict, once, most decisive first.
    pub questions: Vec<Question>,
}

/// One missing fact, as a form would ask for it.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Question {
    /// The fact's JSON pointer into the profile.
    pub pointer: String,
    /// The schema's description of the fact, where it is declared; `None` without one.
    pub description: Option<String>,
    /// The descriptions of the places enclosing the fact, outermost first.
    pub context: Vec<String>,
    /// What the profile says of the fact now: `absent`, or the status it gives (`unknown`,
    /// `not_assessed`, …).
    pub status: String,
    /// The type of value the schema expects.
    pub fact_type: FactType,
    /// The values the schema allows (an enum's, or those of a list's items), each as JSON
    /// text; empty when it does not restrict them.
    pub allowed: Vec<String>,
    /// How many `unknown` verdicts some probe value of the fact makes known.
    pub decides: u64,
    /// How many others some probe value leaves with a strictly smaller range.
    pub narrows: u64,
    /// The obligations whose `unknown` verdict misses the fact, in rule order.
    pub obligations: Vec<QuestionObligation>,
}

/// An obligation a question bears on, and what the fact could do to its verdict.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct QuestionObligation {
    pub id: String,
    pub effect: QuestionEffect,
}

/// What a fact could do to an `unknown` verdict that misses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum QuestionEffect {
    /// Some probe value makes the verdict known.
    Decides,
    /// None makes it known, but some leaves a strictly smaller range.
    Narrows,
    /// No probe value changes what the verdict can be.
    Neither,
}

/// The type of value a question expects, from the profile schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum FactType {
    Boolean,
    Integer,
    Number,
    String,
    Date,
    List,
    Record,
    /// The schema does not constrain the place, or there is no schema.
    Any,
}

impl From<questions::Questions> for Questions {
    fn from(q: questions::Questions) -> Self {
        Questions {
            format: q.format,
            ruleset: q.ruleset.into(),
            profile: q.profile.into(),
            as_of: q.as_of,
            unknown: count(q.unknown),
            questions: q.questions.into_iter().map(Into::into).collect(),
        }
    }
}

impl From<questions::Question> for Question {
    fn from(q: questions::Question) -> Self {
        Question {
            pointer: q.pointer,
            description: q.description,
            context: q.context,
            status: q.status,
            fact_type: q.fact_type.into(),
            allowed: q.allowed.iter().map(ToString::to_string).collect(),
            decides: count(q.decides),
            narrows: count(q.narrows),
            obligations: q
                .obligations
                .into_iter()
                .map(|o| QuestionObligation {
                    id: o.id,
                    effect: o.effect.into(),
                })
                .collect(),
        }
    }
}

impl From<questions::Effect> for QuestionEffect {
    fn from(e: questions::Effect) -> Self {
        match e {
            questions::Effect::Decides => QuestionEffect::Decides,
            questions::Effect::Narrows => QuestionEffect::Narrows,
            questions::Effect::Neither => QuestionEffect::Neither,
        }
    }
}

impl From<questions::FactType> for FactType {
    fn from(t: questions::FactType) -> Self {
        match t {
            questions::FactType::Boolean => FactType::Boolean,
            questions::FactType::Integer => FactType::Integer,
            questions::FactType::Number => FactType::Number,
            questions::FactType::String => FactType::String,
            questions::FactType::Date => FactType::Date,
            questions::FactType::List => FactType::List,
            questions::FactType::Record => FactType::Record,
            questions::FactType::Any => FactType::Any,
        }
    }
}
