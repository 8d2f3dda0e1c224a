//! How deep YAML text nests, bounded before the YAML reader runs. The reader builds every
//! event of a document before refusing its depth, so 200 000 levels of `- - - … x` would cost
//! megabytes first; this scan stops at the first collection deeper than `max_depth`.
//!
//! It follows the indentation rules of the YAML reader: a block collection opens where a
//! `- `, a `? `, a `: ` or a key starts to the right of the collection it is in, lines less
//! indented close it, and a sequence written at the indentation of its mapping's keys (the
//! "indentless" sequence) is one more level. Flow collections (`[`, `{`) count bracket by
//! bracket. What cannot hold structure is skipped: comments, quoted scalars (on any number of
//! lines), the lines of a block scalar (`|`, `>`), the continuation lines of a plain scalar,
//! directives and document markers (which close everything).
//!
//! The count is an upper bound of the parsed document's nesting, exact for documents the
//! reader accepts, except in these cases, where it may count more:
//! - an empty flow collection (`[]`, `{}`) one level below the limit counts as a level;
//! - text the reader refuses (where the scan may read structure the reader never reaches).
//!
//! Aliases (`*name`) are refused where they stand: the reader would expand them before any
//! limit applies (nine aliases of nine aliases, eight times over, are 9^9 strings), and a
//! profile gains nothing from them that writing the value out does not give.

/// Why the scan refuses YAML text, with the 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Refused {
    /// The first collection nested deeper than the limit starts here.
    TooDeep(usize, usize),
    /// An alias (`*name`) stands here.
    Alias(usize, usize),
}

/// Scans `text` (YAML) and gives the first reason to refuse it before the reader runs: a
/// collection nested deeper than `max_depth`, or an alias.
pub(super) fn first_refusal(text: &str, max_depth: usize) -> Option<Refused> {
    let mut scan = Scan {
        bytes: text.as_bytes(),
        pos: 0,
        line: 1,
        column: 0,
        indents: Vec::new(),
        indentless: 0,
        max_depth,
    };
    scan.document().err()
}

/// A block collection still open: the column it started at, whether it is a mapping and, for
/// a mapping, whether an indentless sequence is open as the value of its current key.
struct Indent {
    column: usize,
    mapping: bool,
    indentless: bool,
}

/// How a node read in block context ended.
enum NodeEnd {
    /// On its line, more may follow (a key's value, a comment).
    Inline,
    /// At the start of a line.
    LineStart,
    /// A plain scalar at the end of its line: it may go on on lines indented more.
    Plain,
}

struct Scan<'t> {
    bytes: &'t [u8],
    pos: usize,
    line: usize,
    /// Characters since the start of the line (not bytes: the reader counts characters).
    column: usize,
    indents: Vec<Indent>,
    /// How many of `indents` have an indentless sequence open.
    indentless: usize,
    max_depth: usize,
}

impl Scan<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.pos + ahead).copied()
    }

    /// Whether the byte `ahead` is a space, a tab, a line break or the end.
    fn blank_at(&self, ahead: usize) -> bool {
        matches!(
            self.peek_at(ahead),
            None | Some(b' ' | b'\t' | b'\r' | b'\n')
        )
    }

    fn bump(&mut self) {
        match self.peek() {
            Some(b'\n') => {
                self.line += 1;
                self.column = 0;
            }
            // A UTF-8 continuation byte is no new character.
            Some(b) if b & 0xC0 == 0x80 => {}
            Some(_) => self.column += 1,
            None => return,
        }
        self.pos += 1;
    }

    fn skip_blanks(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\r')) {
            self.bump();
        }
    }

    /// Skips to the start of the next line.
    fn skip_line(&mut self) {
        while let Some(b) = self.peek() {
            self.bump();
            if b == b'\n' {
                return;
            }
        }
    }

    fn skip_non_blank(&mut self) {
        while !self.blank_at(0) {
            self.bump();
        }
    }

    /// The column of the innermost open block collection; -1 at the top.
    fn top_column(&self) -> isize {
        self.indents
            .last()
            .map_or(-1, |i| isize::try_from(i.column).unwrap_or(isize::MAX))
    }

    fn depth(&self) -> usize {
        self.indents.len() + self.indentless
    }

    /// Refuses a depth (plus `inner` levels of a node) over the limit, at `column`.
    fn check(&self, inner: usize, column: usize) -> Result<(), Refused> {
        if self.depth() + inner > self.max_depth {
            return Err(Refused::TooDeep(self.line, column + 1));
        }
        Ok(())
    }

    /// Opens a block collection at `column` unless one is open there already.
    fn roll(&mut self, column: usize, mapping: bool) -> Result<(), Refused> {
        if self.top_column() < isize::try_from(column).unwrap_or(isize::MAX) {
            self.indents.push(Indent {
                column,
                mapping,
                indentless: false,
            });
            self.check(0, column)?;
        }
        Ok(())
    }

    /// A `- ` at `column`: a new sequence, the next item of one, or an indentless sequence
    /// as the value of a mapping's key at the same column.
    fn block_entry(&mut self, column: usize) -> Result<(), Refused> {
        match self.indents.last_mut() {
            Some(top) if top.column == column => {
                if top.mapping && !top.indentless {
                    top.indentless = true;
                    self.indentless += 1;
                    self.check(0, column)?;
                }
                Ok(())
            }
            _ => self.roll(column, false),
        }
    }

    /// Closes the collections a line indented by `indent` ends; a line that does not start
    /// with `- ` also ends an indentless sequence at its indentation.
    fn unroll(&mut self, indent: usize, entry: bool) {
        while let Some(top) = self.indents.last() {
            if top.column <= indent {
                break;
            }
            if top.indentless {
                self.indentless -= 1;
            }
            self.indents.pop();
        }
        if let Some(top) = self.indents.last_mut()
            && top.column == indent
            && top.indentless
            && !entry
        {
            top.indentless = false;
            self.indentless -= 1;
        }
    }

    /// The whole text, line by line.
    fn document(&mut self) -> Result<(), Refused> {
        // Set after a plain scalar that ended with its line: lines indented more than this
        // column continue it.
        let mut continuation: Option<isize> = None;
        while self.peek().is_some() {
            while self.peek() == Some(b' ') {
                self.bump();
            }
            let indent = self.column;
            if self.rest_is_blank_or_comment() {
                // A comment line ends a plain scalar; a blank line does not.
                if self.peek() == Some(b'#') {
                    continuation = None;
                }
                self.skip_line();
                continue;
            }
            if indent == 0 && self.document_marker() {
                continuation = None;
                continue;
            }
            if let Some(column) = continuation
                && isize::try_from(indent).unwrap_or(isize::MAX) > column
            {
                if !self.continuation_line() {
                    continuation = None;
                }
                continue;
            }
            let entry = self.peek() == Some(b'-') && self.blank_at(1);
            self.unroll(indent, entry);
            continuation = self.tokens()?;
        }
        Ok(())
    }

    /// Whether the rest of the line holds nothing, or only a comment.
    fn rest_is_blank_or_comment(&self) -> bool {
        let rest = self.bytes.get(self.pos..).unwrap_or_default();
        match rest.iter().position(|b| !matches!(b, b' ' | b'\t' | b'\r')) {
            None => true,
            Some(i) => matches!(rest.get(i), Some(b'\n' | b'#')),
        }
    }

    /// `---` or `...` (which close every collection), or a `%` directive, at the start of a
    /// line; `false`, having read nothing, otherwise. A node may follow `---` on its line.
    fn document_marker(&mut self) -> bool {
        let rest = self.bytes.get(self.pos..).unwrap_or_default();
        if rest.first() == Some(&b'%') {
            self.skip_line();
            return true;
        }
        if !(rest.starts_with(b"---") || rest.starts_with(b"...")) || !self.blank_at(3) {
            return false;
        }
        self.indents.clear();
        self.indentless = 0;
        let start = rest.first() == Some(&b'-');
        for _ in 0..3 {
            self.bump();
        }
        if !start {
            self.skip_line();
        }
        true
    }

    /// Reads a line continuing a plain scalar; `false` when the scalar ends on it (a comment,
    /// or a `: ` the reader refuses there).
    fn continuation_line(&mut self) -> bool {
        let mut goes_on = true;
        while let Some(b) = self.peek() {
            if b == b'\n' {
                self.bump();
                return goes_on;
            }
            if (b == b':' && self.blank_at(1))
                || (matches!(b, b' ' | b'\t') && self.peek_at(1) == Some(b'#'))
            {
                goes_on = false;
            }
            self.bump();
        }
        goes_on
    }

    /// The tokens of one line in block context (and the lines a quoted scalar, a flow
    /// collection or a block scalar started on it takes). Gives the column a plain scalar
    /// ending the line needs its continuation lines to be indented beyond.
    fn tokens(&mut self) -> Result<Option<isize>, Refused> {
        loop {
            self.skip_blanks();
            let column = self.column;
            match self.peek() {
                None => return Ok(None),
                Some(b'\n') => {
                    self.bump();
                    return Ok(None);
                }
                Some(b'#') => {
                    self.skip_line();
                    return Ok(None);
                }
                Some(b'-') if self.blank_at(1) => {
                    self.block_entry(column)?;
                    self.bump();
                }
                Some(b'?' | b':') if self.blank_at(1) => {
                    self.roll(column, true)?;
                    self.bump();
                }
                Some(_) => match self.node(column)? {
                    NodeEnd::Inline => {}
                    NodeEnd::LineStart => return Ok(None),
                    NodeEnd::Plain => return Ok(Some(self.top_column())),
                },
            }
        }
    }

    /// A node starting at `column` in block context: anchors and tags, then a scalar, an
    /// alias or a flow collection, which is a key when a `: ` follows it on its line.
    fn node(&mut self, column: usize) -> Result<NodeEnd, Refused> {
        while matches!(self.peek(), Some(b'&' | b'!')) {
            self.skip_non_blank();
            self.skip_blanks();
            match self.peek() {
                None => return Ok(NodeEnd::LineStart),
                Some(b'\n' | b'#') => {
                    self.skip_line();
                    return Ok(NodeEnd::LineStart);
                }
                _ => {}
            }
        }
        let line = self.line;
        let mut inner = 0;
        match self.peek() {
            Some(b'|' | b'>') => {
                self.block_scalar();
                return Ok(NodeEnd::LineStart);
            }
            Some(b'\'' | b'"') => self.quoted(),
            Some(b'[' | b'{') => inner = self.flow()?,
            Some(b'*') => return Err(Refused::Alias(self.line, self.column + 1)),
            _ => match self.plain() {
                PlainEnd::Key => {}
                PlainEnd::LineStart => return Ok(NodeEnd::LineStart),
                PlainEnd::EndOfLine => return Ok(NodeEnd::Plain),
            },
        }
        self.skip_blanks();
        if self.line == line && self.peek() == Some(b':') && self.blank_at(1) {
            // A key: its mapping opens at the key's column, around what the key holds.
            self.roll(column, true)?;
            self.check(inner, column)?;
            self.bump();
        }
        Ok(NodeEnd::Inline)
    }

    /// A plain scalar in block context, up to a `: ` (a key), a comment or the line's end.
    fn plain(&mut self) -> PlainEnd {
        loop {
            match self.peek() {
                None => return PlainEnd::LineStart,
                Some(b'\n') => {
                    self.bump();
                    return PlainEnd::EndOfLine;
                }
                Some(b':') if self.blank_at(1) => return PlainEnd::Key,
                Some(b' ' | b'\t') if self.peek_at(1) == Some(b'#') => {
                    self.skip_line();
                    return PlainEnd::LineStart;
                }
                Some(_) => self.bump(),
            }
        }
    }

    /// A single- or double-quoted scalar, on as many lines as it takes.
    fn quoted(&mut self) {
        let Some(quote) = self.peek() else {
            return;
        };
        self.bump();
        while let Some(b) = self.peek() {
            self.bump();
            if quote == b'"' && b == b'\\' {
                self.bump();
            } else if b == quote {
                if quote == b'\'' && self.peek() == Some(b'\'') {
                    // `''` is a quote inside a single-quoted scalar.
                    self.bump();
                } else {
                    return;
                }
            }
        }
    }

    /// A flow collection, from its opening bracket to the matching closing one (or the end):
    /// gives how many levels it nests.
    fn flow(&mut self) -> Result<usize, Refused> {
        let mut level = 0usize;
        let mut deepest = 0usize;
        while let Some(b) = self.peek() {
            match b {
                b'[' | b'{' => {
                    level += 1;
                    deepest = deepest.max(level);
                    self.check(level, self.column)?;
                    self.bump();
                }
                b']' | b'}' => {
                    self.bump();
                    level = level.saturating_sub(1);
                    if level == 0 {
                        break;
                    }
                }
                // `:` is always an indicator at the start of a token in flow context.
                b',' | b':' | b' ' | b'\t' | b'\r' | b'\n' => self.bump(),
                b'#' => self.skip_line(),
                b'\'' | b'"' => self.quoted(),
                b'*' => return Err(Refused::Alias(self.line, self.column + 1)),
                _ => self.flow_plain(),
            }
        }
        Ok(deepest)
    }

    /// A plain scalar (or an indicator, anchor, tag or alias) in flow context, up to a flow
    /// indicator, a `:` before a blank or a flow indicator, or a comment; it may go on on the
    /// next lines.
    fn flow_plain(&mut self) {
        self.bump();
        while let Some(b) = self.peek() {
            match b {
                b',' | b'[' | b']' | b'{' | b'}' => return,
                b':' if self.blank_at(1)
                    || matches!(
                        self.peek_at(1),
                        Some(b',' | b'?' | b'[' | b']' | b'{' | b'}')
                    ) =>
                {
                    return;
                }
                b' ' | b'\t' | b'\n' | b'\r' if self.peek_at(1) == Some(b'#') => return,
                _ => self.bump(),
            }
        }
    }

    /// A block scalar (`|` or `>`): its header, then every line that belongs to it, as the
    /// reader decides: blank lines, and lines indented at least as much as its content (the
    /// header's indentation indicator, or else its first line that is not blank).
    fn block_scalar(&mut self) {
        let parent = self.top_column();
        self.bump();
        let mut explicit = None;
        while let Some(b) = self.peek() {
            match b {
                b'1'..=b'9' => explicit = Some(usize::from(b - b'0')),
                b'+' | b'-' => {}
                _ => break,
            }
            self.bump();
        }
        self.skip_line();
        let parent_at_least_zero = usize::try_from(parent).unwrap_or(0);
        let mut indent = explicit.map(|step| {
            if parent < 0 {
                step
            } else {
                parent_at_least_zero + step
            }
        });
        let least = usize::try_from(parent + 1).unwrap_or(0).max(1);
        let mut blank_spaces = 0usize;
        loop {
            let rest = self.bytes.get(self.pos..).unwrap_or_default();
            let spaces = rest.iter().take_while(|&&b| b == b' ').count();
            let blank = match rest.get(spaces) {
                None => return,
                Some(b'\n') => true,
                Some(b'\r') => rest.get(spaces + 1).is_none_or(|&b| b == b'\n'),
                Some(_) => false,
            };
            let content = match indent {
                None if blank => {
                    blank_spaces = blank_spaces.max(spaces);
                    true
                }
                None => {
                    let detected = blank_spaces.max(spaces).max(least);
                    indent = Some(detected);
                    spaces >= detected
                }
                Some(indent) => blank || spaces >= indent,
            };
            if !content {
                return;
            }
            self.skip_line();
        }
    }
}

/// How a plain scalar in block context ended.
enum PlainEnd {
    /// Before a `: `: the scalar is a key.
    Key,
    /// At the end of its line (the next line may continue it).
    EndOfLine,
    /// At a comment (skipped to the next line) or the end of the text.
    LineStart,
}

#[cfg(test)]
mod tests {
    use super::{Refused, first_refusal};

    fn depth_refused(text: &str) -> usize {
        (0..40)
            .find(|&max| first_refusal(text, max).is_none())
            .unwrap_or(usize::MAX)
    }

    #[test]
    fn block_collections_count_by_indentation() {
        assert_eq!(depth_refused("- - - x\n"), 3);
        assert_eq!(depth_refused("a:\n  b:\n    c: 1\nd: 2\n"), 3);
        assert_eq!(depth_refused("a:\n- b\n- c\nd: 1\n"), 2);
        assert_eq!(depth_refused("a:\n- b: 1\n  c:\n  - - x\n"), 5);
        assert_eq!(depth_refused("- a: [1, [2, {b: 3}]]\n"), 5);
        assert_eq!(depth_refused("? - a\n: - b\n"), 2);
        assert_eq!(depth_refused("[[1]]: x\n"), 3);
        assert_eq!(depth_refused("a:\n  b: 1\n\n  c:\n    d: 2\n"), 3);
    }

    #[test]
    fn what_holds_no_structure_is_skipped() {
        assert_eq!(depth_refused("a: |\n  - - - [[[\n  {{{\nb: 1\n"), 1);
        assert_eq!(depth_refused("a: >2\n    - - -\n\n   - - -\nb: 1\n"), 1);
        assert_eq!(
            depth_refused("a: 'it''s - - [[['\nb: \"x\n  - - - [[[\"\n"),
            1
        );
        assert_eq!(depth_refused("a: it's [[\n  - - - continued\nb: c#d\n"), 1);
        assert_eq!(depth_refused("# - - - [[[\na: 1 # - - [[\n"), 1);
        assert_eq!(depth_refused("- [\"]]]\", '[[[', it's, a b]\n"), 2);
        assert_eq!(depth_refused("--- - - x\n...\n--- a: 1\n"), 2);
        assert_eq!(depth_refused("a: &x\n  - x\n"), 2);
    }

    #[test]
    fn the_place_is_the_first_collection_too_deep() {
        let too_deep = |text, max| first_refusal(text, max);
        assert_eq!(too_deep("- - - x\n", 2), Some(Refused::TooDeep(1, 5)));
        assert_eq!(
            too_deep("a:\n  b:\n    c: 1\n", 2),
            Some(Refused::TooDeep(3, 5))
        );
        assert_eq!(too_deep("a: [[1]]\n", 2), Some(Refused::TooDeep(1, 5)));
    }

    #[test]
    fn an_alias_is_refused_where_it_stands() {
        let refused = |text| first_refusal(text, 32);
        assert_eq!(refused("a: &x 1\nb: *x\n"), Some(Refused::Alias(2, 4)));
        assert_eq!(refused("a: &x 1\nb: [1, *x]\n"), Some(Refused::Alias(2, 8)));
        assert_eq!(refused("- *x\n"), Some(Refused::Alias(1, 3)));
        // An anchor alone, or a `*` inside a scalar, is no alias.
        assert_eq!(refused("a: &x 1\nb: \"*x\"\nc: 2*3\n"), None);
    }
}
