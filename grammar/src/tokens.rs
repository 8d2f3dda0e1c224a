//! The tokens of a source with a lexical class each, comments included, for editors that
//! colour text (the language service's semantic tokens). The parser's own lexer reads them, so
//! that an editor sees the words exactly as the parser does.

use crate::lexer::{Kind, Lexer};
use crate::span::Span;

/// What a token is, as the lexer alone can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenClass {
    /// A word the grammar gives a role (`obligation`, `require`, `and`, `true`, …). Words that
    /// are keywords only where a clause starts (`text`, `title`) may also be names.
    Keyword,
    /// Any other word: a name.
    Word,
    /// A number, or a malformed one (`12ab`).
    Number,
    /// A date `YYYY-MM-DD`.
    Date,
    /// A string, closed or not.
    String,
    /// A `#` comment, to the end of its line.
    Comment,
    /// An operator: `==`, `<`, `+`, `=`, ….
    Operator,
    /// Brackets, braces, parentheses, `,`, `:`, `.`.
    Punctuation,
    /// A character the language has no use for.
    Unknown,
}

/// Every token and comment of `source`, in order, none overlapping. Never fails: malformed
/// text is still cut into tokens (nesting is not limited here: nothing recurses).
pub fn tokens(source: &str) -> Vec<(Span, TokenClass)> {
    let mut lexer = Lexer::new(source, usize::MAX);
    let mut out = Vec::new();
    loop {
        let token = lexer.next_token();
        let class = match token.kind {
            Kind::End => break,
            Kind::Word(Some(_)) => TokenClass::Keyword,
            Kind::Word(None) => TokenClass::Word,
            Kind::Number | Kind::BadNumber => TokenClass::Number,
            Kind::Date => TokenClass::Date,
            Kind::Str { .. } | Kind::OpenStr => TokenClass::String,
            Kind::LParen
            | Kind::RParen
            | Kind::LBracket
            | Kind::RBracket
            | Kind::LBrace
            | Kind::RBrace
            | Kind::Comma
            | Kind::Colon
            | Kind::Dot => TokenClass::Punctuation,
            Kind::Assign
            | Kind::EqEq
            | Kind::NotEq
            | Kind::Less
            | Kind::LessEq
            | Kind::Greater
            | Kind::GreaterEq
            | Kind::Plus
            | Kind::Minus
            | Kind::Star
            | Kind::Slash => TokenClass::Operator,
            Kind::Unknown => TokenClass::Unknown,
        };
        out.push((token.span(), class));
    }
    let comments = lexer.into_comments();
    if comments.is_empty() {
        return out;
    }
    let mut merged = Vec::with_capacity(out.len() + comments.len());
    let mut comments = comments.into_iter().peekable();
    for token in out {
        while let Some(c) = comments.next_if(|c| c.span.start < token.0.start) {
            merged.push((c.span, TokenClass::Comment));
        }
        merged.push(token);
    }
    merged.extend(comments.map(|c| (c.span, TokenClass::Comment)));
    merged
}

#[cfg(test)]
mod tests {
    use super::{TokenClass as C, tokens};

    #[test]
    fn every_token_and_comment_in_order() {
        let source = "# top\ndefine x = a.b >= 2020-01-01 # why\n\"s\" 12ab §";
        let got: Vec<(&str, C)> = tokens(source)
            .into_iter()
            .map(|(s, c)| (source.get(s.start..s.end).unwrap_or("?"), c))
            .collect();
        assert_eq!(
            got,
            vec![
                ("# top", C::Comment),
                ("define", C::Keyword),
                ("x", C::Word),
                ("=", C::Operator),
                ("a", C::Word),
                (".", C::Punctuation),
                ("b", C::Word),
                (">=", C::Operator),
                ("2020-01-01", C::Date),
                ("# why", C::Comment),
                ("\"s\"", C::String),
                ("12ab", C::Number),
                ("§", C::Unknown),
            ]
        );
    }

    #[test]
    fn deep_or_unclosed_input_still_tokenises() {
        let deep = "(".repeat(10_000);
        assert_eq!(tokens(&deep).len(), 10_000);
        assert_eq!(tokens("\"open").first().map(|t| t.1), Some(C::String));
    }
}
