//! Laws of the comparison of two reports, over every pair of the example profiles under the
//! rio library: a report compared with itself changes nothing, and comparing the other way
//! round lists the same obligations with the mirrored marks and facts.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::Path;

use lexpact_core::diff::{ChangeMark, diff_reports};
use lexpact_core::{EvaluateOptions, ProfileInput, Report, RuleSet};

fn reports() -> Vec<Report> {
    let rio = RuleSet::library("rio").unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/profiles");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json") || n.ends_with(".yaml"))
        .collect();
    names.sort();
    assert!(names.len() >= 4, "{names:?}");
    names
        .iter()
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(name)).unwrap();
            rio.evaluate(ProfileInput::text(name, &text), &EvaluateOptions::default())
                .unwrap()
        })
        .collect()
}

fn mirror(mark: ChangeMark) -> ChangeMark {
    match mark {
        ChangeMark::Improved => ChangeMark::Regressed,
        ChangeMark::Regressed => ChangeMark::Improved,
        ChangeMark::Changed => ChangeMark::Changed,
        ChangeMark::Added => ChangeMark::Removed,
        ChangeMark::Removed => ChangeMark::Added,
    }
}

#[test]
fn a_report_compared_with_itself_changes_nothing() {
    for report in reports() {
        let diff = diff_reports(&report, &report);
        assert!(diff.changes.is_empty(), "{}", report.profile.name);
        assert_eq!(diff.summary.unchanged, report.results.len());
        assert!(diff.warnings.is_empty());
    }
}

#[test]
fn the_other_way_round_mirrors_every_mark_and_fact() {
    let reports = reports();
    let mut seen = std::collections::BTreeSet::new();
    for a in &reports {
        for b in &reports {
            let forth = diff_reports(a, b);
            let back = diff_reports(b, a);
            let counted: usize = ChangeMark::ALL
                .iter()
                .map(|m| forth.summary.of(*m))
                .sum::<usize>()
                + forth.summary.unchanged;
            assert_eq!(counted, a.results.len().max(b.results.len()));
            assert_eq!(forth.changes.len(), back.changes.len());
            for change in &forth.changes {
                let other = back
                    .changes
                    .iter()
                    .find(|c| c.obligation.id == change.obligation.id)
                    .unwrap();
                let (from, to) = (&a.profile.name, &b.profile.name);
                assert_eq!(
                    other.mark,
                    mirror(change.mark),
                    "{} from {from} to {to}",
                    change.obligation.id
                );
                assert_eq!(other.parts, change.parts);
                assert_eq!((&other.old, &other.new), (&change.new, &change.old));
                assert_eq!(other.facts.len(), change.facts.len());
                for (f, g) in change.facts.iter().zip(&other.facts) {
                    assert_eq!((&f.pointer, &f.parts), (&g.pointer, &g.parts));
                    assert_eq!((&f.old, &f.new), (&g.new, &g.old));
                }
                seen.insert(change.mark);
            }
        }
    }
    // The example States differ enough for every mark but added and removed to be met.
    assert_eq!(
        seen.into_iter().collect::<Vec<_>>(),
        [
            ChangeMark::Improved,
            ChangeMark::Regressed,
            ChangeMark::Changed
        ]
    );
}
