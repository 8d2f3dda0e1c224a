//! Where a cursor stands in a profile's JSON text, read token by token so that half-typed text
//! answers too: the path of the object or list around it, whether a key or a value is being
//! typed there, and the keys the object already has.

use jsonc_parser::{Scanner, ScannerOptions, tokens::Token};

/// One step of a path into a profile: a key of an object or an index of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    /// A key of an object.
    Key(String),
    /// An item of a list, from 0.
    Index(usize),
}

/// A token typed at the cursor (the cursor inside it or just after it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Typed {
    /// Its first byte.
    pub start: usize,
    /// The byte after it.
    pub end: usize,
    /// A string's content (unquoted, even when the closing quote is not typed yet), or the
    /// token's text.
    pub text: String,
    /// The token is a string, rather than a number, a word, `true`, `false` or `null`.
    pub string: bool,
}

/// What the cursor is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Role {
    /// A key of the object at `At::path`.
    Key {
        /// The key typed so far, if any.
        typed: Option<Typed>,
        /// A `:` already follows it.
        colon: bool,
    },
    /// The value of `At::step` in the object or list at `At::path` (the whole document when
    /// `step` is `None`).
    Value {
        /// The value typed so far, if it is a single token.
        typed: Option<Typed>,
    },
}

/// The place of a cursor in a profile's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct At {
    /// The path of the object or list the cursor is in.
    pub path: Vec<Step>,
    /// For a value: its key or index in that object or list.
    pub step: Option<Step>,
    /// A key or a value.
    pub role: Role,
    /// The keys the object holds, but for the one typed at the cursor.
    pub siblings: Vec<String>,
}

impl At {
    /// The path of the value at the cursor, or of the key typed there.
    pub fn full_path(&self) -> Option<Vec<Step>> {
        let mut path = self.path.clone();
        match &self.role {
            Role::Key { typed: Some(t), .. } => path.push(Step::Key(t.text.clone())),
            Role::Key { typed: None, .. } => return None,
            Role::Value { .. } => path.extend(self.step.clone()),
        }
        Some(path)
    }
}

/// What the open object or list expects next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Key,
    Colon,
    Value,
    Comma,
}

/// An open object or list.
struct Frame {
    object: bool,
    expect: Expect,
    /// The key whose value comes next (objects), or the index of the item (lists).
    key: Option<String>,
    index: usize,
    /// The step from the enclosing frame to this one.
    entered_by: Option<Step>,
    keys: Vec<String>,
}

impl Frame {
    fn new(object: bool, entered_by: Option<Step>) -> Self {
        Frame {
            object,
            expect: if object { Expect::Key } else { Expect::Value },
            key: None,
            index: 0,
            entered_by,
            keys: Vec::new(),
        }
    }

    /// The step of the value that comes next in this frame.
    fn value_step(&self) -> Option<Step> {
        if self.object {
            self.key.clone().map(Step::Key)
        } else {
            Some(Step::Index(self.index))
        }
    }
}

fn options() -> ScannerOptions {
    ScannerOptions::default()
}

/// Where `offset` of `text` stands; `None` when it is not inside the document's value (before
/// its first `{`, after its end) or the text before it cannot be read.
pub(crate) fn at(text: &str, offset: usize) -> Option<At> {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = text.get(..offset)?;
    let mut scanner = Scanner::new(before, &options());
    // The document's value is expected first, outside any frame.
    let mut stack: Vec<Frame> = Vec::new();
    let mut top_done = false;
    let mut typed = None;
    loop {
        let token = match scanner.scan() {
            Ok(Some(token)) => token,
            Ok(None) => break,
            Err(_) => {
                // An unterminated string at the end is being typed; anything else is broken.
                let start = scanner.token_start();
                let rest = before.get(start..)?;
                if !rest.starts_with('"') || rest.contains('\n') {
                    return None;
                }
                typed = Some(partial_string(text, start, offset));
                break;
            }
        };
        let (start, end) = (scanner.token_start(), scanner.token_end());
        if matches!(token, Token::CommentLine(_) | Token::CommentBlock(_)) {
            continue;
        }
        if end == offset && start < offset && is_scalar(&token) {
            typed = Some(Typed {
                start,
                end: whole_token_end(text, start).unwrap_or(end),
                text: match &token {
                    Token::String(s) => s.to_string(),
                    other => other.as_str().to_string(),
                },
                string: matches!(token, Token::String(_)),
            });
            break;
        }
        if top_done && stack.is_empty() {
            return None;
        }
        apply(&mut stack, &mut top_done, token);
    }
    let Some(frame) = stack.last() else {
        // The document itself: a value at the top, before anything is typed.
        return (!top_done).then(|| At {
            path: Vec::new(),
            step: None,
            role: Role::Value { typed },
            siblings: Vec::new(),
        });
    };
    let path: Vec<Step> = stack.iter().filter_map(|f| f.entered_by.clone()).collect();
    let key_expected = frame.object
        && (matches!(frame.expect, Expect::Key)
            // A key typed after a value without a comma: still a key.
            || (matches!(frame.expect, Expect::Comma) && typed.is_some()));
    let (role, step) = if key_expected {
        let after = typed.as_ref().map_or(offset, |t| t.end);
        let colon = next_is_colon(text, after);
        (Role::Key { typed, colon }, None)
    } else if matches!(frame.expect, Expect::Value) {
        (Role::Value { typed }, frame.value_step())
    } else {
        return None;
    };
    let mut siblings = frame.keys.clone();
    if frame.object {
        let resume = match &role {
            Role::Key { typed: Some(t), .. } | Role::Value { typed: Some(t) } => t.end,
            _ => offset,
        };
        let key_next = matches!(role, Role::Key { typed: None, .. });
        siblings.extend(keys_after(text, resume, key_next));
        if let Role::Key { typed: Some(t), .. } = &role {
            siblings.retain(|k| *k != t.text);
        }
    }
    Some(At {
        path,
        step,
        role,
        siblings,
    })
}

fn is_scalar(token: &Token<'_>) -> bool {
    matches!(
        token,
        Token::String(_) | Token::Word(_) | Token::Number(_) | Token::Boolean(_) | Token::Null
    )
}

/// One token read into the open frames.
fn apply(stack: &mut Vec<Frame>, top_done: &mut bool, token: Token<'_>) {
    let entering = |stack: &Vec<Frame>| stack.last().and_then(Frame::value_step);
    match token {
        Token::OpenBrace | Token::OpenBracket => {
            let step = entering(stack);
            if let Some(frame) = stack.last_mut() {
                frame.expect = Expect::Comma;
            }
            stack.push(Frame::new(matches!(token, Token::OpenBrace), step));
        }
        Token::CloseBrace | Token::CloseBracket => {
            stack.pop();
            if stack.is_empty() {
                *top_done = true;
            }
        }
        Token::Colon => {
            if let Some(frame) = stack.last_mut().filter(|f| f.expect == Expect::Colon) {
                frame.expect = Expect::Value;
            }
        }
        Token::Comma => {
            if let Some(frame) = stack.last_mut() {
                if frame.object {
                    frame.expect = Expect::Key;
                    frame.key = None;
                } else {
                    frame.index += 1;
                    frame.expect = Expect::Value;
                }
            }
        }
        Token::CommentLine(_) | Token::CommentBlock(_) => {}
        scalar => match stack.last_mut() {
            None => *top_done = true,
            Some(frame) if frame.object && matches!(frame.expect, Expect::Key | Expect::Comma) => {
                let key = match scalar {
                    Token::String(s) => s.to_string(),
                    other => other.as_str().to_string(),
                };
                frame.keys.push(key.clone());
                frame.key = Some(key);
                frame.expect = Expect::Colon;
            }
            Some(frame) => frame.expect = Expect::Comma,
        },
    }
}

/// A string begun at `start` and not closed before `offset`: its text up to the cursor, and
/// the whole token when it is closed further on the same line.
fn partial_string(text: &str, start: usize, offset: usize) -> Typed {
    let end = whole_token_end(text, start)
        .filter(|end| text.get(start..*end).is_some_and(|t| !t.contains('\n')))
        .unwrap_or(offset);
    let typed = text.get(start + 1..offset).unwrap_or_default();
    Typed {
        start,
        end: end.max(offset),
        text: typed.to_string(),
        string: true,
    }
}

/// The end of the token starting at `start` of the whole text.
fn whole_token_end(text: &str, start: usize) -> Option<usize> {
    let rest = text.get(start..)?;
    let mut scanner = Scanner::new(rest, &options());
    scanner.scan().ok()??;
    Some(start + scanner.token_end())
}

/// Whether the next token from `from` is a `:`.
fn next_is_colon(text: &str, from: usize) -> bool {
    let Some(rest) = text.get(from..) else {
        return false;
    };
    let mut scanner = Scanner::new(rest, &options());
    matches!(scanner.scan(), Ok(Some(Token::Colon)))
}

/// The keys of the current object found after `from`, until it closes or the text cannot be
/// read. `key_next` when a key may come first (the cursor is where a key goes).
fn keys_after(text: &str, from: usize, key_next: bool) -> Vec<String> {
    let Some(rest) = text.get(from..) else {
        return Vec::new();
    };
    let mut scanner = Scanner::new(rest, &options());
    let mut depth = 0usize;
    let mut keys = Vec::new();
    let mut expect_key = key_next;
    let mut last_string: Option<String> = None;
    while let Ok(Some(token)) = scanner.scan() {
        match token {
            Token::OpenBrace | Token::OpenBracket => depth += 1,
            Token::CloseBrace | Token::CloseBracket => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            Token::Comma if depth == 0 => expect_key = true,
            Token::String(s) if depth == 0 && expect_key => {
                last_string = Some(s.to_string());
                expect_key = false;
            }
            Token::Colon if depth == 0 => keys.extend(last_string.take()),
            _ => {}
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at_marker(text: &str) -> Option<At> {
        let offset = text.find('|').unwrap_or(text.len());
        let clean = text.replacen('|', "", 1);
        at(&clean, offset)
    }

    fn keys(path: &[Step]) -> Vec<String> {
        path.iter()
            .map(|s| match s {
                Step::Key(k) => k.clone(),
                Step::Index(i) => i.to_string(),
            })
            .collect()
    }

    #[test]
    fn a_key_being_typed_in_a_nested_object() {
        let found = at_marker("{\"treaties\": {\"crc\": {\"sta|\n}}, \"x\": 1}");
        let found = found.unwrap_or_else(|| unreachable!());
        assert_eq!(keys(&found.path), ["treaties", "crc"]);
        match found.role {
            Role::Key {
                typed: Some(t),
                colon,
            } => {
                assert_eq!(t.text, "sta");
                assert!(!colon);
            }
            other => unreachable!("{other:?}"),
        }
    }

    #[test]
    fn a_value_after_a_colon_and_the_siblings_after_it() {
        let found = at_marker("{\"a\": {\"b\": 1, \"c\": |, \"d\": [1, {\"e\": 2}], \"f\": 3}}")
            .unwrap_or_else(|| unreachable!());
        assert_eq!(keys(&found.path), ["a"]);
        assert_eq!(found.step, Some(Step::Key("c".to_string())));
        assert_eq!(found.role, Role::Value { typed: None });
        assert_eq!(found.siblings, ["b", "c", "d", "f"]);
    }

    #[test]
    fn list_items_count_from_zero() {
        let found =
            at_marker("{\"l\": [\"x\", \"y\", {\"k|\": 1}]}").unwrap_or_else(|| unreachable!());
        assert_eq!(keys(&found.path), ["l", "2"]);
        match found.role {
            Role::Key {
                typed: Some(t),
                colon,
            } => {
                assert_eq!((t.text.as_str(), colon), ("k", true));
            }
            other => unreachable!("{other:?}"),
        }
        assert!(found.siblings.is_empty());
    }

    #[test]
    fn outside_the_document_is_nothing() {
        assert!(at_marker("{\"a\": 1} |").is_none());
        assert!(at_marker("").is_some());
    }
}
