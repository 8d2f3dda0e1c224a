//! The summary counts that look across obligations rather than at each one: verdicts by
//! bullet of the text (the obligations one bullet was split into count once) and the
//! distinct missing facts by their status.

use rustc_hash::{FxHashMap, FxHashSet};
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
        let mut sorted = results.to_vec();
        sorted.sort_unstable_by(|a, b| a.obligation.cite.cmp(&b.obligation.cite));
        BulletCounts::of_sorted(&sorted)
    }

    /// `of` on results already sorted by `cite`.
    fn of_sorted(results: &[&ObligationResult]) -> BulletCounts {
        let mut counts = BulletCounts::default();
        // An obligation without a cite is a bullet of its own.
        for bullet in results.chunk_by(|a, b| {
            !a.obligation.cite.is_empty() && a.obligation.cite == b.obligation.cite
        }) {
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
            add_status(&mut counts, status);
        }
    }
    status_map(counts)
}

/// Adds to `counts` (those of `results`) the bullet counts and the missing facts by status.
/// (Slices, not iterators: one copy of each function in the WebAssembly package.)
pub fn complete(counts: &mut Counts, results: &[&ObligationResult]) {
    counts.bullets = BulletCounts::of(results);
    counts.missing_by_status = missing_by_status(results);
}

/// `complete` for a report's summary (`results`: every result, in rule order) and for each of
/// its groups (`groups`, the group names with their counts; `group_of[i]` is the index in
/// `groups` of `results[i]`'s group), in one pass over the missing facts and one sort of the
/// cites: calling `complete` once per group hashed every missing pointer twice and sorted the
/// cites of each group, a fifth of the evaluation of a profile with most facts missing.
pub fn complete_groups(
    summary: &mut Counts,
    groups: &mut [Counts],
    results: &[&ObligationResult],
    group_of: &[usize],
) {
    let mut by_cite: Vec<usize> = (0..results.len()).collect();
    let cite = |i: &usize| results.get(*i).map(|r| r.obligation.cite.as_str());
    by_cite.sort_unstable_by(|a, b| cite(a).cmp(&cite(b)));
    complete_in_cite_order(summary, groups, results, group_of, &by_cite);
}

/// `complete_groups` with the results' indexes already sorted by cite (`by_cite`): a rule
/// set sorts its obligations once, not at every evaluation.
pub(crate) fn complete_in_cite_order(
    summary: &mut Counts,
    groups: &mut [Counts],
    results: &[&ObligationResult],
    group_of: &[usize],
    by_cite: &[usize],
) {
    // A group is a bit of a word: beyond 64 groups, one pass per group as before.
    if groups.len() > 64 || group_of.len() != results.len() || by_cite.len() != results.len() {
        complete(summary, results);
        for (index, counts) in groups.iter_mut().enumerate() {
            let members: Vec<&ObligationResult> = results
                .iter()
                .zip(group_of)
                .filter(|(_, g)| **g == index)
                .map(|(r, _)| *r)
                .collect();
            complete(counts, &members);
        }
        return;
    }
    // Each group's members, taken in cite order, are sorted too; one list reused for each.
    let mut members: Vec<&ObligationResult> = Vec::with_capacity(results.len());
    let mut bullets = |group: Option<usize>| {
        members.clear();
        members.extend(
            by_cite
                .iter()
                .filter(|i| group.is_none_or(|group| group_of.get(**i) == Some(&group)))
                .filter_map(|i| results.get(*i).copied()),
        );
        BulletCounts::of_sorted(&members)
    };
    summary.bullets = bullets(None);
    for (index, counts) in groups.iter_mut().enumerate() {
        counts.bullets = bullets(Some(index));
    }
    // Each distinct pointer with the groups it was already counted in.
    let total = results.iter().map(|r| r.missing.len()).sum();
    let mut seen: FxHashMap<&str, u64> =
        FxHashMap::with_capacity_and_hasher(total, rustc_hash::FxBuildHasher);
    let mut summary_counts: Vec<(&str, u64)> = Vec::new();
    let mut group_counts: Vec<Vec<(&str, u64)>> = vec![Vec::new(); groups.len()];
    for (r, group) in results.iter().zip(group_of) {
        let bit = 1u64 << group;
        for (pointer, status) in r.missing.iter().zip(&r.missing_status) {
            let groups_seen = seen.entry(pointer).or_insert_with(|| {
                add_status(&mut summary_counts, status);
                0
            });
            if *groups_seen & bit == 0 {
                *groups_seen |= bit;
                if let Some(counts) = group_counts.get_mut(*group) {
                    add_status(counts, status);
                }
            }
        }
    }
    summary.missing_by_status = status_map(summary_counts);
    for (counts, by_status) in groups.iter_mut().zip(group_counts) {
        counts.missing_by_status = status_map(by_status);
    }
}

fn add_status<'r>(counts: &mut Vec<(&'r str, u64)>, status: &'r str) {
    match counts.iter_mut().find(|(s, _)| *s == status) {
        Some((_, n)) => *n += 1,
        None => counts.push((status, 1)),
    }
}

fn status_map(counts: Vec<(&str, u64)>) -> Map<String, Json> {
    counts
        .into_iter()
        .map(|(status, n)| (status.to_string(), Json::from(n)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::bullet_verdict;
    use crate::report::Verdict::{Met, NotApplicable, NotMet, PartiallyMet, Unknown};

    /// The one-pass tallies of a report are those of `complete` on the whole report and on
    /// each group's members, on profiles with missing facts shared across groups and units.
    #[test]
    fn one_pass_tallies_equal_the_tallies_group_by_group() {
        use super::{ObligationResult, complete};
        use crate::report::Counts;
        use crate::{EvaluateOptions, ProfileInput, RuleSet};
        let Ok(rules) = RuleSet::library("rio") else {
            unreachable!("the bundled library compiles")
        };
        for text in [
            include_str!("../../../examples/profiles/cascadia.json"),
            include_str!("../../../examples/profiles/borealis.json"),
        ] {
            let input = ProfileInput::text("p.json", text);
            let Ok(report) = rules.evaluate(input, &EvaluateOptions::default()) else {
                unreachable!("the example profiles are valid")
            };
            let all: Vec<&ObligationResult> = report.results.iter().collect();
            let mut summary = Counts::default();
            complete(&mut summary, &all);
            assert!(!summary.missing_by_status.is_empty());
            assert_eq!(report.summary.bullets, summary.bullets);
            assert_eq!(report.summary.missing_by_status, summary.missing_by_status);
            for group in &report.groups {
                let members: Vec<&ObligationResult> = all
                    .iter()
                    .copied()
                    .filter(|r| r.obligation.group == group.group)
                    .collect();
                let mut counts = Counts::default();
                complete(&mut counts, &members);
                assert_eq!(group.counts.bullets, counts.bullets);
                assert_eq!(group.counts.missing_by_status, counts.missing_by_status);
            }
        }
    }

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
