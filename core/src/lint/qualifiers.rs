//! The lints between an obligation's `exception` clauses and the qualifiers of its quoted
//! `text` (compared as `walk::plain` words, on word boundaries):
//! - `exception-not-in-text` (L0102): an exception whose words the text does not contain:
//!   the rule lets a State off where the text does not;
//! - `qualifier-without-exception` (L0103): a conditional qualifier in the text
//!   (`CONDITIONAL`) and no exception: the rule binds where the text lets a State judge;
//! - `manner-qualifier-exception` (L0104): an exception containing a manner phrase
//!   (`MANNER`), or whose qualifier is followed in the text, at every place it stands (a
//!   comma between allowed), by a manner phrase: the qualifier then bears on how the duty is
//!   done, or with whom, not on whether it is owed.
//!
//! A conditional qualifier followed by a manner phrase is not counted by L0103 either.

use lexpact_grammar::ast::ClauseKind;

use super::catalogue::{EXCEPTION_NOT_IN_TEXT, MANNER_EXCEPTION, QUALIFIER_WITHOUT_EXCEPTION};
use super::{Context, walk};

/// Qualifiers that condition the duty itself.
pub(crate) const CONDITIONAL: &[&str] = &[
    "where appropriate",
    "as appropriate",
    "when appropriate",
    "if appropriate",
    "where possible",
    "as far as possible",
    "to the extent possible",
    "where necessary",
    "as necessary",
    "where feasible",
    "when in a position to do so",
];

/// Phrases that say how, or with whom, a duty is done.
pub(crate) const MANNER: &[&str] = &[
    "taking into account",
    "taking into consideration",
    "in accordance with",
    "consistent with",
    "in line with",
    "in conformity with",
    "with the support of",
    "in partnership with",
    "in cooperation with",
    "in collaboration with",
    "in consultation with",
];

pub(crate) fn check(cx: &mut Context<'_>) {
    let mut found = Vec::new();
    for (index, parsed) in cx.files.iter().enumerate() {
        for obligation in parsed.obligations() {
            let Some(text) = walk::text(obligation) else {
                continue;
            };
            let words = walk::plain(&text.value);
            let mut exceptions = 0;
            for clause in &obligation.clauses {
                let ClauseKind::Exception(qualifier) = &clause.kind else {
                    continue;
                };
                exceptions += 1;
                let q = walk::plain(&qualifier.value);
                let places = occurrences(&words, &q);
                if let Some(manner) = MANNER.iter().find(|m| !occurrences(&q, m).is_empty()) {
                    found.push((
                        index,
                        clause.span,
                        &MANNER_EXCEPTION,
                        format!("the exception \"{}\" is a manner qualifier (\"{manner}\"): it says how the duty is done, not whether it is owed", qualifier.value),
                        "encode the manner in `require`, or leave it out of it; offer no exception".to_string(),
                    ));
                } else if places.is_empty() {
                    found.push((
                        index,
                        clause.span,
                        &EXCEPTION_NOT_IN_TEXT,
                        format!(
                            "the `text` of `{}` does not contain the exception's words \"{}\"",
                            obligation.id.name, qualifier.value
                        ),
                        "quote the qualifier exactly as the text words it, or drop the exception"
                            .to_string(),
                    ));
                } else if places.iter().all(|&end| bears_on_manner(&words, end)) {
                    found.push((
                        index,
                        clause.span,
                        &MANNER_EXCEPTION,
                        format!("in the `text`, \"{}\" bears on a manner or partner that follows it, not on the duty", qualifier.value),
                        "leave the qualified manner out of `require` and offer no exception".to_string(),
                    ));
                }
            }
            if exceptions > 0 {
                continue;
            }
            let unqualified = CONDITIONAL.iter().find(|q| {
                occurrences(&words, q)
                    .iter()
                    .any(|&end| !bears_on_manner(&words, end))
            });
            if let Some(qualifier) = unqualified {
                found.push((
                    index,
                    text.span,
                    &QUALIFIER_WITHOUT_EXCEPTION,
                    format!(
                        "the `text` of `{}` says \"{qualifier}\" but the obligation has no `exception`",
                        obligation.id.name
                    ),
                    format!("add `exception \"{qualifier}\"`, or expect this lint with the reason the qualifier does not condition the duty"),
                ));
            }
        }
    }
    for (file, span, lint, message, help) in found {
        cx.report(lint, file, span, message, Some(help));
    }
}

/// The byte offsets just past each occurrence of `phrase` in `words` on word boundaries.
pub(crate) fn occurrences(words: &str, phrase: &str) -> Vec<usize> {
    if phrase.is_empty() {
        return Vec::new();
    }
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    words
        .match_indices(phrase)
        .filter(|(start, _)| {
            let before = words.get(..*start).and_then(|s| s.chars().next_back());
            let after = words
                .get(start + phrase.len()..)
                .and_then(|s| s.chars().next());
            !is_word(before) && !is_word(after)
        })
        .map(|(start, _)| start + phrase.len())
        .collect()
}

/// Whether the words from `end` on (a comma allowed first) start with a manner phrase.
fn bears_on_manner(words: &str, end: usize) -> bool {
    let rest = words.get(end..).unwrap_or_default();
    let rest = rest.trim_start_matches([',', ' ']);
    MANNER.iter().any(|m| rest.starts_with(m))
}
