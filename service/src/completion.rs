//! Completion: fact paths segment by segment, enum values, definitions, obligation ids and
//! the clause words valid at the cursor, on half-typed input too. The place is read back from
//! the cursor token by token (`cursor.rs`), so the file need not parse; the schema, the
//! definitions and the obligations come from the analysis.

use lexpact_core::schema::{Node, Schema};
use lexpact_core::{DeadlineStatus, Verdict};
use lexpact_grammar::ast;

use crate::cursor::{Block, Cursor, expects_operand};
use crate::resolve::{Binding, Resolved, resolve};
use crate::scan::{Tok, Token};
use crate::{Analysis, Completion, CompletionKind, ParsedFile, facts, knowledge};

/// The completions at `offset` of `file`.
pub fn completion(analysis: &Analysis, file: &str, offset: usize) -> Vec<Completion> {
    let Some(parsed) = analysis.file(file) else {
        return Vec::new();
    };
    let text = parsed.text.as_str();
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let Some(cursor) = Cursor::read(text, offset) else {
        return Vec::new();
    };
    let (start, end) = cursor.typed.map_or((offset, offset), |t| (t.start, offset));
    let mut out = Out {
        items: Vec::new(),
        start,
        end,
    };
    let in_string = cursor
        .typed
        .is_some_and(|t| matches!(t.kind, Tok::Str { .. }));
    if !cursor.path.is_empty() {
        fields_after(analysis, &cursor, &mut out);
        return out.items;
    }
    if enum_values(analysis, &cursor, &mut out) {
        return out.items;
    }
    if in_string {
        strings(analysis, &cursor, &mut out);
        return out.items;
    }
    match cursor.block {
        Block::Data => profile_keys(analysis, &cursor, &mut out),
        Block::Test => test_words(analysis, parsed, &cursor, &mut out),
        Block::Obligation => {
            if expects_operand(&cursor) {
                expression(analysis, &cursor, parsed, &mut out);
            } else if !cursor.prev(0).is_some_and(|t| awaits_value(&cursor, t)) {
                clause_words(&cursor, &mut out);
            }
        }
        Block::Top => {
            if cursor.define.is_some_and(|(_, eq)| eq) && expects_operand(&cursor) {
                expression(analysis, &cursor, parsed, &mut out);
            } else if cursor.prev(0).is_none_or(|t| ends_item(&cursor, t)) {
                if cursor.prev_is(1, "ruleset") {
                    out.keyword("version", "version \"\"");
                }
                for (word, insert) in knowledge::ITEMS {
                    out.keyword(word, insert);
                }
            }
        }
    }
    out.items
}

/// The completions being gathered, all replacing the same bytes.
struct Out {
    items: Vec<Completion>,
    start: usize,
    end: usize,
}

impl Out {
    fn push(
        &mut self,
        label: impl Into<String>,
        kind: CompletionKind,
        detail: Option<String>,
        documentation: Option<String>,
        insert: impl Into<String>,
    ) {
        self.items.push(Completion {
            label: label.into(),
            kind,
            detail,
            documentation,
            insert: insert.into(),
            replace_start: self.start,
            replace_end: self.end,
        });
    }

    fn keyword(&mut self, word: &str, insert: &str) {
        let doc = knowledge::keyword(word.split(' ').next().unwrap_or(word));
        self.push(
            word,
            CompletionKind::Keyword,
            None,
            doc.map(str::to_string),
            insert,
        );
    }
}

/// In a string begun after `cite`: the paragraphs of the pinned text; after `schema`: the
/// bundled schema.
fn strings(analysis: &Analysis, cursor: &Cursor<'_>, out: &mut Out) {
    if cursor.prev_is(0, "schema") && cursor.block == Block::Top {
        let name = lexpact_core::library::LEGAL_PROFILE_V1;
        let detail = "the bundled legal-profile schema".to_string();
        out.push(
            name,
            CompletionKind::Keyword,
            Some(detail),
            None,
            format!("\"{name}\""),
        );
        return;
    }
    if !(cursor.prev_is(0, "cite") && cursor.block == Block::Obligation) {
        return;
    }
    let Some(library) = analysis.pinned_library() else {
        return;
    };
    for paragraph in lexpact_core::pinned::paragraphs(library).unwrap_or_default() {
        out.push(
            paragraph.id.clone(),
            CompletionKind::Keyword,
            Some(format!("{} of the pinned text", paragraph.section)),
            Some(paragraph.text),
            format!("\"{}\"", paragraph.id),
        );
    }
}

/// Whether the token before the cursor is a clause word that takes a literal or a second word
/// (what follows is not a clause: nothing is offered).
fn awaits_value(cursor: &Cursor<'_>, tok: Token) -> bool {
    tok.kind == Tok::Word
        && matches!(
            tok.text(cursor.text),
            "title"
                | "cite"
                | "group"
                | "text"
                | "indicator"
                | "amended"
                | "exception"
                | "weight"
                | "deadline"
                | "met"
                | "applies"
                | "partial"
                | "to"
        )
}

/// Whether a declaration may end with this token, so that the next may start.
fn ends_item(cursor: &Cursor<'_>, tok: Token) -> bool {
    match tok.kind {
        Tok::Str { closed } => closed && !cursor.prev_is(1, "test"),
        Tok::Number => true,
        Tok::Word => {
            !matches!(
                tok.text(cursor.text),
                "define" | "obligation" | "test" | "ruleset" | "schema" | "version"
            ) && cursor.item != Some("obligation")
        }
        Tok::Punct => matches!(tok.text(cursor.text), "}" | ")" | "]"),
    }
}

/// The fields of the place the path before the cursor reaches.
fn fields_after(analysis: &Analysis, cursor: &Cursor<'_>, out: &mut Out) {
    let Some(schema) = analysis.schema() else {
        return;
    };
    let Some(place) = resolve(analysis, &cursor.path, &cursor.scope) else {
        return;
    };
    fields_of(schema, &place, out);
}

fn fields_of(schema: &Schema, place: &Resolved, out: &mut Out) {
    let Node::Object { fields, .. } = schema.node(place.node) else {
        return;
    };
    for (name, node) in fields {
        let pointer = format!("{}/{name}", place.pointer);
        let kind = if facts::is_group(schema, *node) {
            CompletionKind::Field
        } else {
            CompletionKind::Fact
        };
        let mut doc = facts::description(schema, &pointer)
            .unwrap_or_default()
            .to_string();
        let allowed = facts::allowed_values(schema, *node);
        if !allowed.is_empty() {
            doc.push_str(&format!("\n\nallowed values: {}", allowed.join(", ")));
        }
        out.push(
            name.clone(),
            kind,
            Some(facts::type_words(schema, *node)),
            (!doc.is_empty()).then(|| doc.trim_start().to_string()),
            name.clone(),
        );
    }
}

/// The allowed values of the enum fact compared with at the cursor (`==`, `!=`, `in [`).
/// True when the cursor is at such a place and the fact has such values (nothing else is
/// offered then).
fn enum_values(analysis: &Analysis, cursor: &Cursor<'_>, out: &mut Out) -> bool {
    let text = cursor.text;
    // Back over the list's items written so far, to the operator.
    let mut back = 0;
    let operator = loop {
        let Some(tok) = cursor.prev(back) else {
            return false;
        };
        match tok.text(text) {
            "==" | "!=" if back == 0 => break back,
            "[" if cursor.prev_is(back + 1, "in") => break back + 1,
            "," => back += 1,
            _ if tok.kind == (Tok::Str { closed: true }) => back += 1,
            _ => return false,
        }
    };
    // The path before the operator, read backwards.
    let mut segments = Vec::new();
    let mut at = operator + 1;
    while let Some(word) = cursor.prev(at).filter(|t| t.kind == Tok::Word) {
        segments.push(word.text(text));
        match cursor.prev(at + 1) {
            Some(dot) if dot.is(text, ".") && dot.end == word.start => at += 2,
            _ => break,
        }
    }
    segments.reverse();
    let (Some(schema), false) = (analysis.schema(), segments.is_empty()) else {
        return false;
    };
    let Some(place) = resolve(analysis, &segments, &cursor.scope) else {
        return false;
    };
    let allowed = facts::allowed_values(schema, place.node);
    for value in &allowed {
        out.push(
            value.clone(),
            CompletionKind::EnumValue,
            Some(format!("a value of `{}`", place.path)),
            None,
            value.clone(),
        );
    }
    !allowed.is_empty()
}

/// In an inline profile: the keys of the object the cursor is in (after `{` or `,`), or the
/// allowed values of the key before the cursor (after `:`).
fn profile_keys(analysis: &Analysis, cursor: &Cursor<'_>, out: &mut Out) {
    let Some(schema) = analysis.schema() else {
        return;
    };
    let mut keys: Vec<&str> = cursor.data.iter().map(String::as_str).collect();
    if cursor.prev_is(0, ":") {
        let Some(key) = cursor.prev(1) else { return };
        keys.push(key.text(cursor.text).trim_matches('"'));
        let Some(place) = crate::resolve::data_place(analysis, &keys) else {
            return;
        };
        for value in facts::allowed_values(schema, place.node) {
            out.push(
                value.clone(),
                CompletionKind::EnumValue,
                Some(format!("a value of `{}`", place.path)),
                None,
                value,
            );
        }
        return;
    }
    if cursor.data_list || !(cursor.prev_is(0, "{") || cursor.prev_is(0, ",")) {
        return;
    }
    let Some(place) = crate::resolve::data_object(analysis, &keys) else {
        return;
    };
    let before = out.items.len();
    fields_of(schema, &place, out);
    for item in out.items.iter_mut().skip(before) {
        item.insert = format!("{}: ", item.label);
    }
}

/// What may start an operand: the names in scope, the profile's top-level fields, the
/// definitions, the built-in functions and the words that open an expression.
fn expression(analysis: &Analysis, cursor: &Cursor<'_>, parsed: &ParsedFile, out: &mut Out) {
    let schema = analysis.schema();
    for (name, binding) in &cursor.scope {
        let place = resolve(analysis, &[name.as_str()], &cursor.scope);
        let detail = match (binding, &place, schema) {
            (_, Some(place), Some(schema)) => {
                format!("{}: {}", place.path, facts::type_words(schema, place.node))
            }
            (Binding::Param { def, .. }, _, _) => format!("a parameter of `{def}`"),
            _ => "the current item".to_string(),
        };
        out.push(
            name.clone(),
            CompletionKind::Field,
            Some(detail),
            None,
            name.clone(),
        );
    }
    if let Some(schema) = schema {
        fields_of(schema, &Resolved::root(schema), out);
    }
    for def in crate::declared::definitions(analysis, parsed) {
        let insert = match &def.params {
            Some(params) if params.is_empty() => format!("{}()", def.name),
            Some(_) => format!("{}(", def.name),
            None => def.name.clone(),
        };
        let signature = def.signature();
        out.push(
            def.name,
            CompletionKind::Definition,
            Some(signature),
            def.body,
            insert,
        );
    }
    for builtin in &knowledge::BUILTINS {
        let insert = if builtin.takes_arguments {
            format!("{}(", builtin.name)
        } else {
            format!("{}()", builtin.name)
        };
        out.push(
            builtin.name,
            CompletionKind::Definition,
            Some(format!("built-in: {}", builtin.signature)),
            Some(builtin.meaning.to_string()),
            insert,
        );
    }
    for word in knowledge::EXPRESSION_WORDS {
        out.keyword(word, word);
    }
}

/// The clause words of an obligation not yet used (those that may repeat always), and `and`,
/// `or` after a condition.
fn clause_words(cursor: &Cursor<'_>, out: &mut Out) {
    for (word, repeats, insert) in knowledge::OBLIGATION_CLAUSES {
        if repeats || !cursor.used.contains(&word) {
            out.keyword(word, insert);
        }
    }
    if cursor
        .clause
        .is_some_and(|c| matches!(c, "require" | "applies when" | "partial when" | "met on"))
    {
        out.keyword("and", "and ");
        out.keyword("or", "or ");
    }
}

/// In a test: obligation ids after `expect`, verdicts and marks after the id, marks after
/// `not`, deadline statuses after the verdict; after `expect N` what is counted, then the
/// verdicts and `in`; else the test's clause words.
fn test_words(analysis: &Analysis, current: &ParsedFile, cursor: &Cursor<'_>, out: &mut Out) {
    let number_at = |back: usize| cursor.prev(back).is_some_and(|t| t.kind == Tok::Number);
    if cursor.prev_is(1, "expect") && number_at(0) {
        for (word, insert) in knowledge::COUNT_UNITS {
            out.keyword(word, insert);
        }
        return;
    }
    if cursor.prev_is(2, "expect") && number_at(1) {
        verdicts(out);
        out.keyword("in", "in \"\"");
        return;
    }
    if cursor.prev_is(0, "expect") {
        obligation_ids(analysis, current, out);
        return;
    }
    if cursor.prev_is(2, "expect") && cursor.prev_is(0, "not") {
        marks(out);
        return;
    }
    if cursor.prev_is(1, "expect") {
        verdicts(out);
        marks(out);
        out.keyword("not", "not ");
        return;
    }
    if cursor.prev_is(2, "expect") {
        for status in DeadlineStatus::ALL {
            out.keyword(status.as_str(), status.as_str());
        }
    }
    if cursor.prev_is(0, "as_of") || cursor.prev_is(0, "profile") {
        return;
    }
    for (word, insert) in knowledge::TEST_CLAUSES {
        out.keyword(word, insert);
    }
}

fn verdicts(out: &mut Out) {
    for verdict in Verdict::ALL {
        out.keyword(verdict.as_str(), verdict.as_str());
    }
}

/// The marks of an obligation's result a test can expect.
fn marks(out: &mut Out) {
    for (word, insert) in knowledge::TEST_MARKS {
        out.keyword(word, insert);
    }
}

/// Every obligation id of the rule set, with its cite and title.
fn obligation_ids(analysis: &Analysis, current: &ParsedFile, out: &mut Out) {
    let mut ids = Vec::new();
    for ob in crate::resolve::obligations(analysis) {
        ids.push(ob.id.name.as_str());
        let clause = |want: &str| {
            ob.clauses.iter().find_map(|c| match &c.kind {
                ast::ClauseKind::Title(s) | ast::ClauseKind::Cite(s)
                    if c.kind.keyword() == want =>
                {
                    Some(s.value.clone())
                }
                _ => None,
            })
        };
        out.push(
            ob.id.name.clone(),
            CompletionKind::Obligation,
            clause("cite"),
            clause("title"),
            ob.id.name.clone(),
        );
    }
    if current.ast.is_err() {
        for (id, _) in crate::declared::declared(&current.text, "obligation") {
            if !ids.contains(&id.as_str()) {
                out.push(id.clone(), CompletionKind::Obligation, None, None, id);
            }
        }
    }
}
