//! A forgiving lexer for reading back from the cursor: completion works on text that does not
//! parse, so it reads tokens, not a syntax tree. Anything the language would refuse (a stray
//! character, a string left open) still gives a token, and the scan is linear in the text.

/// What a token is, as far as completion cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tok {
    /// A word: a name, a keyword or a field.
    Word,
    /// A string, closed or not (`closed` is false for one the text ends inside).
    Str { closed: bool },
    /// A number or a date.
    Number,
    /// Punctuation, one or two characters (`==`, `(`, `.`, …).
    Punct,
}

/// A token and its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: Tok,
    pub start: usize,
    pub end: usize,
}

impl Token {
    /// The token's text in `text`.
    pub fn text(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or_default()
    }

    /// Whether the token is this word or punctuation.
    pub fn is(self, text: &str, word: &str) -> bool {
        matches!(self.kind, Tok::Word | Tok::Punct) && self.text(text) == word
    }
}

fn is_word_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_'
}

fn is_word_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// The tokens of `text`, comments and white space left out. The second value is true when the
/// text ends inside a comment (nothing is completed there).
pub(crate) fn tokens(text: &str) -> (Vec<Token>, bool) {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    while i < bytes.len() {
        let c = at(i);
        let start = i;
        if c == b'#' {
            while i < bytes.len() && at(i) != b'\n' {
                i += 1;
            }
            if i >= bytes.len() {
                return (found, true);
            }
            continue;
        }
        if c.is_ascii_whitespace() || !c.is_ascii() {
            // Non-ASCII outside strings and comments is an error to the parser; skipped here.
            i += 1;
            continue;
        }
        let kind = if is_word_start(c) {
            while is_word_char(at(i)) {
                i += 1;
            }
            Tok::Word
        } else if c.is_ascii_digit() {
            while is_word_char(at(i)) || (at(i) == b'-' && at(i + 1).is_ascii_digit()) {
                i += 1;
            }
            if at(i) == b'.' && at(i + 1).is_ascii_digit() {
                i += 1;
                while at(i).is_ascii_digit() {
                    i += 1;
                }
            }
            Tok::Number
        } else if c == b'"' {
            i += 1;
            let mut closed = false;
            while i < bytes.len() && at(i) != b'\n' {
                match at(i) {
                    b'\\' => i += 2,
                    b'"' => {
                        i += 1;
                        closed = true;
                        break;
                    }
                    _ => i += 1,
                }
            }
            i = i.min(bytes.len());
            Tok::Str { closed }
        } else {
            let two = [c, at(i + 1)];
            i += if matches!(&two, b"==" | b"!=" | b"<=" | b">=") {
                2
            } else {
                1
            };
            Tok::Punct
        };
        found.push(Token {
            kind,
            start,
            end: i,
        });
    }
    (found, false)
}

#[cfg(test)]
mod tests {
    use super::{Tok, tokens};

    #[test]
    fn reads_words_strings_numbers_and_punctuation() {
        let text = "require a.b == \"x\" # note\n and count >= 2013-12-31 \"open";
        let (toks, in_comment) = tokens(text);
        let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
        assert_eq!(
            words,
            [
                "require",
                "a",
                ".",
                "b",
                "==",
                "\"x\"",
                "and",
                "count",
                ">=",
                "2013-12-31",
                "\"open"
            ]
        );
        assert!(!in_comment);
        assert_eq!(
            toks.last().map(|t| t.kind),
            Some(Tok::Str { closed: false })
        );
        assert!(tokens("a # b").1);
    }
}
