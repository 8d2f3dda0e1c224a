//! The AST from the pairs of the rule `file`: declarations, obligations, tests and inline
//! profiles (expressions are in `expr.rs`).
//!
//! Spans. A pair of a rule that ends with an optional or repeated part also holds the layout
//! the generated parser skipped before trying that part; a node ends at its last token, so
//! every span ends at the last token end at or before the pair's end.

use lexpact_grammar::ast::{
    Clause, ClauseKind, Data, DataKind, Definition, ExpectedMark, Ident, Item, Obligation, RawLit,
    RulesetDecl, SchemaDecl, StrLit, TestBlock, TestClause, TestClauseKind,
};
use lexpact_grammar::error::codes;
use lexpact_grammar::{Span, SyntaxError};
use pest::iterators::{Pair, Pairs};

use crate::Rule;

pub(crate) type Built<T> = Result<T, SyntaxError>;

pub(crate) struct Builder<'t> {
    token_ends: &'t [usize],
    pub(crate) max_depth: usize,
}

/// The next pair of `pairs`, which the grammar guarantees.
pub(crate) fn next<'i>(pairs: &mut Pairs<'i, Rule>, around: Span) -> Built<Pair<'i, Rule>> {
    pairs.next().ok_or_else(|| missing(around))
}

/// A pair the grammar guarantees is missing: a mistake of the builder, reported, not a panic.
#[cold]
pub(crate) fn missing(around: Span) -> SyntaxError {
    SyntaxError::new(
        codes::SYNTAX,
        "the reference builder does not match the grammar",
        around,
    )
}

impl<'t> Builder<'t> {
    pub fn new(token_ends: &'t [usize], max_depth: usize) -> Self {
        Builder {
            token_ends,
            max_depth,
        }
    }

    /// From the pair's start to the end of its last token.
    pub(crate) fn span(&self, pair: &Pair<'_, Rule>) -> Span {
        let span = pair.as_span();
        let (start, end) = (span.start(), span.end());
        let last = self.token_ends.partition_point(|&e| e <= end);
        let end = last
            .checked_sub(1)
            .and_then(|i| self.token_ends.get(i))
            .copied()
            .filter(|&e| e >= start)
            .unwrap_or(end);
        Span::new(start, end)
    }

    pub fn file(&mut self, file: Pair<'_, Rule>) -> Built<Vec<Item>> {
        let mut items = Vec::new();
        for pair in file.into_inner() {
            let item = match pair.as_rule() {
                Rule::ruleset => Item::Ruleset(self.ruleset(pair)?),
                Rule::schema => Item::Schema(self.schema(pair)?),
                Rule::define => Item::Define(self.define(pair)?),
                Rule::obligation => Item::Obligation(self.obligation(pair)?),
                Rule::test => Item::Test(self.test(pair)?),
                Rule::EOI => continue,
                _ => return Err(missing(self.span(&pair))),
            };
            items.push(item);
        }
        Ok(items)
    }

    fn ruleset(&mut self, pair: Pair<'_, Rule>) -> Built<RulesetDecl> {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        next(&mut inner, span)?;
        let name = string(next(&mut inner, span)?)?;
        let version = match inner.next() {
            Some(_) => Some(string(next(&mut inner, span)?)?),
            None => None,
        };
        Ok(RulesetDecl {
            name,
            version,
            span,
        })
    }

    fn schema(&mut self, pair: Pair<'_, Rule>) -> Built<SchemaDecl> {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        next(&mut inner, span)?;
        let target = string(next(&mut inner, span)?)?;
        Ok(SchemaDecl { target, span })
    }

    fn define(&mut self, pair: Pair<'_, Rule>) -> Built<Definition> {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        next(&mut inner, span)?;
        let name = ident(&next(&mut inner, span)?);
        let mut body = next(&mut inner, span)?;
        let params = if body.as_rule() == Rule::params {
            let params = body.into_inner().map(|p| ident(&p)).collect();
            body = next(&mut inner, span)?;
            Some(params)
        } else {
            None
        };
        let body = self.root_expr(body)?;
        Ok(Definition {
            name,
            params,
            body,
            span,
        })
    }

    fn obligation(&mut self, pair: Pair<'_, Rule>) -> Built<Obligation> {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        next(&mut inner, span)?;
        let id = ident(&next(&mut inner, span)?);
        let clauses = inner
            .map(|clause| self.clause(clause))
            .collect::<Built<_>>()?;
        Ok(Obligation { id, clauses, span })
    }

    fn clause(&mut self, pair: Pair<'_, Rule>) -> Built<Clause> {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let keyword = next(&mut inner, span)?;
        let kind = match keyword.as_rule() {
            Rule::kw_title => ClauseKind::Title(string(next(&mut inner, span)?)?),
            Rule::kw_cite => ClauseKind::Cite(string(next(&mut inner, span)?)?),
            Rule::kw_group => ClauseKind::Group(string(next(&mut inner, span)?)?),
            Rule::kw_text => ClauseKind::Text(string(next(&mut inner, span)?)?),
            Rule::kw_indicator => ClauseKind::Indicator(string(next(&mut inner, span)?)?),
            Rule::kw_amended => ClauseKind::Amended(string(next(&mut inner, span)?)?),
            Rule::kw_exception => ClauseKind::Exception(string(next(&mut inner, span)?)?),
            Rule::kw_weight => ClauseKind::Weight(raw(&next(&mut inner, span)?)),
            Rule::kw_deadline => {
                let first = raw(&next(&mut inner, span)?);
                match inner.next() {
                    Some(_) => ClauseKind::Deadline {
                        from: Some(first),
                        due: raw(&next(&mut inner, span)?),
                    },
                    None => ClauseKind::Deadline {
                        from: None,
                        due: first,
                    },
                }
            }
            Rule::kw_met => {
                next(&mut inner, span)?;
                ClauseKind::MetOn(self.root_expr(next(&mut inner, span)?)?)
            }
            Rule::kw_applies => {
                next(&mut inner, span)?;
                ClauseKind::AppliesWhen(self.root_expr(next(&mut inner, span)?)?)
            }
            Rule::kw_partial => {
                next(&mut inner, span)?;
                ClauseKind::PartialWhen(self.root_expr(next(&mut inner, span)?)?)
            }
            Rule::kw_require => ClauseKind::Require(self.root_expr(next(&mut inner, span)?)?),
            Rule::kw_in => ClauseKind::InEachJurisdiction,
            _ => return Err(missing(span)),
        };
        Ok(Clause { kind, span })
    }

    fn test(&mut self, pair: Pair<'_, Rule>) -> Built<TestBlock> {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        next(&mut inner, span)?;
        let name = string(next(&mut inner, span)?)?;
        let clauses = inner
            .map(|clause| self.test_clause(clause))
            .collect::<Built<_>>()?;
        Ok(TestBlock {
            name,
            clauses,
            span,
        })
    }

    fn test_clause(&mut self, pair: Pair<'_, Rule>) -> Built<TestClause> {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let keyword = next(&mut inner, span)?;
        let kind = match keyword.as_rule() {
            Rule::kw_as_of => TestClauseKind::AsOf(raw(&next(&mut inner, span)?)),
            Rule::kw_profile => {
                let value = next(&mut inner, span)?;
                if value.as_rule() == Rule::object {
                    TestClauseKind::ProfileInline(self.data(value)?)
                } else {
                    TestClauseKind::ProfileFile(string(value)?)
                }
            }
            Rule::kw_expect => {
                let first = next(&mut inner, span)?;
                if first.as_rule() == Rule::number {
                    let unit = ident(&next(&mut inner, span)?);
                    let mut verdict = None;
                    let mut group = None;
                    for rest in inner {
                        match rest.as_rule() {
                            Rule::counted => verdict = Some(ident(&rest)),
                            Rule::string => group = Some(string(rest)?),
                            _ => {}
                        }
                    }
                    TestClauseKind::ExpectCount {
                        count: raw(&first),
                        unit,
                        verdict,
                        group,
                    }
                } else {
                    let id = ident(&first);
                    let second = next(&mut inner, span)?;
                    match second.as_rule() {
                        Rule::negated => TestClauseKind::ExpectMark {
                            id,
                            negated: true,
                            mark: mark(next(&mut inner, span)?, span)?,
                        },
                        Rule::mark => TestClauseKind::ExpectMark {
                            id,
                            negated: false,
                            mark: mark(second, span)?,
                        },
                        _ => TestClauseKind::Expect {
                            id,
                            verdict: ident(&second),
                            deadline: inner.next().map(|status| ident(&status)),
                        },
                    }
                }
            }
            _ => return Err(missing(span)),
        };
        Ok(TestClause { kind, span })
    }

    /// A value of an inline profile.
    fn data(&mut self, pair: Pair<'_, Rule>) -> Built<Data> {
        let span = self.span(&pair);
        let kind = match pair.as_rule() {
            Rule::object => {
                let mut entries = Vec::new();
                for entry in pair.into_inner() {
                    let mut inner = entry.into_inner();
                    let key = next(&mut inner, span)?;
                    let key = if key.as_rule() == Rule::string {
                        let key = string(key)?;
                        Ident {
                            name: key.value,
                            span: key.span,
                        }
                    } else {
                        ident(&key)
                    };
                    entries.push((key, self.data(next(&mut inner, span)?)?));
                }
                DataKind::Object(entries)
            }
            Rule::list => DataKind::List(
                pair.into_inner()
                    .map(|value| self.data(value))
                    .collect::<Built<_>>()?,
            ),
            Rule::date => DataKind::Date(pair.as_str().to_string()),
            Rule::string => DataKind::Str(string(pair)?.value),
            Rule::negative | Rule::number => DataKind::Number(pair.as_str().to_string()),
            Rule::kw_true => DataKind::Bool(true),
            Rule::kw_false => DataKind::Bool(false),
            Rule::kw_null => DataKind::Null,
            _ => return Err(missing(span)),
        };
        Ok(Data { kind, span })
    }
}

/// The mark of `expect NAME [not] MARK`.
fn mark(pair: Pair<'_, Rule>, around: Span) -> Built<ExpectedMark> {
    let mut inner = pair.into_inner();
    let keyword = next(&mut inner, around)?;
    Ok(match keyword.as_rule() {
        Rule::kw_amended => ExpectedMark::Amended(inner.next().map(string).transpose()?),
        Rule::kw_indicator => ExpectedMark::Indicator(string(next(&mut inner, around)?)?),
        _ => ExpectedMark::InWindow,
    })
}

/// A word as written (atomic rules hold no layout).
pub(crate) fn ident(pair: &Pair<'_, Rule>) -> Ident {
    let span = pair.as_span();
    Ident {
        name: pair.as_str().to_string(),
        span: Span::new(span.start(), span.end()),
    }
}

pub(crate) fn raw(pair: &Pair<'_, Rule>) -> RawLit {
    let span = pair.as_span();
    RawLit {
        raw: pair.as_str().to_string(),
        span: Span::new(span.start(), span.end()),
    }
}

/// A string literal with its escapes resolved; an escape the language does not know is E0004.
pub(crate) fn string(pair: Pair<'_, Rule>) -> Built<StrLit> {
    let pest_span = pair.as_span();
    let span = Span::new(pest_span.start(), pest_span.end());
    let text = pair.as_str();
    let body = text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .unwrap_or_default();
    let mut value = String::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            value.push(c);
            continue;
        }
        match chars.next() {
            Some('"') => value.push('"'),
            Some('\\') => value.push('\\'),
            Some('n') => value.push('\n'),
            Some('t') => value.push('\t'),
            _ => {
                return Err(SyntaxError::new(
                    codes::BAD_ESCAPE,
                    "unknown escape in a string",
                    span,
                ));
            }
        }
    }
    Ok(StrLit { value, span })
}
