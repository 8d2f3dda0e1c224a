//! Byte offsets to lines and columns and back. Editors count columns in UTF-16 code units (the
//! Language Server Protocol's default, and JavaScript strings) or in UTF-8 bytes; the service
//! counts bytes.

/// How a client counts the columns of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    /// UTF-16 code units (LSP default, JavaScript strings).
    #[default]
    Utf16,
    /// UTF-8 bytes.
    Utf8,
}

/// A 0-based line and a 0-based column counted in the index's encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    /// The line, from 0.
    pub line: u32,
    /// The column, from 0, in the encoding asked for.
    pub col: u32,
}

/// Where each line of one text starts.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    encoding: Encoding,
}

impl LineIndex {
    /// The lines of `text`, with columns counted in `encoding`.
    pub fn new(text: &str, encoding: Encoding) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { starts, encoding }
    }

    /// The line and column of byte `offset` in `text` (the text the index was made from); an
    /// offset past the end or inside a character is moved back to the nearest boundary.
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self
            .starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let start = self.starts.get(line).copied().unwrap_or(0);
        let col = text
            .get(start..offset)
            .map_or(0, |before| self.width(before));
        LineCol {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            col: u32::try_from(col).unwrap_or(u32::MAX),
        }
    }

    /// The byte offset of `position` in `text`; a column past the end of its line is the end of
    /// the line, a line past the end is `None`.
    pub fn offset(&self, text: &str, position: LineCol) -> Option<usize> {
        let start = *self.starts.get(usize::try_from(position.line).ok()?)?;
        let rest = text.get(start..)?;
        let line_end = rest.find('\n').map_or(text.len(), |i| start + i);
        let mut counted = 0usize;
        let wanted = usize::try_from(position.col).ok()?;
        for (i, c) in text.get(start..line_end)?.char_indices() {
            if counted >= wanted {
                return Some(start + i);
            }
            counted += match self.encoding {
                Encoding::Utf16 => c.len_utf16(),
                Encoding::Utf8 => c.len_utf8(),
            };
        }
        Some(line_end)
    }

    /// How many lines the text has.
    pub fn lines(&self) -> usize {
        self.starts.len()
    }

    fn width(&self, text: &str) -> usize {
        match self.encoding {
            Encoding::Utf16 => text.encode_utf16().count(),
            Encoding::Utf8 => text.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_utf16_units_or_bytes() {
        let text = "a\n« b\n";
        let utf16 = LineIndex::new(text, Encoding::Utf16);
        let b = text.find('b').unwrap_or(0);
        assert_eq!(utf16.line_col(text, b), LineCol { line: 1, col: 2 });
        assert_eq!(utf16.offset(text, LineCol { line: 1, col: 2 }), Some(b));
        let utf8 = LineIndex::new(text, Encoding::Utf8);
        assert_eq!(utf8.line_col(text, b), LineCol { line: 1, col: 3 });
        assert_eq!(utf8.offset(text, LineCol { line: 1, col: 3 }), Some(b));
        assert_eq!(utf16.offset(text, LineCol { line: 0, col: 99 }), Some(1));
        assert_eq!(utf16.offset(text, LineCol { line: 9, col: 0 }), None);
    }
}
