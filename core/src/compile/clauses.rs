//! Lowers obligation blocks: checks that each required clause is there once, parses the
//! literal clauses and lowers the conditions with the types they must have.

use std::collections::BTreeMap;
use std::sync::Arc;

use lexpact_grammar::ast::{self, ClauseKind, Item};

use super::Context;
use super::expr::{Lowerer, Scope};
use crate::diagnostic::codes;
use crate::ir::{Deadline, Obligation};
use crate::report::ObligationIdentity;
use crate::types::Ty;

pub(crate) fn lower_obligations(cx: &mut Context<'_>) -> Vec<Obligation> {
    let files = cx.files;
    let mut seen: BTreeMap<&str, (usize, &ast::Obligation)> = BTreeMap::new();
    let mut out = Vec::new();
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
            if let Some(lowered) = lower_obligation(cx, index, ob) {
                out.push(lowered);
            }
        }
    }
    out
}

fn lower_obligation<'a>(
    cx: &mut Context<'a>,
    file: usize,
    ob: &'a ast::Obligation,
) -> Option<Obligation> {
    let mut by_kind: BTreeMap<&'static str, &ast::Clause> = BTreeMap::new();
    let mut exceptions = Vec::new();
    let mut ok = true;
    for clause in &ob.clauses {
        let keyword = clause.kind.keyword();
        if let ClauseKind::Exception(s) = &clause.kind {
            exceptions.push(s.value.clone());
            continue;
        }
        if by_kind.insert(keyword, clause).is_some() {
            cx.push(cx.err(
                file,
                codes::CLAUSE,
                format!("`{keyword}` appears twice in `{}`", ob.id.name),
                clause.span,
            ));
            ok = false;
        }
    }
    for required in ["title", "cite", "require"] {
        if !by_kind.contains_key(required) {
            cx.push(
                cx.err(
                    file,
                    codes::CLAUSE,
                    format!("obligation `{}` has no `{required}`", ob.id.name),
                    ob.id.span,
                )
                .with_help(format!(
                    "every obligation has a `title`, a `cite` and a `require`; add `{required} ...`"
                )),
            );
            ok = false;
        }
    }
    let text_of = |kind: &str| -> String {
        match by_kind.get(kind).map(|c| &c.kind) {
            Some(
                ClauseKind::Title(s)
                | ClauseKind::Cite(s)
                | ClauseKind::Group(s)
                | ClauseKind::Text(s),
            ) => s.value.clone(),
            _ => String::new(),
        }
    };
    let (title, cite, group, text) = (
        text_of("title"),
        text_of("cite"),
        text_of("group"),
        text_of("text"),
    );

    let mut weight = 1.0;
    if let Some(ClauseKind::Weight(raw)) = by_kind.get("weight").map(|c| &c.kind) {
        match raw.raw.parse::<f64>() {
            Ok(w) if w.is_finite() && w > 0.0 => weight = w,
            _ => {
                cx.push(cx.err(
                    file,
                    codes::BAD_LITERAL,
                    format!("`{}` is not a positive weight", raw.raw),
                    raw.span,
                ));
                ok = false;
            }
        }
    }

    let mut lowerer = Lowerer::new(cx);
    let scope = Scope::top(file);
    let mut deadline = None;
    if let Some(ClauseKind::Deadline { from, due }) = by_kind.get("deadline").map(|c| &c.kind) {
        let due_date = lowerer.date(&due.raw, due.span, file);
        let from_date = match from {
            Some(f) => lowerer.date(&f.raw, f.span, file).map(Some),
            None => Some(None),
        };
        match (from_date, due_date) {
            (Some(Some(f)), Some(d)) if f > d => {
                let span = from.as_ref().map_or(due.span, |f| f.span.to(due.span));
                lowerer.cx.push(lowerer.cx.err(
                    file,
                    codes::BAD_LITERAL,
                    "a deadline window starts before it ends: write `deadline FROM to DUE`",
                    span,
                ));
                ok = false;
            }
            (Some(from), Some(due)) => deadline = Some(Deadline { from, due }),
            _ => ok = false,
        }
    }
    let mut condition = |kind: &str, want: Ty, role: &str| -> Result<Option<crate::ir::Expr>, ()> {
        match by_kind.get(kind).map(|c| &c.kind) {
            Some(
                ClauseKind::AppliesWhen(e)
                | ClauseKind::Require(e)
                | ClauseKind::PartialWhen(e)
                | ClauseKind::MetOn(e),
            ) => lowerer.expect(e, &scope, &want, role).map(Some).ok_or(()),
            _ => Ok(None),
        }
    };
    let applies = condition("applies when", Ty::Bool, "`applies when`");
    let require = condition("require", Ty::Bool, "`require`");
    let partial = condition("partial when", Ty::Bool, "`partial when`");
    let met_on = condition("met on", Ty::Date, "`met on`");
    if let (Ok(Some(_)), None) = (&met_on, &deadline) {
        if let Some(clause) = by_kind.get("met on") {
            cx.push(cx.err(
                file,
                codes::CLAUSE,
                "`met on` gives the date a deadline was met; this obligation has no `deadline`",
                clause.span,
            ));
        }
        ok = false;
    }
    let (Ok(applies), Ok(Some(require)), Ok(partial), Ok(met_on)) =
        (applies, require, partial, met_on)
    else {
        return None;
    };
    if !ok {
        return None;
    }
    Some(Obligation {
        identity: Arc::new(ObligationIdentity {
            id: ob.id.name.clone(),
            title,
            cite,
            group,
            text,
        }),
        weight,
        exceptions,
        deadline,
        met_on,
        applies,
        require,
        partial,
        source: cx.text(file, ob.span).to_string(),
        location: cx.location(file, ob.id.span),
    })
}
