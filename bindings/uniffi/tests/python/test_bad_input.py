"""The bad-input corpus (tests/bad-input/, see its README, "Running a case") through the Python
bindings: each case gives, as a LexpactError, the first error the native runner
(tests/bad_input.rs) expects, or is accepted. One test per case directory."""

import json

import pytest

import lexpact
from conftest import ROOT

CORPUS = ROOT / "tests" / "bad-input"
DIRECTORIES = sorted(p for p in CORPUS.iterdir() if p.is_dir())
CASES = [p for p in DIRECTORIES if (p / "expected.json").is_file()]
RAN = set()
# Bundled libraries by name and limits: compiling one takes a while.
LIBRARIES = {}


def limits_of(expected):
    """The case's limits (missing fields at their defaults), or None."""
    given = expected.get("limits")
    return None if given is None else lexpact.Limits(**given)


def library(name, limits):
    key = (name, json.dumps(limits.__dict__ if limits else None, sort_keys=True))
    if key not in LIBRARIES:
        LIBRARIES[key] = lexpact.RuleSet.library(name, limits)
    return LIBRARIES[key]


def test_the_corpus_has_cases():
    assert len(CASES) >= 40, f"only {len(CASES)} cases in {CORPUS}"


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_case(case):
    RAN.add(case.name)
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    name = expected["input"]
    data = (case / name).read_bytes()
    if expected.get("utf8", True) is False:
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8", errors="strict")
        assert expected["code"] == "E0300"
        return
    text = data.decode("utf-8", errors="strict")
    limits = limits_of(expected)
    if expected["kind"] == "rules":
        error_type = lexpact.LexpactError.Rules
        run = lambda: lexpact.RuleSet([lexpact.Source(name=name, text=text)], limits)  # noqa: E731
    else:
        assert expected["kind"] == "profile", expected["kind"]
        error_type = lexpact.LexpactError.Profile
        own = expected["rules"].get("file")
        if own is None:
            rules = library(expected["rules"]["library"], limits)
        else:
            source = (case / own).read_text(encoding="utf-8")
            rules = lexpact.RuleSet([lexpact.Source(name=own, text=source)], limits)
        run = lambda: rules.evaluate(text, None, name)  # noqa: E731
    code = expected["code"]
    if code is None:
        run()
        return
    with pytest.raises(lexpact.LexpactError) as caught:
        run()
    assert isinstance(caught.value, error_type), caught.value
    first = next((d for d in caught.value.diagnostics if d.severity == lexpact.Severity.ERROR), None)
    assert first is not None, caught.value.diagnostics
    want = (code, expected.get("line", 0), expected.get("column", 0))
    assert (first.code, first.line, first.column) == want, str(first)
    if "message_contains" in expected:
        assert expected["message_contains"] in first.message, str(first)


def test_every_case_directory_ran():
    """Last in the file: every directory of the corpus was run as a case above."""
    assert sorted(RAN) == [p.name for p in DIRECTORIES]
