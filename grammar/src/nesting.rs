//! The limit on nesting of brackets and quantifiers, counted on the tokens as the lexer
//! reads them, so that no input can make the parser recurse deeper than `max_depth`.
//!
//! Nesting comes from brackets and from quantifiers (whose `where` part reaches to the end of
//! the enclosing bracket). The count never parses: it may over-count (the quantifiers of
//! consecutive clauses add up, a key named `all` counts) but never under-counts what the
//! parser recurses on. The first token past the limit is an error (E0002) that wins over
//! every other error of the source, wherever they are: the parser reads the rest of the
//! tokens when it stops early (see `Lexer::read_to_end`).
//!
//! The count is the same, byte for byte, as that of the scan the first parser ran over the
//! text before parsing: a word glued to digits (`12all`) counts, as does `=` after `=`, `!`,
//! `<` or `>` not.

use crate::error::{SyntaxError, too_deep};
use crate::lexer::{Keyword, Kind, Token, bad_number_at};
use crate::span::Span;

pub(crate) struct Nesting {
    max_depth: usize,
    /// One entry per open bracket, the first for outside every bracket: how many
    /// quantifiers were opened at that level.
    levels: Vec<usize>,
    depth: usize,
    error: Option<SyntaxError>,
}

impl Nesting {
    pub fn new(max_depth: usize) -> Self {
        Nesting {
            max_depth,
            levels: vec![0],
            depth: 0,
            error: None,
        }
    }

    /// The first place nesting went past the limit, if it did.
    pub fn error(&mut self) -> Option<SyntaxError> {
        self.error.take()
    }

    pub fn exceeded(&self) -> bool {
        self.error.is_some()
    }

    /// Counts the token `token` of the source `bytes`. Inlined: it runs for every token,
    /// and most tokens leave the count alone.
    #[inline]
    pub fn count(&mut self, token: &Token, bytes: &[u8]) {
        match token.kind {
            Kind::LParen | Kind::LBracket | Kind::LBrace => {
                // A `{` outside every bracket opens an obligation or a test: the quantifiers
                // of the definitions before it have ended.
                if token.kind == Kind::LBrace && self.levels.len() == 1 {
                    self.close_quantifiers();
                }
                self.levels.push(0);
                self.open(token.start);
            }
            Kind::RParen | Kind::RBracket | Kind::RBrace if self.levels.len() > 1 => {
                let quantifiers = self.levels.pop().unwrap_or_default();
                self.depth = self.depth.saturating_sub(1 + quantifiers);
            }
            // A comma ends the item (of a list, of arguments, of a profile) that holds the
            // quantifiers opened since it; a lone `=` outside every bracket starts the body of
            // a new definition. Without this, quantifiers of separate items added up.
            Kind::Comma => self.close_quantifiers(),
            Kind::Assign if self.levels.len() == 1 && !follows_operator(bytes, token.start) => {
                self.close_quantifiers();
            }
            Kind::Word(Some(Keyword::All | Keyword::Any | Keyword::Count))
                if !follows_dot(bytes, token.start) =>
            {
                self.quantifier(token.start);
            }
            Kind::BadNumber => {
                // `12all`: the word after the digits.
                let at = bad_number_at(bytes, *token);
                let tail = bytes.get(at..token.end).unwrap_or_default();
                if matches!(tail, b"all" | b"any" | b"count") {
                    self.quantifier(at);
                }
            }
            _ => {}
        }
    }

    fn quantifier(&mut self, at: usize) {
        if let Some(level) = self.levels.last_mut() {
            *level += 1;
        }
        self.open(at);
    }

    fn open(&mut self, at: usize) {
        self.depth += 1;
        if self.depth > self.max_depth && self.error.is_none() {
            self.error = Some(too_deep(Span::new(at, at + 1), self.max_depth));
        }
    }

    /// Forgets the quantifiers opened at the innermost level: their `where` parts have ended.
    fn close_quantifiers(&mut self) {
        if let Some(level) = self.levels.last_mut() {
            self.depth = self.depth.saturating_sub(*level);
            *level = 0;
        }
    }
}

fn byte_before(bytes: &[u8], at: usize) -> Option<u8> {
    at.checked_sub(1).and_then(|i| bytes.get(i)).copied()
}

/// `=` right after `=`, `!`, `<` or `>` (`<==`) is taken for part of an operator.
fn follows_operator(bytes: &[u8], at: usize) -> bool {
    matches!(byte_before(bytes, at), Some(b'=' | b'!' | b'<' | b'>'))
}

/// A word right after a dot is a field (`data.count`), not a quantifier.
fn follows_dot(bytes: &[u8], at: usize) -> bool {
    byte_before(bytes, at) == Some(b'.')
}

#[cfg(test)]
mod tests {
    use crate::error::SyntaxError;
    use crate::lexer::Lexer;

    fn check_nesting(source: &str, max_depth: usize) -> Result<(), SyntaxError> {
        Lexer::new(source, max_depth).read_to_end()
    }

    #[test]
    fn counts_brackets_and_quantifiers() {
        assert!(check_nesting("((a))", 2).is_ok());
        assert!(check_nesting("(((a)))", 2).is_err());
        assert!(check_nesting("all x in l where any y in x.m where y.ok", 2).is_ok());
        assert!(check_nesting("all x in l where any y in x.m where count z in y.n", 2).is_err());
        assert!(check_nesting("(all x in l where x) and (any y in m where y)", 2).is_ok());
    }

    #[test]
    fn quantifiers_end_with_their_item() {
        let defines = "define d = count m in l\n".repeat(100);
        assert!(check_nesting(&defines, 2).is_ok());
        let obligations = "define d = all m in l where m\nobligation o { require x }\n".repeat(100);
        assert!(check_nesting(&obligations, 2).is_ok());
        let list = format!("[{}]", vec!["count m in l"; 100].join(", "));
        assert!(check_nesting(&list, 2).is_ok());
        // Comparisons are not definitions; nesting inside one item still counts.
        assert!(
            check_nesting(
                "all a in l where a == all b in m where b <= any c in n where c",
                2
            )
            .is_err()
        );
        assert!(
            check_nesting(
                "f(all a in l where g(x, all b in m where h(y, any c in n where c)))",
                5
            )
            .is_err()
        );
    }

    #[test]
    fn ignores_strings_comments_and_fields() {
        assert!(check_nesting("\"((((\" # ((((\n a.all.any.count", 1).is_ok());
    }

    #[test]
    fn counts_like_the_byte_scan_on_malformed_text() {
        // The word after digits counts; `1.all` is a field.
        assert!(check_nesting("12all 1any", 1).is_err());
        assert!(check_nesting("1.all 1.any", 1).is_ok());
        // `<==` holds no lone `=`: the quantifier before it is still open.
        assert!(check_nesting("count a in l <== count b in m", 1).is_err());
        assert!(check_nesting("count a in l = count b in m", 1).is_ok());
    }

    #[test]
    fn ten_thousand_parentheses_are_refused_at_the_limit() {
        let source = "(".repeat(10_000);
        let error = check_nesting(&source, 64).err().map(|e| e.span.start);
        assert_eq!(error, Some(64));
    }
}
