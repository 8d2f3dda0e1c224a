"""The protocol side of `lexpact lsp`: position encodings, incremental edits, half-typed input,
cancelled and superseded requests, several rule sets at once, shutdown."""

import asyncio

import pytest
from lsprotocol import types as t
from pygls.exceptions import JsonRpcException

from conftest import (
    RIO,
    SMALL,
    at,
    change,
    diagnostics,
    doc_id,
    errors,
    labels,
    open_doc,
    pos,
    start,
    uri,
)

RULES = SMALL / "rules.lex"
TEXT = RULES.read_text()


async def sent(protocol, method, params, msg_id=None):
    """Sends a request now (not when awaited) and returns the task awaiting its answer."""
    task = asyncio.ensure_future(protocol.send_request_async(method, params, msg_id))
    await asyncio.sleep(0)
    return task


async def test_utf8_columns_when_the_client_offers_them(utf8_client):
    assert utf8_client.init_result.capabilities.position_encoding == t.PositionEncodingKind.Utf8
    text = TEXT.replace(
        'institutions.office.kind == "independent"',
        '"é«»" == "x" and institutions.office.knd == "independent"',
    )
    u = open_doc(utf8_client, RULES, text)
    [error] = errors(await diagnostics(utf8_client, u, until=errors))
    line = text.split("\n")[error.range.start.line]
    column = len(line[: line.index("knd ==")].encode("utf-8"))
    assert error.range.start.character == column
    assert column != len(line[: line.index("knd ==")].encode("utf-16-le")) // 2


async def test_utf16_columns_by_default(client):
    assert client.init_result.capabilities.position_encoding == t.PositionEncodingKind.Utf16
    text = TEXT.replace(
        'institutions.office.kind == "independent"',
        '"«😀»" == "x" and institutions.office.knd == "independent"',
    )
    u = open_doc(client, RULES, text)
    [error] = errors(await diagnostics(client, u, until=errors))
    assert error.range.start == pos(text, "knd ==")


async def test_incremental_changes_then_diagnostics_reflect_them_all(client):
    u = open_doc(client, RULES)
    assert errors(await diagnostics(client, u)) == []
    text = TEXT
    # Three edits in one notification and one more in a second, as an editor sends keystrokes.
    first = pos(text, "office.kind ==", delta=7)
    second = pos(text, "office.exists", delta=7)
    change(
        client,
        u,
        2,
        (t.Range(start=first, end=t.Position(first.line, first.character + 4)), "knid"),
        (t.Range(start=second, end=second), "x"),
        (t.Range(start=t.Position(0, 0), end=t.Position(0, 0)), "# edited\n"),
    )
    text = text.replace("office.kind ==", "office.knid ==").replace("office.exists", "office.xexists", 1)
    text = "# edited\n" + text
    tail = t.Position(text.count("\n"), 0)
    change(client, u, 3, (t.Range(start=tail, end=tail), "define unused = institutions.offce.staff\n"))
    text += "define unused = institutions.offce.staff\n"
    found = await diagnostics(client, u, until=lambda ds: len(errors(ds)) == 3)
    starts = sorted(e.range.start for e in errors(found))
    want = sorted([pos(text, "knid =="), pos(text, "xexists"), pos(text, "offce.staff")])
    assert [(p.line, p.character) for p in starts] == [(p.line, p.character) for p in want]


async def test_half_typed_input_is_answered_and_never_blocks(client):
    text = TEXT + "\nobligation half {\n  title \"Half\n  require institutions.office.\n"
    u = open_doc(client, RULES, text)
    found = await diagnostics(client, u, until=errors)
    assert errors(found)[0].code.startswith("E0")
    position = t.Position(text.count("\n") - 1, len("  require institutions.office."))
    requests = [
        client.text_document_completion_async(t.CompletionParams(**at(u, position))),
        client.text_document_hover_async(t.HoverParams(**at(u, position))),
        client.text_document_definition_async(t.DefinitionParams(**at(u, position))),
        client.text_document_document_symbol_async(t.DocumentSymbolParams(text_document=doc_id(u))),
        client.text_document_folding_range_async(t.FoldingRangeParams(text_document=doc_id(u))),
        client.text_document_semantic_tokens_full_async(t.SemanticTokensParams(text_document=doc_id(u))),
        client.text_document_code_lens_async(t.CodeLensParams(text_document=doc_id(u))),
        client.text_document_inlay_hint_async(
            t.InlayHintParams(text_document=doc_id(u), range=t.Range(start=t.Position(0, 0), end=position))
        ),
    ]
    answers = await asyncio.wait_for(asyncio.gather(*requests), 30)
    assert {"exists", "kind", "staff"} <= set(labels(answers[0]))
    # Prefixes of the file, as if typed, each asked about at its end: the server keeps answering.
    version = 2
    for cut in range(0, len(TEXT), 11):
        version += 1
        prefix = TEXT[:cut]
        client.text_document_did_change(
            t.DidChangeTextDocumentParams(
                text_document=t.VersionedTextDocumentIdentifier(uri=u, version=version),
                content_changes=[t.TextDocumentContentChangeWholeDocument(text=prefix)],
            )
        )
        end = t.Position(prefix.count("\n"), len(prefix) - prefix.rfind("\n") - 1)
        await asyncio.wait_for(
            asyncio.gather(
                client.text_document_completion_async(t.CompletionParams(**at(u, end))),
                client.text_document_hover_async(t.HoverParams(**at(u, end))),
                client.text_document_semantic_tokens_full_async(
                    t.SemanticTokensParams(text_document=doc_id(u))
                ),
            ),
            30,
        )
    change(client, u, version + 1, (t.Range(start=t.Position(0, 0), end=t.Position(999, 0)), TEXT))
    symbols = await asyncio.wait_for(
        client.text_document_document_symbol_async(t.DocumentSymbolParams(text_document=doc_id(u))), 30
    )
    assert "national_office" in [s.name for s in symbols]


async def test_a_cancelled_request_is_answered_request_cancelled(client):
    u = open_doc(client, RIO / "c1_test.lex")
    await diagnostics(client, u)
    protocol = client.protocol
    # Tests of a file keep the server busy while the hover and its cancellation queue up.
    busy = await sent(
        protocol,
        t.WORKSPACE_EXECUTE_COMMAND,
        t.ExecuteCommandParams(command="lexpact.runTests", arguments=[u]),
    )
    hover = await sent(
        protocol,
        t.TEXT_DOCUMENT_HOVER,
        t.HoverParams(**at(u, t.Position(2, 8))),
        msg_id="hover-to-cancel",
    )
    protocol.notify(t.CANCEL_REQUEST, t.CancelParams(id="hover-to-cancel"))
    with pytest.raises(JsonRpcException) as cancelled:
        await asyncio.wait_for(hover, 60)
    assert cancelled.value.code == -32800  # RequestCancelled
    assert (await busy)["failed"] == 0


async def test_a_request_superseded_by_an_edit_is_answered_content_modified(client):
    u = open_doc(client, RULES)
    await diagnostics(client, u)
    tests = open_doc(client, RIO / "c1_test.lex")
    await diagnostics(client, tests)
    # The library's tests keep the server busy while the hover and the edit queue up.
    busy = await sent(
        client.protocol,
        t.WORKSPACE_EXECUTE_COMMAND,
        t.ExecuteCommandParams(command="lexpact.runTests", arguments=[tests]),
    )
    hover = await sent(
        client.protocol,
        t.TEXT_DOCUMENT_HOVER,
        t.HoverParams(**at(u, pos(TEXT, "office.kind", delta=8))),
    )
    change(client, u, 2, (t.Range(start=t.Position(0, 0), end=t.Position(0, 0)), "# moved\n"))
    assert (await busy)["failed"] == 0
    with pytest.raises(JsonRpcException) as modified:
        await asyncio.wait_for(hover, 30)
    assert modified.value.code == -32801  # ContentModified
    # The next request, after the edit, is answered.
    symbols = await client.text_document_document_symbol_async(t.DocumentSymbolParams(text_document=doc_id(u)))
    assert symbols[0].range.start.line == 2


async def test_files_of_different_directories_are_different_rule_sets(client):
    small = open_doc(client, RULES)
    rio = open_doc(client, RIO / "c1.lex")
    await diagnostics(client, small)
    await diagnostics(client, rio)
    found = await client.workspace_symbol_async(t.WorkspaceSymbolParams(query="office"))
    assert {s.location.uri for s in found if s.name == "national_office"} == {small}
    # A definition of the small rule set is not completed in Rio.
    text = (RIO / "c1.lex").read_text()
    position = pos(text, "require ratified(", delta=len("require "))
    found = labels(await client.text_document_completion_async(t.CompletionParams(**at(rio, position))))
    assert "staffed_office" not in " ".join(found)
    assert any(label.startswith("ratified") for label in found)


async def test_closing_a_document_goes_back_to_the_file_on_disk(client):
    u = open_doc(client, RULES, TEXT.replace("office.kind ==", "office.knd =="))
    assert errors(await diagnostics(client, u, until=errors))
    client.text_document_did_close(t.DidCloseTextDocumentParams(text_document=doc_id(u)))
    assert errors(await diagnostics(client, u, until=lambda ds: not errors(ds))) == []


async def test_an_unknown_method_is_an_error_and_the_server_goes_on(client):
    with pytest.raises(JsonRpcException):
        await client.protocol.send_request_async("lexpact/noSuchThing", {})
    found = await client.workspace_symbol_async(t.WorkspaceSymbolParams(query=""))
    assert found == []


async def test_shutdown_then_exit_ends_the_server_with_success(bare_client):
    await start(bare_client)
    await bare_client.shutdown_async(None)
    with pytest.raises(JsonRpcException):
        await bare_client.workspace_symbol_async(t.WorkspaceSymbolParams(query=""))
    bare_client.exit(None)
    await asyncio.wait_for(bare_client._server.wait(), 30)
    assert bare_client._server.returncode == 0
    bare_client.capabilities = None  # the session is over: the fixture has nothing to end


def test_an_unknown_library_is_refused_before_the_protocol_starts():
    import subprocess

    from conftest import BIN

    run = subprocess.run([str(BIN), "lsp", "--library", "nope"], capture_output=True, text=True, timeout=30)
    assert run.returncode == 2
    assert "no bundled library named `nope`" in run.stderr


def test_the_end_of_input_without_exit_ends_the_server():
    import subprocess

    from conftest import BIN

    run = subprocess.run([str(BIN), "lsp"], input="", capture_output=True, text=True, timeout=30)
    assert run.returncode == 1


async def test_saving_reads_the_other_files_of_the_directory_again(client, tmp_path):
    import shutil

    for f in SMALL.iterdir():
        shutil.copy(f, tmp_path / f.name)
    u = open_doc(client, tmp_path / "rules.lex")
    tests = uri(tmp_path / "rules_test.lex")
    assert errors(await diagnostics(client, tests)) == []
    # Another program changes a file the editor has not opened; the next save picks it up.
    on_disk = (tmp_path / "rules_test.lex").read_text()
    (tmp_path / "rules_test.lex").write_text(on_disk.replace("expect independent_office", "expect independant_office"))
    client.text_document_did_save(t.DidSaveTextDocumentParams(text_document=doc_id(u)))
    found = errors(await diagnostics(client, tests, until=errors))
    assert found and all("independant_office" in e.message for e in found)


async def test_files_are_read_and_analysed_within_the_limits(limited_client):
    u = open_doc(limited_client, RULES)
    [error] = errors(await diagnostics(limited_client, u, until=errors))
    assert error.code == "E0003"
    assert "200" in error.message
    # The files of the directory over the limit are left unread, and the server says so.
    assert any(
        "rules_test.lex" in m.message and "max_source_bytes" in m.message
        for m in limited_client.log_messages
    )


async def test_an_unsaved_buffer_is_a_rule_set_of_its_own(client):
    u = "untitled:Untitled-1"
    text = 'obligation draft {\n  title "Draft"\n  cite "X-9"\n  require institutions.office.exists\n}\n'
    client.text_document_did_open(
        t.DidOpenTextDocumentParams(
            text_document=t.TextDocumentItem(uri=u, language_id="lexpact", version=1, text=text)
        )
    )
    assert errors(await diagnostics(client, u)) == []  # no schema: paths are not checked
    symbols = await client.text_document_document_symbol_async(
        t.DocumentSymbolParams(text_document=doc_id(u))
    )
    assert [s.name for s in symbols] == ["draft"]
