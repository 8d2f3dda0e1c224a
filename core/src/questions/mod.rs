//! `lexpact questions`: the missing facts of a profile that settle the most. Every fact
//! missing from an `unknown` verdict is set in turn to each of its probe values (`probes`),
//! the obligations it bears on are evaluated again, and the facts are ranked by how many
//! verdicts one of their values makes known, then by how many ranges one narrows
//! (`docs/questions.md`). The entry point is `RuleSet::questions`.

mod ask;
mod model;
mod place;
mod probes;

pub(crate) use ask::{Asking, OutOfSteps};
pub use model::{
    Effect, FactType, QUESTIONS_FORMAT, Question, QuestionObligation, Questions, questions_schema,
};
