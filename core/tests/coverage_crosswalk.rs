//! The Rio library's crosswalk to monitoring indicators and its list of late amendments agree
//! with the rules and with the pinned text of the draft.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::{BTreeMap, BTreeSet};

use lexpact_core::RuleSet;

const CROSSWALK: &str = include_str!("../library/rio/crosswalk.tsv");
const CROSSWALK_MD: &str = include_str!("../library/rio/crosswalk.md");
const AMENDMENTS: &str = include_str!("../library/rio/amendments.tsv");
const AMENDMENTS_MD: &str = include_str!("../library/rio/amendments.md");
const DRAFT: &str = include_str!("../library/rio/pact-draft-2008.md");

/// Rows of a tab-separated table after its header, which must be `header`; every row has as
/// many fields as the header.
fn rows<'a>(table: &'a str, header: &str) -> Vec<Vec<&'a str>> {
    let mut lines = table.lines();
    assert_eq!(lines.next(), Some(header));
    let width = header.split('\t').count();
    lines
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), width, "{line}");
            fields
        })
        .collect()
}

/// The rio obligations: id → (cite, text).
fn obligations() -> BTreeMap<String, (String, String)> {
    let rules = RuleSet::library("rio").unwrap();
    rules
        .obligations()
        .iter()
        .map(|o| {
            (
                o.id().to_string(),
                (o.identity.cite.clone(), o.identity.text.clone()),
            )
        })
        .collect()
}

#[test]
fn the_crosswalk_has_one_row_per_obligation_with_well_formed_ids() {
    let defined = obligations();
    let table = rows(CROSSWALK, "obligation\tindicators\tjudgement\tnote");
    let listed: Vec<&str> = table.iter().map(|r| r[0]).collect();
    let unique: BTreeSet<&str> = listed.iter().copied().collect();
    assert_eq!(unique.len(), listed.len(), "an obligation is listed twice");
    let wanted: BTreeSet<&str> = defined.keys().map(String::as_str).collect();
    assert_eq!(unique, wanted);
    for row in &table {
        let (id, indicators, judgement, note) = (row[0], row[1], row[2], row[3]);
        assert!(["yes", "no"].contains(&judgement), "{id}: {judgement}");
        assert!(!note.trim().is_empty(), "{id} has no note");
        if indicators.is_empty() {
            assert_eq!(judgement, "no", "{id} judges a mapping it does not make");
        }
        let mut seen = BTreeSet::new();
        for indicator in indicators.split(' ').filter(|s| !s.is_empty()) {
            assert!(seen.insert(indicator), "{id}: {indicator} twice");
            let (scheme, number) = indicator.split_once(':').unwrap();
            match scheme {
                // The five criteria of ICMEC's global legislative review.
                "icmec" => assert!(["1", "2", "3", "4", "5"].contains(&number), "{id}"),
                // CETS 201 has 50 articles.
                "lanzarote" => {
                    let article: u32 = number.parse().unwrap();
                    assert!((1..=50).contains(&article), "{id}: {indicator}");
                }
                "ecpat" => assert!(
                    !number.is_empty()
                        && number
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                    "{id}: {indicator}"
                ),
                "ots" => assert!(
                    number.split('.').all(|p| p.parse::<u32>().is_ok()),
                    "{id}: {indicator}"
                ),
                other => panic!("{id}: unknown scheme {other}"),
            }
        }
    }
}

#[test]
fn the_crosswalk_page_names_every_judgement() {
    assert!(CROSSWALK_MD.starts_with("## Crosswalks to monitoring indicators\n"));
    let table = rows(CROSSWALK, "obligation\tindicators\tjudgement\tnote");
    for row in table.iter().filter(|r| r[2] == "yes") {
        assert!(
            CROSSWALK_MD.contains(&format!("- `{}`:", row[0])),
            "{} is a judgement the page does not list",
            row[0]
        );
    }
}

/// Bold passages of the pinned draft, in order, without a closing semicolon.
fn bold_passages() -> Vec<&'static str> {
    DRAFT
        .split("**")
        .skip(1)
        .step_by(2)
        .map(|s| s.trim_end_matches(';'))
        .collect()
}

/// A bold lead-in is the speaker's verb opening a pledge or a clause ("We reiterate", "we
/// welcome"): formatting, not an amendment.
fn is_lead_in(passage: &str) -> bool {
    passage.starts_with("We ") || passage.starts_with("we ")
}

#[test]
fn every_bold_passage_inside_a_sentence_is_listed_with_the_obligations_resting_on_it() {
    let defined = obligations();
    let table = rows(AMENDMENTS, "cite\tobligations\tpassage\tnote");
    let marked: BTreeSet<&str> = bold_passages()
        .into_iter()
        .filter(|p| !is_lead_in(p))
        .collect();
    let listed: BTreeSet<&str> = table.iter().map(|r| r[2]).collect();
    assert_eq!(listed.len(), table.len(), "a passage is listed twice");
    assert_eq!(listed, marked);
    assert!(marked.contains("Pact"), "the title's amendment is missing");
    for row in &table {
        let (cite, ids, passage) = (row[0], row[1], row[2]);
        let resting: BTreeSet<&str> = defined
            .iter()
            .filter(|(_, (c, _))| c == cite)
            .map(|(id, _)| id.as_str())
            .collect();
        let named: BTreeSet<&str> = ids.split(' ').filter(|s| !s.is_empty()).collect();
        assert_eq!(named, resting, "{cite}: obligations resting on the passage");
        for id in named {
            let text = &defined[id].1;
            assert!(
                text.contains(passage) || row[3].contains("omits"),
                "{id}: the text omits `{passage}` and the note does not say so"
            );
            assert!(
                AMENDMENTS_MD.contains(&format!("`{id}`")),
                "{id} is missing from the page"
            );
        }
    }
    for wanted in ["C.3-1", "C.4-3", "C.4-8"] {
        assert!(
            table.iter().any(|r| r[0] == wanted && !r[1].is_empty()),
            "{wanted}"
        );
    }
}

#[test]
fn the_pinned_text_keeps_the_drafts_heading_and_note() {
    let lines: Vec<&str> = DRAFT.lines().map(str::trim).collect();
    let heading = lines.iter().position(|l| *l == "MIDNIGHT PLUS TWO");
    let title = lines
        .iter()
        .position(|l| l.starts_with("The Rio de Janeiro **Pact**"));
    assert!(heading.is_some() && heading < title, "heading before title");
    let note = lines.iter().position(|l| *l == "NOTE").unwrap();
    assert!(
        lines[note + 1..]
            .iter()
            .find(|l| !l.is_empty())
            .unwrap()
            .contains("will be open for 30 days from 28 November 2008")
    );
}

/// The table is where each mapping is reasoned; the rules carry the same ids as `indicator`
/// clauses and the same passages as `amended` clauses, so that reports show them.
#[test]
fn the_rules_carry_the_crosswalk_and_the_amendments_of_the_tables() {
    let rules = RuleSet::library("rio").unwrap();
    let table: BTreeMap<&str, Vec<&str>> =
        rows(CROSSWALK, "obligation\tindicators\tjudgement\tnote")
            .iter()
            .map(|r| (r[0], r[1].split_whitespace().collect()))
            .collect();
    let mut amended: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for row in rows(AMENDMENTS, "cite\tobligations\tpassage\tnote") {
        for id in row[1].split_whitespace() {
            amended.entry(id).or_default().push(row[2]);
        }
    }
    for ob in rules.obligations() {
        let identity = &ob.identity;
        let listed = table.get(identity.id.as_str()).cloned().unwrap_or_default();
        assert_eq!(identity.indicators, listed, "{}", identity.id);
        let passages = amended
            .get(identity.id.as_str())
            .cloned()
            .unwrap_or_default();
        assert_eq!(identity.amendments, passages, "{}", identity.id);
    }
}
