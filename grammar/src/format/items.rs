//! Items, blocks and clauses.

use crate::ast::{
    Clause, ClauseKind, Comment, Definition, ExpectedMark, Expr, Item, Obligation, TestBlock,
    TestClause, TestClauseKind,
};
use crate::print::{chain_parts, expr_to_string, write_string};
use crate::span::Span;

use super::comments::{Placement, append_trailing, place, within};
use super::{CONTINUATION, INDENT, MAX_WIDTH, Printer, push_comments, width};

impl Printer<'_> {
    /// Prints one item at column 0 after the comments found inside it that it does not place
    /// itself.
    pub(super) fn item(&self, item: &Item, inside: &[&Comment], out: &mut Vec<String>) {
        match item {
            Item::Ruleset(decl) => {
                push_comments(out, 0, inside);
                let mut line = String::from("ruleset ");
                write_string(&mut line, &decl.name.value);
                if let Some(version) = &decl.version {
                    line.push_str(" version ");
                    write_string(&mut line, &version.value);
                }
                out.push(line);
            }
            Item::Schema(decl) => {
                push_comments(out, 0, inside);
                let mut line = String::from("schema ");
                write_string(&mut line, &decl.target.value);
                out.push(line);
            }
            Item::Define(definition) => {
                push_comments(out, 0, inside);
                self.definition(definition, out);
            }
            Item::Obligation(obligation) => self.obligation(obligation, inside, out),
            Item::Test(test) => self.test(test, inside, out),
        }
    }

    fn definition(&self, definition: &Definition, out: &mut Vec<String>) {
        let mut head = format!("define {}", definition.name.name);
        if let Some(params) = &definition.params {
            let names: Vec<&str> = params.iter().map(|p| p.name.as_str()).collect();
            head.push('(');
            head.push_str(&names.join(", "));
            head.push(')');
        }
        head.push_str(" = ");
        expr_lines(0, &head, &definition.body, out);
    }

    fn obligation(&self, obligation: &Obligation, inside: &[&Comment], out: &mut Vec<String>) {
        let open = self.open_brace(obligation.id.span.end);
        let head = format!("obligation {} {{", obligation.id.name);
        let spans: Vec<Span> = obligation.clauses.iter().map(|c| c.span).collect();
        let placed = self.block_comments(inside, open, &spans, out);
        block(
            head,
            &placed,
            &obligation.clauses,
            out,
            |clause, inside, out| {
                push_comments(out, INDENT, inside);
                clause_lines(clause, out);
            },
        );
    }

    fn test(&self, test: &TestBlock, inside: &[&Comment], out: &mut Vec<String>) {
        let open = self.open_brace(test.name.span.end);
        let mut head = String::from("test ");
        write_string(&mut head, &test.name.value);
        head.push_str(" {");
        let spans: Vec<Span> = test.clauses.iter().map(|c| c.span).collect();
        let placed = self.block_comments(inside, open, &spans, out);
        block(head, &placed, &test.clauses, out, |clause, inside, out| {
            self.test_clause(clause, inside, out);
        });
    }

    /// Prints the comments between an item's first word and its `{`, and sorts the others
    /// around the clauses.
    fn block_comments<'c>(
        &self,
        inside: &[&'c Comment],
        open: usize,
        clauses: &[Span],
        out: &mut Vec<String>,
    ) -> Placement<'c> {
        let split = inside.partition_point(|c| c.span.start < open);
        let (head, body) = inside.split_at(split);
        push_comments(out, 0, head);
        place(self.source, body, Some(open + 1), clauses)
    }

    fn test_clause(&self, clause: &TestClause, inside: &[&Comment], out: &mut Vec<String>) {
        let pad = " ".repeat(INDENT);
        match &clause.kind {
            TestClauseKind::AsOf(date) => {
                push_comments(out, INDENT, inside);
                out.push(format!("{pad}as_of {}", date.raw));
            }
            TestClauseKind::ProfileFile(path) => {
                push_comments(out, INDENT, inside);
                let mut line = format!("{pad}profile ");
                write_string(&mut line, &path.value);
                out.push(line);
            }
            TestClauseKind::ProfileInline(data) => {
                let in_data = within(inside, data.span);
                let others: Vec<&Comment> = inside
                    .iter()
                    .copied()
                    .filter(|c| !(data.span.start..data.span.end).contains(&c.span.start))
                    .collect();
                push_comments(out, INDENT, &others);
                self.data(data, INDENT, "profile ", "", in_data, out);
            }
            TestClauseKind::Expect {
                id,
                verdict,
                deadline,
            } => {
                push_comments(out, INDENT, inside);
                let mut line = format!("{pad}expect {} {}", id.name, verdict.name);
                if let Some(deadline) = deadline {
                    line.push(' ');
                    line.push_str(&deadline.name);
                }
                out.push(line);
            }
            TestClauseKind::ExpectMark { id, negated, mark } => {
                push_comments(out, INDENT, inside);
                let mut line = format!("{pad}expect {} ", id.name);
                if *negated {
                    line.push_str("not ");
                }
                match mark {
                    ExpectedMark::Amended(passage) => {
                        line.push_str("amended");
                        if let Some(passage) = passage {
                            line.push(' ');
                            write_string(&mut line, &passage.value);
                        }
                    }
                    ExpectedMark::Indicator(id) => {
                        line.push_str("indicator ");
                        write_string(&mut line, &id.value);
                    }
                    ExpectedMark::InWindow => line.push_str("in_window"),
                }
                out.push(line);
            }
            TestClauseKind::ExpectCount {
                count,
                unit,
                verdict,
                group,
            } => {
                push_comments(out, INDENT, inside);
                let mut line = format!("{pad}expect {} {}", count.raw, unit.name);
                if let Some(verdict) = verdict {
                    line.push(' ');
                    line.push_str(&verdict.name);
                }
                if let Some(group) = group {
                    line.push_str(" in ");
                    write_string(&mut line, &group.value);
                }
                out.push(line);
            }
        }
    }

    /// The offset of the `{` that opens a block, searched from `from` (after the block's
    /// name) past white space and comments.
    fn open_brace(&self, from: usize) -> usize {
        let bytes = self.source.as_bytes();
        let mut i = from;
        while let Some(&b) = bytes.get(i) {
            match b {
                b'{' => return i,
                b'#' => {
                    while bytes.get(i).is_some_and(|b| *b != b'\n') {
                        i += 1;
                    }
                }
                _ => i += 1,
            }
        }
        from
    }
}

/// Prints a block: its head line ending in `{`, its children indented with the comments
/// around them, and the closing `}`; `{}` when there is nothing inside.
fn block<T>(
    head: String,
    placed: &Placement<'_>,
    children: &[T],
    out: &mut Vec<String>,
    mut child: impl FnMut(&T, &[&Comment], &mut Vec<String>),
) {
    if children.is_empty() && placed.opener.is_none() && placed.end.is_empty() {
        out.push(format!("{head}}}"));
        return;
    }
    out.push(head);
    append_trailing(out, placed.opener);
    for (k, item) in children.iter().enumerate() {
        if let Some(before) = placed.before.get(k) {
            push_comments(out, INDENT, before);
        }
        let inside = placed.inside.get(k).map_or(&[][..], Vec::as_slice);
        child(item, inside, out);
        append_trailing(out, placed.after.get(k).copied().flatten());
    }
    push_comments(out, INDENT, &placed.end);
    out.push("}".to_string());
}

fn clause_lines(clause: &Clause, out: &mut Vec<String>) {
    let pad = " ".repeat(INDENT);
    let keyword = clause.kind.keyword();
    match &clause.kind {
        ClauseKind::Title(s)
        | ClauseKind::Cite(s)
        | ClauseKind::Group(s)
        | ClauseKind::Text(s)
        | ClauseKind::Indicator(s)
        | ClauseKind::Amended(s)
        | ClauseKind::Exception(s) => {
            let mut line = format!("{pad}{keyword} ");
            write_string(&mut line, &s.value);
            out.push(line);
        }
        ClauseKind::Weight(n) => out.push(format!("{pad}{keyword} {}", n.raw)),
        ClauseKind::Deadline { from, due } => match from {
            Some(from) => out.push(format!("{pad}{keyword} {} to {}", from.raw, due.raw)),
            None => out.push(format!("{pad}{keyword} {}", due.raw)),
        },
        ClauseKind::MetOn(e)
        | ClauseKind::AppliesWhen(e)
        | ClauseKind::Require(e)
        | ClauseKind::PartialWhen(e) => expr_lines(INDENT, &format!("{keyword} "), e, out),
        ClauseKind::InEachJurisdiction => out.push(format!("{pad}{keyword}")),
    }
}

/// `head` and the expression at `indent`: on one line when it fits in [`MAX_WIDTH`],
/// otherwise with a top-level `and` / `or` chain broken before each operator, continuation
/// lines indented [`CONTINUATION`] more than `indent`.
fn expr_lines(indent: usize, head: &str, expr: &Expr, out: &mut Vec<String>) {
    let pad = " ".repeat(indent);
    let line = format!("{pad}{head}{}", expr_to_string(expr));
    if width(&line) <= MAX_WIDTH {
        out.push(line);
        return;
    }
    let Some((word, parts)) = chain_parts(expr) else {
        out.push(line);
        return;
    };
    let more = " ".repeat(indent + CONTINUATION);
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            out.push(format!("{pad}{head}{part}"));
        } else {
            out.push(format!("{more}{word} {part}"));
        }
    }
}
