//! What stands at a byte offset of a parsed file, and every name-like node of a file with its
//! meaning (a definition called, a parameter used, an obligation named, a fact path read).
//!
//! Every other feature is built on these: hover and completion ask `locate`, navigation,
//! rename and semantic tokens go over `occurrences`. Names resolve as the compiler resolves
//! them: a parameter or quantifier item in scope first, then a definition of the workspace,
//! then a built-in function, else the first segment of a fact path.

use std::collections::HashMap;

use lexpact_grammar::Span;
use lexpact_grammar::ast::{Clause, Definition, File, Ident, Item, TestClause};

use crate::Analysis;

mod occurrences;

use occurrences::item_occurrences;
pub(crate) use occurrences::occurrences;
#[allow(
    unused_imports,
    reason = "the walker is for hover, completion and lints"
)]
pub(crate) use occurrences::walk_exprs;

/// The built-in functions of the language (the compiler's list).
pub(crate) const BUILTINS: [&str; 5] = [
    "year",
    "days_between",
    "is_known",
    "evaluation_date",
    "add_years",
];

/// The definitions of every parsed file of an analysis, by name (the first of a name wins, as
/// a duplicate is a compile error anyway).
#[derive(Debug, Default)]
pub(crate) struct Defs<'a> {
    by_name: HashMap<&'a str, (&'a str, &'a Definition)>,
}

impl<'a> Defs<'a> {
    /// The definitions of `analysis`.
    pub(crate) fn of(analysis: &'a Analysis) -> Self {
        let mut by_name = HashMap::new();
        for file in analysis.files() {
            let Ok(ast) = &file.ast else { continue };
            for item in &ast.items {
                if let Item::Define(def) = item {
                    by_name
                        .entry(def.name.name.as_str())
                        .or_insert((file.name.as_str(), def));
                }
            }
        }
        Defs { by_name }
    }

    /// The definition named `name` and the file declaring it.
    pub(crate) fn get(&self, name: &str) -> Option<(&'a str, &'a Definition)> {
        self.by_name.get(name).copied()
    }
}

/// What a bound name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BindingKind {
    /// A definition's parameter.
    Parameter,
    /// A quantifier's item (`all x in …`).
    Item,
}

/// A name bound inside an expression: where it is declared and where it can be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Binding<'a> {
    /// The declaring name.
    pub ident: &'a Ident,
    /// Parameter or quantifier item.
    pub kind: BindingKind,
    /// The region its uses may stand in (the definition, the quantifier's condition).
    pub scope: Span,
    /// For a quantifier's item, the fact path of the list it goes over, when the list is one
    /// (`cooperation.agreements`): `a.kind` then reads `cooperation.agreements.[].kind`.
    pub list: Option<&'a [Ident]>,
}

/// What a string literal is, by where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum StrRole<'a> {
    /// `ruleset "…"`
    Ruleset,
    /// `ruleset … version "…"`
    Version,
    /// `schema "…"`
    Schema,
    /// A clause of an obligation (`cite`, `text`, `title`, `group`, …), by its keyword.
    Clause(&'static str),
    /// `test "…"`
    TestName,
    /// `profile "file"` in a test.
    ProfileFile,
    /// A string inside an inline test profile, under these keys.
    Data(Vec<&'a Ident>),
    /// A string in an expression that is not compared to a path.
    Expr,
}

/// Why an obligation id is named outside its declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ObligationUse {
    /// `expect ID verdict` in a test.
    Expect,
    /// A key under `exceptions` in an inline test profile.
    ExceptionKey,
}

/// A node that means something to an editor.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node<'a> {
    /// The name of a `define`.
    DefinitionDecl(&'a Definition),
    /// A definition used: `name(args)`, or a bare `name` for one without parameters.
    DefinitionRef {
        /// The name as written at the use.
        ident: &'a Ident,
        /// The definition.
        def: &'a Definition,
        /// The file declaring it.
        file: &'a str,
    },
    /// A call of a built-in function.
    Builtin(&'a Ident),
    /// A call of a name that is neither a definition nor a built-in.
    UnknownCall(&'a Ident),
    /// A parameter or quantifier item, at its declaration or a use.
    Bound {
        /// The name as written here.
        ident: &'a Ident,
        /// Its declaration.
        binding: Binding<'a>,
        /// Whether this is the declaration itself.
        declaration: bool,
    },
    /// An obligation's id where it is declared.
    ObligationDecl(&'a Ident),
    /// An obligation's id named elsewhere.
    ObligationRef {
        /// The id as written.
        ident: &'a Ident,
        /// Where it is named.
        role: ObligationUse,
    },
    /// A segment of a path: a fact path, or fields read from a bound name (`binding`).
    Path {
        /// Every segment of the path.
        segments: &'a [Ident],
        /// The segment at hand.
        index: usize,
        /// The bound name the path starts with, if it does (then segment 0 is `Bound`).
        binding: Option<Binding<'a>>,
    },
    /// A string compared to a path (`p == "x"`, `p in ["x", "y"]`): an enum value.
    EnumLiteral {
        /// The string as written (quotes included).
        span: Span,
        /// Its value.
        value: &'a str,
        /// The path it is compared to.
        path: &'a [Ident],
        /// The bound name the path starts with, if it does.
        binding: Option<Binding<'a>>,
    },
    /// Any other string literal.
    Str {
        /// The string as written (quotes included).
        span: Span,
        /// Its value.
        value: &'a str,
        /// Where it stands.
        role: StrRole<'a>,
    },
    /// A key of an inline test profile; `keys` ends with it.
    DataKey(Vec<&'a Ident>),
    /// The verdict or deadline status of an `expect` line.
    Verdict(&'a Ident),
}

/// A node and the span an editor acts on (the name, the segment, the string).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Occurrence<'a> {
    /// The span of the name or literal.
    pub span: Span,
    /// What it is.
    pub node: Node<'a>,
}

/// The clause an offset stands in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum ClauseAt<'a> {
    /// A clause of an obligation.
    Obligation(&'a Clause),
    /// A clause of a test.
    Test(&'a TestClause),
}

/// What stands at an offset: the declaration, the clause and the innermost node.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Located<'a> {
    /// The declaration containing the offset.
    pub item: Option<&'a Item>,
    /// Its clause containing the offset.
    pub clause: Option<ClauseAt<'a>>,
    /// The innermost node at the offset (one the offset is in or right after).
    pub node: Option<Occurrence<'a>>,
}

/// What stands at byte `offset` of `file`. An offset right after a name counts as on it (the
/// cursor just after a word typed), unless another node starts there.
pub(crate) fn locate<'a>(file: &'a File, offset: usize, defs: &Defs<'a>) -> Located<'a> {
    let item = file.items.iter().find(|i| within(i.span(), offset));
    let clause = item.and_then(|item| match item {
        Item::Obligation(o) => o
            .clauses
            .iter()
            .find(|c| within(c.span, offset))
            .map(ClauseAt::Obligation),
        Item::Test(t) => t
            .clauses
            .iter()
            .find(|c| within(c.span, offset))
            .map(ClauseAt::Test),
        _ => None,
    });
    let node = item.and_then(|item| {
        let mut found = Vec::new();
        item_occurrences(item, defs, &mut found);
        innermost(found, offset)
    });
    Located { item, clause, node }
}

/// The occurrence at `offset`: one strictly containing it before one ending at it, the
/// narrowest first.
pub(crate) fn innermost(found: Vec<Occurrence<'_>>, offset: usize) -> Option<Occurrence<'_>> {
    found
        .into_iter()
        .filter(|o| within(o.span, offset))
        .min_by_key(|o| (o.span.end == offset, o.span.end - o.span.start))
}

/// Whether `offset` is in `span` or right after it.
pub(crate) fn within(span: Span, offset: usize) -> bool {
    span.start <= offset && offset <= span.end
}

/// The fact a path reads up to its segment `index`, as the lints name facts: its segments
/// joined by dots, a quantifier's item standing for `list.[]`. `None` for fields of a
/// parameter or of an item over something other than a fact path.
pub(crate) fn fact_text(
    segments: &[Ident],
    index: usize,
    binding: Option<Binding<'_>>,
) -> Option<String> {
    match binding {
        None => Some(path_text(segments, index)),
        Some(b) => {
            let list = b.list?;
            let rest: Vec<&str> = segments
                .iter()
                .take(index + 1)
                .skip(1)
                .map(|s| s.name.as_str())
                .collect();
            let mut text = format!("{}.[]", path_text(list, list.len()));
            for segment in rest {
                text.push('.');
                text.push_str(segment);
            }
            Some(text)
        }
    }
}

/// The text of a fact path's segments `..=index`, joined by dots.
pub(crate) fn path_text(segments: &[Ident], upto: usize) -> String {
    segments
        .iter()
        .take(upto + 1)
        .map(|s| s.name.as_str())
        .collect::<Vec<_>>()
        .join(".")
}

#[cfg(test)]
mod tests;
