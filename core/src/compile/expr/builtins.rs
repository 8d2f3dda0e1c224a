//! The built-in functions of the rule language: their names, arities and types.

use std::sync::Arc;

use lexpact_grammar::Span;
use lexpact_grammar::ast;

use super::super::scope::Scope;
use super::{LowerResult, Lowerer};
use crate::ir::{Builtin, ExprKind as I};
use crate::types::Ty;

/// Built-in functions and their arity.
pub(crate) const BUILTINS: [(&str, usize); 5] = [
    ("year", 1),
    ("days_between", 2),
    ("is_known", 1),
    ("evaluation_date", 0),
    ("add_years", 2),
];

impl<'a> Lowerer<'a, '_> {
    /// Lowers a call of the built-in `name` (its arity already checked), typing its arguments.
    pub(super) fn builtin(
        &mut self,
        name: &str,
        args: &'a [ast::Expr],
        label: Arc<str>,
        span: Span,
        scope: &Scope<'a>,
    ) -> LowerResult {
        let (builtin, lowered, ty) = match (name, args) {
            ("year", [d]) => (
                Builtin::Year,
                vec![self.expect(d, scope, &Ty::Date, "`year`")?],
                Ty::Num,
            ),
            ("days_between", [a, b]) => {
                let a = self.expect(a, scope, &Ty::Date, "`days_between`");
                let b = self.expect(b, scope, &Ty::Date, "`days_between`");
                (Builtin::DaysBetween, vec![a?, b?], Ty::Num)
            }
            ("is_known", [x]) => (Builtin::IsKnown, vec![self.lower(x, scope)?.expr], Ty::Bool),
            ("evaluation_date", []) => (Builtin::EvaluationDate, Vec::new(), Ty::Date),
            ("add_years", [d, n]) => {
                let d = self.expect(d, scope, &Ty::Date, "`add_years`");
                let n = self.expect(n, scope, &Ty::Num, "`add_years`");
                (Builtin::AddYears, vec![d?, n?], Ty::Date)
            }
            _ => return None,
        };
        self.made(I::Builtin(builtin, lowered), label, ty, span, scope)
    }
}
