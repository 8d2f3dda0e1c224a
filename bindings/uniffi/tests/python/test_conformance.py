"""The conformance corpus through the Python bindings: every case's report is byte-identical to
the native one (expected.json) and the typed Report agrees with it field for field; every
questions case's questions and every diff case's comparison are the native JSON byte for byte,
run as core/tests/conformance_questions.rs and core/tests/conformance_diff.rs run them."""

import json

import pytest

import lexpact
from conftest import ROOT
from corpus import assert_same_tree, case_dirs, case_sources, check_diagnostics, report_tree, word

CASES = case_dirs("cases")
ERRORS = case_dirs("errors")
QUESTIONS = case_dirs("questions")
DIFFS = case_dirs("diff")
EXAMPLES = sorted(p for p in (ROOT / "examples" / "profiles").iterdir() if p.is_file())


def test_the_corpus_has_cases():
    assert len(CASES) >= 45
    assert len(ERRORS) >= 10
    assert len(QUESTIONS) >= 3
    assert len(DIFFS) >= 4


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
    # A federation's units and where a met-on date comes from, on the typed report.
    for obligation, units in spec.get("units", {}).items():
        result = next(r for r in report.results if r.id == obligation)
        assert list(units) == [u.id for u in result.jurisdictions], obligation
        for u in result.jurisdictions:
            parts = units[u.id].split("/")
            assert parts[0] == word(u.verdict), f"{obligation} {u.id}"
            assert (parts[1] if len(parts) > 1 else "none") == word(u.deadline.status), f"{obligation} {u.id}"
            assert (parts[2] if len(parts) > 2 else None) == u.deadline.reading, f"{obligation} {u.id}"
    for obligation, met_on in spec.get("met_on", {}).items():
        deadline = next(r for r in report.results if r.id == obligation).deadline
        written = None if deadline.met_on is None else f"{deadline.met_on}/{word(deadline.met_on_basis)}"
        assert written == met_on, obligation
    # An obligation's indicators and amendment marks, on the typed report.
    for key in ("indicators", "amendments"):
        for obligation, written in spec.get(key, {}).items():
            result = next(r for r in report.results if r.id == obligation)
            assert list(getattr(result, key)) == written, f"{key} of {obligation}"


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


@pytest.mark.parametrize("case", QUESTIONS, ids=lambda p: p.name)
def test_questions_case(case):
    spec = json.loads((case / "case.json").read_text(encoding="utf-8"))
    rules = lexpact.RuleSet(case_sources(case))
    assert rules.warnings() == []
    profile = (case / "profile.json").read_text(encoding="utf-8")
    expected = (case / "expected.json").read_text(encoding="utf-8")
    text = rules.questions_json(profile, None, "profile.json")
    assert text == expected
    assert rules.questions_json(profile, None, "profile.json") == text
    native = json.loads(expected)
    asked = rules.questions(profile, None, "profile.json")
    assert (asked.format, asked.as_of, asked.unknown) == (native["format"], native["as_of"], native["unknown"])
    order = [(q.pointer, q.decides, q.narrows) for q in asked.questions]
    assert order == [(q["pointer"], q["decides"], q["narrows"]) for q in native["questions"]]
    assert order == [tuple(q) for q in spec["questions"]]


def diff_side(case, name, rules, as_of):
    """One side of a diff case: the saved report in `name`, or its profile's report."""
    text = (case / name).read_text(encoding="utf-8")
    try:
        document = json.loads(text)
    except ValueError:
        document = None
    if isinstance(document, dict) and "report" in document:
        return text
    return rules.evaluate_json(text, as_of, name)


def diff_case(case, as_of):
    old_rules = lexpact.RuleSet(case_sources(case))
    new_rules = lexpact.RuleSet(case_sources(case, "new")) if (case / "new").is_dir() else old_rules
    new_name = "new.json" if (case / "new.json").exists() else "old.json"
    old = diff_side(case, "old.json", old_rules, as_of)
    new = diff_side(case, new_name, new_rules, as_of)
    return lexpact.diff_reports(old, new)


@pytest.mark.parametrize("case", DIFFS, ids=lambda p: p.name)
def test_diff_case(case):
    spec = json.loads((case / "case.json").read_text(encoding="utf-8"))
    as_of = spec.get("as_of")
    expected = (case / "expected.json").read_text(encoding="utf-8")
    text = diff_case(case, as_of)
    assert text == expected
    assert diff_case(case, as_of) == text
    diff = json.loads(text)
    assert {c["id"]: c["mark"] for c in diff["changes"]} == spec["marks"]
    assert diff["summary"] == spec["summary"]


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
