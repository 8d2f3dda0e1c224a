//! The report in words for people: verdicts, the range of an `unknown` verdict, why a verdict
//! is `not_applicable`, the review of an invoked exception, sources and the counts of a
//! summary. Every renderer (text, CSV, HTML, the bindings' callers) takes its wording from
//! here, so the same report reads the same everywhere. The words of federal States (the tally
//! of an obligation evaluated in each jurisdiction) are in `words/jurisdictions.rs`, those of
//! histories (a fact's period in force, where a `met on` date comes from) in `words/history.rs`,
//! those of an obligation's indicators and amendment marks in `words/metadata.rs`.

mod history;
mod jurisdictions;
mod metadata;
mod status;

pub use history::{in_force, met_on};
pub use jurisdictions::{met_of, tally, unit_verdict_in_full};
pub use metadata::{AMENDMENT_LEGEND, amendments, indicator_ids, indicators, schemes};
pub use status::{
    bullet_counts, missing_by_status, missing_fact, missing_status, open_window, totals,
};

use serde_json::Value as Json;

use super::{
    Counts, ExceptionReview, ExceptionUse, NotApplicableReason, ObligationResult, ReviewStatus,
    Verdict,
};

/// A verdict in words, e.g. `partially met`.
pub fn verdict(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Met => "met",
        Verdict::PartiallyMet => "partially met",
        Verdict::NotMet => "not met",
        Verdict::Unknown => "unknown",
        Verdict::NotApplicable => "not applicable",
    }
}

/// The verdicts an `unknown` one may still turn out to be, in words: `at least partially met`
/// for {partially met, met}, otherwise the verdicts in their order joined by commas and a
/// final `or` (`not met, partially met or met`). Empty for an empty range.
pub fn range(range: &[Verdict]) -> String {
    if range == [Verdict::PartiallyMet, Verdict::Met] {
        return "at least partially met".to_string();
    }
    let words: Vec<&str> = range.iter().map(|v| verdict(*v)).collect();
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

/// Why a verdict is `not_applicable`, in words.
pub fn reason(reason: NotApplicableReason) -> &'static str {
    match reason {
        NotApplicableReason::AppliesWhen => "not concerned (applies when is false)",
        NotApplicableReason::Exception => "exception accepted",
    }
}

/// A result's verdict in full: `unknown (at least partially met)` for an `unknown` verdict
/// with a range, `not applicable: exception accepted` for a `not_applicable` one with its
/// reason, the verdict alone otherwise.
pub fn verdict_in_full(result: &ObligationResult) -> String {
    qualified_verdict(result.verdict, &result.range, result.reason)
}

/// A verdict with its range (when unknown) or its reason (when not applicable), as
/// [`verdict_in_full`] words it.
fn qualified_verdict(
    decided: Verdict,
    still_possible: &[Verdict],
    not_applicable_because: Option<NotApplicableReason>,
) -> String {
    let word = verdict(decided);
    match (decided, not_applicable_because) {
        (Verdict::Unknown, _) if !still_possible.is_empty() => {
            format!("{word} ({})", range(still_possible))
        }
        (Verdict::NotApplicable, Some(why)) => format!("{word}: {}", reason(why)),
        _ => word.to_string(),
    }
}

/// A review status in words: `accepted`, `contested`, `review pending`, `unreviewed`.
pub fn review_status(status: ReviewStatus) -> &'static str {
    match status {
        ReviewStatus::Accepted => "accepted",
        ReviewStatus::Contested => "contested",
        ReviewStatus::Pending => "review pending",
        ReviewStatus::Unreviewed => "unreviewed",
    }
}

/// A review in words: its status, then who reviewed and when, then the note, each when given
/// (`contested by the Committee on 2024-03-01: no assessment was made`).
pub fn review(review: &ExceptionReview) -> String {
    let mut words = review_status(review.status).to_string();
    if let Some(by) = &review.by {
        words.push_str(&format!(" by {by}"));
    }
    if let Some(date) = &review.date {
        words.push_str(&format!(" on {date}"));
    }
    if let Some(note) = &review.note {
        words.push_str(&format!(": {note}"));
    }
    words
}

/// An invoked exception and its review in words, the justification apart
/// (`exception claimed: where appropriate — contested by X on 2024-03-01: note`).
pub fn exception(exception: &ExceptionUse) -> String {
    format!(
        "exception claimed: {} — {}",
        exception.qualifier,
        review(&exception.review)
    )
}

/// A source in one line: its `cite`, then its other fields in the order written
/// (`Penal Code art. 7 (primary, url https://…)`; the field `kind` by its value alone). A source
/// that is not an object is its JSON text, a string without quotes.
pub fn source(source: &Json) -> String {
    let Json::Object(fields) = source else {
        return plain(source);
    };
    let cite = fields.get("cite").map(plain).unwrap_or_default();
    let rest: Vec<String> = fields
        .iter()
        .filter(|(k, _)| k.as_str() != "cite")
        .map(|(k, v)| match k.as_str() {
            "kind" => plain(v),
            _ => format!("{k} {}", plain(v)),
        })
        .collect();
    match (cite.is_empty(), rest.is_empty()) {
        (_, true) => cite,
        (true, false) => rest.join(", "),
        (false, false) => format!("{cite} ({})", rest.join(", ")),
    }
}

/// A JSON value as text: a string without quotes, anything else as compact JSON.
pub fn plain(value: &Json) -> String {
    match value {
        Json::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// The `unknown` verdicts of `counts` by range: `3 unknown: 2 at least partially met; 1 not
/// met or met` (semicolons, as a range's own words may hold a comma). `None` when none is
/// unknown.
pub fn unknown_counts(counts: &Counts) -> Option<String> {
    if counts.unknown == 0 {
        return None;
    }
    let ranges: Vec<String> = counts
        .ranges
        .iter()
        .map(|c| format!("{} {}", c.count, range(&c.range)))
        .collect();
    Some(if ranges.is_empty() {
        format!("{} unknown", counts.unknown)
    } else {
        format!("{} unknown: {}", counts.unknown, ranges.join("; "))
    })
}

/// The `not_applicable` verdicts of `counts` by reason: `2 not applicable: 1 not concerned
/// (applies when is false); 1 exception accepted`, leaving out a reason counted 0. `None` when
/// none is not applicable.
pub fn not_applicable_counts(counts: &Counts) -> Option<String> {
    if counts.not_applicable == 0 {
        return None;
    }
    let reasons: Vec<String> = [
        (
            counts.not_applicable_applies_when,
            NotApplicableReason::AppliesWhen,
        ),
        (
            counts.not_applicable_exception,
            NotApplicableReason::Exception,
        ),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, why)| format!("{n} {}", reason(why)))
    .collect();
    Some(format!(
        "{} not applicable: {}",
        counts.not_applicable,
        reasons.join("; ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::RangeCount;
    use Verdict::{Met, NotApplicable, NotMet, PartiallyMet};

    #[test]
    fn every_range_reads_as_the_verdicts_still_possible() {
        assert_eq!(range(&[PartiallyMet, Met]), "at least partially met");
        assert_eq!(range(&[NotMet, PartiallyMet]), "not met or partially met");
        assert_eq!(range(&[NotMet, Met]), "not met or met");
        assert_eq!(
            range(&[NotMet, PartiallyMet, Met]),
            "not met, partially met or met"
        );
        assert_eq!(range(&[NotApplicable, Met]), "not applicable or met");
        assert_eq!(
            range(&[NotApplicable, NotMet, Met]),
            "not applicable, not met or met"
        );
        assert_eq!(
            range(&[NotApplicable, PartiallyMet, Met]),
            "not applicable, partially met or met"
        );
        assert_eq!(range(&[Met]), "met");
        assert_eq!(range(&[]), "");
    }

    #[test]
    fn a_review_reads_with_what_it_records() {
        let mut r = ExceptionReview {
            status: ReviewStatus::Contested,
            by: Some("the Committee".to_string()),
            date: Some("2024-03-01".to_string()),
            note: Some("no assessment was made".to_string()),
        };
        assert_eq!(
            review(&r),
            "contested by the Committee on 2024-03-01: no assessment was made"
        );
        r.status = ReviewStatus::Pending;
        r.by = None;
        r.note = None;
        assert_eq!(review(&r), "review pending on 2024-03-01");
        r.status = ReviewStatus::Unreviewed;
        r.date = None;
        assert_eq!(review(&r), "unreviewed");
        let claim = ExceptionUse {
            qualifier: "where appropriate".to_string(),
            justification: "j".to_string(),
            source: None,
            review: r,
        };
        assert_eq!(
            exception(&claim),
            "exception claimed: where appropriate — unreviewed"
        );
    }

    #[test]
    fn counts_read_by_range_and_by_reason() {
        let counts = Counts {
            total: 6,
            unknown: 3,
            not_applicable: 2,
            not_applicable_applies_when: 2,
            ranges: vec![
                RangeCount {
                    range: vec![NotMet, PartiallyMet, Met],
                    count: 1,
                },
                RangeCount {
                    range: vec![PartiallyMet, Met],
                    count: 2,
                },
            ],
            ..Counts::default()
        };
        assert_eq!(
            unknown_counts(&counts).as_deref(),
            Some("3 unknown: 1 not met, partially met or met; 2 at least partially met")
        );
        assert_eq!(
            not_applicable_counts(&counts).as_deref(),
            Some("2 not applicable: 2 not concerned (applies when is false)")
        );
        assert_eq!(unknown_counts(&Counts::default()), None);
        assert_eq!(not_applicable_counts(&Counts::default()), None);
    }

    #[test]
    fn sources_read_cite_first() {
        let s = serde_json::json!({ "kind": "primary", "cite": "Code art. 7", "url": "u" });
        assert_eq!(source(&s), "Code art. 7 (primary, url u)");
        assert_eq!(source(&serde_json::json!("plain")), "plain");
    }
}
