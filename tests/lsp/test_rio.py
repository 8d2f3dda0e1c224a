"""The features of `lexpact lsp` on the Rio library, opened from its directory in the
repository (a rule set of several files with its tests beside them), and with `--library rio`."""

import json
import re
import subprocess

from lsprotocol import types as t

from conftest import (
    BIN,
    apply_edits,
    REPO,
    RIO,
    at,
    decode_tokens,
    diagnostics,
    doc_id,
    errors,
    labels,
    open_doc,
    pos,
    uri,
)

C1 = RIO / "c1.lex"
C1_TEST = RIO / "c1_test.lex"
TEXT = C1.read_text()


async def test_the_library_has_no_errors_and_a_typo_is_found(client):
    u = open_doc(client, C1)
    assert errors(await diagnostics(client, u)) == []
    typo = TEXT.replace("require ratified(treaties.crc)", "require ratified(treaties.crcc)")
    client.text_document_did_change(
        t.DidChangeTextDocumentParams(
            text_document=t.VersionedTextDocumentIdentifier(uri=u, version=2),
            content_changes=[t.TextDocumentContentChangeWholeDocument(text=typo)],
        )
    )
    [error] = errors(await diagnostics(client, u, until=errors))
    assert error.code == "E0201"
    assert "did you mean `treaties.crc`?" in error.message
    assert error.range.start == pos(typo, "crcc)")
    # The other files of the rule set are published too.
    assert uri(RIO / "d.lex") in client.diagnostics


async def test_hover_on_a_fact_path_shows_the_schema_description(client):
    u = open_doc(client, C1)
    hover = await client.text_document_hover_async(
        t.HoverParams(**at(u, pos(TEXT, "ratified(treaties.crc)", delta=19)))
    )
    assert "Convention on the Rights of the Child (1989)." in hover.contents.value


async def test_hover_on_an_obligation_shows_its_title_cite_and_text(client):
    u = open_doc(client, C1)
    hover = await client.text_document_hover_async(
        t.HoverParams(**at(u, pos(TEXT, "obligation ratify_crc", delta=12)))
    )
    markdown = hover.contents.value
    assert "Ratification of the Convention on the Rights of the Child" in markdown
    assert "C.1(a)-1" in markdown
    assert "Continue working towards ratification" in markdown


async def test_hover_on_a_cite_shows_the_pinned_text_of_the_bullet(client):
    u = open_doc(client, C1)
    hover = await client.text_document_hover_async(
        t.HoverParams(**at(u, pos(TEXT, 'cite "C.1(a)-1"', delta=8)))
    )
    # Words of the bullet that the obligation's own `text` does not quote.
    assert "ILO Convention 182 (1999) on the Worst forms of Child Labour" in hover.contents.value


async def test_completion_of_a_path_segment_from_the_bundled_schema(client):
    text = TEXT.replace("require ratified(treaties.crc)", "require ratified(treaties.)", 1)
    u = open_doc(client, C1, text)
    position = pos(text, "ratified(treaties.)", delta=len("ratified(treaties."))
    found = labels(await client.text_document_completion_async(t.CompletionParams(**at(u, position))))
    for treaty in ("crc", "opsc", "ilo_c182", "palermo_tip", "cedaw"):
        assert treaty in found


async def test_completion_of_an_enum_value(client):
    text = TEXT.replace(
        'define working_towards_ratification(t) = t.status == "signed"',
        "define working_towards_ratification(t) = t.status == ",
    )
    u = open_doc(client, C1, text)
    position = pos(text, "t.status == ", delta=len("t.status == "))
    items = await client.text_document_completion_async(t.CompletionParams(**at(u, position)))
    inserted = {i.text_edit.new_text for i in getattr(items, "items", items)}
    assert {'"signed"', '"ratified"', '"acceded"', '"not_signed"'} <= inserted


async def test_definition_across_files(client):
    u = open_doc(client, C1)
    found = await client.text_document_definition_async(
        t.DefinitionParams(**at(u, pos(TEXT, "require ratified(", delta=9)))
    )
    [location] = found
    rio = (RIO / "rio.lex").read_text()
    assert location.uri == uri(RIO / "rio.lex")
    assert location.range.start == pos(rio, "ratified(t)")


async def test_references_of_an_obligation_across_the_library(client):
    u = open_doc(client, C1)
    found = await client.text_document_references_async(
        t.ReferenceParams(
            **at(u, pos(TEXT, "obligation ratify_crc", delta=12)),
            context=t.ReferenceContext(include_declaration=False),
        )
    )
    # Its tests' expectations, and the exceptions their profiles claim for it.
    uses = sum(
        len(re.findall(r"^\s+expect ratify_crc\b|^\s+ratify_crc:", p.read_text(), re.M))
        for p in RIO.glob("*_test.lex")
    )
    assert len(found) == uses
    assert {l.uri for l in found} == {uri(C1_TEST)}


async def test_the_code_action_applies_the_did_you_mean_in_a_library_file(client):
    typo = TEXT.replace("require ratified(treaties.crc)", "require ratified(treaties.crcc)")
    u = open_doc(client, C1, typo)
    [error] = errors(await diagnostics(client, u, until=errors))
    actions = await client.text_document_code_action_async(
        t.CodeActionParams(
            text_document=doc_id(u),
            range=error.range,
            context=t.CodeActionContext(diagnostics=[error]),
        )
    )
    [fix] = [a for a in actions if a.kind == t.CodeActionKind.QuickFix and a.is_preferred]
    assert fix.title == "Change to crc"
    assert apply_edits(typo, fix.edit.changes[u]) == TEXT


async def test_rename_a_definition_across_the_library(client):
    u = open_doc(client, RIO / "rio.lex")
    rio = (RIO / "rio.lex").read_text()
    edit = await client.text_document_rename_async(
        t.RenameParams(**at(u, pos(rio, "define ratified(t)", delta=7)), new_name="in_force_for")
    )
    # Every call in every file of the rule set, and the definition itself.
    calls = {
        uri(p): len(re.findall(r"\bratified\(", p.read_text()))
        for p in RIO.glob("*.lex")
    }
    for file_uri, count in calls.items():
        if count == 0:
            assert file_uri not in edit.changes
            continue
        renamed = apply_edits((RIO / file_uri.rsplit("/", 1)[-1]).read_text(), edit.changes[file_uri])
        assert not re.search(r"\bratified\(", renamed), file_uri
        assert renamed.count("in_force_for(") == count, file_uri


async def test_document_and_workspace_symbols(client):
    u = open_doc(client, C1)
    symbols = await client.text_document_document_symbol_async(
        t.DocumentSymbolParams(text_document=doc_id(u))
    )
    obligations = [s.name for s in symbols if s.kind == t.SymbolKind.Object]
    assert obligations == re.findall(r"^obligation (\w+)", TEXT, re.M)
    found = await client.workspace_symbol_async(t.WorkspaceSymbolParams(query="ratify_"))
    assert ("ratify_crc", uri(C1)) in {(s.name, s.location.uri) for s in found}


async def test_folding_covers_comments_and_blocks(client):
    u = open_doc(client, C1)
    folds = await client.text_document_folding_range_async(
        t.FoldingRangeParams(text_document=doc_id(u))
    )
    assert (0, 5, "comment") in {(f.start_line, f.end_line, f.kind) for f in folds}
    start = pos(TEXT, "obligation ratify_crc").line
    assert (start, start + 8, "region") in {(f.start_line, f.end_line, f.kind) for f in folds}


async def test_the_library_is_formatted(client):
    u = open_doc(client, C1)
    edits = await client.text_document_formatting_async(
        t.DocumentFormattingParams(
            text_document=doc_id(u), options=t.FormattingOptions(tab_size=2, insert_spaces=True)
        )
    )
    assert not edits


async def test_semantic_tokens_of_a_library_file(client):
    u = open_doc(client, C1)
    legend = client.init_result.capabilities.semantic_tokens_provider.legend
    tokens = await client.text_document_semantic_tokens_full_async(
        t.SemanticTokensParams(text_document=doc_id(u))
    )
    decoded = decode_tokens(TEXT, tokens.data, legend)
    assert ("working_towards_ratification", "function", ["declaration"]) in decoded
    assert ("ratify_crc", "namespace", ["declaration"]) in decoded
    assert ("treaties", "property", []) in decoded


async def test_inlay_hints_on_a_rio_profile(client):
    PROFILE = REPO / "examples" / "profiles" / "aurelia.json"
    u = open_doc(client, C1)
    client.workspace_did_change_configuration(
        t.DidChangeConfigurationParams(settings={"lexpact": {"profile": str(PROFILE)}})
    )
    hints = await client.text_document_inlay_hint_async(
        t.InlayHintParams(
            text_document=doc_id(u),
            range=t.Range(start=t.Position(0, 0), end=t.Position(TEXT.count("\n") + 1, 0)),
        )
    )
    by_line = {h.position.line: h.label for h in hints}
    names = re.findall(r"^obligation (\w+)", TEXT, re.M)
    assert set(by_line) == {pos(TEXT, f"obligation {name} ").line for name in names}
    # Each label is the verdict `lexpact check` gives on the same profile.
    report = subprocess.run(
        [str(BIN), "check", "--library", "rio", "--format", "json", str(PROFILE)],
        capture_output=True, text=True, timeout=120,
    )
    verdicts = {r["id"]: r["verdict"].replace("_", " ") for r in json.loads(report.stdout)["results"]}
    for name in names:
        label = by_line[pos(TEXT, f"obligation {name} ").line]
        # `: met`, `: not applicable`, `: met, late`: the verdict, then the deadline's status.
        assert label.removeprefix(": ").split(",")[0] == verdicts[name], (name, label)


async def test_the_code_lens_runs_the_library_tests_of_a_file(client):
    u = open_doc(client, C1_TEST)
    lenses = await client.text_document_code_lens_async(t.CodeLensParams(text_document=doc_id(u)))
    tests = len(re.findall(r"^test ", C1_TEST.read_text(), re.M))
    assert len(lenses) == tests + 1
    outcome = await client.workspace_execute_command_async(
        t.ExecuteCommandParams(command="lexpact.runTests", arguments=lenses[0].command.arguments)
    )
    assert outcome == {"passed": tests, "failed": 0, "failures": []}


async def test_the_bundled_library_opens_as_a_workspace(library_client):
    u = open_doc(library_client, C1)
    assert errors(await diagnostics(library_client, u)) == []
    found = await library_client.workspace_symbol_async(t.WorkspaceSymbolParams(query="ratify_crc"))
    obligations = [(s.name, s.location.uri) for s in found if s.kind == t.SymbolKind.Object]
    assert obligations == [("ratify_crc", uri(C1))]
    d = (RIO / "d.lex").read_text()
    name = re.search(r"^obligation (\w+)", d, re.M).group(1)
    found = await library_client.workspace_symbol_async(t.WorkspaceSymbolParams(query=name))
    assert (name, uri(RIO / "d.lex")) in {(s.name, s.location.uri) for s in found}


async def test_a_file_of_ones_own_joins_the_bundled_library(library_client):
    mine = RIO / "national.lex"
    text = (
        "obligation national_ratification {\n"
        '  title "National ratification"\n'
        '  cite "C.1(a)-1"\n'
        "  require ratified(treaties.crc) and ratify_crc_extra\n"
        "}\n"
    )
    u = open_doc(library_client, mine, text)
    [error] = errors(await diagnostics(library_client, u, until=errors))
    # `ratified` comes from the library's rio.lex: only the misspelt name is unknown.
    assert "ratify_crc_extra" in error.message
    assert error.range.start == pos(text, "ratify_crc_extra")


async def test_run_tests_from_the_command_palette(client):
    """With a document's URI alone: its tests, or its rule set's when it has none."""
    count = lambda path: len(re.findall(r"^test ", path.read_text(), re.M))  # noqa: E731
    test_file = open_doc(client, C1_TEST)
    rules_file = open_doc(client, C1)
    outcome = await client.workspace_execute_command_async(
        t.ExecuteCommandParams(command="lexpact.runTests", arguments=[test_file])
    )
    assert (outcome["passed"], outcome["failed"]) == (count(C1_TEST), 0)
    outcome = await client.workspace_execute_command_async(
        t.ExecuteCommandParams(command="lexpact.runTests", arguments=[rules_file])
    )
    every = sum(count(p) for p in RIO.glob("*.lex"))
    assert (outcome["passed"], outcome["failed"]) == (every, 0)
    assert every > count(C1_TEST)
