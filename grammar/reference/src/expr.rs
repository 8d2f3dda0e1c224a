//! Expressions from their pairs, with the depth limit on the tree (GRAMMAR.md, "Limits").
//!
//! Each function gets the depth of the node it builds: one level more for an operand of an
//! `and` / `or` chain of two or more, `k` more under `k` prefixes, one more for an operand of
//! a comparison or an arithmetic chain (whose `n` operators need `1 + n` levels), a list item,
//! an argument, a quantifier's list or condition; a parenthesised expression is at the depth
//! of its brackets. The first depth past the limit refuses the source, before the nodes under
//! it are built (a long `not` or `+` chain would build a tree too deep to drop).

use lexpact_grammar::ast::{BinaryOp, Expr, ExprKind, Quantifier};
use lexpact_grammar::error::codes;
use lexpact_grammar::{Span, SyntaxError};
use pest::iterators::Pair;

use crate::Rule;
use crate::build::{Builder, Built, ident, missing, next, string};

impl Builder<'_> {
    /// The expression of a definition or a clause: the root of one tree.
    pub(crate) fn root_expr(&mut self, pair: Pair<'_, Rule>) -> Built<Expr> {
        self.expr(pair, 0)
    }

    fn check(&self, depth: usize, span: Span) -> Built<()> {
        if depth > self.max_depth {
            return Err(SyntaxError::new(
                codes::TOO_DEEP,
                "the expression is deeper than max_depth",
                span,
            ));
        }
        Ok(())
    }

    /// expr and and_chain: one flat node for two operands or more.
    fn expr(&mut self, pair: Pair<'_, Rule>, depth: usize) -> Built<Expr> {
        let span = self.span(&pair);
        let rule = pair.as_rule();
        let operands: Vec<_> = pair
            .into_inner()
            .filter(|p| !matches!(p.as_rule(), Rule::kw_or | Rule::kw_and))
            .collect();
        let operand = |builder: &mut Self, pair, depth| match rule {
            Rule::expr => builder.expr(pair, depth),
            _ => builder.negation(pair, depth),
        };
        if operands.len() == 1 {
            let mut operands = operands.into_iter();
            return operand(self, next_of(&mut operands, span)?, depth);
        }
        self.check(depth + 1, span)?;
        let operands = operands
            .into_iter()
            .map(|pair| operand(self, pair, depth + 1))
            .collect::<Built<Vec<_>>>()?;
        let kind = if rule == Rule::expr {
            ExprKind::Or(operands)
        } else {
            ExprKind::And(operands)
        };
        Ok(Expr { kind, span })
    }

    /// not_expr = "not"* comparison
    fn negation(&mut self, pair: Pair<'_, Rule>, depth: usize) -> Built<Expr> {
        let span = self.span(&pair);
        let mut starts = Vec::new();
        let mut operand = None;
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::kw_not => starts.push(part.as_span().start()),
                _ => operand = Some(part),
            }
        }
        let operand = operand.ok_or_else(|| missing(span))?;
        let depth = depth + starts.len();
        self.check(depth, span)?;
        let operand = self.comparison(operand, depth)?;
        Ok(prefixed(operand, &starts, span.end, ExprKind::Not))
    }

    /// comparison = sum (COMPARISON sum)?
    fn comparison(&mut self, pair: Pair<'_, Rule>, depth: usize) -> Built<Expr> {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let lhs = next(&mut inner, span)?;
        let Some(operator) = inner.next() else {
            return self.arithmetic(lhs, depth);
        };
        self.check(depth + 2, span)?;
        let op = match operator.into_inner().next().map(|p| p.as_rule()) {
            Some(Rule::eq) => BinaryOp::Eq,
            Some(Rule::ne) => BinaryOp::Ne,
            Some(Rule::le) => BinaryOp::Le,
            Some(Rule::lt) => BinaryOp::Lt,
            Some(Rule::ge) => BinaryOp::Ge,
            Some(Rule::gt) => BinaryOp::Gt,
            Some(Rule::not_in) => BinaryOp::NotIn,
            Some(Rule::kw_in) => BinaryOp::In,
            _ => return Err(missing(span)),
        };
        let lhs = self.arithmetic(lhs, depth + 1)?;
        let rhs = self.arithmetic(next(&mut inner, span)?, depth + 1)?;
        Ok(binary(op, lhs, rhs))
    }

    /// sum = product (("+" | "-") product)* ; product = unary (("*" | "/") unary)*
    fn arithmetic(&mut self, pair: Pair<'_, Rule>, depth: usize) -> Built<Expr> {
        let span = self.span(&pair);
        let parts: Vec<_> = pair.into_inner().collect();
        let operators = parts.len() / 2;
        let mut parts = parts.into_iter();
        let first = next_of(&mut parts, span)?;
        if operators == 0 {
            return self.operand(first, depth);
        }
        self.check(depth + 1 + operators, span)?;
        let mut lhs = self.operand(first, depth + 1)?;
        while let Some(operator) = parts.next() {
            let op = match operator.as_rule() {
                Rule::plus => BinaryOp::Add,
                Rule::minus => BinaryOp::Sub,
                Rule::star => BinaryOp::Mul,
                Rule::slash => BinaryOp::Div,
                _ => return Err(missing(span)),
            };
            let rhs = self.operand(next_of(&mut parts, span)?, depth + 1)?;
            lhs = binary(op, lhs, rhs);
        }
        Ok(lhs)
    }

    /// An operand of a sum (a product) or of a product (a unary expression).
    fn operand(&mut self, pair: Pair<'_, Rule>, depth: usize) -> Built<Expr> {
        match pair.as_rule() {
            Rule::product => self.arithmetic(pair, depth),
            _ => self.unary(pair, depth),
        }
    }

    /// unary = "-"* primary
    fn unary(&mut self, pair: Pair<'_, Rule>, depth: usize) -> Built<Expr> {
        let span = self.span(&pair);
        let mut starts = Vec::new();
        let mut operand = None;
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::minus => starts.push(part.as_span().start()),
                _ => operand = Some(part),
            }
        }
        let operand = operand.ok_or_else(|| missing(span))?;
        let depth = depth + starts.len();
        self.check(depth, span)?;
        let operand = self.primary(operand, depth)?;
        Ok(prefixed(operand, &starts, span.end, ExprKind::Neg))
    }

    fn primary(&mut self, pair: Pair<'_, Rule>, depth: usize) -> Built<Expr> {
        let span = self.span(&pair);
        let kind = match pair.as_rule() {
            // The expression itself, its span without the brackets.
            Rule::parenthesised => {
                let mut inner = pair.into_inner();
                return self.expr(next(&mut inner, span)?, depth);
            }
            Rule::expr_list => ExprKind::List(self.items(pair, depth)?),
            Rule::call => {
                let mut inner = pair.into_inner();
                let name = ident(&next(&mut inner, span)?);
                if inner.peek().is_some() {
                    self.check(depth + 1, span)?;
                }
                let args = inner
                    .map(|arg| self.expr(arg, depth + 1))
                    .collect::<Built<_>>()?;
                ExprKind::Call { name, args }
            }
            Rule::quantifier => return self.quantifier(pair, depth),
            Rule::path => ExprKind::Path(pair.into_inner().map(|p| ident(&p)).collect()),
            Rule::date => ExprKind::Date(pair.as_str().to_string()),
            Rule::number => ExprKind::Number(pair.as_str().to_string()),
            Rule::string => ExprKind::Str(string(pair)?.value),
            Rule::kw_true => ExprKind::Bool(true),
            Rule::kw_false => ExprKind::Bool(false),
            _ => return Err(missing(span)),
        };
        Ok(Expr { kind, span })
    }

    /// The items of a list, each one level down.
    fn items(&mut self, pair: Pair<'_, Rule>, depth: usize) -> Built<Vec<Expr>> {
        let span = self.span(&pair);
        let items = pair.into_inner();
        if items.peek().is_some() {
            self.check(depth + 1, span)?;
        }
        items.map(|item| self.expr(item, depth + 1)).collect()
    }

    /// quantifier = ("all" | "any" | "count") NAME "in" sum ("where" expr)?
    fn quantifier(&mut self, pair: Pair<'_, Rule>, depth: usize) -> Built<Expr> {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let quantifier = match next(&mut inner, span)?.as_rule() {
            Rule::kw_all => Quantifier::All,
            Rule::kw_any => Quantifier::Any,
            _ => Quantifier::Count,
        };
        let var = ident(&next(&mut inner, span)?);
        next(&mut inner, span)?;
        self.check(depth + 1, span)?;
        let list = self.arithmetic(next(&mut inner, span)?, depth + 1)?;
        let condition = match inner.next() {
            Some(_) => Some(Box::new(self.expr(next(&mut inner, span)?, depth + 1)?)),
            None => None,
        };
        if condition.is_none() && quantifier != Quantifier::Count {
            return Err(SyntaxError::new(
                codes::INCOMPLETE,
                "`all` and `any` need a `where` condition",
                span,
            ));
        }
        Ok(Expr {
            kind: ExprKind::Quantified {
                quantifier,
                var,
                list: Box::new(list),
                condition,
            },
            span,
        })
    }
}

fn next_of<'i>(
    pairs: &mut impl Iterator<Item = Pair<'i, Rule>>,
    around: Span,
) -> Built<Pair<'i, Rule>> {
    pairs.next().ok_or_else(|| missing(around))
}

/// `operand` under one prefix node per start, each ending at `end`.
fn prefixed(mut expr: Expr, starts: &[usize], end: usize, node: fn(Box<Expr>) -> ExprKind) -> Expr {
    for &start in starts.iter().rev() {
        expr = Expr {
            kind: node(Box::new(expr)),
            span: Span::new(start, end),
        };
    }
    expr
}

/// `lhs op rhs`, from the left operand's start to the right one's end.
fn binary(op: BinaryOp, lhs: Expr, rhs: Expr) -> Expr {
    let span = lhs.span.to(rhs.span);
    Expr {
        kind: ExprKind::Binary {
            op,
            lhs: Box::new(lhs),
            rhs: Box::new(rhs),
        },
        span,
    }
}
