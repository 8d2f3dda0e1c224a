"""What the wheel adds to the generated bindings, on the installed package: records that are
dataclasses of their fields (`repr`, `asdict`, equality), profiles given as mappings, and the
example notebook executed headless."""

import dataclasses
import datetime
import html
import inspect
import json
import pathlib
import re
import sys

import nbclient
import nbformat
import pytest

import lexpact

ROOT = pathlib.Path(__file__).resolve().parents[4]
PROFILES = ROOT / "examples" / "profiles"
JSON_PROFILES = sorted(PROFILES.glob("*.json"))
NOTEBOOK = ROOT / "examples" / "python" / "rio.ipynb"


@pytest.fixture(scope="module")
def rio():
    return lexpact.RuleSet.library("rio")


@pytest.fixture(scope="module")
def borealis(rio):
    return rio.evaluate((PROFILES / "borealis.json").read_text(encoding="utf-8"), name="borealis.json")


def expected_summary(stem):
    """The summary of the CLI's expected report of an example profile."""
    return json.loads((PROFILES / "expected" / f"{stem}.json").read_text(encoding="utf-8"))["summary"]


def records():
    return [
        getattr(lexpact, name)
        for name in lexpact.__all__
        if isinstance(getattr(lexpact, name), type) and dataclasses.is_dataclass(getattr(lexpact, name))
    ]


def test_the_package_is_the_installed_one():
    package = pathlib.Path(lexpact.__file__).resolve().parent
    assert package.is_relative_to(pathlib.Path(sys.prefix).resolve()), package
    assert not package.is_relative_to(ROOT / "bindings"), package
    assert (package / "_native" / "liblexpact_uniffi.so").is_file()
    assert (package / "py.typed").is_file() and (package / "__init__.pyi").is_file()


def test_every_record_is_the_dataclass_of_its_constructor_arguments():
    assert len(records()) > 20
    for cls in records():
        arguments = list(inspect.signature(cls.__init__).parameters)[1:]
        assert [f.name for f in dataclasses.fields(cls)] == arguments, cls.__name__
        assert arguments, cls.__name__


def test_repr_shows_the_fields(borealis):
    summary = expected_summary("borealis")
    text = repr(borealis.summary)
    assert text.startswith(f"Counts(total={summary['total']}, met={summary['met']}, "), text
    result = borealis.results[0]
    shown = repr(result)
    assert shown.startswith(f"ObligationResult(id={result.id!r}, title={result.title!r}, "), shown
    assert f"verdict={result.verdict!r}" in shown
    assert repr(borealis).startswith("Report(report='lexpact/report/v2', ruleset=RulesetInfo(name=")


def test_asdict_converts_the_whole_report(borealis, rio):
    tree = dataclasses.asdict(borealis)
    native = json.loads(rio.evaluate_json((PROFILES / "borealis.json").read_text(encoding="utf-8")))
    assert tree["summary"]["met"] == native["summary"]["met"] == expected_summary("borealis")["met"]
    assert [r["id"] for r in tree["results"]] == [r["id"] for r in native["results"]]
    assert [r["verdict"].name.lower() for r in tree["results"]] == [r["verdict"] for r in native["results"]]
    # Nested records become dicts too, all the way down.
    first = tree["results"][0]
    assert isinstance(first["deadline"], dict)
    assert all(isinstance(f, dict) for r in tree["results"] for f in r["facts"])


def test_equality_is_field_by_field(rio, borealis):
    again = rio.evaluate((PROFILES / "borealis.json").read_text(encoding="utf-8"), name="borealis.json")
    assert again == borealis
    changed = dataclasses.replace(again.summary, met=again.summary.met + 1)
    assert changed != borealis.summary


@pytest.mark.parametrize("path", JSON_PROFILES, ids=lambda p: p.name)
def test_a_mapping_is_evaluated_as_its_json_text(rio, path):
    text = path.read_text(encoding="utf-8")
    mapping = json.loads(text)
    assert rio.evaluate(mapping, name=path.name) == rio.evaluate(text, name=path.name)
    assert rio.evaluate_json(mapping, name=path.name) == rio.evaluate_json(text, name=path.name)
    assert rio.questions_json(mapping, name=path.name) == rio.questions_json(text, name=path.name)
    assert rio.questions(profile=mapping) == rio.questions(profile=text)
    first = rio.obligations()[0].id
    assert rio.explain_obligation(mapping, first) == rio.explain_obligation(text, first)


def test_dates_in_a_mapping_are_iso_text(rio):
    profile = {"profile": "lexpact/legal-profile/v1", "treaties": {"crc": {"status": "ratified"}}}
    as_text = rio.evaluate({**profile, "as_of": "2024-06-30"})
    as_date = rio.evaluate({**profile, "as_of": datetime.date(2024, 6, 30)})
    assert as_date == as_text and as_date.as_of == "2024-06-30"


def test_what_is_not_a_profile_is_refused(rio):
    with pytest.raises(TypeError, match="datetime is not JSON"):
        rio.evaluate({"profile": "lexpact/legal-profile/v1", "as_of": datetime.datetime(2024, 6, 30, 12, 0)})
    with pytest.raises(TypeError):
        rio.evaluate(42)
    with pytest.raises(lexpact.LexpactError.Profile):
        rio.evaluate({"profile": "lexpact/legal-profile/v1", "as_of": "2024-06-30", "treaties": {"crc": True}})


def test_the_signatures_say_a_profile_may_be_a_mapping():
    for name in ("evaluate", "evaluate_json", "explain_obligation", "questions", "questions_json"):
        parameters = inspect.signature(getattr(lexpact.RuleSet, name)).parameters
        assert parameters["profile"].annotation == "Profile", name
        assert list(parameters)[0] == "self"


FRAME = re.compile(r'<iframe sandbox="allow-scripts" srcdoc="([^"]*)" [^>]*></iframe>')


def page_in(frame):
    """The page a sandboxed frame shows."""
    match = FRAME.fullmatch(frame)
    assert match, frame[:200]
    return html.unescape(match.group(1))


def test_a_report_shows_as_the_cli_matrix(rio):
    text = (PROFILES / "borealis.json").read_text(encoding="utf-8")
    for detail in (None, lexpact.Detail.VERDICTS):
        report = rio.evaluate(json.loads(text), "2024-06-30", "borealis.json", detail)
        page = lexpact.report_html(rio.evaluate_json(text, "2024-06-30", "borealis.json", detail))
        assert page_in(report._repr_html_()) == page
        assert '<table class="matrix"' in page and "Kingdom of Borealis" in page
    # Keywords as well as positions; the state of the report is not a field.
    report = rio.evaluate(profile=text, as_of="2020-01-01", name="then.json")
    assert page_in(report._repr_html_()) == lexpact.report_html(rio.evaluate_json(text, as_of="2020-01-01", name="then.json"))
    assert "_lexpact_source" not in dataclasses.asdict(report) and "_lexpact_source" not in repr(report)
    # A report made otherwise has no matrix: Jupyter shows its repr.
    copy = dataclasses.replace(report)
    assert copy == report and copy._repr_html_() is None


def test_the_usage_file_runs():
    namespace = {"__name__": "usage"}
    path = pathlib.Path(__file__).with_name("usage.py")
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
    namespace["main"]()


def test_the_notebook_runs_headless(tmp_path):
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(
        notebook, timeout=120, kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    ).execute()
    nbformat.write(notebook, tmp_path / "rio.ipynb")
    outputs = [[o for o in cell.get("outputs", [])] for cell in notebook.cells if cell.cell_type == "code"]
    expected = json.loads((PROFILES / "expected" / "borealis.json").read_text(encoding="utf-8"))
    s = expected["summary"]
    printed = "".join(o.get("text", "") for o in outputs[0] if o.get("output_type") == "stream")
    assert printed == (
        f"{expected['profile']['state']}: {s['total']} obligations\n"
        f"met {s['met']}, partially met {s['partially_met']}, not met {s['not_met']}, "
        f"unknown {s['unknown']}, not applicable {s['not_applicable']}\n"
    ), printed
    shown = outputs[1][0]["data"]
    assert shown["text/plain"].startswith("Report(report='lexpact/report/v2'")
    matrix = page_in(shown["text/html"])
    assert matrix.startswith("<!DOCTYPE html>") and '<table class="matrix"' in matrix
    # A cell per obligation, as many of each verdict as the report counts.
    cells = re.findall(r'<a class="cell" [^>]*data-verdict="([a-z_]+)"', matrix)
    assert len(cells) == s["total"]
    for verdict in ("met", "partially_met", "not_met", "unknown", "not_applicable"):
        assert cells.count(verdict) == s[verdict], verdict
    assert expected["profile"]["state"] in matrix
    not_met = [r["id"] for r in expected["results"] if r["verdict"] == "not_met"]
    assert not_met[0] in outputs[2][0]["data"]["text/plain"]
    assert "'verdict': <Verdict.NOT_MET" in outputs[3][0]["data"]["text/plain"]
    assert outputs[4][0]["data"]["text/plain"].startswith("[('/")
