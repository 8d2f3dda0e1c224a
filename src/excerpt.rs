//! The part of a source a diagnostic's snippet shows: the lines its label touches, each line
//! longer than `LONG_LINE` bytes cut to a window around the label with `…` on the cut sides.
//! A rule file may hold one line of megabytes; the snippet stays a few hundred characters, and
//! the `file:line:column` header still gives the true line and column.

use std::ops::Range;

use codespan_reporting::files::{Error, Files, Location};

/// Lines up to this many bytes are shown whole.
const LONG_LINE: usize = 200;
/// Characters of context kept on each side of the label in a cut line.
const CONTEXT: usize = 60;
/// Characters of the label itself kept in a cut line.
const LABEL: usize = 80;
const ELLIPSIS: &str = "…";

/// The lines of one diagnostic's label, as codespan-reporting reads a file.
pub struct Excerpt<'a> {
    name: &'a str,
    text: String,
    /// The true number of the first line shown.
    first_line: usize,
    /// Where the label starts in the whole source.
    location: Location,
    /// The label's range within `text`.
    pub label: Range<usize>,
}

impl<'a> Excerpt<'a> {
    /// The excerpt of `source` for a label over `span` (clamped to the source and to
    /// character boundaries).
    pub fn new(name: &'a str, source: &str, span: Range<usize>) -> Self {
        let start = floor_boundary(source, span.start);
        let end = floor_boundary(source, span.end).max(start);
        let first_start = source
            .get(..start)
            .and_then(|before| memchr::memrchr(b'\n', before.as_bytes()))
            .map_or(0, |at| at + 1);
        let before_label = source.get(..first_start).unwrap_or_default();
        let first_line = memchr::memchr_iter(b'\n', before_label.as_bytes()).count() + 1;
        let column = source
            .get(first_start..start)
            .map_or(0, |prefix| prefix.chars().count())
            + 1;
        let mut text = String::new();
        let mut label = 0..0;
        let mut line_start = first_start;
        loop {
            let line_end = source
                .get(line_start..)
                .and_then(|rest| memchr::memchr(b'\n', rest.as_bytes()))
                .map_or(source.len(), |at| line_start + at);
            // The part of this line the label covers.
            let focus = start.max(line_start)..end.min(line_end).max(start.max(line_start));
            let line = source.get(line_start..line_end).unwrap_or_default();
            let shown = window(line, focus.start - line_start..focus.end - line_start);
            if (line_start..=line_end).contains(&start) {
                label.start = text.len() + shown.focus.start;
            }
            if (line_start..=line_end).contains(&end) {
                label.end = text.len() + shown.focus.end;
            }
            text.push_str(&shown.text);
            if line_end >= end || line_end >= source.len() {
                break;
            }
            text.push('\n');
            line_start = line_end + 1;
        }
        Excerpt {
            name,
            text,
            first_line,
            location: Location {
                line_number: first_line,
                column_number: column,
            },
            label: label.start..label.end.max(label.start),
        }
    }
}

/// A line as shown, and where the label's part of it is in what is shown.
struct Shown {
    text: String,
    focus: Range<usize>,
}

/// `line` whole if short; otherwise a window of `CONTEXT` characters either side of `focus`
/// (itself cut to `LABEL` characters), with `…` where something was left out.
fn window(line: &str, focus: Range<usize>) -> Shown {
    if line.len() <= LONG_LINE {
        return Shown {
            text: line.to_string(),
            focus,
        };
    }
    let focus_end = advance(line, focus.start, LABEL).min(focus.end);
    let from = back(line, focus.start, CONTEXT);
    let to = advance(line, focus_end, CONTEXT);
    let mut text = String::new();
    if from > 0 {
        text.push_str(ELLIPSIS);
    }
    let offset = text.len();
    text.push_str(line.get(from..to).unwrap_or_default());
    if to < line.len() {
        text.push_str(ELLIPSIS);
    }
    Shown {
        text,
        focus: offset + focus.start - from..offset + focus_end - from,
    }
}

/// The byte index `chars` characters after `at` (or the end of `line`).
fn advance(line: &str, at: usize, chars: usize) -> usize {
    line.get(at..)
        .and_then(|rest| rest.char_indices().nth(chars).map(|(i, _)| at + i))
        .unwrap_or(line.len())
}

/// The byte index `chars` characters before `at` (or 0).
fn back(line: &str, at: usize, chars: usize) -> usize {
    line.get(..at)
        .and_then(|before| {
            before
                .char_indices()
                .rev()
                .nth(chars.saturating_sub(1))
                .map(|(i, _)| i)
        })
        .unwrap_or(0)
}

/// The largest character boundary of `text` at or before `at`.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

impl<'a> Files<'a> for Excerpt<'_> {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, Error> {
        Ok(self.name)
    }

    fn source(&'a self, (): ()) -> Result<&'a str, Error> {
        Ok(&self.text)
    }

    fn line_index(&'a self, (): (), byte_index: usize) -> Result<usize, Error> {
        let before = self.text.get(..byte_index).ok_or(Error::IndexTooLarge {
            given: byte_index,
            max: self.text.len(),
        })?;
        Ok(memchr::memchr_iter(b'\n', before.as_bytes()).count())
    }

    fn line_number(&'a self, (): (), line_index: usize) -> Result<usize, Error> {
        Ok(self.first_line + line_index)
    }

    fn line_range(&'a self, (): (), line_index: usize) -> Result<Range<usize>, Error> {
        let mut start = 0;
        for _ in 0..line_index {
            let rest = self.text.get(start..).unwrap_or_default();
            start += memchr::memchr(b'\n', rest.as_bytes()).ok_or(Error::LineTooLarge {
                given: line_index,
                max: line_index.saturating_sub(1),
            })? + 1;
        }
        let rest = self.text.get(start..).unwrap_or_default();
        // Codespan-reporting expects the line's range to include its line break.
        let end =
            memchr::memchr(b'\n', rest.as_bytes()).map_or(self.text.len(), |at| start + at + 1);
        Ok(start..end)
    }

    /// The true place of the label in the whole source, not in the excerpt.
    fn location(&'a self, (): (), byte_index: usize) -> Result<Location, Error> {
        if byte_index == self.label.start {
            return Ok(self.location);
        }
        let line_index = self.line_index((), byte_index)?;
        let line = self.line_range((), line_index)?;
        Ok(Location {
            line_number: self.line_number((), line_index)?,
            column_number: self
                .text
                .get(line.start..byte_index)
                .map_or(0, |prefix| prefix.chars().count())
                + 1,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use super::*;

    #[test]
    fn a_short_source_is_shown_as_it_is() {
        let source = "one\ntwo three\nfour";
        let excerpt = Excerpt::new("f", source, 8..13);
        assert_eq!(excerpt.text, "two three");
        assert_eq!(excerpt.first_line, 2);
        assert_eq!(&excerpt.text[excerpt.label.clone()], "three");
        assert_eq!(excerpt.location.column_number, 5);
    }

    #[test]
    fn a_long_line_is_cut_around_the_label() {
        let source = format!(
            "head\n{}é target {}\n",
            "a".repeat(10_000),
            "b".repeat(10_000)
        );
        let start = source.find("target").unwrap();
        let excerpt = Excerpt::new("f", &source, start..start + 6);
        assert!(excerpt.text.starts_with('…') && excerpt.text.ends_with('…'));
        assert!(excerpt.text.chars().count() < 2 * CONTEXT + 10);
        assert_eq!(&excerpt.text[excerpt.label.clone()], "target");
        assert_eq!(excerpt.first_line, 2);
        // Columns count characters: `é` is one.
        assert_eq!(excerpt.location.column_number, 10_003);
    }

    #[test]
    fn a_label_that_spans_lines_keeps_every_line() {
        let source = "a\nbb {\n  x\n}\nz";
        let excerpt = Excerpt::new("f", source, 5..12);
        assert_eq!(excerpt.text, "bb {\n  x\n}");
        assert_eq!(&excerpt.text[excerpt.label.clone()], "{\n  x\n}");
    }
}
