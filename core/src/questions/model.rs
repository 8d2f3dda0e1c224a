//! The questions model (`lexpact/questions/v1`): a profile's missing facts, most decisive
//! first, each with what the schema says of it and the obligations it bears on. Field order
//! is declaration order, so the same inputs give byte-identical JSON.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use crate::report::{ProfileInfo, RulesetInfo};

/// The format marker of this version of the questions, written in their `format` field.
pub const QUESTIONS_FORMAT: &str = "lexpact/questions/v1";

/// The JSON Schema of the questions, generated from these types so that it cannot drift.
pub fn questions_schema() -> Json {
    let mut schema = schemars::schema_for!(Questions);
    schema.insert(
        "$id".to_string(),
        Json::String("urn:lexpact:schema:questions:v1".to_string()),
    );
    schema.to_value()
}

/// The missing facts of a profile, ranked by how many `unknown` verdicts each could decide,
/// then by how many ranges it could narrow, ties broken by pointer (`docs/questions.md`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct Questions {
    /// `lexpact/questions/v1`.
    pub format: String,
    /// The rule set asked with.
    pub ruleset: RulesetInfo,
    /// The profile asked about.
    pub profile: ProfileInfo,
    /// The evaluation date (`YYYY-MM-DD`).
    pub as_of: String,
    /// How many obligations have an `unknown` verdict on the profile as it is.
    pub unknown: usize,
    /// Every fact missing from an `unknown` verdict, once, most decisive first.
    pub questions: Vec<Question>,
}

/// One missing fact, as a form would ask for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct Question {
    /// The fact's JSON pointer into the profile.
    pub pointer: String,
    /// The schema's `description` of the fact, written where it is declared; absent when it
    /// has none (a list item, a field declared without one, no schema).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub description: Option<String>,
    /// The descriptions of the places enclosing the fact, outermost first (e.g. the treaty
    /// whose `status` is asked); absent when none has one.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub context: Vec<String>,
    /// What the profile says of the fact now: `absent` (nothing, or null), or the status it
    /// gives (`unknown`, `not_assessed`, …; `not_in_force` for a history with no entry in
    /// force), as an obligation result's `missing_status` gives it.
    pub status: String,
    /// The type of value the schema expects.
    #[serde(rename = "type")]
    pub fact_type: FactType,
    /// The only values the schema allows (`enum`), in its order (for a list, the values its
    /// items may take); absent when it does not restrict them.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    #[cfg_attr(feature = "typescript", tsify(optional, type = "unknown[]"))]
    pub allowed: Vec<Json>,
    /// How many `unknown` verdicts some probe value of this fact makes known.
    pub decides: usize,
    /// How many other `unknown` verdicts some probe value leaves unknown with a strictly
    /// smaller range.
    pub narrows: usize,
    /// The obligations whose `unknown` verdict misses this fact, in rule order, each with what
    /// the fact could do to it.
    pub obligations: Vec<QuestionObligation>,
}

/// An obligation a question bears on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct QuestionObligation {
    /// The obligation's id.
    pub id: String,
    /// What the fact could do to the obligation's verdict.
    pub effect: Effect,
}

/// What a fact could do to an `unknown` verdict that misses it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    /// Some probe value makes the verdict known.
    Decides,
    /// No probe value makes it known, but some leaves a strictly smaller range.
    Narrows,
    /// No probe value changes what the verdict can be (or the fact has no probe values: a
    /// list, a record, a type the schema does not give).
    Neither,
}

/// The type of value a question expects, from the profile schema.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum FactType {
    /// `true` or `false`.
    Boolean,
    /// A whole number.
    Integer,
    /// A number.
    Number,
    /// Text.
    String,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// A list.
    List,
    /// An object with fields.
    Record,
    /// Anything: the schema does not constrain the place, or there is no schema.
    Any,
}

impl FactType {
    /// The type as the questions write it, e.g. `boolean`.
    pub fn as_str(self) -> &'static str {
        match self {
            FactType::Boolean => "boolean",
            FactType::Integer => "integer",
            FactType::Number => "number",
            FactType::String => "string",
            FactType::Date => "date",
            FactType::List => "list",
            FactType::Record => "record",
            FactType::Any => "any",
        }
    }
}

impl Effect {
    /// The effect as the questions write it, e.g. `decides`.
    pub fn as_str(self) -> &'static str {
        match self {
            Effect::Decides => "decides",
            Effect::Narrows => "narrows",
            Effect::Neither => "neither",
        }
    }
}
