//! One function per request: find the document, ask the service, convert the answer.

use std::collections::HashMap;
use std::sync::Arc;

use lexpact_service::{self as service, Analysis, FileDiagnostics};
use lsp_server::ErrorCode;
use lsp_types as lsp;
use lsp_types::request::{self as req, Request};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use super::RUN_TESTS;
use super::convert::{self, Text};
use super::server::{Failure, Server};
use super::store::Place;

/// Answers a request by its method.
pub fn dispatch(server: &mut Server<'_>, method: &str, params: Value) -> Result<Value, Failure> {
    match method {
        req::HoverRequest::METHOD => reply(hover(server, parse(params)?)),
        req::Completion::METHOD => reply(completion(server, parse(params)?)),
        req::GotoDefinition::METHOD => reply(definition(server, parse(params)?)),
        req::References::METHOD => reply(references(server, parse(params)?)),
        req::DocumentSymbolRequest::METHOD => reply(document_symbols(server, parse(params)?)),
        req::WorkspaceSymbolRequest::METHOD => reply(workspace_symbols(server, parse(params)?)),
        req::FoldingRangeRequest::METHOD => reply(folding(server, parse(params)?)),
        req::SemanticTokensFullRequest::METHOD => reply(tokens(server, parse(params)?)),
        req::InlayHintRequest::METHOD => reply(inlay_hints(server, parse(params)?)),
        req::CodeLensRequest::METHOD => reply(code_lenses(server, parse(params)?)),
        req::Formatting::METHOD => reply(super::edits::format(server, parse(params)?)?),
        req::PrepareRenameRequest::METHOD => {
            reply(super::edits::prepare_rename(server, parse(params)?))
        }
        req::Rename::METHOD => reply(super::edits::rename(server, parse(params)?)?),
        req::CodeActionRequest::METHOD => reply(super::edits::code_actions(server, parse(params)?)),
        req::ExecuteCommand::METHOD => super::edits::execute(server, parse(params)?),
        _ => Err((ErrorCode::MethodNotFound, format!("no method `{method}`"))),
    }
}

fn parse<P: DeserializeOwned>(params: Value) -> Result<P, Failure> {
    serde_json::from_value(params).map_err(|e| (ErrorCode::InvalidParams, e.to_string()))
}

fn reply<T: serde::Serialize>(result: T) -> Result<Value, Failure> {
    serde_json::to_value(result).map_err(|e| (ErrorCode::InternalError, e.to_string()))
}

/// An open document with its rule set's analysis.
pub struct Doc {
    pub place: Place,
    pub analysis: Arc<Analysis>,
}

impl Doc {
    pub fn name(&self) -> &str {
        &self.place.name
    }
}

/// The open document `uri` names; `None` for one the server does not know.
pub fn doc(server: &mut Server<'_>, uri: &lsp::Uri) -> Option<Doc> {
    let place = server.store.find(uri.as_str())?;
    let analysis = server.store.analysis(place.root)?;
    Some(Doc { place, analysis })
}

/// The text of a file of a document's rule set, as the protocol counts it.
pub fn text<'s>(server: &'s Server<'_>, doc: &Doc, name: &str) -> Option<Text<'s>> {
    server.store.text(doc.place.root, name)
}

/// Whether a document is a profile rather than a rule file.
fn is_profile_doc(server: &Server<'_>, doc: &Doc) -> bool {
    server
        .store
        .roots
        .get(doc.place.root)
        .and_then(|r| r.workspace.file(doc.name()))
        .is_some_and(|text| super::store::is_profile(doc.name(), text))
}

/// A document and the byte offset of a position in it.
fn at(server: &mut Server<'_>, p: &lsp::TextDocumentPositionParams) -> Option<(Doc, usize)> {
    let doc = doc(server, &p.text_document.uri)?;
    let offset = text(server, &doc, doc.name())?.offset(p.position)?;
    Some((doc, offset))
}

/// The location of a span of a file of a document's rule set.
pub fn location(server: &Server<'_>, doc: &Doc, span: &service::FileSpan) -> Option<lsp::Location> {
    let root = server.store.roots.get(doc.place.root)?;
    let uri = convert::uri(&root.uri_of(&span.file)?)?;
    let range = text(server, doc, &span.file)?.range(span.start, span.end);
    Some(lsp::Location::new(uri, range))
}

/// The diagnostics of one file, ready to publish; `None` when the file has no URI.
pub fn publish_params(
    server: &Server<'_>,
    root: usize,
    file: &FileDiagnostics,
) -> Option<lsp::PublishDiagnosticsParams> {
    let r = server.store.roots.get(root)?;
    let uri = convert::uri(&r.uri_of(&file.file)?)?;
    let text = server.store.text(root, &file.file)?;
    let diagnostics = file
        .diagnostics
        .iter()
        .map(|d| {
            let core = &d.diagnostic;
            let message = match &core.help {
                Some(help) => format!("{}\n{help}", core.message),
                None => core.message.clone(),
            };
            lsp::Diagnostic {
                range: text.range(core.span.start, core.span.end),
                severity: Some(convert::severity(d.level)),
                code: Some(lsp::NumberOrString::String(core.code.clone())),
                source: Some("lexpact".to_string()),
                message,
                tags: d.unnecessary.then(|| vec![lsp::DiagnosticTag::UNNECESSARY]),
                ..Default::default()
            }
        })
        .collect();
    Some(lsp::PublishDiagnosticsParams::new(
        uri,
        diagnostics,
        r.version_of(&file.file),
    ))
}

fn hover(server: &mut Server<'_>, p: lsp::HoverParams) -> Option<lsp::Hover> {
    let (doc, offset) = at(server, &p.text_document_position_params)?;
    let found = if is_profile_doc(server, &doc) {
        service::profile_hover(&doc.analysis, doc.name(), offset)?
    } else {
        service::hover(&doc.analysis, doc.name(), offset)?
    };
    let range = text(server, &doc, doc.name())?.range(found.start, found.end);
    Some(lsp::Hover {
        contents: lsp::HoverContents::Markup(lsp::MarkupContent {
            kind: lsp::MarkupKind::Markdown,
            value: found.markdown,
        }),
        range: Some(range),
    })
}

fn completion(
    server: &mut Server<'_>,
    p: lsp::CompletionParams,
) -> Option<lsp::CompletionResponse> {
    let (doc, offset) = at(server, &p.text_document_position)?;
    let found = if is_profile_doc(server, &doc) {
        service::profile_completion(&doc.analysis, doc.name(), offset)
    } else {
        service::completion(&doc.analysis, doc.name(), offset)
    };
    let text = text(server, &doc, doc.name())?;
    let items = found
        .into_iter()
        .map(|c| lsp::CompletionItem {
            kind: Some(convert::completion_kind(c.kind)),
            detail: c.detail,
            documentation: c.documentation.map(|value| {
                lsp::Documentation::MarkupContent(lsp::MarkupContent {
                    kind: lsp::MarkupKind::Markdown,
                    value,
                })
            }),
            text_edit: Some(lsp::CompletionTextEdit::Edit(lsp::TextEdit::new(
                text.range(c.replace_start, c.replace_end),
                c.insert,
            ))),
            label: c.label,
            ..Default::default()
        })
        .collect();
    Some(lsp::CompletionResponse::Array(items))
}

fn definition(
    server: &mut Server<'_>,
    p: lsp::GotoDefinitionParams,
) -> Option<lsp::GotoDefinitionResponse> {
    let (doc, offset) = at(server, &p.text_document_position_params)?;
    let spans = service::definition(&doc.analysis, doc.name(), offset);
    let found: Vec<lsp::Location> = spans
        .iter()
        .filter_map(|s| location(server, &doc, s))
        .collect();
    (!found.is_empty()).then_some(lsp::GotoDefinitionResponse::Array(found))
}

fn references(server: &mut Server<'_>, p: lsp::ReferenceParams) -> Option<Vec<lsp::Location>> {
    let (doc, offset) = at(server, &p.text_document_position)?;
    let spans = service::references(
        &doc.analysis,
        doc.name(),
        offset,
        p.context.include_declaration,
    );
    Some(
        spans
            .iter()
            .filter_map(|s| location(server, &doc, s))
            .collect(),
    )
}

fn document_symbols(
    server: &mut Server<'_>,
    p: lsp::DocumentSymbolParams,
) -> Option<lsp::DocumentSymbolResponse> {
    let doc = doc(server, &p.text_document.uri)?;
    let text = text(server, &doc, doc.name())?;
    let symbols = service::document_symbols(&doc.analysis, doc.name());
    Some(lsp::DocumentSymbolResponse::Nested(
        symbols.iter().map(|s| document_symbol(&text, s)).collect(),
    ))
}

#[expect(
    deprecated,
    reason = "the protocol's type still has the deprecated `deprecated` field, left empty"
)]
fn document_symbol(text: &Text<'_>, s: &service::Symbol) -> lsp::DocumentSymbol {
    lsp::DocumentSymbol {
        name: s.name.clone(),
        detail: s.detail.clone(),
        kind: convert::symbol_kind(s.kind),
        tags: None,
        deprecated: None,
        range: text.range(s.start, s.end),
        selection_range: text.range(s.name_start, s.name_end),
        children: Some(
            s.children
                .iter()
                .map(|c| document_symbol(text, c))
                .collect(),
        ),
    }
}

fn workspace_symbols(
    server: &mut Server<'_>,
    p: lsp::WorkspaceSymbolParams,
) -> Option<lsp::WorkspaceSymbolResponse> {
    let mut found = Vec::new();
    for root in 0..server.store.roots.len() {
        let Some(analysis) = server.store.analysis(root) else {
            continue;
        };
        for symbol in service::workspace_symbols(&analysis, &p.query) {
            let Some(r) = server.store.roots.get(root) else {
                continue;
            };
            let Some(uri) = r.uri_of(&symbol.file).as_deref().and_then(convert::uri) else {
                continue;
            };
            let Some(text) = server.store.text(root, &symbol.file) else {
                continue;
            };
            found.push(lsp::WorkspaceSymbol {
                name: symbol.name.clone(),
                kind: convert::symbol_kind(symbol.kind),
                tags: None,
                container_name: symbol.detail.clone(),
                location: lsp::OneOf::Left(lsp::Location::new(
                    uri,
                    text.range(symbol.name_start, symbol.name_end),
                )),
                data: None,
            });
        }
    }
    Some(lsp::WorkspaceSymbolResponse::Nested(found))
}

fn folding(server: &mut Server<'_>, p: lsp::FoldingRangeParams) -> Option<Vec<lsp::FoldingRange>> {
    let doc = doc(server, &p.text_document.uri)?;
    let text = text(server, &doc, doc.name())?;
    let folds = service::folding_ranges(&doc.analysis, doc.name());
    Some(
        folds
            .iter()
            .filter_map(|f| {
                let range = text.range(f.start, f.end);
                (range.end.line > range.start.line).then(|| lsp::FoldingRange {
                    start_line: range.start.line,
                    start_character: Some(range.start.character),
                    end_line: range.end.line,
                    end_character: Some(range.end.character),
                    kind: Some(convert::fold_kind(f.kind)),
                    collapsed_text: None,
                })
            })
            .collect(),
    )
}

fn tokens(server: &mut Server<'_>, p: lsp::SemanticTokensParams) -> Option<lsp::SemanticTokens> {
    let doc = doc(server, &p.text_document.uri)?;
    let text = text(server, &doc, doc.name())?;
    let found = service::semantic_tokens(&doc.analysis, doc.name());
    Some(lsp::SemanticTokens {
        result_id: None,
        data: convert::semantic_tokens(&text, &found),
    })
}

fn inlay_hints(server: &mut Server<'_>, p: lsp::InlayHintParams) -> Option<Vec<lsp::InlayHint>> {
    let doc = doc(server, &p.text_document.uri)?;
    let text = text(server, &doc, doc.name())?;
    let hints = service::inlay_hints(&doc.analysis, doc.name());
    Some(
        hints
            .into_iter()
            .map(|h| (text.position(h.offset), h))
            .filter(|(at, _)| p.range.start <= *at && *at <= p.range.end)
            .map(|(position, h)| lsp::InlayHint {
                position,
                label: lsp::InlayHintLabel::String(h.label),
                kind: None,
                text_edits: None,
                tooltip: h.tooltip.map(|value| {
                    lsp::InlayHintTooltip::MarkupContent(lsp::MarkupContent {
                        kind: lsp::MarkupKind::Markdown,
                        value,
                    })
                }),
                padding_left: Some(true),
                padding_right: None,
                data: None,
            })
            .collect(),
    )
}

/// The lenses of a file. Their command's arguments are the document's URI (which rule set)
/// followed by the service's own arguments (which file, which test).
fn code_lenses(server: &mut Server<'_>, p: lsp::CodeLensParams) -> Option<Vec<lsp::CodeLens>> {
    let doc = doc(server, &p.text_document.uri)?;
    let text = text(server, &doc, doc.name())?;
    let lenses = service::code_lenses(&doc.analysis, doc.name());
    let uri = Value::String(p.text_document.uri.as_str().to_string());
    Some(
        lenses
            .into_iter()
            .map(|lens| {
                let mut arguments = vec![uri.clone()];
                arguments.extend(lens.command.arguments);
                lsp::CodeLens {
                    range: text.range(lens.start, lens.end),
                    command: Some(lsp::Command {
                        title: lens.command.title,
                        command: if lens.command.name.is_empty() {
                            RUN_TESTS.to_string()
                        } else {
                            lens.command.name
                        },
                        arguments: Some(arguments),
                    }),
                    data: None,
                }
            })
            .collect(),
    )
}

/// Edits of several files as a workspace edit.
#[expect(
    clippy::mutable_key_type,
    reason = "the protocol's map is keyed by its `Uri`, whose parser caches inside; the key is never changed"
)]
pub fn workspace_edit(
    server: &Server<'_>,
    doc: &Doc,
    edits: &[service::TextEdit],
) -> Option<lsp::WorkspaceEdit> {
    let mut changes: HashMap<lsp::Uri, Vec<lsp::TextEdit>> = HashMap::new();
    let root = server.store.roots.get(doc.place.root)?;
    for edit in edits {
        let uri = convert::uri(&root.uri_of(&edit.file)?)?;
        let range = text(server, doc, &edit.file)?.range(edit.start, edit.end);
        changes
            .entry(uri)
            .or_default()
            .push(lsp::TextEdit::new(range, edit.new_text.clone()));
    }
    Some(lsp::WorkspaceEdit::new(changes))
}

/// The JSON of an outcome of the tests, as `executeCommand` returns it.
pub fn outcome_json(outcome: &service::TestOutcome) -> Value {
    json!({
        "passed": outcome.passed,
        "failed": outcome.failed,
        "failures": outcome.failures,
    })
}
