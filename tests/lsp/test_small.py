"""Every feature of `lexpact lsp` on the small rule set in fixtures/small (rules.lex, its tests
in rules_test.lex, its schema and a profile)."""

import asyncio

import pytest
from lsprotocol import types as t

from conftest import (
    PROFILE,
    SMALL,
    apply_edits,
    capabilities,
    at,
    change,
    decode_tokens,
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
TESTS = SMALL / "rules_test.lex"
TEXT = RULES.read_text()
TYPO = TEXT.replace("institutions.office.kind ==", "institutions.ofice.kind ==")


async def test_a_misspelt_fact_path_is_an_error_with_its_did_you_mean(client):
    u = open_doc(client, RULES, TYPO)
    found = await diagnostics(client, u, until=errors)
    [error] = errors(found)
    assert error.code == "E0201"
    assert error.source == "lexpact"
    assert "`institutions` has no field `ofice`" in error.message
    assert "did you mean `institutions.office`?" in error.message
    start = pos(TYPO, "ofice.kind")
    assert error.range == t.Range(start=start, end=t.Position(start.line, start.character + 5))
    # Every file of the rule set is published, the one without diagnostics as an empty list.
    assert list(await diagnostics(client, uri(TESTS))) == []


async def test_fixing_the_file_clears_its_diagnostics(client):
    u = open_doc(client, RULES, TYPO)
    await diagnostics(client, u, until=errors)
    start = pos(TYPO, "ofice.kind")
    client.text_document_did_change(
        t.DidChangeTextDocumentParams(
            text_document=t.VersionedTextDocumentIdentifier(uri=u, version=2),
            content_changes=[
                t.TextDocumentContentChangePartial(
                    range=t.Range(start=start, end=t.Position(start.line, start.character + 5)),
                    text="office",
                )
            ],
        )
    )
    assert errors(await diagnostics(client, u, until=lambda ds: not errors(ds))) == []


async def test_the_code_action_applies_the_did_you_mean(client):
    u = open_doc(client, RULES, TYPO)
    [error] = errors(await diagnostics(client, u, until=errors))
    actions = await client.text_document_code_action_async(
        t.CodeActionParams(
            text_document=doc_id(u),
            range=error.range,
            context=t.CodeActionContext(diagnostics=[error]),
        )
    )
    fixes = [a for a in actions if a.kind == t.CodeActionKind.QuickFix]
    assert fixes, actions
    fix = fixes[0]
    assert "office" in fix.title
    assert fix.is_preferred
    assert fix.diagnostics and fix.diagnostics[0].code == "E0201"
    assert apply_edits(TYPO, fix.edit.changes[u]) == TEXT


async def test_hover_on_a_fact_path_shows_the_schema_field(client):
    u = open_doc(client, RULES)
    hover = await client.text_document_hover_async(
        t.HoverParams(**at(u, pos(TEXT, "office.kind ==", delta=8)))
    )
    assert hover is not None
    assert hover.contents.kind == t.MarkupKind.Markdown
    markdown = hover.contents.value
    assert "Who the office answers to." in markdown
    for value in ("independent", "governmental", "parliamentary"):
        assert value in markdown
    assert hover.range.start.line == hover.range.end.line == pos(TEXT, "office.kind ==").line


async def test_hover_on_a_fact_path_names_the_other_obligations_that_read_it(client):
    u = open_doc(client, RULES)
    # `exists` as national_office reads it: independent_office reads it too.
    hover = await client.text_document_hover_async(
        t.HoverParams(**at(u, pos(TEXT, "institutions.office.exists", delta=22)))
    )
    assert "The office is established by law." in hover.contents.value
    assert "independent_office" in hover.contents.value
    # `kind`: no other obligation reads it.
    hover = await client.text_document_hover_async(
        t.HoverParams(**at(u, pos(TEXT, "institutions.office.kind", delta=22)))
    )
    assert "national_office" not in hover.contents.value


async def test_hover_on_an_obligation_shows_its_title_and_cite(client):
    u = open_doc(client, RULES)
    hover = await client.text_document_hover_async(
        t.HoverParams(**at(u, pos(TEXT, "obligation national_office", delta=14)))
    )
    assert "A staffed national office" in hover.contents.value
    assert "X-1" in hover.contents.value


async def test_hover_on_a_definition_shows_its_signature(client):
    u = open_doc(client, RULES)
    hover = await client.text_document_hover_async(
        t.HoverParams(**at(u, pos(TEXT, "staffed_office(institutions", delta=3)))
    )
    assert "staffed_office(o)" in hover.contents.value


async def test_completion_offers_the_next_path_segment_from_the_schema(client):
    text = TEXT.replace('kind == "independent"', "")
    u = open_doc(client, RULES, text)
    position = pos(text, "require institutions.office.", delta=len("require institutions.office."))
    items = await client.text_document_completion_async(t.CompletionParams(**at(u, position)))
    items = getattr(items, "items", items)
    by_label = {i.label: i for i in items}
    assert {"exists", "kind", "staff"} <= set(by_label)
    assert "institutions" not in by_label
    kind = by_label["kind"]
    assert kind.text_edit.range.start == position
    assert "Who the office answers to." in kind.documentation.value


async def test_completion_offers_enum_values_after_a_comparison(client):
    text = TEXT.replace('kind == "independent"', "kind == ")
    u = open_doc(client, RULES, text)
    position = pos(text, "kind == ", delta=len("kind == "))
    items = await client.text_document_completion_async(t.CompletionParams(**at(u, position)))
    inserted = [i.text_edit.new_text for i in getattr(items, "items", items)]
    for value in ("independent", "governmental", "parliamentary"):
        assert f'"{value}"' in inserted, inserted


async def test_completion_offers_the_clause_words_valid_in_an_obligation(client):
    text = TEXT.replace('  group "X"\n  require staffed', '  group "X"\n  \n  require staffed')
    u = open_doc(client, RULES, text)
    position = pos(text, '  group "X"\n  \n', delta=len('  group "X"\n  '))
    found = labels(await client.text_document_completion_async(t.CompletionParams(**at(u, position))))
    for word in ("deadline", "exception", "text"):
        assert word in found, found
    assert "obligation" not in found


async def test_completion_offers_definitions_with_their_parameters(client):
    text = TEXT.replace("require staffed_office(institutions.office)", "require staf")
    u = open_doc(client, RULES, text)
    position = pos(text, "require staf", delta=len("require staf"))
    items = await client.text_document_completion_async(t.CompletionParams(**at(u, position)))
    [definition] = [i for i in getattr(items, "items", items) if i.label.startswith("staffed_office")]
    assert definition.kind == t.CompletionItemKind.Function
    assert "(o)" in (definition.detail or "") + definition.label


async def test_go_to_definition_of_a_definition(client):
    u = open_doc(client, RULES)
    found = await client.text_document_definition_async(
        t.DefinitionParams(**at(u, pos(TEXT, "staffed_office(institutions", delta=2)))
    )
    [location] = found
    assert location.uri == u
    start = pos(TEXT, "staffed_office(o)")
    assert location.range == t.Range(start=start, end=t.Position(start.line, start.character + 14))


async def test_references_of_an_obligation_reach_its_tests(client):
    u = open_doc(client, RULES)
    found = await client.text_document_references_async(
        t.ReferenceParams(
            **at(u, pos(TEXT, "obligation national_office", delta=12)),
            context=t.ReferenceContext(include_declaration=True),
        )
    )
    tests = TESTS.read_text()
    got = sorted((l.uri, l.range.start.line, l.range.start.character) for l in found)
    want = sorted(
        [(u, pos(TEXT, "national_office").line, pos(TEXT, "national_office").character)]
        + [
            (uri(TESTS), pos(tests, "national_office", n).line, pos(tests, "national_office", n).character)
            for n in range(2)
        ]
    )
    assert got == want


async def test_document_symbols_outline_the_file(client):
    u = open_doc(client, RULES)
    symbols = await client.text_document_document_symbol_async(
        t.DocumentSymbolParams(text_document=doc_id(u))
    )
    outline = [(s.name, s.kind) for s in symbols]
    assert outline == [
        ("small", t.SymbolKind.Package),
        ("profile.schema.json", t.SymbolKind.Struct),
        ("staffed_office", t.SymbolKind.Function),
        ("national_office", t.SymbolKind.Object),
        ("independent_office", t.SymbolKind.Object),
    ]
    office = symbols[3]
    assert office.detail == "A staffed national office"
    assert office.selection_range.start == pos(TEXT, "national_office")
    assert [c.name for c in office.children] == ["title", "cite", "group", "require", "partial when"]


async def test_workspace_symbols_search_every_file(client):
    open_doc(client, RULES)
    found = await client.workspace_symbol_async(t.WorkspaceSymbolParams(query="office"))
    names = {(s.name, s.location.uri) for s in found}
    assert ("national_office", uri(RULES)) in names
    assert ("independent_office", uri(RULES)) in names
    assert ("staffed_office", uri(RULES)) in names


async def test_folding_ranges_are_the_blocks(client):
    u = open_doc(client, RULES)
    folds = await client.text_document_folding_range_async(
        t.FoldingRangeParams(text_document=doc_id(u))
    )
    regions = [(f.start_line, f.end_line) for f in folds if f.kind == "region"]
    first = pos(TEXT, "obligation national_office").line
    second = pos(TEXT, "obligation independent_office").line
    assert regions == [(first, second - 2), (second, TEXT.count("\n") - 1)]


async def test_formatting_gives_the_canonical_layout(client):
    messy = TEXT.replace('require institutions.office.kind == "independent"',
                         'require   institutions.office.kind=="independent"')
    messy = messy.replace('  cite "X-1"', '      cite    "X-1"')
    u = open_doc(client, RULES, messy)
    edits = await client.text_document_formatting_async(
        t.DocumentFormattingParams(
            text_document=doc_id(u), options=t.FormattingOptions(tab_size=2, insert_spaces=True)
        )
    )
    assert edits
    assert apply_edits(messy, edits) == TEXT


async def test_formatting_a_file_that_does_not_parse_is_refused(client):
    u = open_doc(client, RULES, TEXT.replace("require staffed", "require (staffed"))
    with pytest.raises(Exception, match="cannot format"):
        await client.text_document_formatting_async(
            t.DocumentFormattingParams(
                text_document=doc_id(u), options=t.FormattingOptions(tab_size=2, insert_spaces=True)
            )
        )


async def test_rename_a_definition_everywhere(client):
    u = open_doc(client, RULES)
    position = pos(TEXT, "staffed_office(institutions", delta=4)
    prepared = await client.text_document_prepare_rename_async(t.PrepareRenameParams(**at(u, position)))
    start = pos(TEXT, "staffed_office(institutions")
    assert prepared == t.Range(start=start, end=t.Position(start.line, start.character + 14))
    edit = await client.text_document_rename_async(
        t.RenameParams(**at(u, position), new_name="has_staff")
    )
    renamed = apply_edits(TEXT, edit.changes[u])
    assert "staffed_office" not in renamed
    assert renamed.count("has_staff") == 2


async def test_rename_an_obligation_in_its_tests_too(client):
    u = open_doc(client, RULES)
    edit = await client.text_document_rename_async(
        t.RenameParams(**at(u, pos(TEXT, "obligation national_office", delta=12)), new_name="office_set_up")
    )
    assert apply_edits(TEXT, edit.changes[u]).count("office_set_up") == 1
    tests = apply_edits(TESTS.read_text(), edit.changes[uri(TESTS)])
    assert tests.count("expect office_set_up") == 2


async def test_rename_to_a_clashing_name_is_refused(client):
    u = open_doc(client, RULES)
    with pytest.raises(Exception):
        await client.text_document_rename_async(
            t.RenameParams(
                **at(u, pos(TEXT, "obligation national_office", delta=12)),
                new_name="independent_office",
            )
        )


async def test_semantic_tokens_follow_the_legend(client):
    u = open_doc(client, RULES)
    legend = client.init_result.capabilities.semantic_tokens_provider.legend
    tokens = await client.text_document_semantic_tokens_full_async(
        t.SemanticTokensParams(text_document=doc_id(u))
    )
    decoded = decode_tokens(TEXT, tokens.data, legend)
    assert ("define", "keyword", []) in decoded
    assert ("staffed_office", "function", ["declaration"]) in decoded
    assert ("national_office", "namespace", ["declaration"]) in decoded
    assert ("institutions", "property", []) in decoded
    assert ('"A staffed national office"', "string", []) in decoded
    assert ('"independent"', "enumMember", []) in decoded
    assert ("==", "operator", []) in decoded
    assert decoded[0][1] == "comment"


async def test_inlay_hints_show_verdicts_on_the_chosen_profile(client):
    u = open_doc(client, RULES)
    hints = await client.text_document_inlay_hint_async(
        t.InlayHintParams(
            text_document=doc_id(u),
            range=t.Range(start=t.Position(0, 0), end=t.Position(TEXT.count("\n") + 1, 0)),
        )
    )
    by_line = {h.position.line: h.label for h in hints}
    # profile.json: an office with staff, answering to the government.
    assert by_line == {
        pos(TEXT, "obligation national_office").line: ": met",
        pos(TEXT, "obligation independent_office").line: ": not met",
    }


async def test_a_profile_chosen_by_configuration_change(bare_client):
    lsp_client = bare_client
    await start(lsp_client)
    u = open_doc(lsp_client, RULES)
    params = t.InlayHintParams(
        text_document=doc_id(u),
        range=t.Range(start=t.Position(0, 0), end=t.Position(100, 0)),
    )
    assert not await lsp_client.text_document_inlay_hint_async(params)
    lsp_client.workspace_did_change_configuration(
        t.DidChangeConfigurationParams(settings={"lexpact": {"profile": str(PROFILE)}})
    )
    # The client, which said it can, is asked to fetch its hints again.
    await asyncio.wait_for(lsp_client.hints_refreshed.wait(), 30)
    assert len(await lsp_client.text_document_inlay_hint_async(params)) == 2
    await lsp_client.shutdown_session()


async def test_a_code_lens_runs_the_tests_and_shows_the_outcome(client):
    u = open_doc(client, TESTS)
    lenses = await client.text_document_code_lens_async(t.CodeLensParams(text_document=doc_id(u)))
    assert len(lenses) == 3  # the file's, and one per test
    whole = lenses[0]
    assert whole.command.command == "lexpact.runTests"
    outcome = await client.workspace_execute_command_async(
        t.ExecuteCommandParams(command=whole.command.command, arguments=whole.command.arguments)
    )
    assert outcome == {"passed": 2, "failed": 0, "failures": []}
    assert client.messages[-1].message.startswith("2 passed, 0 failed")
    one = lenses[2]
    assert one.range.start.line == pos(TESTS.read_text(), 'test "an empty office"').line
    outcome = await client.workspace_execute_command_async(
        t.ExecuteCommandParams(command=one.command.command, arguments=one.command.arguments)
    )
    assert outcome["passed"] == 1 and outcome["failed"] == 0


async def test_a_failing_test_is_shown_as_an_error(client):
    tests = TESTS.read_text().replace("expect independent_office not_met", "expect independent_office met")
    u = open_doc(client, TESTS, tests)
    lenses = await client.text_document_code_lens_async(t.CodeLensParams(text_document=doc_id(u)))
    outcome = await client.workspace_execute_command_async(
        t.ExecuteCommandParams(command="lexpact.runTests", arguments=lenses[0].command.arguments)
    )
    assert outcome["passed"] == 1 and outcome["failed"] == 1
    assert "an empty office" in outcome["failures"][0]
    assert client.messages[-1].type == t.MessageType.Error


async def test_a_code_action_adds_a_missing_cite(client):
    text = TEXT.replace('  cite "X-2"\n', "")
    u = open_doc(client, RULES, text)
    await diagnostics(client, u)
    position = pos(text, "obligation independent_office", delta=14)
    actions = await client.text_document_code_action_async(
        t.CodeActionParams(
            text_document=doc_id(u),
            range=t.Range(start=position, end=position),
            context=t.CodeActionContext(diagnostics=[]),
        )
    )
    titles = [a.title for a in actions]
    assert "Add a `cite`" in titles
    # Or the cite of the obligation before it in its group.
    [add] = [a for a in actions if 'cite "X-1"' in a.title]
    fixed = apply_edits(text, add.edit.changes[u])
    block = fixed[fixed.index("obligation independent_office") :]
    assert 'cite "X-1"' in block


async def test_a_relative_profile_is_read_from_the_workspace_folder(bare_client):
    await bare_client.initialize_session(
        t.InitializeParams(
            capabilities=capabilities(),
            workspace_folders=[t.WorkspaceFolder(uri=uri(SMALL), name="small")],
            initialization_options={"lexpact": {"profile": "profile.json"}},
        )
    )
    u = open_doc(bare_client, RULES)
    hints = await bare_client.text_document_inlay_hint_async(
        t.InlayHintParams(
            text_document=doc_id(u),
            range=t.Range(start=t.Position(0, 0), end=t.Position(100, 0)),
        )
    )
    assert sorted(h.label for h in hints) == [": met", ": not met"]
    # A path that is not there: no hints, and the user is told.
    bare_client.workspace_did_change_configuration(
        t.DidChangeConfigurationParams(settings={"lexpact": {"profile": "nowhere.json"}})
    )
    assert not await bare_client.text_document_inlay_hint_async(
        t.InlayHintParams(
            text_document=doc_id(u),
            range=t.Range(start=t.Position(0, 0), end=t.Position(100, 0)),
        )
    )
    assert "nowhere.json" in bare_client.messages[-1].message
    await bare_client.shutdown_session()


PROFILE_TEXT = PROFILE.read_text()


async def test_a_profile_document_is_checked_against_the_rule_sets_schema(client):
    typo = PROFILE_TEXT.replace('"governmental"', '"governmentl"')
    u = open_doc(client, PROFILE, typo)
    found = await diagnostics(client, u, until=errors)
    [error] = errors(found)
    assert error.code == "E0302"
    assert '"governmentl" is not one of "independent", "governmental"' in error.message
    start = pos(typo, '"governmentl"')
    end = t.Position(start.line, start.character + len('"governmentl"'))
    assert error.range == t.Range(start=start, end=end)
    # Fixed, the profile's diagnostics are cleared.
    change(client, u, 2, (t.Range(start=start, end=end), '"governmental"'))
    assert list(await diagnostics(client, u, until=lambda ds: not ds)) == []


async def test_a_profile_document_completes_keys_and_values_and_hovers(client):
    u = open_doc(client, PROFILE)
    position = pos(PROFILE_TEXT, '"governmental"', delta=2)
    items = await client.text_document_completion_async(t.CompletionParams(**at(u, position)))
    assert {'"independent"', '"governmental"', '"parliamentary"'} <= set(labels(items))
    without_kind = PROFILE_TEXT.replace(', "kind": "governmental"', ", ")
    end = t.Position(PROFILE_TEXT.count("\n"), 0)
    change(client, u, 2, (t.Range(start=t.Position(0, 0), end=end), without_kind))
    position = pos(without_kind, '"staff": 3, ', delta=len('"staff": 3, '))
    items = await client.text_document_completion_async(t.CompletionParams(**at(u, position)))
    assert labels(items) == ['"kind"']
    hover = await client.text_document_hover_async(
        t.HoverParams(**at(u, pos(without_kind, '"exists"', delta=2)))
    )
    assert "The office is established by law." in hover.contents.value
    assert "national_office" in hover.contents.value
