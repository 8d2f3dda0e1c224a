//! The bundled libraries compile, check, and pass their own tests, with at least two tests
//! (one `met`, one not) for every obligation.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::BTreeMap;

use lexpact_core::ir::Check;
use lexpact_core::library::{self, LIBRARIES};
use lexpact_core::{EvaluateOptions, NoFiles, ProfileInput, RuleSet, Verdict};

#[test]
fn every_bundled_library_passes_its_tests() {
    assert!(LIBRARIES.len() >= 2);
    for lib in LIBRARIES {
        let rules = RuleSet::library(lib.name).unwrap_or_else(|e| panic!("{}: {e:#?}", lib.name));
        assert!(
            rules.warnings().is_empty(),
            "{}: {:?}",
            lib.name,
            rules.warnings()
        );
        let run = rules.run_tests();
        let failures: Vec<_> = run.results.iter().filter(|r| !r.passed).collect();
        assert!(failures.is_empty(), "{}: {failures:#?}", lib.name);
        assert!(run.passed > 0);
    }
}

#[test]
fn every_obligation_has_a_met_test_and_another() {
    for lib in LIBRARIES {
        // With its `*_test.lex` files, which loading the library leaves out.
        let rules = RuleSet::compile(&library::library_sources(lib), &NoFiles).unwrap();
        let mut seen: BTreeMap<&str, (usize, usize)> = rules
            .obligations()
            .iter()
            .map(|o| (o.id(), (0, 0)))
            .collect();
        for test in &rules.program().tests {
            for e in &test.expectations {
                // Only verdicts count here; marks and tallies are checked by their own tests.
                let Check::Verdict {
                    obligation,
                    verdict,
                    ..
                } = &e.check
                else {
                    continue;
                };
                let entry = seen.get_mut(obligation.as_str()).unwrap();
                if *verdict == Verdict::Met {
                    entry.0 += 1;
                } else {
                    entry.1 += 1;
                }
            }
        }
        for (id, (met, other)) in seen {
            assert!(
                met >= 1 && other >= 1,
                "{}: `{id}` has {met} met and {other} other expectations",
                lib.name
            );
        }
    }
}

#[test]
fn loading_a_library_leaves_its_tests_until_they_run() {
    for lib in LIBRARIES {
        let rules = RuleSet::library(lib.name).unwrap();
        assert!(rules.program().tests.is_empty(), "{}", lib.name);
        let all = RuleSet::compile(&library::library_sources(lib), &NoFiles).unwrap();
        assert_eq!(rules.obligations(), all.obligations(), "{}", lib.name);
        let run = rules.run_tests();
        assert_eq!(
            run.passed + run.failed,
            all.program().tests.len(),
            "{}",
            lib.name
        );
        assert_eq!(run.failed, 0, "{}", lib.name);
    }
}

#[test]
fn rio_is_pinned_to_the_draft_text_and_cites_every_obligation() {
    let rules = RuleSet::library("rio").unwrap();
    assert_eq!(rules.program().name, "rio");
    assert!(
        rules.program().version.contains("28 November 2008"),
        "{}",
        rules.program().version
    );
    assert!(rules.obligations().len() >= 55);
    for ob in rules.obligations() {
        assert!(
            !ob.identity.cite.is_empty()
                && !ob.identity.text.is_empty()
                && !ob.identity.group.is_empty(),
            "{}",
            ob.id()
        );
    }
    let deadlines = rules
        .obligations()
        .iter()
        .filter(|o| o.deadline.is_some())
        .count();
    assert_eq!(deadlines, 4, "the four \"by 2013\" bullets");
}

#[test]
fn an_empty_profile_leaves_every_fact_reading_obligation_unknown_with_missing_facts() {
    let rules = RuleSet::library("rio").unwrap();
    let report = rules
        .evaluate(
            ProfileInput::document(
                "empty",
                &serde_json::json!({ "profile": "lexpact/legal-profile/v1" }),
            ),
            &EvaluateOptions::default().with_as_of(lexpact_core::parse_date("2024-01-01")),
        )
        .unwrap();
    for r in &report.results {
        if r.verdict == Verdict::Unknown {
            assert!(!r.missing.is_empty(), "{}", r.obligation.id);
        } else {
            // Only obligations that depend on no fact may be decided on an empty profile.
            assert!(
                r.facts.iter().all(|f| f.status != "known"),
                "{}: {:?}",
                r.obligation.id,
                r.verdict
            );
        }
    }
    assert!(report.summary.unknown > report.summary.total / 2);
}

#[test]
fn rio_binds_the_units_of_a_federation_by_its_criminal_law_services_and_registers_only() {
    let rules = RuleSet::library("rio").unwrap();
    let per_unit = |id: &str| {
        rules
            .obligations()
            .iter()
            .find(|o| o.id() == id)
            .unwrap_or_else(|| panic!("no obligation `{id}`"))
            .per_jurisdiction
    };
    for id in [
        "criminalize_all_sec",
        "victim_privacy_identity",
        "sex_offender_register",
        "birth_registration_immediate",
        "helplines",
        "victim_recovery_services",
        "csam_receipt_possession",
        "criminalize_purchase_from_child",
        "guardian_for_unaccompanied_trafficked_child",
    ] {
        assert!(per_unit(id), "`{id}` should bind each unit");
    }
    for id in [
        "ratify_crc",
        "extraterritorial_jurisdiction",
        "extradition_and_mla",
        "national_plan_of_action",
        "coordination_mechanism_2013",
        "childrens_rights_institution_2013",
        "international_cooperation",
        "data_and_databases",
        "annual_national_reporting_rio",
    ] {
        assert!(!per_unit(id), "`{id}` binds the State as a whole");
    }
}
