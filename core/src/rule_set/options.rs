//! What an evaluation is given: the profile (`ProfileInput`, text or a parsed document, with
//! its name) and the options (`EvaluateOptions`). An option added later is a field of
//! `EvaluateOptions` with a default, so no caller has to change.

use serde_json::Value as Json;

use crate::Date;

/// The profile an evaluation reads, with the name that labels it in the report and in
/// diagnostics.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ProfileInput<'p> {
    /// JSON or YAML text: YAML when `name` ends in `.yaml` or `.yml`, or when the text does not
    /// look like JSON. Read within the rule set's limits before anything else.
    Text {
        /// The name that labels the profile in the report and diagnostics (usually its file).
        name: &'p str,
        /// The profile's JSON or YAML text.
        text: &'p str,
    },
    /// A document already parsed; checked against the rule set's limits first.
    Document {
        /// The name that labels the profile in the report and diagnostics (usually its file).
        name: &'p str,
        /// The parsed profile document.
        document: &'p Json,
    },
}

impl<'p> ProfileInput<'p> {
    /// Profile text (JSON or YAML) named `name`.
    pub fn text(name: &'p str, text: &'p str) -> Self {
        ProfileInput::Text { name, text }
    }

    /// A parsed profile named `name`.
    pub fn document(name: &'p str, document: &'p Json) -> Self {
        ProfileInput::Document { name, document }
    }

    /// The profile's name.
    pub fn name(&self) -> &'p str {
        match self {
            ProfileInput::Text { name, .. } | ProfileInput::Document { name, .. } => name,
        }
    }
}

/// How much of the report an evaluation computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Detail {
    /// Everything: verdicts, deadlines, missing facts, the facts read and the explanations.
    #[default]
    Full,
    /// Verdicts, deadlines, exceptions, missing facts and warnings only: every result's `facts`
    /// and `explanation` are left empty. The other fields are those of `Full`, value for value;
    /// for callers that print only those (CSV, `--fail-on`, dashboards).
    Verdicts,
}

impl Detail {
    /// The names of the details, as the bindings take them.
    pub const NAMES: [&'static str; 2] = ["full", "verdicts"];

    /// The detail named `name` (`"full"` or `"verdicts"`).
    pub fn from_name(name: &str) -> Option<Detail> {
        match name {
            "full" => Some(Detail::Full),
            "verdicts" => Some(Detail::Verdicts),
            _ => None,
        }
    }
}

/// How much of a profile an evaluation checks against the schema (`docs/profile.md`,
/// "Validation").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Validation {
    /// What the rule set reads: the facts on its paths in full (envelopes, histories, every
    /// item of a list), the objects leading to them field by field (unknown and required
    /// fields), the State's own fields, `jurisdictions` (each unit's facts on the same paths)
    /// and `competences`. A fact the rules never read is not checked.
    #[default]
    Read,
    /// The whole profile, as `RuleSet::validate` does.
    Full,
}

impl Validation {
    /// The names of the modes, as the bindings and the CLI take them.
    pub const NAMES: [&'static str; 2] = ["read", "full"];

    /// The mode named `name` (`"read"` or `"full"`).
    pub fn from_name(name: &str) -> Option<Validation> {
        match name {
            "read" => Some(Validation::Read),
            "full" => Some(Validation::Full),
            _ => None,
        }
    }
}

/// The options of one evaluation. `EvaluateOptions::default()` evaluates at the profile's own
/// `as_of` and computes the full report; the setters change one option each:
/// `EvaluateOptions::default().with_detail(Detail::Verdicts)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct EvaluateOptions {
    /// The date to evaluate at; the profile's `as_of` when `None`.
    pub as_of: Option<Date>,
    /// How much of the report to compute. `RuleSet::explain_obligation` ignores it: an
    /// explanation is always full.
    pub detail: Detail,
    /// How much of the profile is checked against the schema first.
    pub validation: Validation,
}

impl EvaluateOptions {
    /// These options evaluating at `as_of` (the profile's own date when `None`).
    #[must_use]
    pub fn with_as_of(mut self, as_of: Option<Date>) -> Self {
        self.as_of = as_of;
        self
    }

    /// These options computing `detail`.
    #[must_use]
    pub fn with_detail(mut self, detail: Detail) -> Self {
        self.detail = detail;
        self
    }

    /// These options checking the profile as `validation` says.
    #[must_use]
    pub fn with_validation(mut self, validation: Validation) -> Self {
        self.validation = validation;
        self
    }
}
