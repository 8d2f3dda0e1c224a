//! The data of an inline test profile: JSON with bare keys and bare dates.

use crate::ast::{Data, DataKind, Ident};
use crate::error::too_deep;
use crate::lexer::{Keyword, Kind, Token};
use crate::span::Span;

use super::expected::{self, Expected};
use super::{Parsed, Parser};

impl Parser<'_> {
    /// value = object | list | DATE | STRING | "-"? NUMBER | "true" | "false" | "null"
    ///
    /// `depth` counts the objects and lists around the value; deeper than the limit is an
    /// error (the pre-scan refuses such a source first, counting the same brackets).
    fn data_value(&mut self, depth: usize) -> Parsed<Data> {
        if depth > self.max_depth {
            return Err(Box::new(too_deep(self.token.span(), self.max_depth)));
        }
        let token = self.token;
        let kind = match token.kind {
            Kind::LBrace => return self.data_object(depth),
            Kind::LBracket => return self.data_list(depth),
            Kind::Minus => return self.negative_number(),
            Kind::Str { .. } => {
                let string = self.string()?;
                return Ok(Data {
                    kind: DataKind::Str(string.value),
                    span: string.span,
                });
            }
            Kind::Date => DataKind::Date(self.text(token).to_string()),
            Kind::Number if self.starts_bad_date(token) => {
                return Err(Box::new(expected::bad_date(self.source, token)));
            }
            Kind::Number => DataKind::Number(self.text(token).to_string()),
            Kind::Word(Some(Keyword::True)) => DataKind::Bool(true),
            Kind::Word(Some(Keyword::False)) => DataKind::Bool(false),
            Kind::Word(Some(Keyword::Null)) => DataKind::Null,
            _ => {
                self.note(Expected::Value);
                return Err(self.fail());
            }
        };
        self.skip();
        Ok(Data {
            kind,
            span: token.span(),
        })
    }

    /// A year run into `-` (`2024-01-0x`): meant as a date, as no number is followed by `-`.
    fn starts_bad_date(&self, number: Token) -> bool {
        let year = number.end - number.start == 4;
        year && self.source.as_bytes().get(number.end) == Some(&b'-')
    }

    /// `-` and the digits right after it, one number.
    fn negative_number(&mut self) -> Parsed<Data> {
        let minus = self.bump();
        let number = self.token;
        match number.kind {
            Kind::Number if number.start == minus.end => {
                self.skip();
                let span = Span::new(minus.start, number.end);
                let text = self.source.get(span.start..span.end).unwrap_or_default();
                Ok(Data {
                    kind: DataKind::Number(text.to_string()),
                    span,
                })
            }
            Kind::BadNumber if number.start == minus.end => {
                Err(Box::new(expected::bad_number(self.source, number)))
            }
            _ => Err(Box::new(expected::expected_at(
                self.source,
                minus.end,
                "a number right after `-`",
            ))),
        }
    }

    /// object = "{" (entry ("," entry)* ","?)? "}" ; entry = (STRING | WORD) ":" value
    pub(super) fn data_object(&mut self, depth: usize) -> Parsed<Data> {
        let start = self.bump().start;
        let mut entries = Vec::new();
        while !self.eat(Kind::RBrace, Expected::RBrace) {
            let key = self.data_key()?;
            self.expect(Kind::Colon, Expected::Colon)?;
            entries.push((key, self.data_value(depth + 1)?));
            if !self.eat(Kind::Comma, Expected::Comma) {
                self.expect(Kind::RBrace, Expected::RBrace)?;
                break;
            }
        }
        Ok(Data {
            kind: DataKind::Object(entries),
            span: self.span_from(start),
        })
    }

    /// A key: any word, or a string.
    fn data_key(&mut self) -> Parsed<Ident> {
        match self.token.kind {
            Kind::Word(_) => Ok(self.any_word()),
            Kind::Str { .. } => {
                let string = self.string()?;
                Ok(Ident {
                    name: string.value,
                    span: string.span,
                })
            }
            _ => {
                self.note(Expected::Key);
                Err(self.fail())
            }
        }
    }

    /// list = "[" (value ("," value)* ","?)? "]"
    fn data_list(&mut self, depth: usize) -> Parsed<Data> {
        let start = self.bump().start;
        let mut items = Vec::new();
        while !self.eat(Kind::RBracket, Expected::RBracket) {
            items.push(self.data_value(depth + 1)?);
            if !self.eat(Kind::Comma, Expected::Comma) {
                self.expect(Kind::RBracket, Expected::RBracket)?;
                break;
            }
        }
        Ok(Data {
            kind: DataKind::List(items),
            span: self.span_from(start),
        })
    }
}
