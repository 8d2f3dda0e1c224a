//! Definitions: collected by name from every file, and each body checked once on its own, so
//! that a mistake in a definition nobody uses is still found.

use lexpact_grammar::ast::Item;

use super::expansion::Expansion;
use super::expr::{BUILTINS, Lowerer};
use super::scope::{Binding, Scope};
use super::{Checked, Context, DefInfo};
use crate::diagnostic::codes;

/// Collects every file's definitions by name, refusing a name defined twice or a built-in's.
pub(crate) fn collect(cx: &mut Context<'_>) {
    let files = cx.files;
    for (index, file) in files.iter().enumerate() {
        for item in &file.ast.items {
            let Item::Define(def) = item else { continue };
            let name = def.name.name.as_str();
            if let Some(previous) = cx.defs.get(name) {
                let at = cx.location(previous.file, previous.def.name.span);
                cx.push(
                    cx.err(
                        index,
                        codes::DUPLICATE,
                        format!("`{name}` is defined twice"),
                        def.name.span,
                    )
                    .with_help(format!(
                        "the first definition is at {}:{}:{}",
                        at.file, at.line, at.column
                    )),
                );
                continue;
            }
            if BUILTINS.iter().any(|(b, _)| *b == name) {
                cx.push(
                    cx.err(
                        index,
                        codes::DUPLICATE,
                        format!("`{name}` is a built-in function"),
                        def.name.span,
                    )
                    .with_help("choose another name"),
                );
                continue;
            }
            cx.defs.insert(name, DefInfo { def, file: index });
        }
    }
}

/// Checks every definition's body once on its own, so that a mistake in a definition nobody
/// uses is still found. Paths rooted at parameters are left to each use. A body over the
/// expansion limits is refused unexpanded, at the first definition that crosses them.
pub(crate) fn check_bodies<'a>(cx: &mut Context<'a>, expansion: &Expansion<'a>) {
    let over = |cx: &Context<'_>, name: &str| {
        expansion
            .standalone(name)
            .and_then(|measure| measure.refusal(cx.limits, &format!("`{name}`")))
    };
    for name in expansion.dependency_order(cx) {
        let Some(info) = cx.defs.get(name) else {
            continue;
        };
        let (def, file) = (info.def, info.file);
        if let Some((message, help)) = over(cx, name) {
            let crossed_here = expansion
                .used_by(cx, name)
                .into_iter()
                .all(|callee| over(cx, callee).is_none());
            if crossed_here {
                let d = cx.err(file, codes::TOO_LARGE, message, def.name.span);
                cx.push(d.with_help(help));
            }
            continue;
        }
        if cx.expansion_exhausted {
            break;
        }
        let params = def.params.as_deref().unwrap_or_default();
        let mut scope = Scope::top(file);
        for param in params {
            scope = scope.bind(&param.name, Binding::Unbound);
        }
        let mut lowerer = Lowerer::new(cx);
        lowerer.checking_definition = true;
        let checked = lowerer.lower(&def.body, &scope).map(|lowered| Checked {
            ty: lowered.expr.ty,
            node: lowered.node,
        });
        // What checking it on its own built counts towards the rule set's total (a use of a
        // definition with parameters is expanded again in each body that uses it).
        let built = lowerer.nodes;
        cx.spend_expansion(built, file, def.name.span);
        if params.is_empty() {
            cx.checked_definitions.insert(name, checked);
        }
    }
}
