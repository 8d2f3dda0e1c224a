//! Expressions, loosest binding first: `or`, `and`, `not`, one comparison, `+ -`, `* /`,
//! unary `-`, then the primaries.
//!
//! Each function parses one level and tells the depth limit (`depth.rs`) where its subtrees
//! lie: a subtree is opened before its depth below the parent is known and closed with it.
//! Prefixes and operator chains are loops, so only brackets and quantifiers recurse.
//!
//! Stack. A nesting of 64 brackets must parse on a 256 KiB stack even in a debug build,
//! where every local and temporary of a function keeps its own slot. So the functions on the
//! recursive path hold no tree: each leaves the node it parsed on the operand stack
//! (`Parser::operands`) and returns a pointer-sized result; the nodes are built by the
//! helpers of `nodes.rs`, outside the recursion.

use crate::ast::{BinaryOp, Expr, Quantifier};
use crate::lexer::{Keyword, Kind};
use crate::span::Span;

use super::expected::{self, Expected};
use super::nodes::Prefix;
use super::{Parsed, Parser};

/// The two levels of arithmetic chains.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Arithmetic {
    /// `+` and `-`, of products.
    Sum,
    /// `*` and `/`, of unary expressions.
    Product,
}

const NOT: Kind = Kind::Word(Some(Keyword::Not));

impl Parser<'_> {
    /// The expression of a definition or a clause (or of `parse_expr`): the root of one tree
    /// the depth limit measures.
    pub(super) fn root_expr(&mut self) -> Parsed<Expr> {
        self.depth.start_root();
        self.expr()?;
        let expr = self.pop_operand()?;
        if let Some(error) = self.depth.finish_root() {
            self.defer(*error);
        }
        Ok(expr)
    }

    /// expr = and_chain ("or" and_chain)*
    fn expr(&mut self) -> Parsed<()> {
        self.chain(Keyword::Or)
    }

    /// `or` chains of `and` chains (and_chain = not_expr ("and" not_expr)*): one flat node
    /// for two operands or more, the operand itself for one.
    fn chain(&mut self, joiner: Keyword) -> Parsed<()> {
        let start = self.token.start;
        let first = self.depth.open();
        if joiner == Keyword::Or {
            self.chain(Keyword::And)?;
        } else {
            self.negation()?;
        }
        let first_span = self.span_from(start);
        let expected = if joiner == Keyword::Or {
            Expected::Or
        } else {
            Expected::And
        };
        if !self.eat_keyword(joiner, expected) {
            self.depth.close(first, first_span, 0);
            return Ok(());
        }
        self.depth.close(first, first_span, 1);
        let mut count = 1;
        loop {
            let operand_start = self.token.start;
            let operand = self.depth.open();
            if joiner == Keyword::Or {
                self.chain(Keyword::And)?;
            } else {
                self.negation()?;
            }
            self.depth.close(operand, self.span_from(operand_start), 1);
            count += 1;
            if !self.eat_keyword(joiner, expected) {
                break;
            }
        }
        self.build_chain(joiner, count, start);
        Ok(())
    }

    /// not_expr = "not"* comparison
    fn negation(&mut self) -> Parsed<()> {
        if self.token.kind == NOT {
            self.prefixed(Prefix::Not)
        } else {
            self.comparison()
        }
    }

    /// One or more prefixes (`not` or `-`) before an operand that lies one level deeper per
    /// prefix; each prefix is a node from itself to the operand's end.
    fn prefixed(&mut self, prefix: Prefix) -> Parsed<()> {
        let kind = self.token.kind;
        let mut starts = Vec::new();
        while self.token.kind == kind {
            starts.push(self.bump().start);
        }
        let operand_start = self.token.start;
        let tree = self.depth.open();
        match prefix {
            Prefix::Not => self.comparison()?,
            Prefix::Neg => self.primary()?,
        }
        let levels = starts.len();
        self.depth
            .close(tree, self.span_from(operand_start), levels);
        self.build_prefixed(prefix, &starts)
    }

    /// comparison = sum (COMPARISON sum)?
    fn comparison(&mut self) -> Parsed<()> {
        let start = self.token.start;
        let lhs_tree = self.depth.open();
        self.arithmetic(Arithmetic::Sum)?;
        let lhs_span = self.span_from(start);
        let Some(op) = self.comparison_operator() else {
            self.depth.close(lhs_tree, lhs_span, 0);
            return Ok(());
        };
        self.depth.close(lhs_tree, lhs_span, 1);
        self.skip();
        if op == BinaryOp::NotIn {
            self.expect_keyword(Keyword::In, Expected::In)?;
        }
        self.depth.operator(2, start);
        let rhs_start = self.token.start;
        let rhs_tree = self.depth.open();
        self.arithmetic(Arithmetic::Sum)?;
        self.depth.close(rhs_tree, self.span_from(rhs_start), 1);
        self.depth.end_chain(start, self.last_end);
        self.build_binary(op)
    }

    /// COMPARISON = "==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not" "in"; `not` after an
    /// operand can only start `not in`, and `in` followed by `each jurisdiction` is no operator.
    fn comparison_operator(&mut self) -> Option<BinaryOp> {
        Some(match self.token.kind {
            Kind::EqEq => BinaryOp::Eq,
            Kind::NotEq => BinaryOp::Ne,
            Kind::Less => BinaryOp::Lt,
            Kind::LessEq => BinaryOp::Le,
            Kind::Greater => BinaryOp::Gt,
            Kind::GreaterEq => BinaryOp::Ge,
            // `in each jurisdiction` is the clause that follows the expression.
            Kind::Word(Some(Keyword::In))
                if !self
                    .lexer
                    .words_ahead_are(&[Keyword::Each, Keyword::Jurisdiction]) =>
            {
                BinaryOp::In
            }
            NOT => BinaryOp::NotIn,
            _ => {
                self.note(Expected::Comparison);
                return None;
            }
        })
    }

    /// sum = product (("+" | "-") product)* ; product = unary (("*" | "/") unary)*
    fn arithmetic(&mut self, level: Arithmetic) -> Parsed<()> {
        let start = self.token.start;
        let lhs_tree = self.depth.open();
        match level {
            Arithmetic::Sum => self.arithmetic(Arithmetic::Product)?,
            Arithmetic::Product => self.unary()?,
        }
        let lhs_span = self.span_from(start);
        let Some(mut op) = self.arithmetic_operator(level) else {
            self.depth.close(lhs_tree, lhs_span, 0);
            return Ok(());
        };
        self.depth.close(lhs_tree, lhs_span, 1);
        let mut below = 1;
        loop {
            self.skip();
            below += 1;
            self.depth.operator(below, start);
            let rhs_start = self.token.start;
            let rhs_tree = self.depth.open();
            match level {
                Arithmetic::Sum => self.arithmetic(Arithmetic::Product)?,
                Arithmetic::Product => self.unary()?,
            }
            self.depth.close(rhs_tree, self.span_from(rhs_start), 1);
            self.build_binary(op)?;
            match self.arithmetic_operator(level) {
                Some(next) => op = next,
                None => break,
            }
        }
        self.depth.end_chain(start, self.last_end);
        Ok(())
    }

    fn arithmetic_operator(&mut self, level: Arithmetic) -> Option<BinaryOp> {
        Some(match (level, self.token.kind) {
            (Arithmetic::Sum, Kind::Plus) => BinaryOp::Add,
            (Arithmetic::Sum, Kind::Minus) => BinaryOp::Sub,
            (Arithmetic::Product, Kind::Star) => BinaryOp::Mul,
            (Arithmetic::Product, Kind::Slash) => BinaryOp::Div,
            _ => {
                self.note(Expected::Operator);
                return None;
            }
        })
    }

    /// unary = "-"* primary
    fn unary(&mut self) -> Parsed<()> {
        if self.token.kind == Kind::Minus {
            self.prefixed(Prefix::Neg)
        } else {
            self.primary()
        }
    }

    /// primary = "(" expr ")" | list | quantifier | call | PATH
    ///         | DATE | NUMBER | STRING | "true" | "false"
    fn primary(&mut self) -> Parsed<()> {
        match self.token.kind {
            Kind::LParen => self.parenthesised(),
            Kind::LBracket => self.list(),
            Kind::Word(Some(Keyword::All | Keyword::Any | Keyword::Count)) => self.quantified(),
            Kind::Word(keyword) if !keyword.is_some_and(Keyword::is_reserved) => {
                self.call_or_path()
            }
            _ => self.literal(),
        }
    }

    /// A parenthesised expression is the expression itself (its span without the brackets).
    fn parenthesised(&mut self) -> Parsed<()> {
        self.enter()?;
        self.skip();
        self.expr()?;
        self.expect(Kind::RParen, Expected::RParen)?;
        self.leave();
        Ok(())
    }

    /// list = "[" (expr ("," expr)* ","?)? "]"
    fn list(&mut self) -> Parsed<()> {
        self.enter()?;
        let start = self.bump().start;
        let count = self.expr_list(Kind::RBracket, Expected::RBracket)?;
        self.leave();
        self.build_list(count, start);
        Ok(())
    }

    /// `expr ("," expr)* ","?` up to the bracket `close`, which it consumes: how many.
    fn expr_list(&mut self, close: Kind, expected: Expected) -> Parsed<usize> {
        let mut count = 0;
        while !self.eat(close, expected) {
            self.nested_expr()?;
            count += 1;
            if !self.eat(Kind::Comma, Expected::Comma) {
                self.expect(close, expected)?;
                break;
            }
        }
        Ok(count)
    }

    /// An expression one level below the node that holds it (an item, an argument, a
    /// quantifier's condition).
    fn nested_expr(&mut self) -> Parsed<()> {
        let start = self.token.start;
        let tree = self.depth.open();
        self.expr()?;
        self.depth.close(tree, self.span_from(start), 1);
        Ok(())
    }

    /// quantifier = ("all" | "any" | "count") NAME "in" sum ("where" expr)?
    ///
    /// The condition reaches as far right as an expression can; `all` and `any` need one.
    fn quantified(&mut self) -> Parsed<()> {
        self.enter()?;
        let keyword = self.bump();
        let quantifier = match keyword.kind {
            Kind::Word(Some(Keyword::All)) => Quantifier::All,
            Kind::Word(Some(Keyword::Any)) => Quantifier::Any,
            _ => Quantifier::Count,
        };
        let var = self.name()?;
        self.expect_keyword(Keyword::In, Expected::In)?;
        let list_start = self.token.start;
        let list_tree = self.depth.open();
        self.arithmetic(Arithmetic::Sum)?;
        self.depth.close(list_tree, self.span_from(list_start), 1);
        let has_condition = self.eat_keyword(Keyword::Where, Expected::Where);
        if has_condition {
            self.nested_expr()?;
        }
        self.leave();
        self.build_quantified(quantifier, var, has_condition, keyword.start)
    }

    /// A call or a path, both starting with a name.
    fn call_or_path(&mut self) -> Parsed<()> {
        let name = self.any_word();
        if self.token.kind != Kind::LParen {
            return self.path(name);
        }
        // call = NAME "(" (expr ("," expr)* ","?)? ")"
        self.enter()?;
        self.skip();
        let count = self.expr_list(Kind::RParen, Expected::RParen)?;
        self.leave();
        self.build_call(name, count);
        Ok(())
    }

    /// PATH = NAME ("." WORD)*, with nothing between the words and the dots; after a dot any
    /// word is a field (`data.count`).
    fn path(&mut self, first: crate::ast::Ident) -> Parsed<()> {
        let start = first.span.start;
        // Sized for a typical dotted path at once rather than grown part by part.
        let mut parts = Vec::with_capacity(if self.token.kind == Kind::Dot { 4 } else { 1 });
        parts.push(first);
        while self.token.kind == Kind::Dot && self.token.start == self.last_end {
            let dot = self.bump();
            if !matches!(self.token.kind, Kind::Word(_)) || self.token.start != dot.end {
                return Err(Box::new(expected::expected_at(
                    self.source,
                    dot.end,
                    "a name",
                )));
            }
            parts.push(self.any_word());
        }
        self.operands.push(Expr {
            kind: crate::ast::ExprKind::Path(parts),
            span: Span::new(start, self.last_end),
        });
        Ok(())
    }
}
