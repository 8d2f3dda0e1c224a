//! Literals: strings with their escapes resolved, numbers and dates kept as written.

use crate::ast::{RawLit, StrLit};
use crate::error::{SyntaxError, codes};
use crate::lexer::{Kind, Token};
use crate::span::Span;

use super::expected::Expected;
use super::{Parsed, Parser};

impl Parser<'_> {
    /// A string literal outside an expression. An unknown escape in it is reported after the
    /// parse (see the module documentation of `parser`).
    pub(super) fn string(&mut self) -> Parsed<StrLit> {
        let Kind::Str { escaped } = self.token.kind else {
            self.note(Expected::Str);
            return Err(self.fail());
        };
        let token = self.bump();
        let value = self.string_value(token, escaped).unwrap_or_else(|error| {
            self.defer(error);
            String::new()
        });
        Ok(StrLit {
            value,
            span: token.span(),
        })
    }

    /// The value of a string token: `\"`, `\\`, `\n` and `\t` resolved, or E0004 at the
    /// first other escape.
    pub(super) fn string_value(&self, token: Token, escaped: bool) -> Result<String, SyntaxError> {
        let body = self
            .source
            .get(token.start + 1..token.end.saturating_sub(1))
            .unwrap_or_default();
        if !escaped {
            return Ok(body.to_string());
        }
        let mut value = String::with_capacity(body.len());
        let mut chars = body.char_indices();
        while let Some((at, c)) = chars.next() {
            if c != '\\' {
                value.push(c);
                continue;
            }
            match chars.next() {
                Some((_, '"')) => value.push('"'),
                Some((_, '\\')) => value.push('\\'),
                Some((_, 'n')) => value.push('\n'),
                Some((_, 't')) => value.push('\t'),
                other => {
                    let start = token.start + 1 + at;
                    let len = 1 + other.map_or(0, |(_, c)| c.len_utf8());
                    return Err(SyntaxError::new(
                        codes::BAD_ESCAPE,
                        "unknown escape in a string",
                        Span::new(start, start + len),
                    )
                    .with_help("the escapes are \\\" \\\\ \\n and \\t"));
                }
            }
        }
        Ok(value)
    }

    /// A number or date token, kept as written.
    pub(super) fn raw(&mut self, kind: Kind, expected: Expected) -> Parsed<RawLit> {
        let token = self.expect(kind, expected)?;
        Ok(RawLit {
            raw: self.text(token).to_string(),
            span: token.span(),
        })
    }
}
