//! Where each comment goes. The formatter reprints the tree, so every comment is attached to
//! a neighbouring node by its position in the source: before a node, at the end of a node's
//! last line, inside a node, after a block's opening bracket, or at the end of a block.

use crate::ast::Comment;
use crate::span::Span;

/// The comments of one block (the file, an obligation, a test, a profile object or list)
/// sorted into slots around its children. Every comment given to [`place`] lands in exactly
/// one slot.
#[derive(Debug, Default)]
pub(super) struct Placement<'c> {
    /// On the line of the block's opening bracket, before any child.
    pub opener: Option<&'c Comment>,
    /// Per child: comments on lines of their own before it (after the previous child).
    pub before: Vec<Vec<&'c Comment>>,
    /// Per child: comments inside the child's span; the child's printer places them.
    pub inside: Vec<Vec<&'c Comment>>,
    /// Per child: the comment on the line where the child ends, after it.
    pub after: Vec<Option<&'c Comment>>,
    /// Comments on lines of their own after the last child.
    pub end: Vec<&'c Comment>,
}

/// Sorts `comments` (in source order, all inside the block) into slots around `children`
/// (in source order, disjoint). `opener` is the offset just after the block's opening bracket,
/// `None` for the file itself.
pub(super) fn place<'c>(
    source: &str,
    comments: &[&'c Comment],
    opener: Option<usize>,
    children: &[Span],
) -> Placement<'c> {
    let n = children.len();
    let mut placed = Placement {
        opener: None,
        before: vec![Vec::new(); n],
        inside: vec![Vec::new(); n],
        after: vec![None; n],
        end: Vec::new(),
    };
    // `k` counts the children that end before the current comment.
    let mut k = 0usize;
    for &comment in comments {
        let at = comment.span.start;
        while children.get(k).is_some_and(|child| child.end <= at) {
            k += 1;
        }
        if children.get(k).is_some_and(|child| child.start <= at)
            && let Some(slot) = placed.inside.get_mut(k)
        {
            slot.push(comment);
            continue;
        }
        let previous_end = match k.checked_sub(1) {
            None => opener,
            Some(j) => children.get(j).map(|child| child.end),
        };
        if previous_end.is_some_and(|end| same_line(source, end, at)) {
            let slot = match k.checked_sub(1) {
                None => Some(&mut placed.opener),
                Some(j) => placed.after.get_mut(j),
            };
            if let Some(slot) = slot
                && slot.is_none()
            {
                *slot = Some(comment);
                continue;
            }
        }
        match placed.before.get_mut(k) {
            Some(slot) => slot.push(comment),
            None => placed.end.push(comment),
        }
    }
    placed
}

/// The comments that start inside `span`.
pub(super) fn within<'a, 'c>(comments: &'a [&'c Comment], span: Span) -> &'a [&'c Comment] {
    let low = comments.partition_point(|c| c.span.start < span.start);
    let high = comments.partition_point(|c| c.span.start < span.end);
    comments.get(low..high).unwrap_or(&[])
}

/// No line break between the two offsets.
fn same_line(source: &str, from: usize, to: usize) -> bool {
    source.get(from..to).is_some_and(|gap| !gap.contains('\n'))
}

/// At least one empty line between the two offsets (the gap holds only white space).
pub(super) fn blank_line_between(source: &str, from: usize, to: usize) -> bool {
    source
        .get(from..to)
        .is_some_and(|gap| gap.matches('\n').count() >= 2)
}

/// Splits comments on lines of their own into runs that the source separates by empty lines.
pub(super) fn paragraphs<'c>(source: &str, comments: &[&'c Comment]) -> Vec<Vec<&'c Comment>> {
    let mut runs: Vec<Vec<&'c Comment>> = Vec::new();
    let mut previous_end: Option<usize> = None;
    for &comment in comments {
        let new_run =
            previous_end.is_none_or(|end| blank_line_between(source, end, comment.span.start));
        match runs.last_mut() {
            Some(run) if !new_run => run.push(comment),
            _ => runs.push(vec![comment]),
        }
        previous_end = Some(comment.span.end);
    }
    runs
}

/// A comment on a line of its own.
pub(super) fn own_line(indent: usize, comment: &Comment) -> String {
    format!("{}#{}", " ".repeat(indent), comment.text)
}

/// Puts `comment` at the end of the last line printed, two spaces after the code.
pub(super) fn append_trailing(lines: &mut Vec<String>, comment: Option<&Comment>) {
    let Some(comment) = comment else { return };
    match lines.last_mut() {
        Some(line) => {
            line.push_str("  #");
            line.push_str(&comment.text);
        }
        None => lines.push(own_line(0, comment)),
    }
}
