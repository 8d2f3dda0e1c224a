//! The values a missing fact is tried with (`docs/questions.md`, "Probe values"): booleans
//! and enums in full, and for numbers, dates and text the literals the rules compare with,
//! each side of each, so that every comparison a rule makes can come out either way.

use std::sync::Arc;

use serde_json::Value as Json;

use crate::Date;
use crate::eval::value::number;
use crate::ir::{Expr, ExprKind, Literal, Obligation};
use crate::schema::{Node, Schema};
use crate::types::Ty;

/// The literals written in a rule set's conditions, by type: collected once per call, the
/// raw material of the probe values of numbers, dates and text.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct Literals {
    /// Each sorted, each value once (lists rather than sets: lighter in the WebAssembly
    /// package).
    numbers: Vec<f64>,
    dates: Vec<Date>,
    strings: Vec<Arc<str>>,
}

impl Literals {
    /// The literals of every clause of `obligations` (definitions already expanded).
    pub fn of(obligations: &[Obligation]) -> Literals {
        let mut literals = Literals::default();
        for ob in obligations {
            let clauses = [ob.applies.as_ref(), Some(&ob.require), ob.partial.as_ref()];
            for expr in clauses.into_iter().flatten().chain(ob.met_on.as_ref()) {
                literals.collect(expr);
            }
        }
        literals.numbers.sort_by(f64::total_cmp);
        literals.numbers.dedup();
        literals.dates.sort_unstable();
        literals.dates.dedup();
        literals.strings.sort_unstable();
        literals.strings.dedup();
        literals
    }

    /// Walks `expr`, as deep as the evaluator does (`max_expanded_depth` bounds both).
    fn collect(&mut self, expr: &Expr) {
        match &expr.kind {
            ExprKind::Literal(Literal::Num(n)) => self.numbers.push(*n),
            ExprKind::Literal(Literal::Date(d)) => self.dates.push(*d),
            ExprKind::Literal(Literal::Str(s)) => self.strings.push(s.clone()),
            _ => expr.for_each_child(|child| self.collect(child)),
        }
    }
}

/// The probe values of a fact whose schema node is `node`, in a fixed order:
///
/// - a node with `enum` (or `const`): each allowed value, in the schema's order;
/// - boolean: `true`, `false`;
/// - number: `0` and each number literal of the rules `n` as `n − 1`, `n`, `n + 1`, ascending
///   (for `type: "integer"`, only whole numbers);
/// - date: the evaluation date and each date literal `d` as the day before, `d`, the day
///   after, in date order;
/// - string: `""` and each string literal, in byte order;
/// - a list of such values: the empty list, then a list of each one value above;
/// - a record, a list of records or lists, or a place the schema does not type: none (such
///   a fact never decides).
pub(crate) fn probe_values(
    schema: &Schema,
    node: &Node,
    literals: &Literals,
    as_of: Date,
) -> Vec<Json> {
    match node {
        Node::Array { items: Some(item) } => {
            let values = scalar_values(schema.node(*item), literals, as_of);
            if values.is_empty() {
                return values;
            }
            std::iter::once(Json::Array(Vec::new()))
                .chain(values.into_iter().map(|v| Json::Array(vec![v])))
                .collect()
        }
        _ => scalar_values(node, literals, as_of),
    }
}

/// The probe values of a boolean, number, date or string (`probe_values`).
fn scalar_values(node: &Node, literals: &Literals, as_of: Date) -> Vec<Json> {
    let Node::Scalar {
        ty,
        allowed,
        integer,
    } = node
    else {
        return Vec::new();
    };
    if let Some(allowed) = allowed {
        return allowed.clone();
    }
    match ty {
        Ty::Bool => vec![Json::Bool(true), Json::Bool(false)],
        Ty::Num => {
            let mut values: Vec<f64> = std::iter::once(0.0)
                .chain(literals.numbers.iter().flat_map(|n| [n - 1.0, *n, n + 1.0]))
                .filter(|n| n.is_finite() && (!integer || n.fract() == 0.0))
                .collect();
            values.sort_by(f64::total_cmp);
            values.dedup();
            values.into_iter().map(number).collect()
        }
        Ty::Date => {
            let mut dates = vec![as_of];
            for d in &literals.dates {
                dates.extend(
                    [d.previous_day(), Some(*d), d.next_day()]
                        .into_iter()
                        .flatten(),
                );
            }
            dates.sort_unstable();
            dates.dedup();
            dates
                .into_iter()
                .map(|d| Json::String(d.to_string()))
                .collect()
        }
        Ty::Str => std::iter::once("")
            .chain(literals.strings.iter().map(|s| &**s))
            .map(|s| Json::String(s.to_string()))
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn scalar(ty: Ty, integer: bool) -> Node {
        Node::Scalar {
            ty,
            allowed: None,
            integer,
        }
    }

    fn literals() -> Literals {
        Literals {
            numbers: vec![2.5, 18.0],
            dates: vec!["2013-12-31".parse().unwrap()],
            strings: vec![Arc::from("a"), Arc::from("b")],
        }
    }

    fn as_of() -> Date {
        "2020-01-01".parse().unwrap()
    }

    fn probes(node: &Node) -> String {
        let schema =
            Schema::from_json("s", r#"{"type": "array", "items": {"enum": ["AU", "EU"]}}"#)
                .unwrap();
        Json::Array(probe_values(&schema, node, &literals(), as_of())).to_string()
    }

    #[test]
    fn booleans_and_enums_are_tried_in_full() {
        assert_eq!(probes(&scalar(Ty::Bool, false)), "[true,false]");
        let status = Node::Scalar {
            ty: Ty::Str,
            allowed: Some(vec![Json::from("signed"), Json::from("ratified")]),
            integer: false,
        };
        assert_eq!(probes(&status), r#"["signed","ratified"]"#);
    }

    #[test]
    fn numbers_dates_and_text_are_tried_each_side_of_the_literals() {
        assert_eq!(probes(&scalar(Ty::Num, false)), "[0,1.5,2.5,3.5,17,18,19]");
        assert_eq!(probes(&scalar(Ty::Num, true)), "[0,17,18,19]");
        assert_eq!(
            probes(&scalar(Ty::Date, false)),
            r#"["2013-12-30","2013-12-31","2014-01-01","2020-01-01"]"#
        );
        assert_eq!(probes(&scalar(Ty::Str, false)), r#"["","a","b"]"#);
    }

    #[test]
    fn a_list_of_values_is_tried_empty_then_with_each_one_value() {
        let schema =
            Schema::from_json("s", r#"{"type": "array", "items": {"enum": ["AU", "EU"]}}"#)
                .unwrap();
        let list = schema.node(schema.root());
        assert_eq!(
            Json::Array(probe_values(&schema, list, &literals(), as_of())).to_string(),
            r#"[[],["AU"],["EU"]]"#
        );
    }

    #[test]
    fn records_lists_of_records_and_untyped_places_have_none() {
        assert_eq!(probes(&Node::Any), "[]");
        assert_eq!(probes(&Node::Array { items: None }), "[]");
        assert_eq!(probes(&scalar(Ty::Any, false)), "[]");
    }
}
