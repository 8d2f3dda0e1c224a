//! Declarations, obligations and tests: the rules of `GRAMMAR.md` above the expressions.

use crate::ast::{
    Clause, ClauseKind, Definition, ExpectedMark, Ident, Item, Obligation, RulesetDecl, SchemaDecl,
    TestBlock, TestClause, TestClauseKind,
};
use crate::lexer::{Keyword, Kind};
use crate::span::Span;

use super::expected::Expected;
use super::{Parsed, Parser};

impl Parser<'_> {
    /// file = item* END
    pub(super) fn file(&mut self) -> Parsed<Vec<Item>> {
        let mut items = Vec::new();
        loop {
            let item = match self.token.kind {
                Kind::Word(Some(Keyword::Ruleset)) => Item::Ruleset(self.ruleset()?),
                Kind::Word(Some(Keyword::Schema)) => Item::Schema(self.schema()?),
                Kind::Word(Some(Keyword::Define)) => Item::Define(self.definition()?),
                Kind::Word(Some(Keyword::Obligation)) => Item::Obligation(self.obligation()?),
                Kind::Word(Some(Keyword::Test)) => Item::Test(self.test_block()?),
                Kind::End => return Ok(items),
                _ => {
                    for expected in [
                        Expected::Ruleset,
                        Expected::Schema,
                        Expected::Define,
                        Expected::Obligation,
                        Expected::Test,
                        Expected::End,
                    ] {
                        self.note(expected);
                    }
                    return Err(self.fail());
                }
            };
            items.push(item);
        }
    }

    /// ruleset = "ruleset" STRING ("version" STRING)?
    fn ruleset(&mut self) -> Parsed<RulesetDecl> {
        let start = self.bump().start;
        let name = self.string()?;
        let version = if self.eat_keyword(Keyword::Version, Expected::Version) {
            Some(self.string()?)
        } else {
            None
        };
        Ok(RulesetDecl {
            name,
            version,
            span: self.span_from(start),
        })
    }

    /// schema = "schema" STRING
    fn schema(&mut self) -> Parsed<SchemaDecl> {
        let start = self.bump().start;
        let target = self.string()?;
        Ok(SchemaDecl {
            target,
            span: self.span_from(start),
        })
    }

    /// define = "define" NAME params? "=" expr
    fn definition(&mut self) -> Parsed<Definition> {
        let start = self.bump().start;
        let name = self.name()?;
        let params = if self.token.kind == Kind::LParen {
            Some(self.params()?)
        } else {
            self.note(Expected::LParen);
            None
        };
        self.expect(Kind::Assign, Expected::Assign)?;
        let body = self.root_expr()?;
        Ok(Definition {
            name,
            params,
            body,
            span: self.span_from(start),
        })
    }

    /// params = "(" (NAME ("," NAME)* ","?)? ")"
    fn params(&mut self) -> Parsed<Vec<Ident>> {
        self.skip();
        let mut params = Vec::new();
        while !self.eat(Kind::RParen, Expected::RParen) {
            params.push(self.name()?);
            if !self.eat(Kind::Comma, Expected::Comma) {
                self.expect(Kind::RParen, Expected::RParen)?;
                break;
            }
        }
        Ok(params)
    }

    /// obligation = "obligation" NAME "{" clause* "}"
    fn obligation(&mut self) -> Parsed<Obligation> {
        let start = self.bump().start;
        let id = self.name()?;
        self.expect(Kind::LBrace, Expected::LBrace)?;
        let mut clauses = Vec::new();
        while !self.eat(Kind::RBrace, Expected::RBrace) {
            clauses.push(self.clause()?);
        }
        Ok(Obligation {
            id,
            clauses,
            span: self.span_from(start),
        })
    }

    /// clause = "title" STRING | "cite" STRING | "group" STRING | "text" STRING
    ///        | "indicator" STRING | "amended" STRING
    ///        | "weight" NUMBER | "exception" STRING | "deadline" DATE ("to" DATE)?
    ///        | "met" "on" expr | "applies" "when" expr | "require" expr
    ///        | "partial" "when" expr | "in" "each" "jurisdiction"
    fn clause(&mut self) -> Parsed<Clause> {
        let start = self.token.start;
        let Kind::Word(Some(keyword)) = self.token.kind else {
            return Err(self.no_clause());
        };
        let kind = match keyword {
            Keyword::Title => ClauseKind::Title(self.after_word(Self::string)?),
            Keyword::Cite => ClauseKind::Cite(self.after_word(Self::string)?),
            Keyword::Group => ClauseKind::Group(self.after_word(Self::string)?),
            Keyword::Text => ClauseKind::Text(self.after_word(Self::string)?),
            Keyword::Indicator => ClauseKind::Indicator(self.after_word(Self::string)?),
            Keyword::Amended => ClauseKind::Amended(self.after_word(Self::string)?),
            Keyword::Exception => ClauseKind::Exception(self.after_word(Self::string)?),
            Keyword::Weight => {
                ClauseKind::Weight(self.after_word(|p| p.raw(Kind::Number, Expected::Number))?)
            }
            Keyword::Deadline => {
                let first = self.after_word(|p| p.raw(Kind::Date, Expected::Date))?;
                if self.eat_keyword(Keyword::To, Expected::To) {
                    ClauseKind::Deadline {
                        from: Some(first),
                        due: self.raw(Kind::Date, Expected::Date)?,
                    }
                } else {
                    ClauseKind::Deadline {
                        from: None,
                        due: first,
                    }
                }
            }
            Keyword::Met => ClauseKind::MetOn(self.after_words(Keyword::On, Expected::On)?),
            Keyword::Applies => {
                ClauseKind::AppliesWhen(self.after_words(Keyword::When, Expected::When)?)
            }
            Keyword::Partial => {
                ClauseKind::PartialWhen(self.after_words(Keyword::When, Expected::When)?)
            }
            Keyword::Require => ClauseKind::Require(self.after_word(Self::root_expr)?),
            Keyword::In => {
                self.skip();
                self.expect_keyword(Keyword::Each, Expected::Each)?;
                self.expect_keyword(Keyword::Jurisdiction, Expected::Jurisdiction)?;
                ClauseKind::InEachJurisdiction
            }
            _ => return Err(self.no_clause()),
        };
        Ok(Clause {
            kind,
            span: self.span_from(start),
        })
    }

    #[cold]
    fn no_clause(&mut self) -> Box<crate::error::SyntaxError> {
        self.note(Expected::Clause);
        self.fail()
    }

    /// Consumes a clause's word, then reads its value with `value`.
    fn after_word<T>(&mut self, value: impl FnOnce(&mut Self) -> Parsed<T>) -> Parsed<T> {
        self.skip();
        value(self)
    }

    /// Consumes a clause's two words (`met on`, `applies when`, `partial when`), then reads
    /// its expression.
    fn after_words(&mut self, second: Keyword, expected: Expected) -> Parsed<crate::ast::Expr> {
        self.skip();
        self.expect_keyword(second, expected)?;
        self.root_expr()
    }

    /// test = "test" STRING "{" test_clause* "}"
    fn test_block(&mut self) -> Parsed<TestBlock> {
        let start = self.bump().start;
        let name = self.string()?;
        self.expect(Kind::LBrace, Expected::LBrace)?;
        let mut clauses = Vec::new();
        while !self.eat(Kind::RBrace, Expected::RBrace) {
            clauses.push(self.test_clause()?);
        }
        Ok(TestBlock {
            name,
            clauses,
            span: self.span_from(start),
        })
    }

    /// test_clause = "as_of" DATE | "profile" (STRING | object)
    ///             | "expect" NUMBER WORD COUNTED? ("in" STRING)?
    ///             | "expect" NAME "not"? MARK | "expect" NAME VERDICT STATUS?
    fn test_clause(&mut self) -> Parsed<TestClause> {
        let start = self.token.start;
        let kind = match self.token.kind {
            Kind::Word(Some(Keyword::AsOf)) => {
                self.skip();
                TestClauseKind::AsOf(self.raw(Kind::Date, Expected::Date)?)
            }
            Kind::Word(Some(Keyword::Profile)) => {
                self.skip();
                if self.token.kind == Kind::LBrace {
                    TestClauseKind::ProfileInline(self.data_object(0)?)
                } else {
                    self.note(Expected::LBrace);
                    TestClauseKind::ProfileFile(self.string()?)
                }
            }
            Kind::Word(Some(Keyword::Expect)) => {
                self.skip();
                if self.token.kind == Kind::Number {
                    self.expect_count()?
                } else {
                    self.note(Expected::Number);
                    let id = self.name()?;
                    self.expect_on(id)?
                }
            }
            _ => {
                for expected in [Expected::AsOf, Expected::Profile, Expected::Expect] {
                    self.note(expected);
                }
                return Err(self.fail());
            }
        };
        Ok(TestClause {
            kind,
            span: self.span_from(start),
        })
    }

    /// After `expect NAME`: `[not] mark`, or a verdict and an optional status.
    fn expect_on(&mut self, id: Ident) -> Parsed<TestClauseKind> {
        let negated = self.token.kind == Kind::Word(Some(Keyword::Not));
        if negated {
            self.skip();
        }
        let mark = match self.token.kind {
            Kind::Word(Some(Keyword::Amended)) => {
                self.skip();
                let passage = if matches!(self.token.kind, Kind::Str { .. } | Kind::OpenStr) {
                    Some(self.string()?)
                } else {
                    self.note(Expected::Str);
                    None
                };
                ExpectedMark::Amended(passage)
            }
            Kind::Word(Some(Keyword::Indicator)) => {
                self.skip();
                ExpectedMark::Indicator(self.string()?)
            }
            Kind::Word(Some(Keyword::InWindow)) => {
                self.skip();
                ExpectedMark::InWindow
            }
            _ if negated => {
                for expected in [Expected::Amended, Expected::Indicator, Expected::InWindow] {
                    self.note(expected);
                }
                return Err(self.fail());
            }
            _ => {
                let verdict = self.word()?;
                let deadline = self.deadline_status();
                return Ok(TestClauseKind::Expect {
                    id,
                    verdict,
                    deadline,
                });
            }
        };
        Ok(TestClauseKind::ExpectMark { id, negated, mark })
    }

    /// `expect NUMBER UNIT [VERDICT] [in STRING]`, after `expect`.
    fn expect_count(&mut self) -> Parsed<TestClauseKind> {
        let count = self.raw(Kind::Number, Expected::Number)?;
        let unit = self.word()?;
        let verdict = match self.token.kind {
            Kind::Word(Some(Keyword::In | Keyword::Expect | Keyword::AsOf | Keyword::Profile)) => {
                None
            }
            Kind::Word(_) => Some(self.any_word()),
            _ => {
                self.note(Expected::Name);
                None
            }
        };
        let group = if self.eat_keyword(Keyword::In, Expected::In) {
            Some(self.string()?)
        } else {
            None
        };
        Ok(TestClauseKind::ExpectCount {
            count,
            unit,
            verdict,
            group,
        })
    }

    /// Any word, reserved or not (a verdict).
    fn word(&mut self) -> Parsed<Ident> {
        if matches!(self.token.kind, Kind::Word(_)) {
            Ok(self.any_word())
        } else {
            self.note(Expected::Name);
            Err(self.fail())
        }
    }

    /// STATUS: any word but the three that start a test clause.
    fn deadline_status(&mut self) -> Option<Ident> {
        match self.token.kind {
            Kind::Word(Some(Keyword::Expect | Keyword::AsOf | Keyword::Profile)) => None,
            Kind::Word(_) => Some(self.any_word()),
            _ => {
                self.note(Expected::Name);
                None
            }
        }
    }

    /// From `start` to the end of the last token consumed.
    pub(super) fn span_from(&self, start: usize) -> Span {
        Span::new(start, self.last_end)
    }
}
