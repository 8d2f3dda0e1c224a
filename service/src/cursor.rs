//! Where the cursor stands, read from the tokens before it: in which declaration and block,
//! after which clause, with which names in scope, and what is being typed. Works on any text:
//! nothing here needs the file to parse.

use crate::resolve::{Binding, Scope};
use crate::scan::{Tok, Token, tokens};

/// The block the cursor is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Block {
    /// Between declarations, or in a declaration without braces (`define`, `ruleset`).
    Top,
    /// In an `obligation … { }`.
    Obligation,
    /// In a `test "…" { }`.
    Test,
    /// In braces inside a test (an inline profile) or anywhere else.
    Data,
}

/// The words that open a declaration at the start of a line.
const ITEM_WORDS: [&str; 5] = ["ruleset", "schema", "define", "obligation", "test"];

/// What is at the cursor, read back from it.
#[derive(Debug)]
pub(crate) struct Cursor<'t> {
    pub text: &'t str,
    /// The tokens before what is being typed.
    pub before: Vec<Token>,
    /// The word or open string being typed (its bytes are replaced), if any.
    pub typed: Option<Token>,
    /// The fields written before the segment being typed: `a.b.` gives `a`, `b`.
    pub path: Vec<&'t str>,
    /// The innermost block.
    pub block: Block,
    /// The declaration word the cursor is in, at the top level (`define`, …).
    pub item: Option<&'t str>,
    /// In a `define`: its name, and whether its `=` is written.
    pub define: Option<(&'t str, bool)>,
    /// The clauses of the current obligation written before the cursor.
    pub used: Vec<&'static str>,
    /// The clause of the current obligation the cursor is in.
    pub clause: Option<&'static str>,
    /// The names in scope: a definition's parameters, the quantifiers' items.
    pub scope: Scope,
    /// In an inline profile: the keys leading to the object or list the cursor is in.
    pub data: Vec<String>,
    /// In an inline profile: whether the innermost bracket is a list's.
    pub data_list: bool,
}

impl<'t> Cursor<'t> {
    /// Reads the text before `offset` (on a character boundary). `None` inside a comment or
    /// just after a closed string or a number, where nothing is completed.
    pub fn read(text: &'t str, offset: usize) -> Option<Cursor<'t>> {
        let head = text.get(..offset)?;
        let (mut before, in_comment) = tokens(head);
        if in_comment {
            return None;
        }
        let typed = match before.last() {
            Some(t) if t.end == offset => match t.kind {
                Tok::Word | Tok::Str { closed: false } => before.pop(),
                Tok::Str { closed: true } | Tok::Number => return None,
                Tok::Punct => None,
            },
            _ => None,
        };
        let mut path = Vec::new();
        if typed.is_none_or(|t| t.kind == Tok::Word) {
            let mut next_start = typed.map_or(offset, |t| t.start);
            while let [.., word, dot] = before.as_slice()
                && dot.is(text, ".")
                && dot.end == next_start
                && word.kind == Tok::Word
                && word.end == dot.start
            {
                path.push(word.text(text));
                next_start = word.start;
                before.truncate(before.len() - 2);
            }
            path.reverse();
        }
        let mut cursor = Cursor {
            text,
            before,
            typed,
            path,
            block: Block::Top,
            item: None,
            define: None,
            used: Vec::new(),
            clause: None,
            scope: Vec::new(),
            data: Vec::new(),
            data_list: false,
        };
        cursor.structure();
        Some(cursor)
    }

    /// The token `back` places before what is being typed (0: the last).
    pub fn prev(&self, back: usize) -> Option<Token> {
        self.before
            .len()
            .checked_sub(back + 1)
            .and_then(|i| self.before.get(i))
            .copied()
    }

    /// Whether the token `back` places before is this word or punctuation.
    pub fn prev_is(&self, back: usize, word: &str) -> bool {
        self.prev(back).is_some_and(|t| t.is(self.text, word))
    }

    /// Whether a token opens a line (only white space before it on its line).
    fn starts_line(&self, token: Token) -> bool {
        let line = self.text.get(..token.start).unwrap_or_default();
        let from = line.rfind('\n').map_or(0, |i| i + 1);
        line.get(from..).unwrap_or_default().trim().is_empty()
    }

    /// Walks the tokens before the cursor, keeping the blocks, the declaration, the clauses
    /// and the names in scope.
    fn structure(&mut self) {
        let text = self.text;
        let toks = std::mem::take(&mut self.before);
        let mut blocks: Vec<Block> = Vec::new();
        let mut nest = 0usize;
        // Quantifier items in scope with the bracket depth they were bound at.
        let mut items: Vec<(String, Vec<String>, usize)> = Vec::new();
        let mut params: Scope = Vec::new();
        let word_at = |i: usize| {
            toks.get(i)
                .filter(|t| t.kind == Tok::Word)
                .map(|t| t.text(text))
        };
        let is_at = |i: usize, w: &str| toks.get(i).is_some_and(|t| t.is(text, w));
        // The brackets of inline profiles, each with the key it is the value of.
        let mut data: Vec<(bool, Option<String>)> = Vec::new();
        let key_before = |i: usize| {
            let colon = i.checked_sub(1).and_then(|j| toks.get(j))?;
            let key = i.checked_sub(2).and_then(|j| toks.get(j))?;
            if !colon.is(text, ":") {
                return None;
            }
            match key.kind {
                Tok::Word => Some(key.text(text).to_string()),
                Tok::Str { closed: true } => Some(key.text(text).trim_matches('"').to_string()),
                _ => None,
            }
        };
        for (i, tok) in toks.iter().enumerate() {
            let word = tok.text(text);
            let after_dot = i > 0 && is_at(i - 1, ".");
            let top = blocks.last().copied().unwrap_or(Block::Top);
            match word {
                "{" => {
                    let block = match (top, self.item) {
                        (Block::Top, Some("obligation")) => Block::Obligation,
                        (Block::Top, Some("test")) => Block::Test,
                        _ => Block::Data,
                    };
                    if block == Block::Data {
                        data.push((false, key_before(i)));
                    }
                    blocks.push(block);
                    self.used.clear();
                    self.clause = None;
                    items.clear();
                    nest = 0;
                    continue;
                }
                "}" => {
                    if blocks.pop() == Some(Block::Data) {
                        // A list left open inside is closed with the object.
                        while data.pop().is_some_and(|(list, _)| list) {}
                    }
                    self.clause = None;
                    items.clear();
                    if blocks.is_empty() {
                        self.item = None;
                    }
                    continue;
                }
                "[" if top == Block::Data => {
                    data.push((true, key_before(i)));
                    nest += 1;
                }
                "]" if top == Block::Data => {
                    if data.last().is_some_and(|(list, _)| *list) {
                        data.pop();
                    }
                    nest = nest.saturating_sub(1);
                }
                "(" | "[" => nest += 1,
                ")" | "]" => {
                    nest = nest.saturating_sub(1);
                    items.retain(|(_, _, level)| *level <= nest);
                }
                "=" if blocks.is_empty() => {
                    if let Some((_, eq)) = &mut self.define {
                        *eq = true;
                    }
                }
                _ => {}
            }
            if tok.kind != Tok::Word || after_dot {
                continue;
            }
            if blocks.is_empty()
                && nest == 0
                && ITEM_WORDS.contains(&word)
                && self.starts_line(*tok)
            {
                self.item = ITEM_WORDS.iter().find(|w| **w == word).copied();
                self.define = None;
                params.clear();
                items.clear();
                if word == "define" {
                    self.define = word_at(i + 1).map(|name| (name, false));
                    params = define_params(&toks, i + 2, text, name_or_empty(self.define));
                }
                continue;
            }
            if top == Block::Obligation
                && nest == 0
                && let Some(clause) = clause_at(&toks, i, text)
            {
                if !self.used.contains(&clause) {
                    self.used.push(clause);
                }
                self.clause = Some(clause);
                items.clear();
                continue;
            }
            if matches!(word, "all" | "any" | "count")
                && let Some(var) = word_at(i + 1)
                && is_at(i + 2, "in")
            {
                let list = path_from(&toks, i + 3, text);
                items.push((var.to_string(), list, nest));
            }
        }
        self.block = blocks.last().copied().unwrap_or(Block::Top);
        self.data_list = data.last().is_some_and(|(list, _)| *list);
        self.data = data.into_iter().filter_map(|(_, key)| key).collect();
        self.scope = params;
        self.scope.extend(
            items
                .into_iter()
                .map(|(var, list, _)| (var, Binding::Item(list))),
        );
        self.before = toks;
    }
}

fn name_or_empty(define: Option<(&str, bool)>) -> &str {
    define.map_or("", |(name, _)| name)
}

/// The parameters of a definition whose `(` would be at token `i`.
fn define_params(toks: &[Token], i: usize, text: &str, def: &str) -> Scope {
    let mut params = Vec::new();
    if !toks.get(i).is_some_and(|t| t.is(text, "(")) {
        return params;
    }
    for tok in toks.iter().skip(i + 1) {
        match tok.kind {
            Tok::Word => params.push((
                tok.text(text).to_string(),
                Binding::Param {
                    def: def.to_string(),
                    index: params.len(),
                },
            )),
            Tok::Punct if tok.is(text, ",") => {}
            _ => break,
        }
    }
    params
}

/// The path `a.b.c` starting at token `i`, its segments (empty when there is none).
fn path_from(toks: &[Token], i: usize, text: &str) -> Vec<String> {
    let mut segments = Vec::new();
    let mut at = i;
    while let Some(word) = toks.get(at).filter(|t| t.kind == Tok::Word) {
        segments.push(word.text(text).to_string());
        match (toks.get(at + 1), toks.get(at + 2)) {
            (Some(dot), Some(next))
                if dot.is(text, ".") && dot.start == word.end && next.start == dot.end =>
            {
                at += 2;
            }
            _ => break,
        }
    }
    segments
}

/// The obligation clause whose keyword is the word at token `i`, if the tokens after it fit
/// (so that a field named `text` in an expression is not taken for the clause).
fn clause_at(toks: &[Token], i: usize, text: &str) -> Option<&'static str> {
    let word = toks.get(i)?.text(text);
    let next = toks.get(i + 1);
    let next_is = |w: &str| next.is_none_or(|t| t.is(text, w));
    let next_kind = |k: fn(Tok) -> bool| next.is_none_or(|t| k(t.kind));
    let is_str = |k: Tok| matches!(k, Tok::Str { .. });
    Some(match word {
        "title" if next_kind(is_str) => "title",
        "cite" if next_kind(is_str) => "cite",
        "group" if next_kind(is_str) => "group",
        "text" if next_kind(is_str) => "text",
        "indicator" if next_kind(is_str) => "indicator",
        "amended" if next_kind(is_str) => "amended",
        "exception" if next_kind(is_str) => "exception",
        "weight" if next_kind(|k| k == Tok::Number) => "weight",
        "deadline" if next_kind(|k| k == Tok::Number) => "deadline",
        "met" if next_is("on") => "met on",
        "applies" if next_is("when") => "applies when",
        "partial" if next_is("when") => "partial when",
        "require" => "require",
        "in" if next.is_some_and(|t| t.is(text, "each")) => "in each jurisdiction",
        _ => return None,
    })
}

/// The tokens after which an operand is expected.
pub(crate) fn expects_operand(cursor: &Cursor<'_>) -> bool {
    let Some(prev) = cursor.prev(0) else {
        return false;
    };
    let word = prev.text(cursor.text);
    match prev.kind {
        Tok::Punct => matches!(
            word,
            "(" | "[" | "," | "==" | "!=" | "<" | "<=" | ">" | ">=" | "+" | "-" | "*" | "/" | "="
        ),
        Tok::Word => match word {
            "require" | "and" | "or" | "not" | "where" | "in" => true,
            "when" => cursor.prev_is(1, "applies") || cursor.prev_is(1, "partial"),
            "on" => cursor.prev_is(1, "met"),
            _ => false,
        },
        Tok::Str { .. } | Tok::Number => false,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::{Block, Cursor};
    use crate::resolve::Binding;

    #[test]
    fn reads_the_block_clauses_scope_and_path() {
        let text = "define f(t) = t.x\nobligation o {\n  title \"T\"\n  require all a in x.list where a.b.";
        let cursor = Cursor::read(text, text.len()).unwrap();
        assert_eq!(cursor.block, Block::Obligation);
        assert_eq!(cursor.used, ["title", "require"]);
        assert_eq!(cursor.path, ["a", "b"]);
        assert_eq!(
            cursor.scope,
            [(
                "a".to_string(),
                Binding::Item(vec!["x".to_string(), "list".to_string()])
            )]
        );
        let text = "define f(t, u) = t.";
        let cursor = Cursor::read(text, text.len()).unwrap();
        assert_eq!(cursor.block, Block::Top);
        assert_eq!(cursor.define, Some(("f", true)));
        assert_eq!(cursor.scope.len(), 2);
        assert_eq!(cursor.path, ["t"]);
    }
}
