"""Shared fixtures of the language server's tests: a client connected to `lexpact lsp`, and
helpers that find real positions in the files opened."""

import asyncio
import pathlib

import pytest_lsp
from lsprotocol import types as t
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

REPO = pathlib.Path(__file__).resolve().parents[2]
BIN = REPO / "target" / "debug" / "lexpact"
RIO = REPO / "core" / "library" / "rio"
SMALL = pathlib.Path(__file__).resolve().parent / "fixtures" / "small"
PROFILE = SMALL / "profile.json"


def capabilities(encodings=None):
    """Neovim 0.11's capabilities (every feature the server offers), offering `encodings`."""
    caps = client_capabilities("neovim@v0.11.0")
    caps.general.position_encodings = encodings or [t.PositionEncodingKind.Utf16]
    return caps


def answer_refreshes(lsp_client):
    """Answers the server's `workspace/inlayHint/refresh`, noting it in `hints_refreshed`."""
    lsp_client.hints_refreshed = asyncio.Event()

    @lsp_client.feature(t.WORKSPACE_INLAY_HINT_REFRESH)
    def refresh(params):
        lsp_client.hints_refreshed.set()


async def start(lsp_client, options=None, encodings=None):
    lsp_client.init_result = await lsp_client.initialize_session(
        t.InitializeParams(capabilities=capabilities(encodings), initialization_options=options)
    )


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[str(BIN), "lsp"]))
async def client(lsp_client: LanguageClient):
    answer_refreshes(lsp_client)
    await start(lsp_client, {"lexpact": {"profile": str(PROFILE)}})
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[str(BIN), "lsp"]))
async def utf8_client(lsp_client: LanguageClient):
    answer_refreshes(lsp_client)
    lsp_client.init_result = await lsp_client.initialize_session(
        t.InitializeParams(
            capabilities=capabilities(
                [t.PositionEncodingKind.Utf8, t.PositionEncodingKind.Utf16]
            )
        )
    )
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[str(BIN), "lsp"]))
async def bare_client(lsp_client: LanguageClient):
    """A client not yet initialized: the test starts and ends the session."""
    answer_refreshes(lsp_client)
    yield


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[str(BIN), "lsp", "--library", "rio"])
)
async def library_client(lsp_client: LanguageClient):
    answer_refreshes(lsp_client)
    await start(lsp_client)
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(
    config=ClientServerConfig(
        server_command=[str(BIN), "lsp", "--limit", "max_source_bytes=200"]
    )
)
async def limited_client(lsp_client: LanguageClient):
    """A server whose files may have at most 200 bytes."""
    answer_refreshes(lsp_client)
    await start(lsp_client)
    yield
    await lsp_client.shutdown_session()


def uri(path: pathlib.Path) -> str:
    return path.as_uri()


def open_doc(client, path: pathlib.Path, text=None, version=1) -> str:
    """Opens a file (with `text` instead of what is on disk, if given); returns its URI."""
    client.text_document_did_open(
        t.DidOpenTextDocumentParams(
            text_document=t.TextDocumentItem(
                uri=uri(path),
                language_id="lexpact",
                version=version,
                text=path.read_text() if text is None else text,
            )
        )
    )
    return uri(path)


async def diagnostics(client, doc_uri, until=lambda ds: True, timeout=30.0):
    """The diagnostics last published for `doc_uri`, once published and `until` holds."""
    async def wait():
        while doc_uri not in client.diagnostics or not until(client.diagnostics[doc_uri]):
            await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        return client.diagnostics[doc_uri]

    return await asyncio.wait_for(wait(), timeout)


def pos(text: str, needle: str, nth: int = 0, delta: int = 0) -> t.Position:
    """The position (UTF-16 columns) of the `nth` occurrence of `needle`, moved by `delta`."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    at += delta
    line = text.count("\n", 0, at)
    start = text.rfind("\n", 0, at) + 1
    col = len(text[start:at].encode("utf-16-le")) // 2
    return t.Position(line=line, character=col)


def offset(text: str, position: t.Position) -> int:
    """The character offset in `text` of a position (UTF-16 columns)."""
    lines = text.split("\n")
    start = sum(len(line) + 1 for line in lines[: position.line])
    line = lines[position.line]
    units = 0
    for i, ch in enumerate(line):
        if units >= position.character:
            return start + i
        units += len(ch.encode("utf-16-le")) // 2
    return start + len(line)


def apply_edits(text: str, edits) -> str:
    """`text` with text edits applied (last first, so earlier ranges stay valid)."""
    spans = sorted(
        ((offset(text, e.range.start), offset(text, e.range.end), e.new_text) for e in edits),
        reverse=True,
    )
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


def doc_id(doc_uri):
    return t.TextDocumentIdentifier(uri=doc_uri)


def at(doc_uri, position):
    return {"text_document": doc_id(doc_uri), "position": position}


def change(client, doc_uri, version, *changes):
    """Sends one `didChange` with the given (range, text) changes, in order."""
    client.text_document_did_change(
        t.DidChangeTextDocumentParams(
            text_document=t.VersionedTextDocumentIdentifier(uri=doc_uri, version=version),
            content_changes=[
                t.TextDocumentContentChangePartial(range=r, text=new) for r, new in changes
            ],
        )
    )


def errors(found):
    return [d for d in found if d.severity == t.DiagnosticSeverity.Error]


def labels(items):
    """The labels of a completion answer (a list or a CompletionList)."""
    items = getattr(items, "items", items) or []
    return [i.label for i in items]


def decode_tokens(text, data, legend):
    """The semantic tokens of `text` as (word, type, modifiers) triples."""
    lines = text.split("\n")
    out, line, col = [], 0, 0
    for i in range(0, len(data), 5):
        dl, ds, length, kind, mods = data[i : i + 5]
        line += dl
        col = ds if dl else col + ds
        word = lines[line][col : col + length]
        names = [m for b, m in enumerate(legend.token_modifiers) if mods & (1 << b)]
        out.append((word, legend.token_types[kind], names))
    return out
