//! The records and enums the bindings hand out: field-for-field mirrors of the core's report,
//! diagnostics, catalogue and test-run types, so that Kotlin, Swift and Python get typed values
//! instead of a JSON string. Conversions copy fields; JSON values of a profile (a fact's value,
//! sources or note, an exception's source, an explanation's value) travel as compact JSON text.
//! One file per concern: what callers hand in (`inputs`), diagnostics, the verdict words, the
//! report and its results, the evidence a result rests on, the units of a federal State, the
//! catalogue and test runs.

mod catalogue;
mod diagnostic;
mod evidence;
mod inputs;
mod jurisdictions;
mod report;
mod verdicts;

use serde_json::Value as Json;

pub use catalogue::{DeadlineInfo, ObligationInfo, TestResult, TestRun};
pub use diagnostic::{Diagnostic, Severity};
pub use evidence::{ClauseExplanation, DeadlineResult, Explanation, FactRead, InForce};
pub use inputs::{Detail, Limits, Source};
pub use jurisdictions::{JurisdictionInfo, JurisdictionResult, JurisdictionTally};
pub use report::{
    Counts, ExceptionReview, ExceptionUse, GroupSummary, ObligationResult, ProfileInfo, RangeCount,
    Report, RulesetInfo,
};
pub use verdicts::{DeadlineStatus, MetOnBasis, NotApplicableReason, ReviewStatus, Verdict};

/// Counts and positions cross the boundary as `u64` (`ULong`, `UInt64`, `int`).
fn count(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

fn json_text(value: &Json) -> String {
    value.to_string()
}
