//! Helpers shared by the formatter's integration and property tests.
#![allow(dead_code)]

use lexpact_grammar::Span;
use lexpact_grammar::ast::{
    Clause, ClauseKind, Data, DataKind, ExpectedMark, Expr, ExprKind, File, Ident, Item, RawLit,
    StrLit, TestClause, TestClauseKind,
};

/// The file's items with every span set to zero and `ruleset` / `schema` declarations first
/// (the formatter moves them up; item order carries no meaning). Comments are left out:
/// compare them with [`comment_texts`].
pub fn normalise(file: &File) -> Vec<Item> {
    let (mut items, rest): (Vec<Item>, Vec<Item>) = file
        .items
        .iter()
        .cloned()
        .partition(|item| matches!(item, Item::Ruleset(_) | Item::Schema(_)));
    items.extend(rest);
    for item in &mut items {
        item_spans(item);
    }
    items
}

/// The comments' texts, sorted: the multiset the formatter must keep.
pub fn comment_texts(file: &File) -> Vec<String> {
    let mut texts: Vec<String> = file.comments.iter().map(|c| c.text.clone()).collect();
    texts.sort();
    texts
}

fn zero(span: &mut Span) {
    *span = Span::default();
}

fn ident(ident: &mut Ident) {
    zero(&mut ident.span);
}

fn string(lit: &mut StrLit) {
    zero(&mut lit.span);
}

fn raw(lit: &mut RawLit) {
    zero(&mut lit.span);
}

fn item_spans(item: &mut Item) {
    match item {
        Item::Ruleset(d) => {
            zero(&mut d.span);
            string(&mut d.name);
            if let Some(v) = &mut d.version {
                string(v);
            }
        }
        Item::Schema(d) => {
            zero(&mut d.span);
            string(&mut d.target);
        }
        Item::Define(d) => {
            zero(&mut d.span);
            ident(&mut d.name);
            for p in d.params.iter_mut().flatten() {
                ident(p);
            }
            expr(&mut d.body);
        }
        Item::Obligation(o) => {
            zero(&mut o.span);
            ident(&mut o.id);
            o.clauses.iter_mut().for_each(clause);
        }
        Item::Test(t) => {
            zero(&mut t.span);
            string(&mut t.name);
            t.clauses.iter_mut().for_each(test_clause);
        }
    }
}

fn clause(c: &mut Clause) {
    zero(&mut c.span);
    match &mut c.kind {
        ClauseKind::Title(s)
        | ClauseKind::Cite(s)
        | ClauseKind::Group(s)
        | ClauseKind::Text(s)
        | ClauseKind::Indicator(s)
        | ClauseKind::Amended(s)
        | ClauseKind::Exception(s) => string(s),
        ClauseKind::Weight(n) => raw(n),
        ClauseKind::Deadline { from, due } => {
            if let Some(f) = from {
                raw(f);
            }
            raw(due);
        }
        ClauseKind::MetOn(e)
        | ClauseKind::AppliesWhen(e)
        | ClauseKind::Require(e)
        | ClauseKind::PartialWhen(e) => expr(e),
        ClauseKind::InEachJurisdiction => {}
    }
}

fn test_clause(c: &mut TestClause) {
    zero(&mut c.span);
    match &mut c.kind {
        TestClauseKind::AsOf(d) => raw(d),
        TestClauseKind::ProfileFile(s) => string(s),
        TestClauseKind::ProfileInline(d) => data(d),
        TestClauseKind::Expect {
            id,
            verdict,
            deadline,
        } => {
            ident(id);
            ident(verdict);
            if let Some(d) = deadline {
                ident(d);
            }
        }
        TestClauseKind::ExpectMark { id, mark, .. } => {
            ident(id);
            match mark {
                ExpectedMark::Amended(Some(s)) | ExpectedMark::Indicator(s) => string(s),
                ExpectedMark::Amended(None) | ExpectedMark::InWindow => {}
            }
        }
        TestClauseKind::ExpectCount {
            count,
            unit,
            verdict,
            group,
        } => {
            raw(count);
            ident(unit);
            if let Some(v) = verdict {
                ident(v);
            }
            if let Some(g) = group {
                string(g);
            }
        }
    }
}

fn data(d: &mut Data) {
    zero(&mut d.span);
    match &mut d.kind {
        DataKind::List(items) => items.iter_mut().for_each(data),
        DataKind::Object(entries) => {
            for (key, value) in entries {
                ident(key);
                data(value);
            }
        }
        DataKind::Null
        | DataKind::Bool(_)
        | DataKind::Number(_)
        | DataKind::Date(_)
        | DataKind::Str(_) => {}
    }
}

fn expr(e: &mut Expr) {
    zero(&mut e.span);
    match &mut e.kind {
        ExprKind::Bool(_) | ExprKind::Number(_) | ExprKind::Date(_) | ExprKind::Str(_) => {}
        ExprKind::List(items) | ExprKind::And(items) | ExprKind::Or(items) => {
            items.iter_mut().for_each(expr);
        }
        ExprKind::Path(parts) => parts.iter_mut().for_each(ident),
        ExprKind::Call { name, args } => {
            ident(name);
            args.iter_mut().for_each(expr);
        }
        ExprKind::Not(inner) | ExprKind::Neg(inner) => expr(inner),
        ExprKind::Binary { lhs, rhs, .. } => {
            expr(lhs);
            expr(rhs);
        }
        ExprKind::Quantified {
            var,
            list,
            condition,
            ..
        } => {
            ident(var);
            expr(list);
            if let Some(c) = condition {
                expr(c);
            }
        }
    }
}

/// Formats `source` and checks the formatter's promises: the output parses to the same tree
/// and comments, ends with one line break, and formatting it again changes nothing.
pub fn check_format(source: &str) -> String {
    let before = lexpact_grammar::parse(source).expect("the test source parses");
    let out = lexpact_grammar::format_source(source).expect("formatting succeeds");
    let after = lexpact_grammar::parse(&out)
        .unwrap_or_else(|e| panic!("the output does not parse: {e:?}\n{out}"));
    assert_eq!(
        normalise(&after),
        normalise(&before),
        "meaning changed:\n{out}"
    );
    assert_eq!(
        comment_texts(&after),
        comment_texts(&before),
        "comments changed:\n{out}"
    );
    assert!(
        out.ends_with('\n') && !out.ends_with("\n\n"),
        "line end:\n{out:?}"
    );
    assert!(!out.contains("\n\n\n"), "two empty lines in a row:\n{out}");
    let again = lexpact_grammar::format_source(&out).expect("formatting the output succeeds");
    assert_eq!(again, out, "not idempotent");
    out
}
