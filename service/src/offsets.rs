//! Byte offsets to UTF-16 offsets of a whole text and back, for clients that index their
//! strings in UTF-16 code units (JavaScript), and the rewriting of every offset an answer
//! carries from the one to the other.

use std::collections::BTreeMap;

use crate::types::{
    CodeAction, CodeLens, Completion, EditorDiagnostic, FileDiagnostics, FileSpan, Fold, Hover,
    InlayHint, SemanticToken, Symbol, TextEdit,
};
use crate::workspace::Workspace;

/// One character that is not ASCII: where it starts in both counts and how wide it is in each.
#[derive(Debug, Clone, Copy)]
struct Wide {
    byte: usize,
    unit: usize,
    bytes: usize,
    units: usize,
}

/// The offsets of one text in UTF-8 bytes and in UTF-16 code units. Only the characters that
/// are not ASCII are kept (between two of them both counts move together), so an ASCII text
/// costs nothing and converts by identity.
#[derive(Debug, Clone, Default)]
pub struct Utf16Offsets {
    wide: Vec<Wide>,
    bytes: usize,
    units: usize,
}

impl Utf16Offsets {
    /// The offsets of `text`.
    pub fn new(text: &str) -> Self {
        let mut wide = Vec::new();
        let mut shift = 0usize;
        for (byte, c) in text.char_indices().filter(|(_, c)| !c.is_ascii()) {
            let unit = byte - shift;
            let (bytes, units) = (c.len_utf8(), c.len_utf16());
            wide.push(Wide {
                byte,
                unit,
                bytes,
                units,
            });
            shift += bytes - units;
        }
        Utf16Offsets {
            wide,
            bytes: text.len(),
            units: text.len() - shift,
        }
    }

    /// The UTF-16 offset of byte `offset`; an offset inside a character is its start, one past
    /// the end is the end.
    pub fn to_utf16(&self, offset: usize) -> usize {
        let offset = offset.min(self.bytes);
        let before = self.wide.partition_point(|w| w.byte <= offset);
        match before.checked_sub(1).and_then(|i| self.wide.get(i)) {
            None => offset,
            Some(w) if offset < w.byte + w.bytes => w.unit,
            Some(w) => w.unit + w.units + (offset - w.byte - w.bytes),
        }
    }

    /// The byte offset of UTF-16 offset `offset`; an offset inside a surrogate pair is the
    /// pair's start, one past the end is the end.
    pub fn to_byte(&self, offset: usize) -> usize {
        let offset = offset.min(self.units);
        let before = self.wide.partition_point(|w| w.unit <= offset);
        match before.checked_sub(1).and_then(|i| self.wide.get(i)) {
            None => offset,
            Some(w) if offset < w.unit + w.units => w.byte,
            Some(w) => w.byte + w.bytes + (offset - w.unit - w.units),
        }
    }

    /// The length of the text in UTF-16 code units.
    pub fn len_utf16(&self) -> usize {
        self.units
    }
}

/// The `Utf16Offsets` of every file of a workspace, as it was when they were made.
#[derive(Debug, Clone, Default)]
pub struct WorkspaceOffsets {
    files: BTreeMap<String, Utf16Offsets>,
}

impl WorkspaceOffsets {
    /// The offsets of every file of `workspace`.
    pub fn new(workspace: &Workspace) -> Self {
        WorkspaceOffsets {
            files: workspace
                .files()
                .map(|(name, text)| (name.to_string(), Utf16Offsets::new(text)))
                .collect(),
        }
    }

    /// The offsets of one file, if the workspace has it.
    pub fn file(&self, name: &str) -> Option<&Utf16Offsets> {
        self.files.get(name)
    }

    /// Byte `offset` of `file` in UTF-16 code units (unchanged for a file the workspace lacks).
    pub fn to_utf16(&self, file: &str, offset: usize) -> usize {
        self.file(file).map_or(offset, |f| f.to_utf16(offset))
    }

    /// UTF-16 `offset` of `file` in bytes (unchanged for a file the workspace lacks).
    pub fn to_byte(&self, file: &str, offset: usize) -> usize {
        self.file(file).map_or(offset, |f| f.to_byte(offset))
    }

    /// Rewrites every byte offset of an answer about `file` (or about the files its parts
    /// name) into UTF-16 code units.
    pub fn answer_in_utf16<T: Reposition + ?Sized>(&self, file: &str, answer: &mut T) {
        answer.reposition(file, &mut |file, offset| self.to_utf16(file, offset));
    }
}

/// An answer of the service whose offsets can be rewritten, e.g. from bytes into UTF-16 code
/// units. `file` is the file the answer is about; parts that name their own file use theirs.
pub trait Reposition {
    /// Replaces every offset `o` of a file `f` with `map(f, o)`.
    fn reposition(&mut self, file: &str, map: &mut dyn FnMut(&str, usize) -> usize);
}

impl<T: Reposition> Reposition for [T] {
    fn reposition(&mut self, file: &str, map: &mut dyn FnMut(&str, usize) -> usize) {
        for item in self {
            item.reposition(file, map);
        }
    }
}

impl<T: Reposition> Reposition for Vec<T> {
    fn reposition(&mut self, file: &str, map: &mut dyn FnMut(&str, usize) -> usize) {
        self.as_mut_slice().reposition(file, map);
    }
}

impl<T: Reposition> Reposition for Option<T> {
    fn reposition(&mut self, file: &str, map: &mut dyn FnMut(&str, usize) -> usize) {
        if let Some(value) = self {
            value.reposition(file, map);
        }
    }
}

/// Both ends of a range in one file.
fn range(
    file: &str,
    start: &mut usize,
    end: &mut usize,
    map: &mut dyn FnMut(&str, usize) -> usize,
) {
    *start = map(file, *start);
    *end = map(file, *end);
}

impl Reposition for FileSpan {
    fn reposition(&mut self, _: &str, map: &mut dyn FnMut(&str, usize) -> usize) {
        range(&self.file, &mut self.start, &mut self.end, map);
    }
}

impl Reposition for TextEdit {
    fn reposition(&mut self, _: &str, map: &mut dyn FnMut(&str, usize) -> usize) {
        range(&self.file, &mut self.start, &mut self.end, map);
    }
}

impl Reposition for CodeAction {
    fn reposition(&mut self, file: &str, map: &mut dyn FnMut(&str, usize) -> usize) {
        self.edits.reposition(file, map);
    }
}

impl Reposition for Hover {
    fn reposition(&mut self, file: &str, map: &mut dyn FnMut(&str, usize) -> usize) {
        range(file, &mut self.start, &mut self.end, map);
    }
}

impl Reposition for Completion {
    fn reposition(&mut self, file: &str, map: &mut dyn FnMut(&str, usize) -> usize) {
        range(file, &mut self.replace_start, &mut self.replace_end, map);
    }
}

impl Reposition for Symbol {
    fn reposition(&mut self, _: &str, map: &mut dyn FnMut(&str, usize) -> usize) {
        range(&self.file, &mut self.start, &mut self.end, map);
        range(&self.file, &mut self.name_start, &mut self.name_end, map);
        let file = self.file.clone();
        self.children.reposition(&file, map);
    }
}

impl Reposition for Fold {
    fn reposition(&mut self, file: &str, map: &mut dyn FnMut(&str, usize) -> usize) {
        range(file, &mut self.start, &mut self.end, map);
    }
}

impl Reposition for SemanticToken {
    fn reposition(&mut self, file: &str, map: &mut dyn FnMut(&str, usize) -> usize) {
        range(file, &mut self.start, &mut self.end, map);
    }
}

impl Reposition for CodeLens {
    fn reposition(&mut self, file: &str, map: &mut dyn FnMut(&str, usize) -> usize) {
        range(file, &mut self.start, &mut self.end, map);
    }
}

impl Reposition for InlayHint {
    fn reposition(&mut self, file: &str, map: &mut dyn FnMut(&str, usize) -> usize) {
        self.offset = map(file, self.offset);
    }
}

impl Reposition for EditorDiagnostic {
    fn reposition(&mut self, _: &str, map: &mut dyn FnMut(&str, usize) -> usize) {
        let d = &mut self.diagnostic;
        range(&d.file, &mut d.span.start, &mut d.span.end, map);
    }
}

impl Reposition for FileDiagnostics {
    fn reposition(&mut self, _: &str, map: &mut dyn FnMut(&str, usize) -> usize) {
        let file = self.file.clone();
        self.diagnostics.reposition(&file, map);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_converts_by_identity() {
        let offsets = Utf16Offsets::new("abc");
        assert_eq!(offsets.to_utf16(2), 2);
        assert_eq!(offsets.to_byte(2), 2);
        assert_eq!(offsets.to_utf16(9), 3);
        assert_eq!(offsets.to_byte(9), 3);
    }

    #[test]
    fn wide_characters_shift_what_follows() {
        // `é` is 2 bytes and 1 unit, `😀` 4 bytes and 2 units (a surrogate pair).
        let text = "aé b😀c";
        let offsets = Utf16Offsets::new(text);
        for (c, unit) in [('a', 0), ('é', 1), (' ', 2), ('b', 3), ('😀', 4), ('c', 6)] {
            let byte = text.find(c).unwrap_or(usize::MAX);
            assert_eq!(offsets.to_utf16(byte), unit, "{c}");
            assert_eq!(offsets.to_byte(unit), byte, "{c}");
        }
        assert_eq!(offsets.len_utf16(), 7);
        assert_eq!(offsets.to_utf16(text.len()), 7);
        assert_eq!(offsets.to_byte(7), text.len());
        // Inside a character: its start.
        assert_eq!(offsets.to_utf16(2), 1);
        assert_eq!(offsets.to_byte(5), text.find('😀').unwrap_or(0));
    }

    #[test]
    fn answers_are_rewritten_in_their_own_files() {
        let mut workspace = Workspace::default();
        // `y` is byte 6 and unit 4.
        workspace.set_file("a.lex", "«x» y");
        workspace.set_file("b.lex", "y");
        let offsets = WorkspaceOffsets::new(&workspace);
        let mut spans = vec![
            FileSpan {
                file: "a.lex".to_string(),
                start: 6,
                end: 7,
            },
            FileSpan {
                file: "b.lex".to_string(),
                start: 0,
                end: 1,
            },
        ];
        offsets.answer_in_utf16("a.lex", &mut spans);
        let ranges: Vec<(usize, usize)> = spans.iter().map(|s| (s.start, s.end)).collect();
        assert_eq!(ranges, [(4, 5), (0, 1)]);
        let mut hover = Some(Hover {
            start: 6,
            end: 7,
            markdown: String::new(),
        });
        offsets.answer_in_utf16("a.lex", &mut hover);
        assert_eq!(hover.map(|h| (h.start, h.end)), Some((4, 5)));
        assert_eq!(offsets.to_byte("a.lex", 4), 6);
        assert_eq!(offsets.to_byte("missing.lex", 4), 4);
    }
}
