//! Inline test profiles: moved out of the parsed files at compile time (no copy of the data),
//! converted to JSON only when the test runs. Converting them all made up a fifth of
//! compiling a library with hundreds of tests, for a result most compiles never use.

use std::borrow::Cow;

use lexpact_grammar::ast::{Data, DataKind, Item, TestClauseKind};
use serde_json::{Map, Value as Json};

use super::ParsedFile;
use crate::ir::TestProfile;
use crate::schema::{Node, Schema};

/// The inline profiles of every test, taken out of the files before the checker borrows them
/// (it holds references into the syntax trees until the end of the compile).
pub(crate) struct InlineProfiles {
    /// By file index and the start of the data's span, sorted: each left `None` once taken.
    entries: Vec<((usize, usize), Option<Data>)>,
}

impl InlineProfiles {
    /// Moves every `profile { … }` out of `files`, leaving a `null` with the same span, which
    /// nothing reads: the test-block checks look only at the clause, not at its data.
    pub fn take_from(files: &mut [ParsedFile]) -> Self {
        let mut entries = Vec::new();
        for (index, file) in files.iter_mut().enumerate() {
            for item in &mut file.ast.items {
                let Item::Test(test) = item else { continue };
                for clause in &mut test.clauses {
                    if let TestClauseKind::ProfileInline(data) = &mut clause.kind {
                        let span = data.span;
                        let placeholder = Data {
                            kind: DataKind::Null,
                            span,
                        };
                        let taken = std::mem::replace(data, placeholder);
                        entries.push(((index, span.start), Some(taken)));
                    }
                }
            }
        }
        // Already in order (files, then source order); sorting makes the lookup safe anyway.
        entries.sort_by_key(|(key, _)| *key);
        Self { entries }
    }

    /// The data taken from the clause whose (placeholder) data is `left` in file `file`; a
    /// copy of `left` if it was never taken, which `take_from` rules out.
    pub fn take(&mut self, file: usize, left: &Data) -> Data {
        let found = self
            .entries
            .binary_search_by_key(&(file, left.span.start), |(key, _)| *key)
            .ok()
            .and_then(|at| self.entries.get_mut(at))
            .and_then(|(_, data)| data.take());
        found.unwrap_or_else(|| left.clone())
    }
}

impl TestProfile {
    /// The profile as a document: inline data converted (with the schema's version markers
    /// filled in, see `with_markers`), a profile read from a file as it was read. `schema` is
    /// the rule set's own.
    pub fn json(&self, schema: Option<&Schema>) -> Cow<'_, Json> {
        match self {
            TestProfile::Inline(data) => Cow::Owned(with_markers(schema, to_json(data))),
            TestProfile::File(json) => Cow::Borrowed(json),
        }
    }
}

/// An inline profile as JSON: bare dates become strings, numbers keep their integer form.
fn to_json(data: &Data) -> Json {
    match &data.kind {
        DataKind::Null => Json::Null,
        DataKind::Bool(b) => Json::Bool(*b),
        DataKind::Number(raw) => raw
            .parse::<i64>()
            .map(Json::from)
            .ok()
            .or_else(|| {
                raw.parse::<f64>()
                    .ok()
                    .and_then(serde_json::Number::from_f64)
                    .map(Json::Number)
            })
            .unwrap_or(Json::Null),
        DataKind::Date(s) | DataKind::Str(s) => Json::String(s.clone()),
        DataKind::List(items) => Json::Array(items.iter().map(to_json).collect()),
        DataKind::Object(entries) => {
            let mut map = Map::new();
            for (key, value) in entries {
                map.insert(key.name.clone(), to_json(value));
            }
            Json::Object(map)
        }
    }
}

/// An inline test profile with the constant fields the schema requires at its root (the
/// version marker, `"profile": "lexpact/legal-profile/v1"`) filled in when absent: a test
/// needs no marker.
fn with_markers(schema: Option<&Schema>, mut profile: Json) -> Json {
    let Some(schema) = schema else {
        return profile;
    };
    let Node::Object {
        fields, required, ..
    } = schema.node(schema.root())
    else {
        return profile;
    };
    if let Json::Object(map) = &mut profile {
        for name in required {
            let constant = fields.get(name).map(|id| schema.node(*id));
            // A constant, or the version marker, which allows each version of the format
            // (the first is filled in).
            if let Some(Node::Scalar {
                allowed: Some(only),
                ..
            }) = constant
                && let Some(marker) = only.first()
                && (only.len() == 1 || name == "profile")
                && !map.contains_key(name)
            {
                map.insert(name.clone(), marker.clone());
            }
        }
    }
    profile
}

#[cfg(test)]
mod tests {
    use lexpact_grammar::ast::{DataKind, Item, TestClauseKind};

    use super::InlineProfiles;
    use crate::compile::ParsedFile;
    use crate::ir::TestProfile;

    fn parsed<'s>(name: &'s str, text: &'s str) -> Option<ParsedFile<'s>> {
        Some(ParsedFile {
            name,
            text,
            ast: lexpact_grammar::parse(text).ok()?,
            lines: crate::compile::location::LineCursor::default(),
        })
    }

    /// Each clause's data, as the files hold it.
    fn inline_data(files: &[ParsedFile]) -> Vec<(usize, lexpact_grammar::ast::Data)> {
        let mut out = Vec::new();
        for (index, file) in files.iter().enumerate() {
            for item in &file.ast.items {
                let Item::Test(test) = item else { continue };
                for clause in &test.clauses {
                    if let TestClauseKind::ProfileInline(data) = &clause.kind {
                        out.push((index, data.clone()));
                    }
                }
            }
        }
        out
    }

    #[test]
    fn moves_each_profile_out_once_and_converts_it_unchanged() {
        let a = "test \"a\" { profile { x: 1, d: 2024-01-02 } profile { y: [true, \"s\"] } }";
        let b = "test \"b\" { profile { z: -1.5 } }";
        let mut files: Vec<ParsedFile> = [("a.lex", a), ("b.lex", b)]
            .into_iter()
            .filter_map(|(name, text)| parsed(name, text))
            .collect();
        assert_eq!(files.len(), 2);
        let before = inline_data(&files);
        let mut inline = InlineProfiles::take_from(&mut files);
        let left = inline_data(&files);
        assert_eq!(before.len(), 3);
        assert_eq!(left.len(), 3);
        for ((file, original), (_, placeholder)) in before.iter().zip(&left) {
            assert_eq!(placeholder.kind, DataKind::Null);
            assert_eq!(placeholder.span, original.span);
            assert_eq!(&inline.take(*file, placeholder), original);
        }
        let json = |data| TestProfile::Inline(data).json(None).into_owned();
        let texts: Vec<String> = before
            .into_iter()
            .map(|(_, data)| json(data).to_string())
            .collect();
        assert_eq!(
            texts,
            [
                r#"{"x":1,"d":"2024-01-02"}"#,
                r#"{"y":[true,"s"]}"#,
                r#"{"z":-1.5}"#
            ]
        );
    }
}
