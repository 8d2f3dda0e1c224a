"""The conformance corpus through the Python bindings: every case's report is byte-identical to
the native one (expected.json) and the typed Report agrees with it field for field."""

import json

import pytest

import lexpact
from conftest import ROOT
from corpus import assert_same_tree, case_dirs, case_sources, check_diagnostics, report_tree, word

CASES = case_dirs("cases")
ERRORS = case_dirs("errors")
EXAMPLES = sorted(p for p in (ROOT / "examples" / "profiles").iterdir() if p.is_file())


def test_the_corpus_has_cases():
    assert len(CASES) >= 45
    assert len(ERRORS) >= 10


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_case(case):
    spec = json.loads((case / "case.json").read_text(encoding="utf-8"))
    as_of = spec.get("as_of")
    rules = lexpact.RuleSet(case_sources(case))
    assert rules.warnings() == []
    run = rules.test()
    assert run.failed == 0, [r for r in run.results if not r.passed]
    profile = (case / "profile.json").read_text(encoding="utf-8")
    expected = (case / "expected.json").read_text(encoding="utf-8")
    text = rules.evaluate_json(profile, as_of, "profile.json")
    assert text == expected
    assert rules.evaluate_json(profile, as_of, "profile.json") == text
    report = rules.evaluate(profile, as_of, "profile.json")
    assert_same_tree(json.loads(expected), report_tree(report))
    verdicts = spec["verdicts"]
    assert sorted(verdicts) == sorted(r.id for r in report.results)
    for r in report.results:
        parts = verdicts[r.id].split("/")
        assert parts[0] == word(r.verdict), r.id
        assert (parts[1] if len(parts) > 1 else "none") == word(r.deadline.status), r.id
        assert (parts[2] if len(parts) > 2 else None) == r.deadline.reading, r.id
    for obligation, missing in spec.get("missing", {}).items():
        assert next(r for r in report.results if r.id == obligation).missing == missing


@pytest.mark.parametrize("case", ERRORS, ids=lambda p: p.name)
def test_error_case(case):
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    if expected["stage"] == "compile":
        with pytest.raises(lexpact.LexpactError.Rules) as caught:
            lexpact.RuleSet(case_sources(case))
        check_diagnostics(expected["diagnostics"], caught.value.diagnostics)
        check_diagnostics(expected["diagnostics"], lexpact.check(case_sources(case)))
    else:
        assert expected["stage"] == "evaluate"
        rules = lexpact.RuleSet(case_sources(case))
        profile = (case / "profile.json").read_text(encoding="utf-8")
        with pytest.raises(lexpact.LexpactError.Profile) as caught:
            rules.evaluate(profile, None, "profile.json")
        check_diagnostics(expected["diagnostics"], caught.value.diagnostics)
        with pytest.raises(lexpact.LexpactError.Profile) as caught:
            rules.evaluate_json(profile, None, "profile.json")
        check_diagnostics(expected["diagnostics"], caught.value.diagnostics)


@pytest.fixture(scope="module")
def rio():
    return lexpact.RuleSet.library("rio")


@pytest.mark.parametrize("profile", EXAMPLES, ids=lambda p: p.name)
def test_example_profile_as_the_cli_reports_it(rio, profile):
    name = f"examples/profiles/{profile.name}"
    expected = (ROOT / "examples" / "profiles" / "expected" / f"{profile.stem}.json").read_text(encoding="utf-8")
    text = profile.read_text(encoding="utf-8")
    assert rio.evaluate_json(text, None, name) == expected
    assert_same_tree(json.loads(expected), report_tree(rio.evaluate(text, None, name)))
