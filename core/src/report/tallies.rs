//! The summary counts that look across obligations rather than at each one: verdicts by
//! bullet of the text (the obligations one bullet was split into count once) and the
//! distinct missing facts by their status.

use rustc_hash::FxHashSet;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json};

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
    /// Computed with every report: the results are put in the order of their `cite` once, so
    /// that each bullet's obligations are neighbours, rather than compared two by two.
    pub fn of(results: &[&ObligationResult]) -> BulletCounts {
        let mut counts = BulletCounts::default();
        let (uncited, mut cited): (Vec<&ObligationResult>, Vec<&ObligationResult>) = results
            .iter()
            .copied()
            .partition(|r| r.obligation.cite.is_empty());
        cited.sort_unstable_by(|a, b| a.obligation.cite.cmp(&b.obligation.cite));
        // An obligation without a cite is a bullet of its own.
        for r in uncited {
            counts.add(decide(std::iter::once(r.verdict)));
        }
        for bullet in cited.chunk_by(|a, b| a.obligation.cite == b.obligation.cite) {
            counts.add(decide(bullet.iter().map(|r| r.verdict)));
        }
        counts
    }

    fn add(&mut self, verdict: Verdict) {
        self.total += 1;
        match verdict {
            Verdict::Met => self.met += 1,
            Verdict::PartiallyMet => self.partially_met += 1,
            Verdict::NotMet => self.not_met += 1,
            Verdict::Unknown => self.unknown += 1,
            Verdict::NotApplicable => self.not_applicable += 1,
        }
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
    decide(verdicts.iter().copied())
}

fn decide(verdicts: impl Iterator<Item = Verdict>) -> Verdict {
    let (mut met, mut not_met, mut unknown, mut applicable) = (0, 0, 0, 0);
    for v in verdicts {
        match v {
            Verdict::NotApplicable => continue,
            Verdict::Met => met += 1,
            Verdict::NotMet => not_met += 1,
            Verdict::Unknown => unknown += 1,
            Verdict::PartiallyMet => {}
        }
        applicable += 1;
    }
    if applicable == 0 {
        Verdict::NotApplicable
    } else if met == applicable {
        Verdict::Met
    } else if not_met == applicable {
        Verdict::NotMet
    } else if unknown > 0 {
        Verdict::Unknown
    } else {
        Verdict::PartiallyMet
    }
}

/// The distinct missing facts of `results` (the pointers of their `missing`), counted by
/// their status (`missing_status`), the statuses in the order they are first met.
pub fn missing_by_status(results: &[&ObligationResult]) -> Map<String, Json> {
    // Each pointer once, with its status (the same wherever it is missing). Borrowed keys, and
    // the counts kept in a short list (a handful of statuses) before the JSON object is built:
    // the object's map hashes every key with SipHash. The JSON object itself rather than a
    // typed map: a lighter WebAssembly package.
    let total = results.iter().map(|r| r.missing.len()).sum();
    let mut seen: FxHashSet<&str> =
        FxHashSet::with_capacity_and_hasher(total, rustc_hash::FxBuildHasher);
    let mut counts: Vec<(&str, u64)> = Vec::new();
    for r in results {
        for (pointer, status) in r.missing.iter().zip(&r.missing_status) {
            if !seen.insert(pointer) {
                continue;
            }
            match counts.iter_mut().find(|(s, _)| *s == status.as_str()) {
                Some((_, n)) => *n += 1,
                None => counts.push((status, 1)),
            }
        }
    }
    counts
        .into_iter()
        .map(|(status, n)| (status.to_string(), Json::from(n)))
        .collect()
}

/// Adds to `counts` (those of `results`) the bullet counts and the missing facts by status.
/// (Slices, not iterators: one copy of each function in the WebAssembly package.)
pub fn complete(counts: &mut Counts, results: &[&ObligationResult]) {
    counts.bullets = BulletCounts::of(results);
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
