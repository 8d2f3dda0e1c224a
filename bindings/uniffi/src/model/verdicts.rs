//! The words of a report: verdicts, why one does not apply, where a deadline stands, where an
//! exception's review stands, and where a `met on` date comes from.

use lexpact_core::report;

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Verdict {
    Met,
    PartiallyMet,
    NotMet,
    Unknown,
    NotApplicable,
}

impl From<report::Verdict> for Verdict {
    fn from(v: report::Verdict) -> Self {
        match v {
            report::Verdict::Met => Verdict::Met,
            report::Verdict::PartiallyMet => Verdict::PartiallyMet,
            report::Verdict::NotMet => Verdict::NotMet,
            report::Verdict::Unknown => Verdict::Unknown,
            report::Verdict::NotApplicable => Verdict::NotApplicable,
        }
    }
}

/// Why a verdict is `not_applicable`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum NotApplicableReason {
    /// `applies when` is false: the State is not concerned.
    AppliesWhen,
    /// The State invoked an exception, and a review accepted the invocation.
    Exception,
}

impl From<report::NotApplicableReason> for NotApplicableReason {
    fn from(r: report::NotApplicableReason) -> Self {
        match r {
            report::NotApplicableReason::AppliesWhen => NotApplicableReason::AppliesWhen,
            report::NotApplicableReason::Exception => NotApplicableReason::Exception,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum DeadlineStatus {
    /// The obligation has no deadline, or does not apply.
    None,
    NotDue,
    OnTime,
    Late,
    Overdue,
    /// Cannot be told (met on an unknown date, or unknown after the due date).
    Unknown,
}

impl From<report::DeadlineStatus> for DeadlineStatus {
    fn from(s: report::DeadlineStatus) -> Self {
        match s {
            report::DeadlineStatus::None => DeadlineStatus::None,
            report::DeadlineStatus::NotDue => DeadlineStatus::NotDue,
            report::DeadlineStatus::OnTime => DeadlineStatus::OnTime,
            report::DeadlineStatus::Late => DeadlineStatus::Late,
            report::DeadlineStatus::Overdue => DeadlineStatus::Overdue,
            report::DeadlineStatus::Unknown => DeadlineStatus::Unknown,
        }
    }
}

/// Where the review of an invoked exception stands: only `accepted` makes the obligation
/// `not_applicable`; under the others it is evaluated as usual.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ReviewStatus {
    Accepted,
    Contested,
    Pending,
    Unreviewed,
}

impl From<report::ReviewStatus> for ReviewStatus {
    fn from(s: report::ReviewStatus) -> Self {
        match s {
            report::ReviewStatus::Accepted => ReviewStatus::Accepted,
            report::ReviewStatus::Contested => ReviewStatus::Contested,
            report::ReviewStatus::Pending => ReviewStatus::Pending,
            report::ReviewStatus::Unreviewed => ReviewStatus::Unreviewed,
        }
    }
}

/// Where a deadline's `met_on` date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum MetOnBasis {
    /// The rule's own `met on` clause.
    Clause,
    /// The histories of the facts `require` reads: the first day from which the whole
    /// requirement held without a break up to the evaluation date.
    History,
    /// As `History`, but the requirement was unknown just before that day: it was met on that
    /// day at the latest.
    HistoryAtTheLatest,
    /// An obligation evaluated in each jurisdiction: the day the last unit met it.
    Jurisdictions,
}

impl From<report::MetOnBasis> for MetOnBasis {
    fn from(b: report::MetOnBasis) -> Self {
        match b {
            report::MetOnBasis::Clause => MetOnBasis::Clause,
            report::MetOnBasis::History => MetOnBasis::History,
            report::MetOnBasis::HistoryAtTheLatest => MetOnBasis::HistoryAtTheLatest,
            report::MetOnBasis::Jurisdictions => MetOnBasis::Jurisdictions,
        }
    }
}

/// A range of verdicts, in its order.
pub(super) fn verdicts(range: Vec<report::Verdict>) -> Vec<Verdict> {
    range.into_iter().map(Into::into).collect()
}
