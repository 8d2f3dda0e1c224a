//! Inline test profiles: JSON-like values with bare keys and bare dates.

use crate::ast::{Comment, Data, DataKind};
use crate::print::write_string;
use crate::span::Span;

use super::comments::{append_trailing, place, within};
use super::{INDENT, MAX_WIDTH, Printer, push_comments, width};

impl Printer<'_> {
    /// Prints `prefix`, the value and `suffix` at `indent`: on one line when the value holds
    /// no comment and the line fits in [`MAX_WIDTH`], otherwise an object or list with one
    /// entry per line. `comments` are the comments inside the value's span.
    pub(super) fn data(
        &self,
        data: &Data,
        indent: usize,
        prefix: &str,
        suffix: &str,
        comments: &[&Comment],
        out: &mut Vec<String>,
    ) {
        let pad = " ".repeat(indent);
        let line = format!("{pad}{prefix}{}{suffix}", one_line(data));
        let (open, close) = match &data.kind {
            DataKind::Object(_) => ('{', '}'),
            DataKind::List(_) => ('[', ']'),
            _ => {
                // A scalar holds no comment; any given would be a bug, but must not be lost.
                push_comments(out, indent, comments);
                out.push(line);
                return;
            }
        };
        if comments.is_empty() && width(&line) <= MAX_WIDTH {
            out.push(line);
            return;
        }
        // Children: each entry (key to value) or item, with the span of its value.
        let children: Vec<(Span, &Data, Option<&str>)> = match &data.kind {
            DataKind::Object(entries) => entries
                .iter()
                .map(|(key, value)| {
                    (
                        Span::new(key.span.start, value.span.end),
                        value,
                        Some(key.name.as_str()),
                    )
                })
                .collect(),
            DataKind::List(items) => items.iter().map(|item| (item.span, item, None)).collect(),
            _ => Vec::new(),
        };
        let spans: Vec<Span> = children.iter().map(|(span, _, _)| *span).collect();
        let placed = place(self.source, comments, Some(data.span.start + 1), &spans);

        out.push(format!("{pad}{prefix}{open}"));
        append_trailing(out, placed.opener);
        let last = children.len().saturating_sub(1);
        for (k, (_, value, key)) in children.iter().enumerate() {
            if let Some(before) = placed.before.get(k) {
                push_comments(out, indent + INDENT, before);
            }
            let inside = placed.inside.get(k).map_or(&[][..], Vec::as_slice);
            // Comments between a key and its value go before the entry.
            let around: Vec<&Comment> = inside
                .iter()
                .copied()
                .filter(|c| !(value.span.start..value.span.end).contains(&c.span.start))
                .collect();
            push_comments(out, indent + INDENT, &around);
            let mut head = String::new();
            if let Some(key) = key {
                write_key(&mut head, key);
                head.push_str(": ");
            }
            let comma = if k < last { "," } else { "" };
            let in_value = within(inside, value.span);
            self.data(value, indent + INDENT, &head, comma, in_value, out);
            append_trailing(out, placed.after.get(k).copied().flatten());
        }
        push_comments(out, indent + INDENT, &placed.end);
        out.push(format!("{pad}{close}{suffix}"));
    }
}

/// The value on one line: `{ a: 1, "b c": [1, 2] }`, `{}`, `[]`.
pub(super) fn one_line(data: &Data) -> String {
    let mut out = String::new();
    write_one_line(&mut out, data);
    out
}

fn write_one_line(out: &mut String, data: &Data) {
    match &data.kind {
        DataKind::Null => out.push_str("null"),
        DataKind::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        DataKind::Number(raw) | DataKind::Date(raw) => out.push_str(raw),
        DataKind::Str(s) => write_string(out, s),
        DataKind::List(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_one_line(out, item);
            }
            out.push(']');
        }
        DataKind::Object(entries) if entries.is_empty() => out.push_str("{}"),
        DataKind::Object(entries) => {
            out.push_str("{ ");
            for (i, (key, value)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_key(out, &key.name);
                out.push_str(": ");
                write_one_line(out, value);
            }
            out.push_str(" }");
        }
    }
}

/// A key bare when it is a plain word, quoted otherwise.
fn write_key(out: &mut String, key: &str) {
    if is_word(key) {
        out.push_str(key);
    } else {
        write_string(out, key);
    }
}

/// `[A-Za-z_][A-Za-z0-9_]*`: what the grammar reads as a bare key.
fn is_word(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}
