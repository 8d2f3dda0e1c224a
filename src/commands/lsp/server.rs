//! The message loop. Messages come in bursts (an editor sends a change per keystroke, then
//! asks again): the loop reads every message already queued, applies all the changes, analyses
//! each changed rule set once and publishes its diagnostics, then answers the requests of the
//! burst. A request cancelled in the burst is answered `RequestCancelled`; one about a
//! document changed after it was asked is answered `ContentModified` (its positions are stale).

use std::collections::{HashMap, HashSet};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::Duration;

use lexpact_core::{Limits, Source};
use lexpact_service::Encoding;
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types as lsp;
use lsp_types::notification::Notification as _;
use serde_json::Value;

use super::convert;
use super::store::Store;
use crate::load::{self, Unread};

/// How long the loop waits for more of a burst before answering: short enough not to be
/// felt, long enough for a client's messages written together to arrive together.
const SETTLE: Duration = Duration::from_millis(3);

/// At most this many messages are taken as one burst (the rest are the next burst's).
const MAX_BURST: usize = 1_000;

/// A request's failure: the protocol's error code and a message.
pub type Failure = (ErrorCode, String);

pub struct Server<'a> {
    connection: &'a Connection,
    pub store: Store,
    /// Changes seen per document URI, to tell which requests a later change made stale.
    changes: HashMap<String, u64>,
    /// Where a relative profile path is read from.
    base: Option<PathBuf>,
    /// The client asks to be told when its inlay hints are out of date.
    pub refresh_hints: bool,
    /// Requests the server has sent, to number the next.
    sent: i32,
    shut_down: bool,
}

impl<'a> Server<'a> {
    pub fn new(
        connection: &'a Connection,
        limits: Limits,
        encoding: Encoding,
        library: Option<String>,
    ) -> Self {
        Server {
            connection,
            store: Store::new(limits, encoding, library),
            changes: HashMap::new(),
            base: None,
            refresh_hints: false,
            sent: 0,
            shut_down: false,
        }
    }

    /// Runs until `exit`: `Ok(true)` when `shutdown` came first, as the protocol asks.
    pub fn run(&mut self) -> Result<bool, String> {
        loop {
            let Ok(first) = self.connection.receiver.recv() else {
                // The client went away without `exit`.
                return Ok(false);
            };
            let mut burst = vec![first];
            while burst.len() < MAX_BURST {
                match self.connection.receiver.recv_timeout(SETTLE) {
                    Ok(message) => burst.push(message),
                    Err(_) => break,
                }
            }
            if let Some(exit) = self.burst(burst) {
                return Ok(exit);
            }
        }
    }

    /// Handles one burst; `Some` when it held `exit`.
    fn burst(&mut self, burst: Vec<Message>) -> Option<bool> {
        let cancelled: HashSet<RequestId> = burst
            .iter()
            .filter_map(|m| match m {
                Message::Notification(n) if n.method == "$/cancelRequest" => {
                    serde_json::from_value::<lsp::CancelParams>(n.params.clone()).ok()
                }
                _ => None,
            })
            .map(|p| match p.id {
                lsp::NumberOrString::Number(n) => RequestId::from(n),
                lsp::NumberOrString::String(s) => RequestId::from(s),
            })
            .collect();
        let mut pending: Vec<(Request, Option<(String, u64)>)> = Vec::new();
        let mut exit = None;
        for message in burst {
            match message {
                Message::Request(request) => {
                    let document = document_of(&request.params)
                        .map(|uri| (uri.clone(), self.changes_of(&uri)));
                    pending.push((request, document));
                }
                Message::Notification(n) if n.method == "exit" => {
                    exit = Some(self.shut_down);
                    break;
                }
                Message::Notification(n) => {
                    let method = n.method.clone();
                    if guarded(&method, || self.notify(n)).is_err() {
                        self.log(
                            lsp::MessageType::ERROR,
                            &format!("the server failed on `{method}`"),
                        );
                    }
                }
                Message::Response(_) => {}
            }
        }
        self.publish();
        for (request, document) in pending {
            let stale = document.is_some_and(|(uri, seen)| self.changes_of(&uri) != seen);
            let response = if cancelled.contains(&request.id) {
                error(request.id, ErrorCode::RequestCanceled, "cancelled")
            } else if stale {
                error(
                    request.id,
                    ErrorCode::ContentModified,
                    "the document changed after the request",
                )
            } else {
                self.answer(request)
            };
            self.send(Message::Response(response));
        }
        exit
    }

    fn changes_of(&self, uri: &str) -> u64 {
        self.changes.get(uri).copied().unwrap_or(0)
    }

    /// Answers one request. A bug in a handler answers an internal error rather than ending
    /// the server and every open editor's session with it.
    fn answer(&mut self, request: Request) -> Response {
        let id = request.id.clone();
        if self.shut_down {
            return error(id, ErrorCode::InvalidRequest, "the server is shut down");
        }
        if request.method == "shutdown" {
            self.shut_down = true;
            return Response::new_ok(id, Value::Null);
        }
        let answered = guarded(&request.method, || {
            super::handlers::dispatch(self, &request.method, request.params)
        });
        match answered {
            Ok(Ok(value)) => Response::new_ok(id, value),
            Ok(Err((code, message))) => error(id, code, &message),
            Err(_) => error(
                id,
                ErrorCode::InternalError,
                &format!("the server failed on `{}`", request.method),
            ),
        }
    }

    fn notify(&mut self, n: Notification) {
        use lsp::notification as note;
        match n.method.as_str() {
            note::DidOpenTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<lsp::DidOpenTextDocumentParams>(n.params) {
                    let uri = p.text_document.uri.as_str().to_string();
                    self.bump(&uri);
                    let (text, version) = (p.text_document.text, p.text_document.version);
                    self.store.open(&uri, text, version);
                }
            }
            note::DidChangeTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<lsp::DidChangeTextDocumentParams>(n.params)
                {
                    let uri = p.text_document.uri.as_str().to_string();
                    self.bump(&uri);
                    let version = p.text_document.version;
                    if let Err(message) = self.store.change(&uri, version, p.content_changes) {
                        self.log(lsp::MessageType::ERROR, &message);
                    }
                }
            }
            note::DidCloseTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<lsp::DidCloseTextDocumentParams>(n.params) {
                    let uri = p.text_document.uri.as_str().to_string();
                    self.bump(&uri);
                    self.store.close(&uri);
                }
            }
            note::DidSaveTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<lsp::DidSaveTextDocumentParams>(n.params) {
                    let uri = p.text_document.uri.as_str().to_string();
                    self.store.save(&uri, p.text);
                }
            }
            note::DidChangeConfiguration::METHOD => {
                if let Ok(p) = serde_json::from_value::<lsp::DidChangeConfigurationParams>(n.params)
                {
                    let base = self.base.clone();
                    if self.configure(Some(&p.settings), base) && self.refresh_hints {
                        // The verdicts shown are of the old profile: the client asks again.
                        self.sent += 1;
                        let id = RequestId::from(format!("lexpact-{}", self.sent));
                        let refresh = Request::new(
                            id,
                            "workspace/inlayHint/refresh".to_string(),
                            Value::Null,
                        );
                        self.send(Message::Request(refresh));
                    }
                }
            }
            _ => {}
        }
        for note in std::mem::take(&mut self.store.notes) {
            self.log(lsp::MessageType::WARNING, &note);
        }
    }

    fn bump(&mut self, uri: &str) {
        *self.changes.entry(uri.to_string()).or_insert(0) += 1;
    }

    /// Takes the settings (initialization options or a configuration change): the profile
    /// inlay hints evaluate, `lexpact.profile`, read from disk within `max_source_bytes`.
    /// `true` when the settings named the profile (so the hints may have changed).
    pub fn configure(&mut self, settings: Option<&Value>, base: Option<PathBuf>) -> bool {
        self.base = base;
        let Some(setting) = settings.and_then(profile_setting) else {
            return false;
        };
        let profile = match setting {
            Some(path) => self.read_profile(&path),
            None => None,
        };
        self.store.set_profile(profile);
        true
    }

    fn read_profile(&mut self, path: &str) -> Option<Source> {
        let full = match &self.base {
            Some(base) if Path::new(path).is_relative() => base.join(path),
            _ => PathBuf::from(path),
        };
        let limit = self.store.limits.max_source_bytes;
        match load::read_text_within(&full, limit) {
            Ok(text) => Some(Source::new(full.display().to_string(), text)),
            Err(unread) => {
                let why = match unread {
                    Unread::Failed(message) => message,
                    Unread::TooLarge(size) => load::too_large("the profile", size, limit, ""),
                };
                self.show(
                    lsp::MessageType::WARNING,
                    &format!("lexpact.profile {}: {why}", full.display()),
                );
                None
            }
        }
    }

    /// Publishes the diagnostics of every rule set changed since they were last published
    /// (an empty list for a file that had some, so that the editor clears them).
    fn publish(&mut self) {
        for root in 0..self.store.roots.len() {
            if !self.store.roots.get(root).is_some_and(|r| r.stale) {
                continue;
            }
            // Marked published first: a rule set whose diagnostics fail is not tried again on
            // every message, only after its next change.
            if let Some(r) = self.store.roots.get_mut(root) {
                r.stale = false;
            }
            let Some(analysis) = self.store.analysis(root) else {
                continue;
            };
            let found = guarded("diagnostics", || lexpact_service::diagnostics(&analysis));
            let Ok(mut found) = found else {
                self.log(
                    lsp::MessageType::ERROR,
                    "the server failed on the diagnostics",
                );
                continue;
            };
            let profiles = self
                .store
                .roots
                .get(root)
                .map(|r| r.open_profiles())
                .unwrap_or_default();
            for name in profiles {
                let checked = guarded("profile diagnostics", || {
                    lexpact_service::profile_diagnostics(&analysis, &name)
                });
                if let Ok(diagnostics) = checked {
                    found.push(lexpact_service::FileDiagnostics {
                        file: name,
                        diagnostics,
                    });
                }
            }
            let mut notes = Vec::new();
            let mut now = std::collections::BTreeSet::new();
            for file in &found {
                if let Some(params) = super::handlers::publish_params(self, root, file) {
                    now.insert(file.file.clone());
                    notes.push(params);
                }
            }
            let Some(r) = self.store.roots.get_mut(root) else {
                continue;
            };
            let cleared: Vec<String> = r.published.difference(&now).cloned().collect();
            for name in cleared {
                if let Some(uri) = r.uri_of(&name).as_deref().and_then(convert::uri) {
                    notes.push(lsp::PublishDiagnosticsParams::new(uri, Vec::new(), None));
                }
            }
            r.published = now;
            for params in notes {
                self.notification::<lsp::notification::PublishDiagnostics>(params);
            }
        }
    }

    pub fn notification<N: lsp::notification::Notification>(&self, params: N::Params) {
        let note = Notification::new(N::METHOD.to_string(), params);
        self.send(Message::Notification(note));
    }

    pub fn show(&self, kind: lsp::MessageType, message: &str) {
        self.notification::<lsp::notification::ShowMessage>(lsp::ShowMessageParams {
            typ: kind,
            message: message.to_string(),
        });
    }

    fn log(&self, kind: lsp::MessageType, message: &str) {
        self.notification::<lsp::notification::LogMessage>(lsp::LogMessageParams {
            typ: kind,
            message: message.to_string(),
        });
    }

    fn send(&self, message: Message) {
        // A send fails only once the client has gone; the loop then ends on its next read.
        let _ = self.connection.sender.send(message);
    }
}

/// Runs one message's work. The service is total by design; this boundary only keeps a bug
/// from ending the server, and every open editor's session with it, on one message. The state
/// is left consistent: handlers read it, or replace whole values (a document's text, an
/// analysis), and a failed analysis is made again on the next change.
fn guarded<T>(what: &str, work: impl FnOnce() -> T) -> Result<T, ()> {
    catch_unwind(AssertUnwindSafe(work)).map_err(|_| {
        eprintln!("error: the server failed on `{what}`");
    })
}

fn error(id: RequestId, code: ErrorCode, message: &str) -> Response {
    Response::new_err(id, code as i32, message.to_string())
}

/// The document a request is about, if it names one.
fn document_of(params: &Value) -> Option<String> {
    params
        .get("textDocument")?
        .get("uri")?
        .as_str()
        .map(str::to_string)
}

/// The `lexpact.profile` setting, in any of the shapes clients send settings in
/// (`{"lexpact": {"profile": …}}`, `{"lexpact.profile": …}`, `{"profile": …}`): `None` when
/// the settings do not speak of it, `Some(None)` when it is cleared.
fn profile_setting(settings: &Value) -> Option<Option<String>> {
    let value = settings
        .get("lexpact")
        .and_then(|l| l.get("profile"))
        .or_else(|| settings.get("lexpact.profile"))
        .or_else(|| settings.get("profile"))?;
    Some(value.as_str().filter(|p| !p.is_empty()).map(str::to_string))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn the_profile_setting_in_every_shape_clients_send() {
        let path = Some(Some("p.json".to_string()));
        assert_eq!(
            profile_setting(&json!({"lexpact": {"profile": "p.json"}})),
            path
        );
        assert_eq!(profile_setting(&json!({"lexpact.profile": "p.json"})), path);
        assert_eq!(profile_setting(&json!({"profile": "p.json"})), path);
        assert_eq!(
            profile_setting(&json!({"lexpact": {"profile": ""}})),
            Some(None)
        );
        assert_eq!(profile_setting(&json!({"other": 1})), None);
        assert_eq!(profile_setting(&Value::Null), None);
    }

    #[test]
    fn the_document_a_request_is_about() {
        let params = json!({"textDocument": {"uri": "file:///a.lex"}, "position": {}});
        assert_eq!(document_of(&params).as_deref(), Some("file:///a.lex"));
        assert_eq!(document_of(&json!({"query": "x"})), None);
    }
}
