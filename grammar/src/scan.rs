//! Linear lexical scans that run before the parser.
//!
//! `check_nesting` refuses sources nesting deeper than a limit *before* the recursive
//! descent parser sees them, so that no input can exhaust the stack.
//!
//! Nesting comes from brackets and from quantifiers (whose `where` part reaches to the end of
//! the enclosing bracket). The scan counts both, skipping strings and comments; it may
//! over-count (it never parses) but never under-counts what the parser would recurse on.

use crate::ast::Comment;
use crate::error::{SyntaxError, codes};
use crate::span::Span;

/// Every `#` comment outside string literals, in source order.
pub fn collect_comments(source: &str) -> Vec<Comment> {
    let bytes = source.as_bytes();
    let mut comments = Vec::new();
    let mut i = 0usize;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => i = skip_string(bytes, i + 1),
            b'#' => {
                let end = skip_comment(bytes, i);
                let text = source.get(i + 1..end).unwrap_or_default();
                comments.push(Comment {
                    text: text.trim_end_matches('\r').to_string(),
                    span: Span::new(i, end),
                });
                i = end;
            }
            _ => i += 1,
        }
    }
    comments
}

/// Returns an error at the first place where nesting exceeds `max_depth`.
pub fn check_nesting(source: &str, max_depth: usize) -> Result<(), SyntaxError> {
    // One entry per open bracket: how many quantifiers were opened at that level.
    let mut levels: Vec<usize> = vec![0];
    let mut depth = 0usize;
    let bytes = source.as_bytes();
    let mut i = 0usize;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => i = skip_string(bytes, i + 1),
            b'#' => i = skip_comment(bytes, i),
            b'(' | b'[' | b'{' => {
                // A `{` outside every bracket opens an obligation or a test: the quantifiers
                // of the definitions before it have ended.
                if b == b'{' && levels.len() == 1 {
                    close_quantifiers(&mut levels, &mut depth);
                }
                levels.push(0);
                depth += 1;
                if depth > max_depth {
                    return Err(too_deep(i, max_depth));
                }
                i += 1;
            }
            b')' | b']' | b'}' => {
                if levels.len() > 1 {
                    let quantifiers = levels.pop().unwrap_or_default();
                    depth = depth.saturating_sub(1 + quantifiers);
                }
                i += 1;
            }
            // A comma ends the item (of a list, of arguments, of a profile) that holds the
            // quantifiers opened since it; a lone `=` outside every bracket starts the body of
            // a new definition. Without this, quantifiers of separate items added up.
            b',' => {
                close_quantifiers(&mut levels, &mut depth);
                i += 1;
            }
            b'=' if levels.len() == 1 && is_lone_equals(bytes, i) => {
                close_quantifiers(&mut levels, &mut depth);
                i += 1;
            }
            _ if is_word_start(b) => {
                let end = word_end(bytes, i);
                let word = source.get(i..end).unwrap_or_default();
                let after_dot = i > 0 && bytes.get(i - 1) == Some(&b'.');
                if !after_dot && matches!(word, "all" | "any" | "count") {
                    if let Some(level) = levels.last_mut() {
                        *level += 1;
                    }
                    depth += 1;
                    if depth > max_depth {
                        return Err(too_deep(i, max_depth));
                    }
                }
                i = end;
            }
            _ => i += 1,
        }
    }
    Ok(())
}

/// Forgets the quantifiers opened at the innermost level: their `where` parts have ended.
fn close_quantifiers(levels: &mut [usize], depth: &mut usize) {
    if let Some(level) = levels.last_mut() {
        *depth = depth.saturating_sub(*level);
        *level = 0;
    }
}

/// `=` that is not part of `==`, `!=`, `<=` or `>=`: the `=` of a definition.
fn is_lone_equals(bytes: &[u8], i: usize) -> bool {
    let before = i.checked_sub(1).and_then(|j| bytes.get(j));
    !matches!(before, Some(b'=' | b'!' | b'<' | b'>')) && bytes.get(i + 1) != Some(&b'=')
}

fn too_deep(at: usize, max_depth: usize) -> SyntaxError {
    SyntaxError::new(
        codes::TOO_DEEP,
        format!("nesting is deeper than the limit of {max_depth} levels (max_depth)"),
        Span::new(at, at + 1),
    )
    .with_help("split the condition into named definitions (`define name = ...`)")
}

fn is_word_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}

fn word_end(bytes: &[u8], start: usize) -> usize {
    let mut end = start;
    while bytes
        .get(end)
        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    {
        end += 1;
    }
    end
}

fn skip_string(bytes: &[u8], mut i: usize) -> usize {
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\\' => i += 2,
            b'"' | b'\n' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

fn skip_comment(bytes: &[u8], mut i: usize) -> usize {
    while bytes.get(i).is_some_and(|b| *b != b'\n') {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::{check_nesting, collect_comments};

    #[test]
    fn finds_comments_outside_strings() {
        let found = collect_comments("a \"#no\" # yes\n# two");
        let texts: Vec<_> = found.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, vec![" yes", " two"]);
    }

    #[test]
    fn counts_brackets_and_quantifiers() {
        assert!(check_nesting("((a))", 2).is_ok());
        assert!(check_nesting("(((a)))", 2).is_err());
        assert!(check_nesting("all x in l where any y in x.m where y.ok", 2).is_ok());
        assert!(check_nesting("all x in l where any y in x.m where count z in y.n", 2).is_err());
        assert!(check_nesting("(all x in l where x) and (any y in m where y)", 2).is_ok());
    }

    #[test]
    fn quantifiers_end_with_their_item() {
        let defines = "define d = count m in l\n".repeat(100);
        assert!(check_nesting(&defines, 2).is_ok());
        let obligations = "define d = all m in l where m\nobligation o { require x }\n".repeat(100);
        assert!(check_nesting(&obligations, 2).is_ok());
        let list = format!("[{}]", vec!["count m in l"; 100].join(", "));
        assert!(check_nesting(&list, 2).is_ok());
        // Comparisons are not definitions; nesting inside one item still counts.
        assert!(
            check_nesting(
                "all a in l where a == all b in m where b <= any c in n where c",
                2
            )
            .is_err()
        );
        assert!(
            check_nesting(
                "f(all a in l where g(x, all b in m where h(y, any c in n where c)))",
                5
            )
            .is_err()
        );
    }

    #[test]
    fn ignores_strings_comments_and_fields() {
        assert!(check_nesting("\"((((\" # ((((\n a.all.any.count", 1).is_ok());
    }

    #[test]
    fn ten_thousand_parentheses_are_refused_at_the_limit() {
        let source = "(".repeat(10_000);
        let error = check_nesting(&source, 64).err().map(|e| e.span.start);
        assert_eq!(error, Some(64));
    }
}
