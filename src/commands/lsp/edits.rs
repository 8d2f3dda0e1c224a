//! The requests that change text or run something: formatting, rename, code actions, and the
//! command that runs the tests.

use lexpact_service::{self as service, TestOutcome};
use lsp_server::ErrorCode;
use lsp_types as lsp;
use serde_json::Value;

use super::RUN_TESTS;
use super::handlers::{doc, outcome_json, text, workspace_edit};
use super::server::{Failure, Server};

fn not_open(uri: &lsp::Uri) -> Failure {
    (
        ErrorCode::InvalidParams,
        format!("{} is not an open document", uri.as_str()),
    )
}

pub fn format(
    server: &mut Server<'_>,
    p: lsp::DocumentFormattingParams,
) -> Result<Option<Vec<lsp::TextEdit>>, Failure> {
    let Some(doc) = doc(server, &p.text_document.uri) else {
        return Ok(None);
    };
    let edits = service::format(&doc.analysis, doc.name()).map_err(|d| {
        let first = d.0.first();
        let message = first.map_or_else(
            || "the file does not parse".to_string(),
            |d| format!("cannot format: {} ({})", d.message, d.code),
        );
        (ErrorCode::RequestFailed, message)
    })?;
    let Some(text) = text(server, &doc, doc.name()) else {
        return Ok(None);
    };
    Ok(Some(
        edits
            .iter()
            .filter(|e| e.file == doc.name())
            .map(|e| lsp::TextEdit::new(text.range(e.start, e.end), e.new_text.clone()))
            .collect(),
    ))
}

pub fn prepare_rename(
    server: &mut Server<'_>,
    p: lsp::TextDocumentPositionParams,
) -> Option<lsp::PrepareRenameResponse> {
    let doc = doc(server, &p.text_document.uri)?;
    let text = text(server, &doc, doc.name())?;
    let offset = text.offset(p.position)?;
    let span = service::prepare_rename(&doc.analysis, doc.name(), offset)?;
    if span.file != doc.name() {
        return None;
    }
    Some(lsp::PrepareRenameResponse::Range(
        text.range(span.start, span.end),
    ))
}

pub fn rename(
    server: &mut Server<'_>,
    p: lsp::RenameParams,
) -> Result<Option<lsp::WorkspaceEdit>, Failure> {
    let uri = &p.text_document_position.text_document.uri;
    let doc = doc(server, uri).ok_or_else(|| not_open(uri))?;
    let offset = text(server, &doc, doc.name())
        .and_then(|t| t.offset(p.text_document_position.position))
        .ok_or_else(|| {
            (
                ErrorCode::InvalidParams,
                "a position past the end".to_string(),
            )
        })?;
    let edits = service::rename(&doc.analysis, doc.name(), offset, &p.new_name)
        .map_err(|why| (ErrorCode::RequestFailed, why))?;
    Ok(workspace_edit(server, &doc, &edits))
}

pub fn code_actions(
    server: &mut Server<'_>,
    p: lsp::CodeActionParams,
) -> Option<Vec<lsp::CodeActionOrCommand>> {
    let doc = doc(server, &p.text_document.uri)?;
    let text = text(server, &doc, doc.name())?;
    let start = text.offset(p.range.start)?;
    let end = text.offset(p.range.end)?.max(start);
    let actions = service::code_actions(&doc.analysis, doc.name(), start, end);
    Some(
        actions
            .into_iter()
            .filter_map(|action| {
                let fixed: Vec<lsp::Diagnostic> = p
                    .context
                    .diagnostics
                    .iter()
                    .filter(|d| {
                        action.fixes.as_deref().is_some_and(|code| {
                            d.code == Some(lsp::NumberOrString::String(code.to_string()))
                        })
                    })
                    .cloned()
                    .collect();
                let kind = if action.fixes.is_some() {
                    lsp::CodeActionKind::QUICKFIX
                } else {
                    lsp::CodeActionKind::REFACTOR_REWRITE
                };
                let edit = workspace_edit(server, &doc, &action.edits)?;
                Some(lsp::CodeActionOrCommand::CodeAction(lsp::CodeAction {
                    title: action.title,
                    kind: Some(kind),
                    diagnostics: (!fixed.is_empty()).then_some(fixed),
                    edit: Some(edit),
                    is_preferred: Some(action.preferred),
                    ..Default::default()
                }))
            })
            .collect(),
    )
}

/// `lexpact.runTests`: runs tests and shows the outcome. Its arguments are a document's URI
/// (the rule set; with no URI, every rule set the server knows), then which file (a name of
/// the rule set) and which test, as strings or as an object with `file` and `test`. With the
/// URI alone, the tests of that document, or of its whole rule set when it has none (a file of
/// rules, whose tests are beside it).
pub fn execute(server: &mut Server<'_>, p: lsp::ExecuteCommandParams) -> Result<Value, Failure> {
    if p.command != RUN_TESTS {
        return Err((
            ErrorCode::InvalidParams,
            format!("no command `{}`", p.command),
        ));
    }
    let mut args = p.arguments.into_iter();
    let first = args.next();
    let rest: Vec<Value> = args.collect();
    let (file, test) = file_and_test(&rest);
    let uri = first.as_ref().and_then(Value::as_str);
    let mut file = file;
    let roots: Vec<usize> = match uri {
        Some(uri) => {
            let place = server.store.find(uri).ok_or_else(|| {
                (
                    ErrorCode::InvalidParams,
                    format!("{uri} is not an open document"),
                )
            })?;
            if rest.is_empty() {
                file = Some(place.name.clone());
            }
            vec![place.root]
        }
        None => (0..server.store.roots.len()).collect(),
    };
    let mut total = TestOutcome {
        passed: 0,
        failed: 0,
        failures: Vec::new(),
    };
    for root in roots {
        let Some(analysis) = server.store.analysis(root) else {
            continue;
        };
        let mut outcome = service::run_tests(&analysis, file.as_deref(), test.as_deref());
        if rest.is_empty() && outcome.passed + outcome.failed == 0 {
            outcome = service::run_tests(&analysis, None, None);
        }
        total.passed += outcome.passed;
        total.failed += outcome.failed;
        total.failures.extend(outcome.failures);
    }
    let mut message = format!("{} passed, {} failed", total.passed, total.failed);
    for failure in &total.failures {
        message.push('\n');
        message.push_str(failure);
    }
    let kind = if total.failed == 0 {
        lsp::MessageType::INFO
    } else {
        lsp::MessageType::ERROR
    };
    server.show(kind, &message);
    Ok(outcome_json(&total))
}

/// The file and test a lens names, from its arguments after the URI.
fn file_and_test(args: &[Value]) -> (Option<String>, Option<String>) {
    if let Some(object) = args.iter().find(|a| a.is_object()) {
        let field = |key: &str| object.get(key).and_then(Value::as_str).map(str::to_string);
        return (field("file"), field("test"));
    }
    let mut strings = args.iter().map(|a| a.as_str().map(str::to_string));
    (strings.next().flatten(), strings.next().flatten())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_lens_names_its_file_and_test_as_strings_or_an_object() {
        let some = |s: &str| Some(s.to_string());
        assert_eq!(
            file_and_test(&[json!("c1_test.lex"), json!("one")]),
            (some("c1_test.lex"), some("one"))
        );
        assert_eq!(
            file_and_test(&[json!("c1_test.lex")]),
            (some("c1_test.lex"), None)
        );
        assert_eq!(
            file_and_test(&[json!({"file": "a.lex", "test": "t"})]),
            (some("a.lex"), some("t"))
        );
        assert_eq!(file_and_test(&[]), (None, None));
    }
}
