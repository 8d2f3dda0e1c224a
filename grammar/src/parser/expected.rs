//! Syntax errors in words: what the parser expected where it stopped, what it found there,
//! and a hint for the usual slips (`=` for `==`, `&&`, a misspelt clause word).

use crate::error::{SyntaxError, codes};
use crate::lexer::{Kind, Token, bad_number_at, date_prefix_len};
use crate::span::Span;

/// One thing that could have come next. The parser notes each one it tries at the current
/// token; an error lists them in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Expected {
    Name,
    Str,
    Number,
    Date,
    Expression,
    Value,
    Key,
    Comparison,
    Operator,
    And,
    Or,
    Where,
    In,
    To,
    Version,
    On,
    When,
    Each,
    Jurisdiction,
    LParen,
    Assign,
    Colon,
    Comma,
    RParen,
    RBracket,
    LBrace,
    RBrace,
    Clause,
    AsOf,
    Profile,
    Expect,
    Amended,
    Indicator,
    InWindow,
    Ruleset,
    Schema,
    Define,
    Obligation,
    Test,
    End,
}

const ALL: [Expected; 40] = [
    Expected::Name,
    Expected::Str,
    Expected::Number,
    Expected::Date,
    Expected::Expression,
    Expected::Value,
    Expected::Key,
    Expected::Comparison,
    Expected::Operator,
    Expected::And,
    Expected::Or,
    Expected::Where,
    Expected::In,
    Expected::To,
    Expected::Version,
    Expected::On,
    Expected::When,
    Expected::Each,
    Expected::Jurisdiction,
    Expected::LParen,
    Expected::Assign,
    Expected::Colon,
    Expected::Comma,
    Expected::RParen,
    Expected::RBracket,
    Expected::LBrace,
    Expected::RBrace,
    Expected::Clause,
    Expected::AsOf,
    Expected::Profile,
    Expected::Expect,
    Expected::Amended,
    Expected::Indicator,
    Expected::InWindow,
    Expected::Ruleset,
    Expected::Schema,
    Expected::Define,
    Expected::Obligation,
    Expected::Test,
    Expected::End,
];

impl Expected {
    fn words(self) -> &'static str {
        match self {
            Expected::Name => "a name",
            Expected::Str => "a string",
            Expected::Number => "a number",
            Expected::Date => "a date (YYYY-MM-DD)",
            Expected::Expression => "an expression",
            Expected::Value => {
                "a value (a string, number or date, `true`, `false`, `null`, `{` or `[`)"
            }
            Expected::Key => "a key (a name or a string)",
            Expected::Comparison => "a comparison",
            Expected::Operator => "an operator",
            Expected::And => "`and`",
            Expected::Or => "`or`",
            Expected::Where => "`where`",
            Expected::In => "`in`",
            Expected::To => "`to`",
            Expected::Version => "`version`",
            Expected::On => "`on`",
            Expected::When => "`when`",
            Expected::Each => "`each`",
            Expected::Jurisdiction => "`jurisdiction`",
            Expected::LParen => "`(`",
            Expected::Assign => "`=`",
            Expected::Colon => "`:`",
            Expected::Comma => "`,`",
            Expected::RParen => "`)`",
            Expected::RBracket => "`]`",
            Expected::LBrace => "`{`",
            Expected::RBrace => "`}`",
            Expected::Clause => {
                "a clause (`title`, `cite`, `group`, `text`, `indicator`, `amended`, `weight`, \
                 `exception`, `deadline`, `met on`, `applies when`, `require`, `partial when`, `in each jurisdiction`)"
            }
            Expected::AsOf => "`as_of`",
            Expected::Profile => "`profile`",
            Expected::Expect => "`expect`",
            Expected::Amended => "`amended`",
            Expected::Indicator => "`indicator`",
            Expected::InWindow => "`in_window`",
            Expected::Ruleset => "`ruleset`",
            Expected::Schema => "`schema`",
            Expected::Define => "`define`",
            Expected::Obligation => "`obligation`",
            Expected::Test => "`test`",
            Expected::End => "the end of the file",
        }
    }

    fn bit(self) -> u64 {
        1 << (self as u32)
    }
}

/// The things tried at one token.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct ExpectedSet(u64);

impl ExpectedSet {
    pub fn add(&mut self, expected: Expected) {
        self.0 |= expected.bit();
    }

    fn has(self, expected: Expected) -> bool {
        self.0 & expected.bit() != 0
    }

    /// Whether a string literal could stand here: a malformed one is then the error.
    pub fn takes_string(self) -> bool {
        [
            Expected::Str,
            Expected::Expression,
            Expected::Value,
            Expected::Key,
        ]
        .into_iter()
        .any(|e| self.has(e))
    }

    /// Whether a number could stand here: a malformed one is then the error.
    pub fn takes_number(self) -> bool {
        [Expected::Number, Expected::Expression, Expected::Value]
            .into_iter()
            .any(|e| self.has(e))
    }

    /// Whether a date, and no other literal, could stand here (`as_of`, `deadline`).
    pub fn takes_only_date(self) -> bool {
        self.has(Expected::Date) && !self.takes_number()
    }

    fn words(self) -> Vec<&'static str> {
        ALL.iter()
            .filter(|e| self.has(**e))
            .map(|e| e.words())
            .collect()
    }
}

/// `expected A, B or C, found X` at `token`, with a hint when one applies.
pub(super) fn unexpected(source: &str, token: Token, expected: ExpectedSet) -> SyntaxError {
    let found = describe_token(source, token);
    let names = expected.words();
    let message = if names.is_empty() {
        format!("unexpected {found}")
    } else {
        format!("expected {}, found {found}", join_or(&names))
    };
    let error = SyntaxError::new(codes::SYNTAX, message, token.span());
    let help = match token.kind {
        Kind::OpenStr => Some(UNCLOSED_STRING_HELP.to_string()),
        Kind::Word(Some(keyword)) if keyword.is_reserved() && expected.has(Expected::Name) => {
            Some(format!(
                "`{}` is a reserved word and cannot be a name",
                describe_raw(source, token)
            ))
        }
        _ => hint(source.get(token.start..).unwrap_or_default()),
    };
    match help {
        Some(help) => error.with_help(help),
        None => error,
    }
}

const UNCLOSED_STRING_HELP: &str = "a string ends with `\"` on the line where it starts";

/// `expected <what>, found X` at a byte that is not where a token starts (inside a number,
/// right after a dot, at the end of an unclosed string).
pub(super) fn expected_at(source: &str, at: usize, what: &str) -> SyntaxError {
    let found = describe_at(source, at);
    let end = source
        .get(at..)
        .and_then(|rest| rest.chars().next())
        .map_or(at, |c| at + c.len_utf8());
    SyntaxError::new(
        codes::SYNTAX,
        format!("expected {what}, found {found}"),
        Span::new(at, end),
    )
}

/// A string whose closing quote is missing where `token` ends.
pub(super) fn open_string(source: &str, token: Token) -> SyntaxError {
    expected_at(source, token.end, "`\"` to close the string").with_help(UNCLOSED_STRING_HELP)
}

/// A number that runs into a letter, or whose `.` has no digits after it.
pub(super) fn bad_number(source: &str, token: Token) -> SyntaxError {
    let at = bad_number_at(source.as_bytes(), token);
    let text = source.get(token.start..at).unwrap_or_default();
    let what = if text.ends_with('.') {
        "a digit after `.`"
    } else if text.contains('.') {
        "a digit"
    } else {
        "a digit or `.`"
    };
    expected_at(source, at, what)
}

/// Digits where a date was expected: the error points where they stop looking like one.
pub(super) fn bad_date(source: &str, token: Token) -> SyntaxError {
    let rest = source.as_bytes().get(token.start..).unwrap_or_default();
    expected_at(
        source,
        token.start + date_prefix_len(rest),
        "a date (YYYY-MM-DD)",
    )
}

fn describe_token(source: &str, token: Token) -> String {
    match token.kind {
        Kind::End => "the end of the file".to_string(),
        Kind::Str { .. } => "a string".to_string(),
        Kind::OpenStr => "an unclosed string".to_string(),
        Kind::Unknown => describe_at(source, token.start),
        _ => quoted(describe_raw(source, token)),
    }
}

fn describe_raw(source: &str, token: Token) -> &str {
    source.get(token.start..token.end).unwrap_or_default()
}

/// What stands at byte `at`: a word, a character, a space, the end of the file.
fn describe_at(source: &str, at: usize) -> String {
    let rest = source.get(at..).unwrap_or_default();
    let Some(c) = rest.chars().next() else {
        return "the end of the file".to_string();
    };
    match c {
        ' ' => "a space".to_string(),
        '\t' => "a tab".to_string(),
        '\r' | '\n' => "the end of the line".to_string(),
        '#' => "a comment".to_string(),
        _ if c.is_alphanumeric() || c == '_' => {
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            quoted(rest.get(..end).unwrap_or_default())
        }
        _ if c.is_control() || c == '\u{FFFD}' => format!("the character U+{:04X}", c as u32),
        _ => format!("`{c}`"),
    }
}

/// The text in backquotes, cut to 24 characters.
fn quoted(text: &str) -> String {
    let cut: String = text.chars().take(24).collect();
    format!("`{cut}`")
}

fn join_or(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

fn hint(rest: &str) -> Option<String> {
    if rest.starts_with('=') && !rest.starts_with("==") {
        return Some("comparisons are written `==`".to_string());
    }
    if rest.starts_with("&&") || rest.starts_with("||") {
        return Some("write `and` and `or`".to_string());
    }
    if rest.starts_with('!') && !rest.starts_with("!=") {
        return Some("write `not`".to_string());
    }
    if rest.starts_with('\'') {
        return Some("strings are written in double quotes".to_string());
    }
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    let word = rest.get(..end).unwrap_or_default();
    misspelt_keyword(word).map(|keyword| format!("did you mean `{keyword}`?"))
}

/// The clause or declaration word `word` is probably a typo of.
fn misspelt_keyword(word: &str) -> Option<&'static str> {
    const WORDS: [&str; 22] = [
        "title",
        "cite",
        "group",
        "text",
        "indicator",
        "amended",
        "weight",
        "exception",
        "deadline",
        "met",
        "applies",
        "require",
        "partial",
        "jurisdiction",
        "obligation",
        "define",
        "test",
        "ruleset",
        "schema",
        "expect",
        "profile",
        "as_of",
    ];
    // A keyword where it does not belong is no misspelling.
    if WORDS.contains(&word) {
        return None;
    }
    crate::suggest::closest(word, WORDS)
}
