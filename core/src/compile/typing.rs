//! The typing rules of the binary operators, as pure functions from the operands' types to the
//! IR operator or the message that refuses them, and the hints that go with a type mismatch.

use lexpact_grammar::ast::BinaryOp;

use crate::ir::{ArithOp, CmpOp};
use crate::types::Ty;

/// What a binary operator of the language becomes in the IR.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Operator {
    /// `+ - * /`: numbers to a number.
    Arithmetic(ArithOp),
    /// `in` and `not in`: a value and a list of its type to a condition.
    Membership { negated: bool },
    /// `== != < <= > >=`: two values of one type to a condition.
    Comparison(CmpOp),
}

impl Operator {
    pub(crate) fn of(op: BinaryOp) -> Operator {
        match op {
            BinaryOp::Add => Operator::Arithmetic(ArithOp::Add),
            BinaryOp::Sub => Operator::Arithmetic(ArithOp::Sub),
            BinaryOp::Mul => Operator::Arithmetic(ArithOp::Mul),
            BinaryOp::Div => Operator::Arithmetic(ArithOp::Div),
            BinaryOp::In => Operator::Membership { negated: false },
            BinaryOp::NotIn => Operator::Membership { negated: true },
            BinaryOp::Eq => Operator::Comparison(CmpOp::Eq),
            BinaryOp::Ne => Operator::Comparison(CmpOp::Ne),
            BinaryOp::Lt => Operator::Comparison(CmpOp::Lt),
            BinaryOp::Le => Operator::Comparison(CmpOp::Le),
            BinaryOp::Gt => Operator::Comparison(CmpOp::Gt),
            BinaryOp::Ge => Operator::Comparison(CmpOp::Ge),
        }
    }

    /// The type of the result.
    pub(crate) fn result(self) -> Ty {
        match self {
            Operator::Arithmetic(_) => Ty::Num,
            Operator::Membership { .. } | Operator::Comparison(_) => Ty::Bool,
        }
    }
}

/// One side of a binary operator, as the messages name it.
pub(crate) struct Operand<'o> {
    pub label: &'o str,
    pub ty: &'o Ty,
}

/// Checks the operands of `op` (written `symbol`); the error is the message of a type mismatch.
pub(crate) fn check_operands(
    op: Operator,
    symbol: &str,
    left: &Operand<'_>,
    right: &Operand<'_>,
) -> Result<(), String> {
    match op {
        Operator::Arithmetic(_) => arithmetic(symbol, left, right),
        Operator::Membership { .. } => membership(symbol, left, right),
        Operator::Comparison(cmp) => comparison(symbol, is_ordering(cmp), left, right),
    }
}

fn is_ordering(cmp: CmpOp) -> bool {
    match cmp {
        CmpOp::Eq | CmpOp::Ne => false,
        CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge => true,
    }
}

fn arithmetic(symbol: &str, left: &Operand<'_>, right: &Operand<'_>) -> Result<(), String> {
    match [left, right]
        .into_iter()
        .find(|side| !side.ty.fits(&Ty::Num))
    {
        Some(side) => Err(format!(
            "`{symbol}` needs numbers, but `{}` is {}",
            side.label,
            side.ty.describe()
        )),
        None => Ok(()),
    }
}

fn membership(symbol: &str, left: &Operand<'_>, right: &Operand<'_>) -> Result<(), String> {
    let elem = match right.ty {
        Ty::List(elem) => (**elem).clone(),
        Ty::Any => Ty::Any,
        other => {
            return Err(format!(
                "`{symbol}` needs a list on its right, but `{}` is {}",
                right.label,
                other.describe()
            ));
        }
    };
    if left.ty.fits(&elem) {
        return Ok(());
    }
    Err(format!(
        "`{}` is {}, but `{}` holds {}",
        left.label,
        left.ty.describe(),
        right.label,
        Ty::List(Box::new(elem))
            .describe()
            .trim_start_matches("a list of ")
    ))
}

fn comparison(
    symbol: &str,
    ordering: bool,
    left: &Operand<'_>,
    right: &Operand<'_>,
) -> Result<(), String> {
    let (lt, rt) = (left.ty, right.ty);
    if !lt.fits(rt) {
        let hint = if matches!((lt, rt), (Ty::Date, Ty::Str) | (Ty::Str, Ty::Date)) {
            " (write dates without quotes: 2013-12-31)"
        } else {
            ""
        };
        return Err(format!(
            "cannot compare `{}` ({}) with `{}` ({}){hint}",
            left.label,
            lt.describe(),
            right.label,
            rt.describe()
        ));
    }
    if ordering && matches!(lt, Ty::Bool | Ty::List(_) | Ty::Record(_)) {
        return Err(format!(
            "`{symbol}` orders numbers, dates or strings, not {}",
            lt.describe()
        ));
    }
    if matches!(lt, Ty::List(_) | Ty::Record(_)) {
        return Err(format!(
            "`{symbol}` compares single values, not {}",
            lt.describe()
        ));
    }
    Ok(())
}

/// What to write instead of a value of type `found` where a condition is needed.
pub(crate) fn bool_hint(found: &Ty) -> String {
    match found {
        Ty::Date => "compare the date, e.g. `... <= 2013-12-31`, or use `is_known(...)` if its presence is what counts".to_string(),
        Ty::Num => "compare the number, e.g. `... >= 18`; to compare a count, parenthesise it: `(count x in l where c) >= 2`".to_string(),
        Ty::Str => "compare the string, e.g. `... == \"ratified\"`".to_string(),
        Ty::List(_) => "use `any x in ... where ...`, `all x in ... where ...` or `count`".to_string(),
        Ty::Record(_) => "read one of its fields, e.g. `record.exists`".to_string(),
        _ => "write a condition".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::{Operand, Operator, check_operands};
    use crate::ir::CmpOp;
    use crate::types::Ty;
    use lexpact_grammar::ast::BinaryOp;

    fn check(op: BinaryOp, left: &Ty, right: &Ty) -> Result<(), String> {
        check_operands(
            Operator::of(op),
            op.symbol(),
            &Operand {
                label: "l",
                ty: left,
            },
            &Operand {
                label: "r",
                ty: right,
            },
        )
    }

    #[test]
    fn every_ordering_refuses_booleans_and_equality_takes_them() {
        for op in [BinaryOp::Lt, BinaryOp::Le, BinaryOp::Gt, BinaryOp::Ge] {
            assert!(check(op, &Ty::Bool, &Ty::Bool).is_err(), "{op:?}");
            assert!(check(op, &Ty::Date, &Ty::Date).is_ok(), "{op:?}");
        }
        assert!(check(BinaryOp::Eq, &Ty::Bool, &Ty::Bool).is_ok());
        assert!(check(BinaryOp::Ne, &Ty::Bool, &Ty::Bool).is_ok());
        assert_eq!(Operator::of(BinaryOp::Ge), Operator::Comparison(CmpOp::Ge));
    }

    #[test]
    fn arithmetic_and_membership_name_the_operand_at_fault() {
        assert_eq!(
            check(BinaryOp::Div, &Ty::Num, &Ty::Str).err().as_deref(),
            Some("`/` needs numbers, but `r` is a string")
        );
        let list = Ty::List(Box::new(Ty::Num));
        assert!(check(BinaryOp::NotIn, &Ty::Num, &list).is_ok());
        assert!(check(BinaryOp::In, &Ty::Str, &list).is_err());
        assert!(check(BinaryOp::In, &Ty::Str, &Ty::Str).is_err());
        assert_eq!(Operator::of(BinaryOp::Mul).result(), Ty::Num);
    }
}
