//! Lowers obligation blocks: checks that each required clause is there once, parses the
//! literal clauses and lowers the conditions with the types they must have, once their size
//! with definitions expanded is known to be within the limits.

use std::collections::BTreeMap;
use std::sync::Arc;

use lexpact_grammar::ast::{self, ClauseKind, Item};
use rustc_hash::FxHashMap;

use super::Context;
use super::expansion::{Expansion, Measure};
use super::expr::Lowerer;
use super::metadata::metadata;
use super::scope::Scope;
use crate::diagnostic::codes;
use crate::ir::{self, Deadline, Obligation};
use crate::report::ObligationIdentity;
use crate::types::Ty;

/// The clauses an obligation has at most once (`exception`, `indicator` and `amended` may
/// repeat).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum OnceClause {
    Title,
    Cite,
    Group,
    Text,
    Weight,
    Deadline,
    MetOn,
    AppliesWhen,
    Require,
    PartialWhen,
    InEachJurisdiction,
}

impl OnceClause {
    /// The clause `kind` is, or `None` for one that may repeat.
    fn of(kind: &ClauseKind) -> Option<OnceClause> {
        Some(match kind {
            ClauseKind::Title(_) => OnceClause::Title,
            ClauseKind::Cite(_) => OnceClause::Cite,
            ClauseKind::Group(_) => OnceClause::Group,
            ClauseKind::Text(_) => OnceClause::Text,
            ClauseKind::Weight(_) => OnceClause::Weight,
            ClauseKind::Deadline { .. } => OnceClause::Deadline,
            ClauseKind::MetOn(_) => OnceClause::MetOn,
            ClauseKind::AppliesWhen(_) => OnceClause::AppliesWhen,
            ClauseKind::Require(_) => OnceClause::Require,
            ClauseKind::PartialWhen(_) => OnceClause::PartialWhen,
            ClauseKind::InEachJurisdiction => OnceClause::InEachJurisdiction,
            ClauseKind::Exception(_) | ClauseKind::Indicator(_) | ClauseKind::Amended(_) => {
                return None;
            }
        })
    }

    fn keyword(self) -> &'static str {
        match self {
            OnceClause::Title => "title",
            OnceClause::Cite => "cite",
            OnceClause::Group => "group",
            OnceClause::Text => "text",
            OnceClause::Weight => "weight",
            OnceClause::Deadline => "deadline",
            OnceClause::MetOn => "met on",
            OnceClause::AppliesWhen => "applies when",
            OnceClause::Require => "require",
            OnceClause::PartialWhen => "partial when",
            OnceClause::InEachJurisdiction => "in each jurisdiction",
        }
    }
}

/// Every obligation has these.
const REQUIRED: [OnceClause; 3] = [OnceClause::Title, OnceClause::Cite, OnceClause::Require];

/// The conditions, in the order they are lowered, with the type each must have.
const CONDITIONS: [(OnceClause, Ty); 4] = [
    (OnceClause::AppliesWhen, Ty::Bool),
    (OnceClause::Require, Ty::Bool),
    (OnceClause::PartialWhen, Ty::Bool),
    (OnceClause::MetOn, Ty::Date),
];

/// The clauses of one obligation, each found once.
struct Clauses<'a> {
    once: BTreeMap<OnceClause, &'a ast::Clause>,
    exceptions: Vec<String>,
}

impl<'a> Clauses<'a> {
    fn kind(&self, clause: OnceClause) -> Option<&'a ClauseKind> {
        self.once.get(&clause).map(|c| &c.kind)
    }

    fn text(&self, clause: OnceClause) -> String {
        match self.kind(clause) {
            Some(
                ClauseKind::Title(s)
                | ClauseKind::Cite(s)
                | ClauseKind::Group(s)
                | ClauseKind::Text(s),
            ) => s.value.clone(),
            _ => String::new(),
        }
    }

    fn condition(&self, clause: OnceClause) -> Option<&'a ast::Expr> {
        match self.kind(clause)? {
            ClauseKind::AppliesWhen(e)
            | ClauseKind::Require(e)
            | ClauseKind::PartialWhen(e)
            | ClauseKind::MetOn(e) => Some(e),
            _ => None,
        }
    }
}

pub(crate) fn lower_obligations<'a>(
    cx: &mut Context<'a>,
    expansion: &Expansion<'a>,
) -> Vec<Obligation> {
    let files = cx.files;
    // Only asked whether an id came before: hashed, as the ids are many and share prefixes.
    let mut seen: FxHashMap<&str, (usize, &ast::Obligation)> = FxHashMap::default();
    // Sized once: an obligation is large, and growing the list step by step copies them all.
    let declared = files
        .iter()
        .flat_map(|f| &f.ast.items)
        .filter(|item| matches!(item, Item::Obligation(_)))
        .count();
    let mut out = Vec::with_capacity(declared.min(cx.limits.max_obligations));
    for (index, file) in files.iter().enumerate() {
        for item in &file.ast.items {
            let Item::Obligation(ob) = item else { continue };
            if let Some((first_file, first)) = seen.get(ob.id.name.as_str()) {
                let at = cx.location(*first_file, first.id.span);
                cx.push(
                    cx.err(
                        index,
                        codes::DUPLICATE,
                        format!("obligation `{}` is declared twice", ob.id.name),
                        ob.id.span,
                    )
                    .with_help(format!(
                        "the first is at {}:{}:{}; ids must be unique in a rule set",
                        at.file, at.line, at.column
                    )),
                );
                continue;
            }
            seen.insert(&ob.id.name, (index, ob));
            if out.len() >= cx.limits.max_obligations {
                let limit = cx.limits.max_obligations;
                cx.push(cx.err(
                    index,
                    codes::TOO_LARGE,
                    format!("more than {limit} obligations (max_obligations)"),
                    ob.id.span,
                ));
                return out;
            }
            if let Some(lowered) = lower_obligation(cx, expansion, index, ob) {
                out.push(lowered);
            }
        }
    }
    out
}

fn lower_obligation<'a>(
    cx: &mut Context<'a>,
    expansion: &Expansion<'a>,
    file: usize,
    ob: &'a ast::Obligation,
) -> Option<Obligation> {
    let (clauses, mut ok) = collect_clauses(cx, file, ob);
    let weight = weight(cx, file, &clauses);
    ok &= weight.is_some();
    let deadline = deadline(cx, file, &clauses);
    ok &= deadline.is_some();
    let deadline = deadline.flatten();
    let text = match clauses.kind(OnceClause::Text) {
        Some(ClauseKind::Text(s)) => Some(s.value.as_str()),
        _ => None,
    };
    let metadata = metadata(cx, file, ob, text);
    ok &= metadata.is_some();
    if over_limits(cx, expansion, file, &clauses) {
        return None;
    }
    let mut lowerer = Lowerer::new(cx);
    let scope = Scope::top(file);
    let mut lowered: BTreeMap<OnceClause, ir::Expr> = BTreeMap::new();
    for (clause, want) in &CONDITIONS {
        if let Some(expr) = clauses.condition(*clause) {
            let role = format!("`{}`", clause.keyword());
            match lowerer.expect(expr, &scope, want, &role) {
                Some(e) => {
                    lowered.insert(*clause, e);
                }
                None => ok = false,
            }
        }
    }
    let has_deadline = clauses.once.contains_key(&OnceClause::Deadline);
    if let (Some(_), false, Some(clause)) = (
        lowered.get(&OnceClause::MetOn),
        has_deadline,
        clauses.once.get(&OnceClause::MetOn),
    ) {
        cx.push(cx.err(
            file,
            codes::CLAUSE,
            "`met on` gives the date a deadline was met; this obligation has no `deadline`",
            clause.span,
        ));
        ok = false;
    }
    let require = lowered.remove(&OnceClause::Require)?;
    let metadata = metadata?;
    if !ok {
        return None;
    }
    Some(Obligation {
        identity: Arc::new(ObligationIdentity {
            id: ob.id.name.clone(),
            title: clauses.text(OnceClause::Title),
            cite: clauses.text(OnceClause::Cite),
            group: clauses.text(OnceClause::Group),
            text: clauses.text(OnceClause::Text),
            indicators: metadata.indicators,
            amendments: metadata.amendments,
        }),
        weight: weight.unwrap_or(1.0),
        per_jurisdiction: clauses.once.contains_key(&OnceClause::InEachJurisdiction),
        exceptions: clauses.exceptions,
        deadline,
        met_on: lowered.remove(&OnceClause::MetOn),
        applies: lowered.remove(&OnceClause::AppliesWhen),
        require,
        partial: lowered.remove(&OnceClause::PartialWhen),
        source: cx.text(file, ob.span).to_string(),
        location: cx.location(file, ob.id.span),
    })
}

/// The obligation's clauses by kind; `false` if one appears twice or a required one is
/// missing (each reported).
fn collect_clauses<'a>(
    cx: &mut Context<'a>,
    file: usize,
    ob: &'a ast::Obligation,
) -> (Clauses<'a>, bool) {
    let mut clauses = Clauses {
        once: BTreeMap::new(),
        exceptions: Vec::new(),
    };
    let mut ok = true;
    for clause in &ob.clauses {
        let Some(once) = OnceClause::of(&clause.kind) else {
            if let ClauseKind::Exception(s) = &clause.kind {
                clauses.exceptions.push(s.value.clone());
            }
            continue;
        };
        if clauses.once.insert(once, clause).is_some() {
            cx.push(cx.err(
                file,
                codes::CLAUSE,
                format!("`{}` appears twice in `{}`", once.keyword(), ob.id.name),
                clause.span,
            ));
            ok = false;
        }
    }
    for required in REQUIRED {
        if !clauses.once.contains_key(&required) {
            let word = required.keyword();
            cx.push(
                cx.err(
                    file,
                    codes::CLAUSE,
                    format!("obligation `{}` has no `{word}`", ob.id.name),
                    ob.id.span,
                )
                .with_help(format!(
                    "every obligation has a `title`, a `cite` and a `require`; add `{word} ...`"
                )),
            );
            ok = false;
        }
    }
    (clauses, ok)
}

/// The weight (1 without the clause); `None` if it is not a positive number (reported).
fn weight(cx: &mut Context<'_>, file: usize, clauses: &Clauses<'_>) -> Option<f64> {
    let Some(ClauseKind::Weight(raw)) = clauses.kind(OnceClause::Weight) else {
        return Some(1.0);
    };
    match raw.raw.parse::<f64>() {
        Ok(w) if w.is_finite() && w > 0.0 => Some(w),
        _ => {
            cx.push(cx.err(
                file,
                codes::BAD_LITERAL,
                format!("`{}` is not a positive weight", raw.raw),
                raw.span,
            ));
            None
        }
    }
}

/// The deadline, `Some(None)` without the clause; `None` if its dates are wrong (reported).
fn deadline(cx: &mut Context<'_>, file: usize, clauses: &Clauses<'_>) -> Option<Option<Deadline>> {
    let Some(ClauseKind::Deadline { from, due }) = clauses.kind(OnceClause::Deadline) else {
        return Some(None);
    };
    let mut lowerer = Lowerer::new(cx);
    let due_date = lowerer.date(&due.raw, due.span, file);
    let from_date = match from {
        Some(f) => lowerer.date(&f.raw, f.span, file).map(Some),
        None => Some(None),
    };
    match (from_date, due_date) {
        (Some(Some(f)), Some(d)) if f > d => {
            let span = from.as_ref().map_or(due.span, |f| f.span.to(due.span));
            cx.push(cx.err(
                file,
                codes::BAD_LITERAL,
                "a deadline window starts before it ends: write `deadline FROM to DUE`",
                span,
            ));
            None
        }
        (Some(from), Some(due)) => Some(Some(Deadline { from, due })),
        _ => None,
    }
}

/// Refuses the obligation, before any of it is expanded, if its conditions with their
/// definitions expanded have more nodes together than `max_expanded_nodes`, or one nests
/// deeper than `max_expanded_depth`.
fn over_limits<'a>(
    cx: &mut Context<'a>,
    expansion: &Expansion<'a>,
    file: usize,
    clauses: &Clauses<'a>,
) -> bool {
    let mut nodes: usize = 0;
    for (clause, _) in &CONDITIONS {
        let Some(expr) = clauses.condition(*clause) else {
            continue;
        };
        let measure = expansion.measure(cx, expr);
        nodes = nodes.saturating_add(measure.nodes);
        let so_far = Measure {
            nodes,
            depth: measure.depth,
        };
        if let Some((message, help)) = so_far.refusal(cx.limits, "this rule") {
            let refusal = cx.err(file, codes::TOO_LARGE, message, expr.span);
            cx.push(refusal.with_help(help));
            return true;
        }
        if !cx.spend_expansion(measure.nodes, file, expr.span) {
            return true;
        }
    }
    false
}
