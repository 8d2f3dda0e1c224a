//! Where a JSON pointer's key and value stand in a profile's JSON text: the core names the
//! places it refuses by pointer, an editor underlines bytes. The text is read token by token
//! down the pointer's path (no tree is built: the tokens are what the cursor reads too, and a
//! parser of its own would weigh on the WebAssembly module).

use jsonc_parser::{Scanner, ScannerOptions, tokens::Token};

/// How deep the walk goes; the core refuses deeper profiles before they get here.
const MAX_DEPTH: usize = 256;

/// The bytes of the place a pointer names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Located {
    /// The key naming it, when its parent is an object.
    pub key: Option<(usize, usize)>,
    /// Its value.
    pub value: (usize, usize),
    /// The value is an object or a list (it may span many lines).
    pub container: bool,
    /// The pointer reached the place itself, rather than stopping at an ancestor that exists.
    pub exact: bool,
}

/// A profile's JSON text, to find places in.
pub(crate) struct Tree<'t> {
    text: &'t str,
}

/// A token and its bytes.
type Tok<'t> = (Token<'t>, usize, usize);

struct Reader<'t> {
    scanner: Scanner<'t>,
}

impl<'t> Reader<'t> {
    /// The next token but comments; `None` at the end or where the text cannot be read.
    fn next(&mut self) -> Option<Tok<'t>> {
        loop {
            let token = self.scanner.scan().ok()??;
            if !matches!(token, Token::CommentLine(_) | Token::CommentBlock(_)) {
                return Some((token, self.scanner.token_start(), self.scanner.token_end()));
            }
        }
    }

    /// Reads the value that starts with `first` to its end; when it lies on the path (`want`
    /// holds the keys still to follow), also the place the path reaches in it.
    fn value(
        &mut self,
        first: Tok<'t>,
        key: Option<(usize, usize)>,
        want: Option<&[String]>,
        depth: usize,
    ) -> Option<(usize, Option<Located>)> {
        if depth > MAX_DEPTH {
            return None;
        }
        let (token, start, scalar_end) = first;
        let container = matches!(token, Token::OpenBrace | Token::OpenBracket);
        let mut inner = None;
        let end = match token {
            Token::OpenBrace => {
                let mut t = self.next()?;
                if !matches!(t.0, Token::CloseBrace) {
                    loop {
                        let (Token::String(name), key_start, key_end) = &t else {
                            return None;
                        };
                        let on_path = want
                            .and_then(<[String]>::split_first)
                            .filter(|(next, _)| next.as_str() == name.as_ref())
                            .map(|(_, rest)| rest);
                        let key = Some((*key_start, *key_end));
                        if !matches!(self.next()?.0, Token::Colon) {
                            return None;
                        }
                        let item = self.next()?;
                        let (_, found) = self.value(item, key, on_path, depth + 1)?;
                        inner = inner.or(found);
                        t = self.next()?;
                        match t.0 {
                            Token::Comma => t = self.next()?,
                            Token::CloseBrace => break,
                            _ => return None,
                        }
                    }
                }
                t.2
            }
            Token::OpenBracket => {
                let mut t = self.next()?;
                let mut index = 0usize;
                if !matches!(t.0, Token::CloseBracket) {
                    loop {
                        let on_path = want
                            .and_then(<[String]>::split_first)
                            .filter(|(next, _)| next.parse::<usize>().ok() == Some(index))
                            .map(|(_, rest)| rest);
                        let (_, found) = self.value(t, None, on_path, depth + 1)?;
                        inner = inner.or(found);
                        t = self.next()?;
                        match t.0 {
                            Token::Comma => t = self.next()?,
                            Token::CloseBracket => break,
                            _ => return None,
                        }
                        index += 1;
                    }
                }
                t.2
            }
            Token::Colon | Token::Comma | Token::CloseBrace | Token::CloseBracket => return None,
            _ => scalar_end,
        };
        let located = want.map(|rest| {
            inner.unwrap_or(Located {
                key,
                value: (start, end),
                container,
                exact: rest.is_empty(),
            })
        });
        Some((end, located))
    }
}

impl<'t> Tree<'t> {
    /// The text of a JSON document (one opening with `{` or `[`); `None` for other text.
    pub fn parse(text: &'t str) -> Option<Self> {
        matches!(text.trim_start().chars().next(), Some('{' | '[')).then_some(Tree { text })
    }

    /// The place `keys` lead to, or the deepest one of its ancestors that the text has; `None`
    /// when the text cannot be read.
    pub fn locate<S: AsRef<str>>(&self, keys: &[S]) -> Option<Located> {
        let keys: Vec<String> = keys.iter().map(|k| k.as_ref().to_string()).collect();
        let mut reader = Reader {
            scanner: Scanner::new(self.text, &ScannerOptions::default()),
        };
        let first = reader.next()?;
        reader.value(first, None, Some(&keys), 0)?.1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_values_of_nested_places() {
        let text = r#"{"a": {"b": [1, {"c": true}]}, "d": {}}"#;
        let tree = Tree::parse(text).unwrap_or_else(|| unreachable!());
        let c = tree
            .locate(&["a", "b", "1", "c"])
            .unwrap_or_else(|| unreachable!());
        let (ks, ke) = c.key.unwrap_or_default();
        assert_eq!(text.get(ks..ke), Some("\"c\""));
        assert_eq!(text.get(c.value.0..c.value.1), Some("true"));
        assert!(c.exact && !c.container);
        let item = tree
            .locate(&["a", "b", "0"])
            .unwrap_or_else(|| unreachable!());
        assert_eq!(
            (item.key, text.get(item.value.0..item.value.1)),
            (None, Some("1"))
        );
        let missing = tree
            .locate(&["a", "x", "y"])
            .unwrap_or_else(|| unreachable!());
        assert!(!missing.exact && missing.container);
        assert_eq!(
            text.get(missing.value.0..missing.value.1),
            Some("{\"b\": [1, {\"c\": true}]}")
        );
        let empty = tree.locate(&["d"]).unwrap_or_else(|| unreachable!());
        assert!(empty.exact && empty.container);
        let root = tree.locate::<&str>(&[]).unwrap_or_else(|| unreachable!());
        assert_eq!((root.value, root.key), ((0, text.len()), None));
        assert!(Tree::parse("a: 1").is_none());
        let broken = Tree::parse("{\"a\": ").unwrap_or_else(|| unreachable!());
        assert!(broken.locate(&["a"]).is_none());
    }
}
