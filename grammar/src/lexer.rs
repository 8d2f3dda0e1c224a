//! The lexer: the bytes of a source to tokens, one at a time, on demand.
//!
//! It skips white space (space, tab, line breaks, the byte order mark U+FEFF) and `#` comments,
//! keeping each comment for the formatter. A token is a pair of byte offsets and a kind; its
//! text is read from the source only when the parser needs it, so lexing allocates nothing but
//! the comments. Malformed literals (`12ab`, `1.`, a string without its closing quote) are
//! tokens of their own: whether they are an error, and which, depends on where the parser
//! meets them. Every token is counted against the nesting limit (`nesting.rs`) as it is read.

use crate::ast::Comment;
use crate::error::SyntaxError;
use crate::nesting::Nesting;
use crate::span::Span;

/// The words the grammar gives a role. Only some are reserved (see [`Keyword::is_reserved`]);
/// the others are keywords only where a declaration or clause starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Keyword {
    Ruleset,
    Version,
    Schema,
    Define,
    Obligation,
    Title,
    Cite,
    Group,
    Text,
    Indicator,
    Amended,
    Weight,
    Exception,
    Deadline,
    To,
    Met,
    On,
    Applies,
    When,
    Require,
    Partial,
    Each,
    Jurisdiction,
    Test,
    AsOf,
    Profile,
    Expect,
    InWindow,
    And,
    Or,
    Not,
    In,
    All,
    Any,
    Count,
    Where,
    True,
    False,
    Null,
}

impl Keyword {
    fn of(word: &[u8]) -> Option<Keyword> {
        Some(match word {
            b"ruleset" => Keyword::Ruleset,
            b"version" => Keyword::Version,
            b"schema" => Keyword::Schema,
            b"define" => Keyword::Define,
            b"obligation" => Keyword::Obligation,
            b"title" => Keyword::Title,
            b"cite" => Keyword::Cite,
            b"group" => Keyword::Group,
            b"text" => Keyword::Text,
            b"indicator" => Keyword::Indicator,
            b"amended" => Keyword::Amended,
            b"weight" => Keyword::Weight,
            b"exception" => Keyword::Exception,
            b"deadline" => Keyword::Deadline,
            b"to" => Keyword::To,
            b"met" => Keyword::Met,
            b"on" => Keyword::On,
            b"applies" => Keyword::Applies,
            b"when" => Keyword::When,
            b"require" => Keyword::Require,
            b"partial" => Keyword::Partial,
            b"each" => Keyword::Each,
            b"jurisdiction" => Keyword::Jurisdiction,
            b"test" => Keyword::Test,
            b"as_of" => Keyword::AsOf,
            b"profile" => Keyword::Profile,
            b"expect" => Keyword::Expect,
            b"in_window" => Keyword::InWindow,
            b"and" => Keyword::And,
            b"or" => Keyword::Or,
            b"not" => Keyword::Not,
            b"in" => Keyword::In,
            b"all" => Keyword::All,
            b"any" => Keyword::Any,
            b"count" => Keyword::Count,
            b"where" => Keyword::Where,
            b"true" => Keyword::True,
            b"false" => Keyword::False,
            b"null" => Keyword::Null,
            _ => return None,
        })
    }

    /// Words of expressions, which can never be a name (a field after a dot excepted).
    pub(crate) fn is_reserved(self) -> bool {
        matches!(
            self,
            Keyword::And
                | Keyword::Or
                | Keyword::Not
                | Keyword::In
                | Keyword::All
                | Keyword::Any
                | Keyword::Count
                | Keyword::Where
                | Keyword::True
                | Keyword::False
                | Keyword::Null
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `[A-Za-z_][A-Za-z0-9_]*`, with the keyword it spells, if any.
    Word(Option<Keyword>),
    /// `18`, `0.5`: digits with an optional fraction, not run into a word.
    Number,
    /// `YYYY-MM-DD`, not run into a word.
    Date,
    /// A string literal closed on its line; `escaped` when it holds a backslash.
    Str {
        escaped: bool,
    },
    /// A string literal that reaches the end of its line or of the source unclosed; the
    /// token ends where the closing quote is missing.
    OpenStr,
    /// Digits run into a letter (`12ab`) or a `.` without digits after it (`1.`); see
    /// [`bad_number_at`] for where it goes wrong.
    BadNumber,
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Dot,
    /// `=`, which only a definition uses.
    Assign,
    EqEq,
    NotEq,
    Less,
    LessEq,
    Greater,
    GreaterEq,
    Plus,
    Minus,
    Star,
    Slash,
    /// A character the language has no use for.
    Unknown,
    End,
}

const DATE_LEN: usize = "YYYY-MM-DD".len();

/// How many of the first bytes of `text` fit the shape `YYYY-MM-DD`.
pub(crate) fn date_prefix_len(text: &[u8]) -> usize {
    text.iter()
        .take(DATE_LEN)
        .enumerate()
        .take_while(|&(i, &b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        })
        .count()
}

/// The first byte of the [`Kind::BadNumber`] token `token` that does not fit a number: after
/// the digits (and the fraction), or right after a `.` without digits.
pub(crate) fn bad_number_at(bytes: &[u8], token: Token) -> usize {
    let digits = |from: usize| {
        from + bytes
            .get(from..token.end)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let end = digits(token.start);
    if bytes.get(end) == Some(&b'.') {
        return digits(end + 1);
    }
    end
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

impl Token {
    pub fn span(self) -> Span {
        Span::new(self.start, self.end)
    }
}

pub(crate) struct Lexer<'s> {
    source: &'s str,
    bytes: &'s [u8],
    at: usize,
    comments: Vec<Comment>,
    nesting: Nesting,
}

/// U+FEFF, white space wherever it stands.
const BYTE_ORDER_MARK: &[u8] = "\u{FEFF}".as_bytes();

fn is_word_byte(b: u8) -> bool {
    WORD_BYTES.get(usize::from(b)) == Some(&true)
}

/// `[A-Za-z0-9_]` as a table: finding where words end is the lexer's busiest loop.
static WORD_BYTES: [bool; 256] = word_bytes();

const fn word_bytes() -> [bool; 256] {
    let mut table = [false; 256];
    let mut rest: &mut [bool] = &mut table;
    let mut b: u8 = 0;
    while let [slot, tail @ ..] = rest {
        *slot = b.is_ascii_alphanumeric() || b == b'_';
        rest = tail;
        b = b.wrapping_add(1);
    }
    table
}

impl<'s> Lexer<'s> {
    /// A lexer for `source` whose brackets and quantifiers may nest `max_depth` deep.
    pub fn new(source: &'s str, max_depth: usize) -> Self {
        Lexer {
            source,
            bytes: source.as_bytes(),
            at: 0,
            comments: Vec::new(),
            nesting: Nesting::new(max_depth),
        }
    }

    /// The comments passed so far, in order.
    pub fn into_comments(self) -> Vec<Comment> {
        self.comments
    }

    /// Reads the tokens left (when the parser stopped early) as far as the nesting limit
    /// needs: the first place nesting goes past the limit, if it does anywhere.
    pub fn read_to_end(&mut self) -> Result<(), SyntaxError> {
        while !self.nesting.exceeded() && self.at < self.bytes.len() {
            self.next_token();
        }
        self.nesting.error().map_or(Ok(()), Err)
    }

    fn byte(&self, at: usize) -> Option<u8> {
        self.bytes.get(at).copied()
    }

    pub fn next_token(&mut self) -> Token {
        self.skip_layout();
        let start = self.at;
        let Some(first) = self.byte(start) else {
            return Token {
                kind: Kind::End,
                start,
                end: start,
            };
        };
        let (kind, end) = match first {
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => {
                let end = self.word_end(start);
                let word = self.bytes.get(start..end).unwrap_or_default();
                (Kind::Word(Keyword::of(word)), end)
            }
            b'0'..=b'9' => self.number_or_date(start),
            b'"' => self.string(start),
            _ => self.punctuation(first, start),
        };
        self.at = end;
        let token = Token { kind, start, end };
        self.nesting.count(&token, self.bytes);
        token
    }

    /// Whether the next words, past the current token, are `words` in this order, with only
    /// layout between them. Reads ahead without consuming anything: only `in each
    /// jurisdiction` needs more than one token of look-ahead.
    pub fn words_ahead_are(&self, words: &[Keyword]) -> bool {
        let mut at = self.at;
        for keyword in words {
            at = self.layout_end(at);
            let end = self.word_end(at);
            let word = self.bytes.get(at..end).unwrap_or_default();
            if word.is_empty() || Keyword::of(word) != Some(*keyword) {
                return false;
            }
            at = end;
        }
        true
    }

    /// Where the white space and comments from `at` end (comments are not recorded).
    fn layout_end(&self, mut at: usize) -> usize {
        loop {
            match self.byte(at) {
                Some(b' ' | b'\t' | b'\r' | b'\n') => at += 1,
                Some(b'#') => {
                    let rest = self.bytes.get(at..).unwrap_or_default();
                    at = memchr::memchr(b'\n', rest).map_or(self.bytes.len(), |n| at + n);
                }
                Some(0xEF)
                    if self
                        .bytes
                        .get(at..)
                        .is_some_and(|rest| rest.starts_with(BYTE_ORDER_MARK)) =>
                {
                    at += BYTE_ORDER_MARK.len();
                }
                _ => return at,
            }
        }
    }

    fn skip_layout(&mut self) {
        loop {
            match self.byte(self.at) {
                Some(b' ' | b'\t' | b'\r' | b'\n') => self.at += 1,
                Some(b'#') => self.comment(),
                Some(0xEF)
                    if self
                        .bytes
                        .get(self.at..)
                        .is_some_and(|rest| rest.starts_with(BYTE_ORDER_MARK)) =>
                {
                    self.at += BYTE_ORDER_MARK.len();
                }
                _ => return,
            }
        }
    }

    fn comment(&mut self) {
        let start = self.at;
        let rest = self.bytes.get(start..).unwrap_or_default();
        let end = memchr::memchr(b'\n', rest).map_or(self.bytes.len(), |n| start + n);
        let text = self.source.get(start + 1..end).unwrap_or_default();
        self.comments.push(Comment {
            text: text.trim_end_matches('\r').to_string(),
            span: Span::new(start, end),
        });
        self.at = end;
    }

    fn word_end(&self, start: usize) -> usize {
        let rest = self.bytes.get(start..).unwrap_or_default();
        start + rest.iter().take_while(|&&b| is_word_byte(b)).count()
    }

    fn digits_end(&self, start: usize) -> usize {
        let rest = self.bytes.get(start..).unwrap_or_default();
        start + rest.iter().take_while(|b| b.is_ascii_digit()).count()
    }

    fn number_or_date(&self, start: usize) -> (Kind, usize) {
        if let Some(end) = self.date_end(start) {
            return (Kind::Date, end);
        }
        let mut end = self.digits_end(start);
        if self.byte(end) == Some(b'.') {
            let fraction_end = self.digits_end(end + 1);
            if fraction_end == end + 1 {
                return (Kind::BadNumber, end + 1);
            }
            end = fraction_end;
        }
        if self.byte(end).is_some_and(is_word_byte) {
            // `12ab`: one token, so that the parser names it whole where it does not fit.
            return (Kind::BadNumber, self.word_end(end));
        }
        (Kind::Number, end)
    }

    /// The end of `YYYY-MM-DD` at `start`, when it is one and no word character follows.
    fn date_end(&self, start: usize) -> Option<usize> {
        let rest = self.bytes.get(start..).unwrap_or_default();
        let end = start + DATE_LEN;
        (date_prefix_len(rest) == DATE_LEN && !self.byte(end).is_some_and(is_word_byte))
            .then_some(end)
    }

    /// A string from its opening quote: it ends at the next unescaped `"`, and may not hold a
    /// line break except right after a backslash (an escape the parser then refuses).
    fn string(&self, start: usize) -> (Kind, usize) {
        let mut escaped = false;
        let mut at = start + 1;
        // Only these three bytes matter: jump from one to the next (strings quote whole
        // paragraphs of a treaty).
        while let Some(n) = self
            .bytes
            .get(at..)
            .and_then(|rest| memchr::memchr3(b'"', b'\\', b'\n', rest))
        {
            at += n;
            match self.byte(at) {
                Some(b'"') => return (Kind::Str { escaped }, at + 1),
                Some(b'\n') => return (Kind::OpenStr, at),
                Some(b'\\') if at + 1 < self.bytes.len() => {
                    escaped = true;
                    // The escaped byte may start a multi-byte character: its other bytes are
                    // never `"`, `\` or a line break, so they read as ordinary content.
                    at += 2;
                }
                _ => return (Kind::OpenStr, self.bytes.len()),
            }
        }
        (Kind::OpenStr, self.bytes.len())
    }

    fn punctuation(&self, first: u8, start: usize) -> (Kind, usize) {
        let second = self.byte(start + 1);
        let one = |kind| (kind, start + 1);
        let two = |kind| (kind, start + 2);
        match (first, second) {
            (b'=', Some(b'=')) => two(Kind::EqEq),
            (b'!', Some(b'=')) => two(Kind::NotEq),
            (b'<', Some(b'=')) => two(Kind::LessEq),
            (b'>', Some(b'=')) => two(Kind::GreaterEq),
            (b'=', _) => one(Kind::Assign),
            (b'<', _) => one(Kind::Less),
            (b'>', _) => one(Kind::Greater),
            (b'(', _) => one(Kind::LParen),
            (b')', _) => one(Kind::RParen),
            (b'[', _) => one(Kind::LBracket),
            (b']', _) => one(Kind::RBracket),
            (b'{', _) => one(Kind::LBrace),
            (b'}', _) => one(Kind::RBrace),
            (b',', _) => one(Kind::Comma),
            (b':', _) => one(Kind::Colon),
            (b'.', _) => one(Kind::Dot),
            (b'+', _) => one(Kind::Plus),
            (b'-', _) => one(Kind::Minus),
            (b'*', _) => one(Kind::Star),
            (b'/', _) => one(Kind::Slash),
            _ => {
                let width = self
                    .source
                    .get(start..)
                    .and_then(|rest| rest.chars().next())
                    .map_or(1, char::len_utf8);
                (Kind::Unknown, start + width)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Keyword, Kind, Lexer};

    fn kinds(source: &str) -> Vec<Kind> {
        let mut lexer = Lexer::new(source, 64);
        let mut out = Vec::new();
        loop {
            let token = lexer.next_token();
            if token.kind == Kind::End {
                return out;
            }
            out.push(token.kind);
        }
    }

    #[test]
    fn words_numbers_and_dates() {
        assert_eq!(
            kinds("and x1 2020-01-01 2020-01-01x 1.5 12ab 1. -3"),
            vec![
                Kind::Word(Some(Keyword::And)),
                Kind::Word(None),
                Kind::Date,
                // Not a date: digits, `-`, digits, `-`, digits run into a letter.
                Kind::Number,
                Kind::Minus,
                Kind::Number,
                Kind::Minus,
                Kind::BadNumber,
                Kind::Number,
                Kind::BadNumber,
                Kind::BadNumber,
                Kind::Minus,
                Kind::Number,
            ]
        );
    }

    #[test]
    fn strings_end_at_their_quote_or_line() {
        assert_eq!(
            kinds("\"a\\\"b\" \"open\n\"x\\\ny\""),
            vec![
                Kind::Str { escaped: true },
                Kind::OpenStr,
                Kind::Str { escaped: true },
            ]
        );
    }

    #[test]
    fn an_unclosed_string_runs_to_the_end() {
        for source in ["\"abc", "\"abc\\", "\"a\\\"", "\"\\"] {
            let token = Lexer::new(source, 64).next_token();
            assert_eq!(
                (token.kind, token.end),
                (Kind::OpenStr, source.len()),
                "{source:?}"
            );
        }
    }

    #[test]
    fn comments_and_byte_order_marks_are_layout() {
        let mut lexer = Lexer::new("\u{FEFF}a # one\r\n\"#no\" #two", 64);
        while lexer.next_token().kind != Kind::End {}
        let texts: Vec<_> = lexer.into_comments().into_iter().map(|c| c.text).collect();
        assert_eq!(texts, vec![" one", "two"]);
    }
}
