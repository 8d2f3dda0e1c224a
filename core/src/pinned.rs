//! The text a bundled library encodes, pinned with it: its paragraphs by the id a rule's
//! `cite` gives them (`C.1(a)-4`: the section, then the bullet's number within it). Editors
//! show a cited paragraph's words, and lints check a rule's quoted `text` against them.
//!
//! The Rio text is markdown with late amendments in bold; the words returned here are plain
//! (no `*` or `_`), with white space folded, so a quote is found whatever the emphasis.

/// One paragraph (a bullet) of a pinned text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// The id a `cite` gives it, e.g. `C.1(a)-4`.
    pub id: String,
    /// Its section, e.g. `C.1(a)`.
    pub section: String,
    /// Its words, without markdown emphasis, white space folded.
    pub text: String,
}

/// The pinned texts of the bundled libraries, by library name.
static TEXTS: &[(&str, &str)] = &[("rio", include_str!("../library/rio/pact-draft-2008.md"))];

/// The raw pinned text of the library named `library`, if it has one.
pub fn source_text(library: &str) -> Option<&'static str> {
    TEXTS
        .iter()
        .find(|(name, _)| *name == library)
        .map(|(_, text)| *text)
}

/// Every paragraph of the library's pinned text, in order; `None` when it has none.
pub fn paragraphs(library: &str) -> Option<Vec<Paragraph>> {
    source_text(library).map(rio_paragraphs)
}

/// The paragraph of the library's pinned text that `cite` names, if there is one.
pub fn paragraph(library: &str, cite: &str) -> Option<Paragraph> {
    paragraphs(library)?.into_iter().find(|p| p.id == cite)
}

/// The section a line opens in the Rio text, if it opens one. `current` is the section the line
/// is in: the lettered sub-sections of C.1 (`a. We …`) open only inside C.1.
fn section_opened(line: &str, current: Option<&str>) -> Option<Option<String>> {
    let opened = |name: &str| Some(Some(name.to_string()));
    if line == "PREAMBLE" {
        return opened("Preamble");
    }
    if line.starts_with("A. REVIEW") {
        return opened("A(a)");
    }
    if line.starts_with("While acknowledging the progress") {
        return opened("A(b)");
    }
    if line == "NOTE" {
        return Some(None);
    }
    if line.starts_with("B. DECLARATION") {
        return opened("B");
    }
    if line.starts_with("C.1. ") {
        return opened("C.1");
    }
    if current.is_some_and(|s| s.starts_with("C.1")) {
        let sub = line.trim_start_matches("- ");
        let mut chars = sub.chars();
        if let (Some(letter), Some('.'), Some(' ')) = (chars.next(), chars.next(), chars.next())
            && letter.is_ascii_lowercase()
            && chars.as_str().starts_with("We ")
        {
            return Some(Some(format!("C.1({letter})")));
        }
    }
    for n in ['2', '3', '4', '5'] {
        if line.starts_with(&format!("C.{n}. ")) {
            return Some(Some(format!("C.{n}")));
        }
    }
    if line.starts_with("D. FOLLOW") {
        return opened("D");
    }
    None
}

/// The bullets of the Rio text: the Preamble, the review of progress (A(a) the progress
/// welcomed, A(b) the challenges noted), the Declaration (B) and the Plan of Action
/// (C.1(a)…C.5, D), numbered from 1 within each section.
fn rio_paragraphs(text: &str) -> Vec<Paragraph> {
    let mut section: Option<String> = None;
    let mut number = 0;
    let mut found: Vec<Paragraph> = Vec::new();
    for line in text.lines().map(str::trim) {
        if let Some(opened) = section_opened(line, section.as_deref()) {
            section = opened;
            number = 0;
            continue;
        }
        // A bullet that goes on after a page break (B-9, C.1(a)-9, C.5-2) goes on in a line
        // of its own that starts mid-sentence, in lower case.
        if line.starts_with(|c: char| c.is_ascii_lowercase())
            && let Some(last) = found.last_mut()
            && section.as_deref() == Some(last.section.as_str())
        {
            last.text = format!("{} {}", last.text, plain_words(line));
            continue;
        }
        let (Some(current), Some(rest)) = (&section, line.strip_prefix("- ")) else {
            continue;
        };
        if current == "C.1" {
            continue;
        }
        number += 1;
        found.push(Paragraph {
            id: format!("{current}-{number}"),
            section: current.clone(),
            text: plain_words(rest),
        });
    }
    found
}

/// Words without markdown emphasis, white space folded to single spaces.
pub fn plain_words(text: &str) -> String {
    text.replace(['*', '_'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used)]

    use super::*;

    #[test]
    fn a_cited_paragraph_is_found_with_its_words() {
        let p = paragraph("rio", "C.1(a)-1").expect("C.1(a)-1 is in the text");
        assert_eq!(p.section, "C.1(a)");
        assert!(p.text.starts_with("Continue working towards"), "{}", p.text);
        assert!(!p.text.contains('*'));
        assert!(paragraph("rio", "C.9-1").is_none());
        assert!(paragraph("icmec", "C.1(a)-1").is_none());
    }

    #[test]
    fn a_bullet_goes_on_after_a_page_break() {
        let p = paragraph("rio", "C.1(a)-9").expect("C.1(a)-9 is in the text");
        assert!(
            p.text
                .ends_with("equipped with relevant training and skills;"),
            "{}",
            p.text
        );
        let next = paragraph("rio", "C.1(a)-10").expect("C.1(a)-10 is in the text");
        assert!(
            next.text.starts_with("Support and contribute"),
            "{}",
            next.text
        );
    }

    #[test]
    fn sections_number_their_bullets_from_one() {
        let all = paragraphs("rio").expect("rio has a pinned text");
        for section in ["Preamble", "A(a)", "A(b)", "B", "C.1(a)", "C.2", "C.5", "D"] {
            let first = format!("{section}-1");
            assert!(all.iter().any(|p| p.id == first), "{first}");
        }
    }
}
