//! The definitions of a rule set as completion and hover show them, and the names a file that
//! does not parse declares, read from its text.

use lexpact_grammar::ast::{self, Item};

use crate::scan::Tok;
use crate::{Analysis, ParsedFile};

/// A definition as completion and hover show it.
pub(crate) struct Def {
    pub name: String,
    pub params: Option<Vec<String>>,
    /// The body, as code in markdown.
    pub body: Option<String>,
}

impl Def {
    /// `name(a, b)`, or `name` for a definition without parentheses.
    pub fn signature(&self) -> String {
        match &self.params {
            Some(params) => format!("{}({})", self.name, params.join(", ")),
            None => self.name.clone(),
        }
    }
}

/// Every definition of the rule set: from the files that parse, and from the current file's
/// text when it does not (its `define` lines, read token by token).
pub(crate) fn definitions(analysis: &Analysis, current: &ParsedFile) -> Vec<Def> {
    let mut found: Vec<Def> = analysis
        .files()
        .iter()
        .filter_map(|f| f.ast.as_ref().ok())
        .flat_map(|ast| &ast.items)
        .filter_map(|item| match item {
            Item::Define(def) => Some(of_definition(def)),
            _ => None,
        })
        .collect();
    if current.ast.is_ok() {
        return found;
    }
    for (name, params) in declared(&current.text, "define") {
        if !found.iter().any(|d| d.name == name) {
            found.push(Def {
                name,
                params,
                body: None,
            });
        }
    }
    found
}

/// The names declared by `word` (`define`, `obligation`) at the start of a line of a text that
/// does not parse, each with the parameters written after it.
pub(crate) fn declared(text: &str, word: &str) -> Vec<(String, Option<Vec<String>>)> {
    let (toks, _) = crate::scan::tokens(text);
    let mut found = Vec::new();
    for (i, tok) in toks.iter().enumerate() {
        let starts_line = text
            .get(..tok.start)
            .and_then(|h| h.rsplit('\n').next())
            .is_some_and(|l| l.trim().is_empty());
        let Some(name) = toks.get(i + 1).filter(|t| t.kind == Tok::Word) else {
            continue;
        };
        if !(tok.is(text, word) && starts_line) {
            continue;
        }
        let params = toks.get(i + 2).filter(|t| t.is(text, "(")).map(|_| {
            toks.iter()
                .skip(i + 3)
                .take_while(|t| t.kind == Tok::Word || t.is(text, ","))
                .filter(|t| t.kind == Tok::Word)
                .map(|t| t.text(text).to_string())
                .collect()
        });
        found.push((name.text(text).to_string(), params));
    }
    found
}

/// A parsed definition as completion and hover show it.
pub(crate) fn of_definition(def: &ast::Definition) -> Def {
    Def {
        name: def.name.name.clone(),
        params: def
            .params
            .as_ref()
            .map(|ps| ps.iter().map(|p| p.name.clone()).collect()),
        body: Some(format!(
            "```lexpact\ndefine {} = {}\n```",
            match &def.params {
                Some(ps) => format!(
                    "{}({})",
                    def.name.name,
                    ps.iter()
                        .map(|p| p.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                None => def.name.name.clone(),
            },
            lexpact_grammar::print::expr_to_string(&def.body)
        )),
    }
}
