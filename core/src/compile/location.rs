//! Lines and columns of byte offsets in a rule file, for the locations every compiled
//! obligation and test records (a library has about a thousand of them in thousands of
//! lines). Lines are counted from the previous location asked for, which is usually just
//! before: `memchr` counts the line breaks in between, so the whole file is scanned about once.

use std::cell::Cell;

/// The last offset a location was found for, and its line.
pub(crate) struct LineCursor {
    cursor: Cell<(usize, usize)>,
}

impl Default for LineCursor {
    fn default() -> Self {
        LineCursor {
            cursor: Cell::new((0, 1)),
        }
    }
}

impl LineCursor {
    /// The 1-based line and column (in characters) of `offset` in `text`, the same as a
    /// diagnostic there (`lexpact_grammar::span::line_col`): an offset past the end is the
    /// end, one inside a character is that character's start. `text` is always the same.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let bytes = text.as_bytes();
        let breaks = |from: usize, to: usize| {
            memchr::memchr_iter(b'\n', bytes.get(from..to).unwrap_or_default()).count()
        };
        let (at, line_at) = self.cursor.get();
        let line = if offset >= at {
            line_at + breaks(at, offset)
        } else {
            line_at.saturating_sub(breaks(offset, at))
        };
        self.cursor.set((offset, line));
        let before = bytes.get(..offset).unwrap_or_default();
        let start = memchr::memrchr(b'\n', before).map_or(0, |i| i + 1);
        let column = text.get(start..offset).unwrap_or_default().chars().count() + 1;
        (line, column)
    }
}

#[cfg(test)]
mod tests {
    use super::LineCursor;
    use lexpact_grammar::span::line_col;

    #[test]
    fn agrees_with_diagnostics_at_every_offset() {
        let texts = [
            "",
            "\n",
            "a",
            "ab\ncd\n\nef",
            "é\r\nà b\n\n日本語\nx",
            "line one\nline two without end",
        ];
        for text in texts {
            // Forwards, backwards, and jumping about: the answer never depends on the order.
            let cursor = LineCursor::default();
            let forwards = 0..=text.len() + 2;
            let backwards = forwards.clone().rev();
            let jumps = forwards.clone().map(|i| (i * 7 + 3) % (text.len() + 3));
            for offset in forwards.chain(backwards).chain(jumps) {
                assert_eq!(
                    cursor.line_col(text, offset),
                    line_col(text, offset),
                    "{text:?} at {offset}"
                );
            }
        }
    }
}
