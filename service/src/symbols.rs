//! Outlines of a file and symbol search across the workspace.

use lexpact_grammar::Span;
use lexpact_grammar::ast::{ClauseKind, ExpectedMark, Expr, Item, TestClauseKind};

use crate::{Analysis, ParsedFile, Symbol, SymbolKind};

/// The declarations of one file, with their clauses as children.
pub fn document_symbols(analysis: &Analysis, file: &str) -> Vec<Symbol> {
    analysis.file(file).map(file_symbols).unwrap_or_default()
}

/// The declarations of every file whose name contains `query` (case-insensitive; every one
/// for an empty query). Obligations are also found by their cite (`C.1(a)-4`).
pub fn workspace_symbols(analysis: &Analysis, query: &str) -> Vec<Symbol> {
    let query = query.to_lowercase();
    analysis
        .files()
        .iter()
        .flat_map(|file| {
            let ast = file.ast.as_ref().ok();
            file_symbols(file)
                .into_iter()
                .zip(ast.map(|a| a.items.iter()).into_iter().flatten())
                .collect::<Vec<_>>()
        })
        .filter(|(symbol, item)| {
            symbol.name.to_lowercase().contains(&query)
                || cite(item).is_some_and(|c| c.to_lowercase().contains(&query))
        })
        .map(|(mut symbol, _)| {
            symbol.children.clear();
            symbol
        })
        .collect()
}

fn cite(item: &Item) -> Option<&str> {
    let Item::Obligation(o) = item else {
        return None;
    };
    o.clauses.iter().find_map(|c| match &c.kind {
        ClauseKind::Cite(s) => Some(s.value.as_str()),
        _ => None,
    })
}

/// One symbol per item, in order (none for a file that does not parse).
fn file_symbols(file: &ParsedFile) -> Vec<Symbol> {
    let Ok(ast) = &file.ast else {
        return Vec::new();
    };
    let symbol = |name: &str, kind, detail: Option<String>, span: Span, name_span: Span| Symbol {
        name: name.to_string(),
        kind,
        detail,
        file: file.name.clone(),
        start: span.start,
        end: span.end,
        name_start: name_span.start,
        name_end: name_span.end,
        children: Vec::new(),
    };
    ast.items
        .iter()
        .map(|item| match item {
            Item::Ruleset(d) => symbol(
                &d.name.value,
                SymbolKind::Ruleset,
                d.version.as_ref().map(|v| format!("version {}", v.value)),
                d.span,
                d.name.span,
            ),
            Item::Schema(d) => symbol(
                &d.target.value,
                SymbolKind::Schema,
                None,
                d.span,
                d.target.span,
            ),
            Item::Define(d) => symbol(
                &d.name.name,
                SymbolKind::Definition,
                d.params.as_ref().map(|ps| {
                    let names: Vec<&str> = ps.iter().map(|p| p.name.as_str()).collect();
                    format!("({})", names.join(", "))
                }),
                d.span,
                d.name.span,
            ),
            Item::Obligation(o) => {
                let title = o.clauses.iter().find_map(|c| match &c.kind {
                    ClauseKind::Title(s) => Some(s.value.clone()),
                    _ => None,
                });
                let mut s = symbol(&o.id.name, SymbolKind::Obligation, title, o.span, o.id.span);
                s.children = o
                    .clauses
                    .iter()
                    .map(|c| {
                        let keyword = c.kind.keyword();
                        let name_span = Span::new(c.span.start, c.span.start + keyword.len());
                        let detail = clause_detail(&file.text, &c.kind);
                        symbol(keyword, SymbolKind::Clause, detail, c.span, name_span)
                    })
                    .collect();
                s
            }
            Item::Test(t) => {
                let mut s = symbol(&t.name.value, SymbolKind::Test, None, t.span, t.name.span);
                s.children = t
                    .clauses
                    .iter()
                    .map(|c| {
                        let (name, detail, name_span) = match &c.kind {
                            TestClauseKind::AsOf(d) => (
                                "as_of",
                                Some(d.raw.clone()),
                                Span::new(c.span.start, c.span.start + 5),
                            ),
                            TestClauseKind::ProfileFile(p) => (
                                "profile",
                                Some(p.value.clone()),
                                Span::new(c.span.start, c.span.start + 7),
                            ),
                            TestClauseKind::ProfileInline(_) => {
                                ("profile", None, Span::new(c.span.start, c.span.start + 7))
                            }
                            TestClauseKind::Expect {
                                id,
                                verdict,
                                deadline,
                            } => {
                                let mut detail = format!("{} {}", id.name, verdict.name);
                                if let Some(d) = deadline {
                                    detail = format!("{detail} {}", d.name);
                                }
                                (
                                    "expect",
                                    Some(detail),
                                    Span::new(c.span.start, c.span.start + 6),
                                )
                            }
                            TestClauseKind::ExpectMark { id, negated, mark } => {
                                let not = if *negated { "not " } else { "" };
                                let mark = match mark {
                                    ExpectedMark::Amended(None) => "amended".to_string(),
                                    ExpectedMark::Amended(Some(p)) => {
                                        format!("amended \"{}\"", p.value)
                                    }
                                    ExpectedMark::Indicator(i) => {
                                        format!("indicator \"{}\"", i.value)
                                    }
                                    ExpectedMark::InWindow => "in_window".to_string(),
                                };
                                (
                                    "expect",
                                    Some(format!("{} {not}{mark}", id.name)),
                                    Span::new(c.span.start, c.span.start + 6),
                                )
                            }
                            TestClauseKind::ExpectCount {
                                count,
                                unit,
                                verdict,
                                group,
                            } => {
                                let mut detail = format!("{} {}", count.raw, unit.name);
                                if let Some(v) = verdict {
                                    detail = format!("{detail} {}", v.name);
                                }
                                if let Some(g) = group {
                                    detail = format!("{detail} in \"{}\"", g.value);
                                }
                                (
                                    "expect",
                                    Some(detail),
                                    Span::new(c.span.start, c.span.start + 6),
                                )
                            }
                        };
                        symbol(name, SymbolKind::Clause, detail, c.span, name_span)
                    })
                    .collect();
                s
            }
        })
        .collect()
}

/// A clause's content on one line: its string, or its expression's first line.
fn clause_detail(text: &str, kind: &ClauseKind) -> Option<String> {
    let expr_line = |e: &Expr| {
        text.get(e.span.start..e.span.end)
            .and_then(|t| t.lines().next())
            .map(|l| l.trim().to_string())
    };
    if let Some(s) = kind.string() {
        return Some(s.value.clone());
    }
    if let Some(e) = kind.expression() {
        return expr_line(e);
    }
    match kind {
        ClauseKind::Weight(w) => Some(w.raw.clone()),
        ClauseKind::Deadline { from, due } => Some(match from {
            Some(f) => format!("{} to {}", f.raw, due.raw),
            None => due.raw.clone(),
        }),
        _ => None,
    }
}
