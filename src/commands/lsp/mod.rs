//! `lexpact lsp`: the language server. It speaks the Language Server Protocol over standard
//! input and output and answers with the language service (`lexpact_service`): this module
//! only keeps the documents, converts positions and kinds, and runs the message loop.
//!
//! - `store`: the documents and the rule sets they form, read from disk within the limits;
//! - `server`: the loop (bursts of messages, cancellation, superseded requests, shutdown);
//! - `handlers` and `edits`: one function per request; `convert`: offsets, URIs and kinds.

mod convert;
mod edits;
mod handlers;
mod server;
mod store;

use lexpact_service::Encoding;
use lsp_server::Connection;
use lsp_types as lsp;
use serde_json::{Value, json};

use crate::cli::LspArgs;
use crate::diagnostics::emit;
use crate::load::BAD_INPUT;

/// The command a code lens runs: the tests of a file, or of one test.
pub const RUN_TESTS: &str = "lexpact.runTests";

pub fn run(args: &LspArgs) -> u8 {
    let limits = match args.limits.limits() {
        Ok(limits) => limits,
        Err(d) => {
            emit(&d.0, &[]);
            return BAD_INPUT;
        }
    };
    if let Some(name) = &args.library
        && lexpact_core::library::library(name).is_none()
    {
        eprintln!("error: no bundled library named `{name}`");
        return BAD_INPUT;
    }
    let (connection, io_threads) = Connection::stdio();
    let code = match serve(&connection, args, limits) {
        Ok(true) => 0,
        Ok(false) => 1,
        Err(message) => {
            eprintln!("error: {message}");
            1
        }
    };
    // Closing the connection ends the writer thread once it has sent what is queued.
    drop(connection);
    if let Err(e) = io_threads.join() {
        eprintln!("error: {e}");
    }
    code
}

/// Initializes, then runs the loop; `Ok(true)` when the client shut the server down in order.
fn serve(
    connection: &Connection,
    args: &LspArgs,
    limits: lexpact_core::Limits,
) -> Result<bool, String> {
    let (id, params) = connection.initialize_start().map_err(|e| e.to_string())?;
    let params: lsp::InitializeParams = serde_json::from_value(params).unwrap_or_default();
    let encoding = negotiate(&params);
    let result = json!({
        "capabilities": capabilities(encoding),
        "serverInfo": { "name": "lexpact", "version": env!("CARGO_PKG_VERSION") },
    });
    connection
        .initialize_finish(id, result)
        .map_err(|e| e.to_string())?;
    let mut server = server::Server::new(connection, limits, encoding, args.library.clone());
    server.refresh_hints = params
        .capabilities
        .workspace
        .as_ref()
        .and_then(|w| w.inlay_hint.as_ref())
        .and_then(|h| h.refresh_support)
        .unwrap_or(false);
    server.configure(params.initialization_options.as_ref(), base_dir(&params));
    server.run()
}

/// UTF-8 columns when the client offers them (no conversion), UTF-16 (the default) otherwise.
fn negotiate(params: &lsp::InitializeParams) -> Encoding {
    let offered = params
        .capabilities
        .general
        .as_ref()
        .and_then(|g| g.position_encodings.as_ref());
    if offered.is_some_and(|kinds| kinds.contains(&lsp::PositionEncodingKind::UTF8)) {
        Encoding::Utf8
    } else {
        Encoding::Utf16
    }
}

/// The directory a relative `lexpact.profile` is read from: the first workspace folder, else
/// the root the client names, else the server's working directory.
#[expect(
    deprecated,
    reason = "`rootUri` is how clients without workspace folders name the root"
)]
fn base_dir(params: &lsp::InitializeParams) -> Option<std::path::PathBuf> {
    let folder = params
        .workspace_folders
        .as_ref()
        .and_then(|folders| folders.first())
        .map(|folder| folder.uri.as_str());
    let root = params.root_uri.as_ref().map(|uri| uri.as_str());
    convert::uri_to_path(folder.or(root)?)
}

fn capabilities(encoding: Encoding) -> Value {
    let position_encoding = match encoding {
        Encoding::Utf8 => lsp::PositionEncodingKind::UTF8,
        Encoding::Utf16 => lsp::PositionEncodingKind::UTF16,
    };
    let legend = lsp::SemanticTokensLegend {
        token_types: convert::TOKEN_KINDS
            .iter()
            .map(|k| convert::token_type(*k))
            .collect(),
        token_modifiers: vec![lsp::SemanticTokenModifier::DECLARATION],
    };
    let capabilities = lsp::ServerCapabilities {
        position_encoding: Some(position_encoding),
        text_document_sync: Some(lsp::TextDocumentSyncCapability::Options(
            lsp::TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(lsp::TextDocumentSyncKind::INCREMENTAL),
                save: Some(lsp::TextDocumentSyncSaveOptions::SaveOptions(
                    lsp::SaveOptions {
                        include_text: Some(true),
                    },
                )),
                ..Default::default()
            },
        )),
        hover_provider: Some(lsp::HoverProviderCapability::Simple(true)),
        completion_provider: Some(lsp::CompletionOptions {
            trigger_characters: Some(vec![".".into(), "\"".into(), " ".into()]),
            ..Default::default()
        }),
        definition_provider: Some(lsp::OneOf::Left(true)),
        references_provider: Some(lsp::OneOf::Left(true)),
        document_symbol_provider: Some(lsp::OneOf::Left(true)),
        workspace_symbol_provider: Some(lsp::OneOf::Left(true)),
        folding_range_provider: Some(lsp::FoldingRangeProviderCapability::Simple(true)),
        document_formatting_provider: Some(lsp::OneOf::Left(true)),
        rename_provider: Some(lsp::OneOf::Right(lsp::RenameOptions {
            prepare_provider: Some(true),
            work_done_progress_options: Default::default(),
        })),
        code_action_provider: Some(lsp::CodeActionProviderCapability::Options(
            lsp::CodeActionOptions {
                code_action_kinds: Some(vec![
                    lsp::CodeActionKind::QUICKFIX,
                    lsp::CodeActionKind::REFACTOR_REWRITE,
                ]),
                ..Default::default()
            },
        )),
        semantic_tokens_provider: Some(
            lsp::SemanticTokensServerCapabilities::SemanticTokensOptions(
                lsp::SemanticTokensOptions {
                    legend,
                    full: Some(lsp::SemanticTokensFullOptions::Bool(true)),
                    ..Default::default()
                },
            ),
        ),
        inlay_hint_provider: Some(lsp::OneOf::Left(true)),
        code_lens_provider: Some(lsp::CodeLensOptions {
            resolve_provider: Some(false),
        }),
        execute_command_provider: Some(lsp::ExecuteCommandOptions {
            commands: vec![RUN_TESTS.to_string()],
            ..Default::default()
        }),
        ..Default::default()
    };
    serde_json::to_value(capabilities).unwrap_or(Value::Null)
}
