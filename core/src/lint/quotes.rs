//! An obligation's source: `missing-text` (L0105), no `text` or a blank one, since a verdict
//! no one can compare with the words it rests on cannot be checked (`cite` is required by the
//! checker); and `text-not-in-source` (L0106): a quoted `text` must be in the paragraph its
//! `cite` names in the pinned text.
//!
//! Which pinned text: that of the bundled library the `ruleset` declaration names (`ruleset
//! "rio"`, also when a national team's files are linted with the library); a rule set with
//! another name, or a library with no pinned text, skips L0106. A `text` may leave words out
//! with `…` (or `...`): every fragment between must be found in the paragraph, in order.
//! Fragments and paragraph are compared as `walk::plain` words, and a fragment's leading and
//! trailing punctuation is dropped (a quote may end where the text has a comma).

use lexpact_grammar::ast::ClauseKind;

use super::catalogue::{MISSING_TEXT, TEXT_NOT_IN_SOURCE};
use super::{Context, walk};

pub(crate) fn check(cx: &mut Context<'_>) {
    let paragraphs = pinned(&cx.rules.program().name);
    let mut found = Vec::new();
    for (index, parsed) in cx.files.iter().enumerate() {
        for obligation in parsed.obligations() {
            let cite = walk::clause(obligation, |k| match k {
                ClauseKind::Cite(s) => Some(s),
                _ => None,
            });
            let text = walk::text(obligation);
            let id = &obligation.id.name;
            if text.is_none_or(|t| t.value.trim().is_empty()) {
                found.push((
                    index,
                    obligation.id.span,
                    &MISSING_TEXT,
                    format!("the obligation `{id}` has no `text`"),
                    "add `text \"…\"`: the words of the text it encodes, quoted",
                ));
            }
            let (Some(paragraphs), Some((cite_clause, cite))) = (&paragraphs, cite) else {
                continue;
            };
            let Some((_, paragraph)) = paragraphs.iter().find(|(pid, _)| *pid == cite.value) else {
                found.push((
                    index,
                    cite_clause.span,
                    &TEXT_NOT_IN_SOURCE,
                    format!("the pinned text has no paragraph `{}`", cite.value),
                    "cite a paragraph by its id, e.g. `C.1(a)-4`",
                ));
                continue;
            };
            let Some(text) = text else { continue };
            if let Some(fragment) = missing_fragment(&text.value, paragraph) {
                found.push((
                    index,
                    text.span,
                    &TEXT_NOT_IN_SOURCE,
                    format!(
                        "the quote departs from paragraph {} of the pinned text at \"{fragment}\"",
                        cite.value
                    ),
                    "quote the paragraph word for word; mark words left out with `…`",
                ));
            }
        }
    }
    for (file, span, lint, message, help) in found {
        cx.report(lint, file, span, message, Some(help.to_string()));
    }
}

/// The paragraphs of the pinned text of the library named `name`, by id, in plain words.
#[cfg(feature = "pinned-text")]
fn pinned(name: &str) -> Option<Vec<(String, String)>> {
    crate::pinned::paragraphs(name).map(|all| {
        all.into_iter()
            .map(|p| (p.id, walk::plain(&p.text)))
            .collect()
    })
}

/// Without the pinned texts in the build, no text is checked.
#[cfg(not(feature = "pinned-text"))]
fn pinned(_name: &str) -> Option<Vec<(String, String)>> {
    None
}

/// The first fragment of `quote` not found in `paragraph` after the previous one, if any.
fn missing_fragment(quote: &str, paragraph: &str) -> Option<String> {
    let mut from = 0;
    for fragment in quote.replace("...", "…").split('…') {
        let words = walk::plain(fragment);
        let words = words.trim_matches(|c: char| !c.is_alphanumeric());
        if words.is_empty() {
            continue;
        }
        match paragraph.get(from..).and_then(|rest| rest.find(words)) {
            Some(at) => from += at + words.len(),
            None => return Some(departure(words, paragraph.get(from..).unwrap_or_default())),
        }
    }
    None
}

/// The words of `fragment` from the first one that stops it matching `rest`: a few words, so
/// that the message points at the difference rather than repeating the whole quote.
fn departure(fragment: &str, rest: &str) -> String {
    let words: Vec<&str> = fragment.split(' ').collect();
    let matched = (1..=words.len())
        .take_while(|&n| rest.contains(&words.get(..n).unwrap_or_default().join(" ")))
        .last()
        .unwrap_or(0);
    let shown: Vec<&str> = words.iter().skip(matched).take(8).copied().collect();
    let more = if matched + shown.len() < words.len() {
        " …"
    } else {
        ""
    };
    format!("{}{more}", shown.join(" "))
}
