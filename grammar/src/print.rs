//! Prints expressions back as canonical source text on one line. The formatter builds on it,
//! and the core uses it to label explanation nodes, so both speak the same syntax.

use crate::ast::{BinaryOp, Expr, ExprKind};

/// Binding strength, loosest first; an operand that binds looser than its position needs
/// parentheses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Prec {
    Or,
    And,
    Not,
    Compare,
    Sum,
    Product,
    Unary,
    Atom,
}

fn prec(expr: &Expr) -> Prec {
    match &expr.kind {
        ExprKind::Or(_) => Prec::Or,
        ExprKind::And(_) => Prec::And,
        ExprKind::Not(_) => Prec::Not,
        ExprKind::Binary { op, .. } => match op {
            BinaryOp::Add | BinaryOp::Sub => Prec::Sum,
            BinaryOp::Mul | BinaryOp::Div => Prec::Product,
            _ => Prec::Compare,
        },
        ExprKind::Neg(_) => Prec::Unary,
        // A quantifier's `where` part reaches right as far as it can: treat it as loosest.
        ExprKind::Quantified { .. } => Prec::Or,
        _ => Prec::Atom,
    }
}

/// The expression as canonical one-line source.
pub fn expr_to_string(expr: &Expr) -> String {
    // About as long as the source it came from: one allocation instead of a string grown
    // step by step (every node of every rule gets a label, so this adds up).
    let mut out = String::with_capacity(expr.span.end.saturating_sub(expr.span.start) + 8);
    write_expr(&mut out, expr);
    out
}

/// Appends the expression as canonical one-line source to `out` (one buffer reused for many
/// expressions spares an allocation each).
pub fn push_expr(out: &mut String, expr: &Expr) {
    write_expr(out, expr);
}

fn write_expr(out: &mut String, expr: &Expr) {
    match &expr.kind {
        ExprKind::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        ExprKind::Number(raw) | ExprKind::Date(raw) => out.push_str(raw),
        ExprKind::Str(s) => write_string(out, s),
        ExprKind::List(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_expr(out, item);
            }
            out.push(']');
        }
        ExprKind::Path(parts) => {
            for (i, part) in parts.iter().enumerate() {
                if i > 0 {
                    out.push('.');
                }
                out.push_str(&part.name);
            }
        }
        ExprKind::Call { name, args } => {
            out.push_str(&name.name);
            out.push('(');
            for (i, arg) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_expr(out, arg);
            }
            out.push(')');
        }
        ExprKind::Not(inner) => {
            out.push_str("not ");
            write_operand(out, inner, Prec::Not);
        }
        ExprKind::Neg(inner) => {
            out.push('-');
            write_operand(out, inner, Prec::Unary);
        }
        ExprKind::And(operands) | ExprKind::Or(operands) => {
            let (word, own) = if matches!(expr.kind, ExprKind::And(_)) {
                (" and ", Prec::And)
            } else {
                (" or ", Prec::Or)
            };
            for (i, operand) in operands.iter().enumerate() {
                if i > 0 {
                    out.push_str(word);
                }
                // Nested chains of the same operator keep their parentheses, so printing
                // and parsing again gives back the same tree.
                write_operand(out, operand, next(own));
            }
        }
        ExprKind::Binary { op, lhs, rhs } => {
            let own = prec(expr);
            // Comparisons do not chain; arithmetic is left-associative.
            let (left_min, right_min) = if own == Prec::Compare {
                (Prec::Sum, Prec::Sum)
            } else {
                (own, next(own))
            };
            write_operand(out, lhs, left_min);
            out.push(' ');
            out.push_str(op.symbol());
            out.push(' ');
            write_operand(out, rhs, right_min);
        }
        ExprKind::Quantified {
            quantifier,
            var,
            list,
            condition,
        } => {
            out.push_str(quantifier.keyword());
            out.push(' ');
            out.push_str(&var.name);
            out.push_str(" in ");
            write_operand(out, list, Prec::Sum);
            if let Some(condition) = condition {
                out.push_str(" where ");
                write_expr(out, condition);
            }
        }
    }
}

/// The operands of a top-level `and` / `or` chain, each printed as [`expr_to_string`] prints
/// it inside the chain, with the joining word (`"and"` or `"or"`); `None` for any other
/// expression. Joining the parts with `" and "` (or `" or "`) gives exactly
/// `expr_to_string(expr)`, so a caller may put each operand on a line of its own.
pub fn chain_parts(expr: &Expr) -> Option<(&'static str, Vec<String>)> {
    let (word, own, operands) = match &expr.kind {
        ExprKind::And(operands) => ("and", Prec::And, operands),
        ExprKind::Or(operands) => ("or", Prec::Or, operands),
        _ => return None,
    };
    let parts = operands
        .iter()
        .map(|operand| {
            let mut out = String::new();
            write_operand(&mut out, operand, next(own));
            out
        })
        .collect();
    Some((word, parts))
}

fn next(p: Prec) -> Prec {
    match p {
        Prec::Or => Prec::And,
        Prec::And => Prec::Not,
        Prec::Not => Prec::Compare,
        Prec::Compare => Prec::Sum,
        Prec::Sum => Prec::Product,
        Prec::Product => Prec::Unary,
        Prec::Unary | Prec::Atom => Prec::Atom,
    }
}

fn write_operand(out: &mut String, expr: &Expr, min: Prec) {
    let is_quantifier = matches!(expr.kind, ExprKind::Quantified { .. });
    if prec(expr) < min || (is_quantifier && min > Prec::Or) {
        out.push('(');
        write_expr(out, expr);
        out.push(')');
    } else {
        write_expr(out, expr);
    }
}

/// A string literal with the language's escapes.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    // Most strings need no escape: copy them whole.
    if !s.contains(['"', '\\', '\n', '\t']) {
        out.push_str(s);
        out.push('"');
        return;
    }
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::{chain_parts, expr_to_string};
    use crate::parse_expr;

    fn round(source: &str) -> String {
        match parse_expr(source) {
            Ok(e) => expr_to_string(&e),
            Err(e) => format!("error: {e:?}"),
        }
    }

    #[test]
    fn prints_canonically() {
        assert_eq!(round("a  and(b or c)"), "a and (b or c)");
        assert_eq!(round("not (a == 1)"), "not a == 1");
        assert_eq!(round("(a and b) and c"), "(a and b) and c");
        assert_eq!(round("1 - (2 - 3)"), "1 - (2 - 3)");
        assert_eq!(round("(1 - 2) - 3"), "1 - 2 - 3");
        assert_eq!(
            round("(count m in x.l where m.ok) >= 2"),
            "(count m in x.l where m.ok) >= 2"
        );
        assert_eq!(
            round("a or any m in x where m.b and m.c"),
            "a or (any m in x where m.b and m.c)"
        );
        assert_eq!(
            round("t.s not in [\"a\",\"b\\\"\"]"),
            "t.s not in [\"a\", \"b\\\"\"]"
        );
        assert_eq!(round("- -1"), "--1");
    }

    #[test]
    fn chain_parts_join_to_the_one_line_form() {
        for source in [
            "a and (b or c) and not d",
            "a or b and c or (any m in x where m.ok)",
            "(a and b) and c",
            "(a or b) or c",
        ] {
            let expr = parse_expr(source).unwrap();
            let (word, parts) = chain_parts(&expr).unwrap();
            assert_eq!(parts.join(&format!(" {word} ")), expr_to_string(&expr));
        }
        assert!(chain_parts(&parse_expr("a == 1").unwrap()).is_none());
    }
}
