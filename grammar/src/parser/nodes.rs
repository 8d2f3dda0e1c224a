//! The expression nodes, built on the operand stack: each parsing function of `expr.rs`
//! leaves exactly one node there, and these helpers take the operands of a node off it and
//! put the node back. They run outside the recursion, so their stack frames do not add up.
//!
//! Once the expression is certain to give an error (`DepthLimit::failed`), prefixes and
//! operators no longer nest their operands: the tree is thrown away, and `not not … a` or
//! `1 + 1 + …` of any length would otherwise build one too deep to drop.

use crate::ast::{BinaryOp, Expr, ExprKind, Ident, Quantifier};
use crate::error::{SyntaxError, codes};
use crate::lexer::{Keyword, Kind};
use crate::span::Span;

use super::expected::Expected;
use super::{Parsed, Parser};

/// The prefix operators.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Prefix {
    Not,
    Neg,
}

impl Parser<'_> {
    /// The node the last parsing function left. A mistake in the parser that leaves none is
    /// reported as an error, not a panic.
    pub(super) fn pop_operand(&mut self) -> Parsed<Expr> {
        self.operands.pop().ok_or_else(|| {
            Box::new(
                SyntaxError::new(codes::SYNTAX, "incomplete construct", self.token.span())
                    .with_help("this is a bug in the parser; please report the input"),
            )
        })
    }

    /// The last `count` nodes, in order.
    fn pop_operands(&mut self, count: usize) -> Vec<Expr> {
        let at = self.operands.len().saturating_sub(count);
        self.operands.split_off(at)
    }

    /// `count` operands joined by `joiner`, from `start` to the last token.
    pub(super) fn build_chain(&mut self, joiner: Keyword, count: usize, start: usize) {
        let operands = self.pop_operands(count);
        let kind = if joiner == Keyword::Or {
            ExprKind::Or(operands)
        } else {
            ExprKind::And(operands)
        };
        let span = self.span_from(start);
        self.operands.push(Expr { kind, span });
    }

    /// The operand wrapped in one node per prefix at `starts`, each ending where it ends.
    pub(super) fn build_prefixed(&mut self, prefix: Prefix, starts: &[usize]) -> Parsed<()> {
        if self.depth.failed() {
            return Ok(());
        }
        let mut expr = self.pop_operand()?;
        let end = self.last_end;
        for &start in starts.iter().rev() {
            let operand = Box::new(expr);
            let kind = match prefix {
                Prefix::Not => ExprKind::Not(operand),
                Prefix::Neg => ExprKind::Neg(operand),
            };
            expr = Expr {
                kind,
                span: Span::new(start, end),
            };
        }
        self.operands.push(expr);
        Ok(())
    }

    /// The two last nodes joined by `op`; the span runs from the left operand's start to the
    /// right one's end (without the brackets around them).
    pub(super) fn build_binary(&mut self, op: BinaryOp) -> Parsed<()> {
        let rhs = self.pop_operand()?;
        if self.depth.failed() {
            return Ok(());
        }
        let lhs = self.pop_operand()?;
        let span = lhs.span.to(rhs.span);
        self.operands.push(Expr {
            kind: ExprKind::Binary {
                op,
                lhs: Box::new(lhs),
                rhs: Box::new(rhs),
            },
            span,
        });
        Ok(())
    }

    pub(super) fn build_list(&mut self, count: usize, start: usize) {
        let items = self.pop_operands(count);
        let span = self.span_from(start);
        self.operands.push(Expr {
            kind: ExprKind::List(items),
            span,
        });
    }

    pub(super) fn build_call(&mut self, name: Ident, count: usize) {
        let args = self.pop_operands(count);
        let span = self.span_from(name.span.start);
        self.operands.push(Expr {
            kind: ExprKind::Call { name, args },
            span,
        });
    }

    /// The quantifier from `start`, of the list (and the condition, if it has one) on the
    /// stack. `all` and `any` without a condition are E0005, found after their parts.
    pub(super) fn build_quantified(
        &mut self,
        quantifier: Quantifier,
        var: Ident,
        has_condition: bool,
        start: usize,
    ) -> Parsed<()> {
        let condition = if has_condition {
            Some(Box::new(self.pop_operand()?))
        } else {
            None
        };
        let list = self.pop_operand()?;
        let span = self.span_from(start);
        if condition.is_none() && quantifier != Quantifier::Count {
            self.depth
                .fail(missing_where(quantifier, &var, &list, span));
        }
        self.operands.push(Expr {
            kind: ExprKind::Quantified {
                quantifier,
                var,
                list: Box::new(list),
                condition,
            },
            span,
        });
        Ok(())
    }

    /// DATE | NUMBER | STRING | "true" | "false", or the error of a token that starts no
    /// expression.
    pub(super) fn literal(&mut self) -> Parsed<()> {
        let token = self.token;
        let kind = match token.kind {
            Kind::Word(Some(Keyword::True)) => ExprKind::Bool(true),
            Kind::Word(Some(Keyword::False)) => ExprKind::Bool(false),
            Kind::Number => ExprKind::Number(self.text(token).to_string()),
            Kind::Date => ExprKind::Date(self.text(token).to_string()),
            Kind::Str { escaped } => match self.string_value(token, escaped) {
                Ok(value) => ExprKind::Str(value),
                Err(error) => {
                    self.depth.fail(error);
                    ExprKind::Str(String::new())
                }
            },
            _ => {
                self.note(Expected::Expression);
                return Err(self.fail());
            }
        };
        self.skip();
        self.operands.push(Expr {
            kind,
            span: token.span(),
        });
        Ok(())
    }
}

/// E0005: `all` or `any` without its condition.
fn missing_where(quantifier: Quantifier, var: &Ident, list: &Expr, span: Span) -> SyntaxError {
    SyntaxError::new(
        codes::INCOMPLETE,
        format!("`{}` needs a `where` condition", quantifier.keyword()),
        span,
    )
    .with_help(format!(
        "write `{} {} in {} where <condition>`",
        quantifier.keyword(),
        var.name,
        list_text(list)
    ))
}

fn list_text(list: &Expr) -> String {
    match &list.kind {
        ExprKind::Path(parts) => parts
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join("."),
        _ => "<list>".to_string(),
    }
}
