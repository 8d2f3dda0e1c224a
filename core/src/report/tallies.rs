//! The summary counts that look across obligations rather than at each one: verdicts by
//! bullet of the text (the obligations one bullet was split into count once) and the
//! distinct missing facts by their status.

use std::collections::{BTreeMap, HashMap};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Counts, ObligationResult, Verdict};

/// How many bullets of the text got each verdict: the obligations that share a `cite` make
/// one bullet (an obligation without a `cite` is a bullet of its own).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(tsify_next::Tsify))]
pub struct BulletCounts {
    /// Bullets counted; each has exactly one of the five verdicts below.
    pub total: usize,
    /// Bullets whose verdict is `met`.
    pub met: usize,
    /// Bullets whose verdict is `partially_met`.
    pub partially_met: usize,
    /// Bullets whose verdict is `not_met`.
    pub not_met: usize,
    /// Bullets whose verdict is `unknown`.
    pub unknown: usize,
    /// Bullets whose verdict is `not_applicable`.
    pub not_applicable: usize,
}

impl BulletCounts {
    /// The bullets of `results`, each with the verdict `bullet_verdict` gives its obligations.
    pub fn of<'a>(results: impl IntoIterator<Item = &'a ObligationResult>) -> BulletCounts {
        // Bullets in order of first appearance, so the count does not depend on hashing.
        let mut index: HashMap<&str, usize> = HashMap::new();
        let mut bullets: Vec<Vec<Verdict>> = Vec::new();
        for r in results {
            // An obligation without a cite is a bullet of its own.
            let key = (!r.obligation.cite.is_empty()).then_some(r.obligation.cite.as_str());
            match key.and_then(|k| index.get(k).copied()) {
                Some(at) => {
                    if let Some(verdicts) = bullets.get_mut(at) {
                        verdicts.push(r.verdict);
                    }
                }
                None => {
                    if let Some(k) = key {
                        index.insert(k, bullets.len());
                    }
                    bullets.push(vec![r.verdict]);
                }
            }
        }
        let mut counts = BulletCounts::default();
        for verdicts in &bullets {
            counts.total += 1;
            match bullet_verdict(verdicts) {
                Verdict::Met => counts.met += 1,
                Verdict::PartiallyMet => counts.partially_met += 1,
                Verdict::NotMet => counts.not_met += 1,
                Verdict::Unknown => counts.unknown += 1,
                Verdict::NotApplicable => counts.not_applicable += 1,
            }
        }
        counts
    }

    /// How many bullets got `verdict`.
    pub fn of_verdict(&self, verdict: Verdict) -> usize {
        match verdict {
            Verdict::Met => self.met,
            Verdict::PartiallyMet => self.partially_met,
            Verdict::NotMet => self.not_met,
            Verdict::Unknown => self.unknown,
            Verdict::NotApplicable => self.not_applicable,
        }
    }
}

/// The verdict of a bullet from those of its obligations: the `not_applicable` ones are left
/// out; with none left the bullet is `not_applicable`; all `met` gives `met`, all `not_met`
/// gives `not_met`; otherwise any `unknown` gives `unknown`, and any other mix
/// `partially_met`.
pub fn bullet_verdict(verdicts: &[Verdict]) -> Verdict {
    let mut applicable = verdicts
        .iter()
        .copied()
        .filter(|v| *v != Verdict::NotApplicable)
        .peekable();
    let Some(first) = applicable.peek().copied() else {
        return Verdict::NotApplicable;
    };
    let mut same = true;
    let mut any_unknown = false;
    for v in applicable {
        same &= v == first;
        any_unknown |= v == Verdict::Unknown;
    }
    match first {
        Verdict::Met | Verdict::NotMet if same => first,
        _ if any_unknown => Verdict::Unknown,
        _ => Verdict::PartiallyMet,
    }
}

/// The distinct missing facts of `results` (the pointers of their `missing`), counted by
/// their status (`missing_status`).
pub fn missing_by_status<'a>(
    results: impl IntoIterator<Item = &'a ObligationResult>,
) -> BTreeMap<String, usize> {
    let mut status_of: BTreeMap<&str, &str> = BTreeMap::new();
    for r in results {
        for (pointer, status) in r.missing.iter().zip(&r.missing_status) {
            status_of.entry(pointer).or_insert(status);
        }
    }
    let mut counts = BTreeMap::new();
    for status in status_of.into_values() {
        *counts.entry(status.to_string()).or_insert(0) += 1;
    }
    counts
}

/// Adds to `counts` (those of `results`) the bullet counts and the missing facts by status.
pub fn complete<'a>(
    counts: &mut Counts,
    results: impl IntoIterator<Item = &'a ObligationResult> + Clone,
) {
    counts.bullets = BulletCounts::of(results.clone());
    counts.missing_by_status = missing_by_status(results);
}

#[cfg(test)]
mod tests {
    use super::bullet_verdict;
    use crate::report::Verdict::{Met, NotApplicable, NotMet, PartiallyMet, Unknown};

    #[test]
    fn a_bullet_takes_the_verdict_of_the_table() {
        assert_eq!(bullet_verdict(&[]), NotApplicable);
        assert_eq!(
            bullet_verdict(&[NotApplicable, NotApplicable]),
            NotApplicable
        );
        assert_eq!(bullet_verdict(&[Met, NotApplicable, Met]), Met);
        assert_eq!(bullet_verdict(&[NotMet, NotMet]), NotMet);
        assert_eq!(bullet_verdict(&[Met, NotMet]), PartiallyMet);
        assert_eq!(bullet_verdict(&[PartiallyMet]), PartiallyMet);
        assert_eq!(bullet_verdict(&[Met, Unknown]), Unknown);
        assert_eq!(bullet_verdict(&[Unknown, Unknown]), Unknown);
        assert_eq!(bullet_verdict(&[NotMet, Unknown, Met]), Unknown);
        assert_eq!(
            bullet_verdict(&[NotApplicable, NotMet, PartiallyMet]),
            PartiallyMet
        );
    }
}
