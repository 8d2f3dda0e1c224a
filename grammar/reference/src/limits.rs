//! The limit on nesting, counted on the token stream of the grammar's rule `tokens` before the
//! source is parsed, as GRAMMAR.md ("Limits") states it: brackets, and quantifiers open until
//! the end of the bracket, item or list entry that holds them. The count runs on any text,
//! also text the grammar refuses, so that the generated parser never recurses deeper than the
//! limit allows. The same pass gives the comments and the end of every token (which the
//! builder uses to end a node's span at its last token).

use lexpact_grammar::ast::Comment;
use lexpact_grammar::error::codes;
use lexpact_grammar::{Span, SyntaxError};
use pest::Parser as _;

use crate::{Grammar, Rule};

/// What the pass over the tokens gives.
pub(crate) struct Scan {
    pub comments: Vec<Comment>,
    /// Where each token ends, in order.
    pub token_ends: Vec<usize>,
}

struct Count {
    max_depth: usize,
    /// One entry per open bracket, the first for outside every bracket: how many quantifiers
    /// were opened at that level.
    levels: Vec<usize>,
    depth: usize,
}

impl Count {
    fn open(&mut self, at: usize) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > self.max_depth {
            return Err(SyntaxError::new(
                codes::TOO_DEEP,
                "nesting is deeper than max_depth",
                Span::new(at, at + 1),
            ));
        }
        Ok(())
    }

    fn quantifier(&mut self, at: usize) -> Result<(), SyntaxError> {
        if let Some(level) = self.levels.last_mut() {
            *level += 1;
        }
        self.open(at)
    }

    /// The quantifiers opened at the innermost level have ended.
    fn close_quantifiers(&mut self) {
        if let Some(level) = self.levels.last_mut() {
            self.depth = self.depth.saturating_sub(*level);
            *level = 0;
        }
    }
}

/// Counts the nesting of `source` and reads its comments and token ends.
pub(crate) fn scan(source: &str, max_depth: usize) -> Result<Scan, SyntaxError> {
    let pairs = Grammar::parse(Rule::tokens, source)
        .map_err(|_| SyntaxError::new(codes::SYNTAX, "unreadable", Span::new(0, 0)))?;
    let bytes = source.as_bytes();
    let before = |at: usize| at.checked_sub(1).and_then(|i| bytes.get(i)).copied();
    let mut count = Count {
        max_depth,
        levels: vec![0],
        depth: 0,
    };
    let mut scan = Scan {
        comments: Vec::new(),
        token_ends: Vec::new(),
    };
    for pair in pairs.flatten() {
        let span = pair.as_span();
        let (start, end) = (span.start(), span.end());
        let text = pair.as_str();
        match pair.as_rule() {
            Rule::tokens | Rule::EOI => continue,
            Rule::comment => {
                scan.comments.push(Comment {
                    text: text
                        .strip_prefix('#')
                        .unwrap_or_default()
                        .trim_end_matches('\r')
                        .to_string(),
                    span: Span::new(start, end),
                });
                continue;
            }
            Rule::t_open => {
                // A `{` outside every bracket opens an obligation or a test: the quantifiers
                // of the definitions before it have ended.
                if text == "{" && count.levels.len() == 1 {
                    count.close_quantifiers();
                }
                count.levels.push(0);
                count.open(start)?;
            }
            Rule::t_close if count.levels.len() > 1 => {
                let quantifiers = count.levels.pop().unwrap_or_default();
                count.depth = count.depth.saturating_sub(1 + quantifiers);
            }
            Rule::t_comma => count.close_quantifiers(),
            // A `=` outside every bracket starts a definition's body; `=` right after `=`,
            // `!`, `<` or `>` is taken for part of an operator.
            Rule::t_assign
                if count.levels.len() == 1
                    && !matches!(before(start), Some(b'=' | b'!' | b'<' | b'>')) =>
            {
                count.close_quantifiers();
            }
            // A quantifier's word, unless it is a field after a dot.
            Rule::t_word if is_quantifier(text) && before(start) != Some(b'.') => {
                count.quantifier(start)?;
            }
            // Digits run into a quantifier's word (`12all`) count as the word.
            Rule::t_number => {
                let at = number_end(text);
                if text.get(at..).is_some_and(is_quantifier) {
                    count.quantifier(start + at)?;
                }
            }
            _ => {}
        }
        scan.token_ends.push(end);
    }
    Ok(scan)
}

fn is_quantifier(word: &str) -> bool {
    matches!(word, "all" | "any" | "count")
}

/// Where the digits (and the fraction, or the `.` without digits) of a number token end.
fn number_end(text: &str) -> usize {
    let digits = |from: usize| {
        from + text
            .get(from..)
            .unwrap_or_default()
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count()
    };
    let end = digits(0);
    if text.as_bytes().get(end) == Some(&b'.') {
        return digits(end + 1);
    }
    end
}
