//! Semantic tokens: what each token of a file means (a fact path, a definition, a keyword).
//! The grammar's lexer cuts the text; the names found by `locate` give words and strings their
//! meaning, so that a field named like a keyword (`x.text`) is a property, not a keyword.

use std::collections::HashMap;

use lexpact_grammar::{TokenClass, tokens};

use crate::locate::{Defs, Node, StrRole, occurrences};
use crate::{Analysis, SemanticToken, TokenKind};

/// The tokens of one file, in order, none overlapping, none spanning lines (a string with an
/// escaped line break is cut at it). Punctuation and words of unknown meaning are left out. A
/// file that does not parse still has its lexical classes.
pub fn semantic_tokens(analysis: &Analysis, file: &str) -> Vec<SemanticToken> {
    let Some(parsed) = analysis.file(file) else {
        return Vec::new();
    };
    let defs = Defs::of(analysis);
    let meanings: HashMap<usize, (TokenKind, bool)> = parsed
        .ast
        .as_ref()
        .map(|ast| {
            occurrences(ast, &defs)
                .into_iter()
                .filter_map(|o| meaning(&o.node).map(|m| (o.span.start, m)))
                .collect()
        })
        .unwrap_or_default();
    let text = parsed.text.as_str();
    let mut out = Vec::new();
    for (span, class) in tokens(text) {
        let lexical = match class {
            TokenClass::Keyword => Some(TokenKind::Keyword),
            TokenClass::Number | TokenClass::Date => Some(TokenKind::Number),
            TokenClass::String => Some(TokenKind::String),
            TokenClass::Comment => Some(TokenKind::Comment),
            TokenClass::Operator => Some(TokenKind::Operator),
            TokenClass::Word | TokenClass::Punctuation | TokenClass::Unknown => None,
        };
        let meant = match class {
            TokenClass::Word | TokenClass::Keyword | TokenClass::String => {
                meanings.get(&span.start).copied()
            }
            _ => None,
        };
        let Some((kind, declaration)) = meant.or(lexical.map(|k| (k, false))) else {
            continue;
        };
        // One token per line.
        let mut start = span.start;
        for line in text
            .get(span.start..span.end)
            .unwrap_or_default()
            .split('\n')
        {
            let content = line.trim_end_matches('\r');
            if !content.is_empty() {
                out.push(SemanticToken {
                    start,
                    end: start + content.len(),
                    kind,
                    declaration,
                });
            }
            start += line.len() + 1;
        }
    }
    out
}

fn meaning(node: &Node<'_>) -> Option<(TokenKind, bool)> {
    Some(match node {
        Node::DefinitionDecl(_) => (TokenKind::Function, true),
        Node::DefinitionRef { .. } | Node::Builtin(_) | Node::UnknownCall(_) => {
            (TokenKind::Function, false)
        }
        Node::Bound { declaration, .. } => (TokenKind::Parameter, *declaration),
        Node::ObligationDecl(_) => (TokenKind::Namespace, true),
        Node::ObligationRef { .. } => (TokenKind::Namespace, false),
        Node::Path { .. } | Node::DataKey(_) => (TokenKind::Property, false),
        Node::EnumLiteral { .. } | Node::Verdict(_) => (TokenKind::EnumMember, false),
        Node::Str {
            role: StrRole::TestName,
            ..
        } => (TokenKind::Namespace, true),
        Node::Str { .. } => (TokenKind::String, false),
    })
}
