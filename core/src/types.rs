//! Static types of expressions, inferred from the profile schema and literals.

use crate::schema::NodeId;

/// The static type of an expression, checked before any profile is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ty {
    /// A condition: true or false (or unknown at run time).
    Bool,
    /// A number.
    Num,
    /// A string.
    Str,
    /// A date (`YYYY-MM-DD` in a profile whose schema says `format: "date"`).
    Date,
    /// A list whose items have this type.
    List(Box<Ty>),
    /// An object of the profile; the schema node gives its fields (`None` without a schema).
    Record(Option<NodeId>),
    /// Not known before run time (no schema, or an unconstrained part of it).
    Any,
}

impl Ty {
    /// Whether a value of type `self` may stand where `other` is expected.
    pub fn fits(&self, other: &Ty) -> bool {
        match (self, other) {
            (Ty::Any, _) | (_, Ty::Any) => true,
            (Ty::List(a), Ty::List(b)) => a.fits(b),
            (Ty::Record(_), Ty::Record(_)) => true,
            (a, b) => a == b,
        }
    }

    /// The type in words, for messages.
    pub fn describe(&self) -> String {
        match self {
            Ty::Bool => "a condition (true/false)".to_string(),
            Ty::Num => "a number".to_string(),
            Ty::Str => "a string".to_string(),
            Ty::Date => "a date".to_string(),
            Ty::List(inner) if **inner == Ty::Any => "a list".to_string(),
            Ty::List(inner) => format!("a list of {}", plural(inner)),
            Ty::Record(_) => "a record (an object of the profile)".to_string(),
            Ty::Any => "a value".to_string(),
        }
    }
}

fn plural(ty: &Ty) -> String {
    match ty {
        Ty::Bool => "conditions".to_string(),
        Ty::Num => "numbers".to_string(),
        Ty::Str => "strings".to_string(),
        Ty::Date => "dates".to_string(),
        Ty::List(_) => "lists".to_string(),
        Ty::Record(_) => "records".to_string(),
        Ty::Any => "values".to_string(),
    }
}
