//! Regions that fold: blocks, long clauses, runs of comments.

use lexpact_grammar::Span;
use lexpact_grammar::ast::{Item, TestClauseKind};

use crate::{Analysis, Fold, FoldKind};

/// The regions of one file an editor can fold: obligations and tests (their braces),
/// definitions, clauses and inline test profiles over several lines, and runs of two or more
/// whole-line comments. In order of their start.
pub fn folding_ranges(analysis: &Analysis, file: &str) -> Vec<Fold> {
    let Some(parsed) = analysis.file(file) else {
        return Vec::new();
    };
    let Ok(ast) = &parsed.ast else {
        return Vec::new();
    };
    let text = parsed.text.as_str();
    let mut regions: Vec<Span> = Vec::new();
    for item in &ast.items {
        match item {
            Item::Obligation(o) => {
                regions.push(o.span);
                regions.extend(o.clauses.iter().map(|c| c.span));
            }
            Item::Test(t) => {
                regions.push(t.span);
                for clause in &t.clauses {
                    if let TestClauseKind::ProfileInline(data) = &clause.kind {
                        regions.push(data.span);
                    }
                }
            }
            Item::Define(d) => regions.push(d.span),
            Item::Ruleset(_) | Item::Schema(_) => {}
        }
    }
    let mut folds: Vec<Fold> = regions
        .into_iter()
        .filter(|s| multi_line(text, *s))
        .map(|s| Fold {
            start: s.start,
            end: s.end,
            kind: FoldKind::Region,
        })
        .collect();
    folds.extend(comment_runs(text, &ast.comments));
    folds.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    folds
}

fn multi_line(text: &str, span: Span) -> bool {
    text.get(span.start..span.end)
        .is_some_and(|t| t.contains('\n'))
}

/// Runs of comments that stand alone on consecutive lines.
fn comment_runs(text: &str, comments: &[lexpact_grammar::ast::Comment]) -> Vec<Fold> {
    let alone = |span: Span| {
        let line_start = text
            .get(..span.start)
            .map_or(0, |b| b.rfind('\n').map_or(0, |i| i + 1));
        text.get(line_start..span.start)
            .is_some_and(|before| before.trim().is_empty())
    };
    let mut folds = Vec::new();
    let mut run: Option<(Span, usize)> = None;
    for comment in comments.iter().filter(|c| alone(c.span)) {
        run = match run {
            // The next line: only the line break (and a `\r`) between them.
            Some((span, n))
                if text
                    .get(span.end..comment.span.start)
                    .is_some_and(|between| between.trim_matches([' ', '\t', '\r']) == "\n") =>
            {
                Some((span.to(comment.span), n + 1))
            }
            done => {
                if let Some((span, n)) = done
                    && n >= 2
                {
                    folds.push(span);
                }
                Some((comment.span, 1))
            }
        };
    }
    if let Some((span, n)) = run
        && n >= 2
    {
        folds.push(span);
    }
    folds
        .into_iter()
        .map(|s| Fold {
            start: s.start,
            end: s.end,
            kind: FoldKind::Comment,
        })
        .collect()
}
