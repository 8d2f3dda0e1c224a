//! The formatter: parses a rule file and prints it back in the canonical layout, keeping
//! every comment.
//!
//! The layout rules are documented on [`format_source`].

mod comments;
mod data;
mod items;
#[cfg(test)]
mod tests;

use std::ops::Range;

use crate::ast::{Comment, File, Item};
use crate::error::{SyntaxError, codes};
use crate::parser::{ParseOptions, parse_with};
use crate::span::Span;

use comments::{append_trailing, blank_line_between, own_line, paragraphs, place};

/// The column limit the layout aims at.
pub(crate) const MAX_WIDTH: usize = 100;
/// Indentation of the clauses of a block and of the entries of a profile object or list.
const INDENT: usize = 2;
/// Extra indentation of the continuation lines of a broken `and` / `or` chain.
const CONTINUATION: usize = 4;

/// Formats one rule file: parses `source` and prints it in the canonical layout below. A
/// source that does not parse gives the parser's error.
///
/// # Layout
///
/// - Top-level items are separated by exactly one empty line, except that one-line `define`s
///   (or one-line `ruleset` / `schema` declarations) written on consecutive lines, with no
///   comment between them, stay together as a group. `ruleset` and `schema` declarations come
///   first, in the order they appear; the other items keep their order. (Item order carries no
///   meaning: a file's declarations may come in any order.)
/// - `obligation` and `test` blocks hold one clause per line, indented by 2 spaces, in the
///   order written, with a single space between a clause's keyword and its value. A block
///   with neither clauses nor comments is printed `{}`.
/// - Expressions are printed by [`crate::print::expr_to_string`]. **Line breaking:** when a
///   clause or definition line (without its trailing comment) would be longer than
///   100 characters and its expression is an `and` / `or` chain, every operand of
///   that top-level chain goes on a line of its own; continuation lines are indented 4 spaces
///   more than the line that starts the clause and begin with the operator:
///
///   ```text
///   obligation x {
///     require jurisdiction.extraterritorial.exists
///         and not jurisdiction.extraterritorial.double_criminality_required
///   }
///   ```
///
///   Nested chains and other expressions are not broken: such a line may stay long.
/// - Inline test profiles are written like the source syntax: keys bare when they are a
///   plain word (`[A-Za-z_][A-Za-z0-9_]*`), quoted otherwise; an object or list goes on one
///   line (`{ a: 1, b: [1, 2] }`) when it fits in 100 columns and holds no comment,
///   otherwise one entry per line, indented 2 spaces more than its opening line, with commas
///   between entries and none after the last.
/// - The output uses `\n` line ends, has no byte order mark, and ends with exactly one `\n`
///   (an empty file becomes a single `\n`).
///
/// # Comments
///
/// Every comment is kept, with its text unchanged, and attached by its position:
///
/// - a comment on its own line(s) before an item, clause or profile entry stays before it, at
///   its indentation; at the top level, a single empty line is kept where the source had one
///   or more between such comments, or between them and the item (inside blocks, empty lines
///   are dropped). Comments before the first item that an empty line separates from it stay at
///   the top of the file even when a `ruleset` or `schema` declaration moves up;
/// - a comment on the line where an item, clause or entry ends stays at the end of the last
///   line printed for it, two spaces after the code;
/// - a comment on the line of a block's `{` (before the first clause) stays after the `{`;
/// - comments inside an expression, or between the words of a clause or declaration, go on
///   lines of their own before that clause or item (in their order); comments inside an
///   inline profile stay inside it (which makes the object or list that holds them break
///   into one entry per line);
/// - comments before a block's `}` stay inside the block; comments after the last item stay
///   at the end of the file.
///
/// # Guarantees
///
/// Formatting is idempotent and keeps the meaning: parsing the output gives the tree of the
/// input (up to spans and the move of `ruleset` / `schema` declarations) and the same
/// comments. As a last check the output is parsed again; should it fail to parse (canonical
/// parentheses can, in rare cases, push a source already at the nesting limit over it), the
/// parse error is returned instead of the text.
///
/// The default `ParseOptions` bound the source; `format_source_with` takes others.
pub fn format_source(source: &str) -> Result<String, SyntaxError> {
    format_source_with(source, &ParseOptions::default())
}

/// [`format_source`] under `options`: the source must be within `max_source_bytes` and
/// `max_depth`, and the output is read back under the same `max_depth`. The output is not
/// held to `max_source_bytes`: it is the formatter's own text, and may be a little longer
/// than a source that fits.
pub fn format_source_with(source: &str, options: &ParseOptions) -> Result<String, SyntaxError> {
    let file = parse_with(source, options)?;
    let printer = Printer { source };
    let (text, items) = printer.file(&file);
    check_output(source, &file, &text, &items, options.max_depth)?;
    Ok(text)
}

/// Parses the output again: it must parse and hold as many items and comments as the input.
fn check_output(
    source: &str,
    file: &File,
    text: &str,
    items: &[(Range<usize>, Span)],
    max_depth: usize,
) -> Result<(), SyntaxError> {
    let whole = Span::new(0, source.len());
    let options = ParseOptions {
        max_source_bytes: usize::MAX,
        max_depth,
    };
    let again = parse_with(text, &options).map_err(|e| {
        let span = items
            .iter()
            .find(|(range, _)| range.contains(&e.span.start))
            .map_or(whole, |(_, span)| *span);
        SyntaxError {
            code: e.code,
            message: format!("the formatted text could not be read back: {}", e.message),
            span,
            help: e.help,
        }
    })?;
    if again.items.len() != file.items.len() || again.comments.len() != file.comments.len() {
        return Err(SyntaxError::new(
            codes::SYNTAX,
            "the formatted text does not hold every item and comment of the source",
            whole,
        )
        .with_help("this is a bug in the formatter; please report the input"));
    }
    Ok(())
}

/// Lines separated from their neighbours by one empty line; `item` is the source span of
/// the item they print, if any.
struct Chunk {
    lines: Vec<String>,
    item: Option<Span>,
    /// For an item printed on one line (comments attached above it aside): the kind of item
    /// it may be grouped with (no empty line between) when the source wrote them on
    /// consecutive lines, with nothing between.
    group: Option<Group>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Group {
    Declarations,
    Definitions,
}

pub(super) struct Printer<'s> {
    source: &'s str,
}

impl Printer<'_> {
    /// The whole output, and the output range printed for each item's chunk.
    fn file(&self, file: &File) -> (String, Vec<(Range<usize>, Span)>) {
        let all: Vec<&Comment> = file.comments.iter().collect();
        let spans: Vec<Span> = file.items.iter().map(Item::span).collect();
        let placed = place(self.source, &all, None, &spans);

        // Comments at the top of the file that an empty line separates from the first item.
        let mut top: Vec<Chunk> = Vec::new();
        // Per item: whether it is a header declaration, and its chunks.
        let mut items: Vec<(bool, Vec<Chunk>)> = Vec::new();
        for (k, item) in file.items.iter().enumerate() {
            let before = placed.before.get(k).map_or(&[][..], Vec::as_slice);
            let mut runs = paragraphs(self.source, before);
            let attached = match before.last() {
                Some(last)
                    if !blank_line_between(self.source, last.span.end, item.span().start) =>
                {
                    runs.pop().unwrap_or_default()
                }
                _ => Vec::new(),
            };
            let mut lines: Vec<String> = attached.iter().map(|c| own_line(0, c)).collect();
            let inside = placed.inside.get(k).map_or(&[][..], Vec::as_slice);
            self.item(item, inside, &mut lines);
            append_trailing(&mut lines, placed.after.get(k).copied().flatten());

            let header = matches!(item, Item::Ruleset(_) | Item::Schema(_));
            let group = match item {
                _ if lines.len() != attached.len() + 1 => None,
                Item::Ruleset(_) | Item::Schema(_) => Some(Group::Declarations),
                Item::Define(_) => Some(Group::Definitions),
                _ => None,
            };
            let mut chunks: Vec<Chunk> = runs.iter().map(|run| comment_chunk(run)).collect();
            if k == 0 {
                top.append(&mut chunks);
            }
            chunks.push(Chunk {
                lines,
                item: Some(item.span()),
                group,
            });
            items.push((header, chunks));
        }
        // A stable partition: declarations first, each group in source order.
        items.sort_by_key(|(header, _)| !*header);

        let mut chunks = top;
        chunks.extend(items.into_iter().flat_map(|(_, chunks)| chunks));
        chunks.extend(
            paragraphs(self.source, &placed.end)
                .iter()
                .map(|run| comment_chunk(run)),
        );

        let mut out = String::new();
        let mut ranges = Vec::new();
        let mut previous: Option<&Chunk> = None;
        for chunk in &chunks {
            if let Some(before) = previous
                && !self.grouped(before, chunk)
            {
                out.push('\n');
            }
            previous = Some(chunk);
            let start = out.len();
            for line in &chunk.lines {
                out.push_str(line);
                out.push('\n');
            }
            if let Some(span) = chunk.item {
                ranges.push((start..out.len(), span));
            }
        }
        if out.is_empty() {
            out.push('\n');
        }
        (out, ranges)
    }

    /// Whether `next` follows `before` without an empty line: two one-line items of the same
    /// group that the source wrote in this order with only a line break (or spaces) between.
    fn grouped(&self, before: &Chunk, next: &Chunk) -> bool {
        let (Some(a), Some(b)) = (before.item, next.item) else {
            return false;
        };
        before.group.is_some()
            && before.group == next.group
            && next.lines.len() == 1
            && a.end <= b.start
            && self
                .source
                .get(a.end..b.start)
                .is_some_and(|gap| gap.trim().is_empty() && gap.matches('\n').count() <= 1)
    }
}

/// Comments on lines of their own at `indent`.
fn push_comments(out: &mut Vec<String>, indent: usize, comments: &[&Comment]) {
    out.extend(comments.iter().map(|c| own_line(indent, c)));
}

fn comment_chunk(run: &[&Comment]) -> Chunk {
    Chunk {
        lines: run.iter().map(|c| own_line(0, c)).collect(),
        item: None,
        group: None,
    }
}

/// Width of a line in characters.
fn width(line: &str) -> usize {
    line.chars().count()
}
