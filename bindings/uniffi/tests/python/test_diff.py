"""diff_reports through the Python bindings: two reports of one State (the fixtures of
tests/diff.rs) compared, and anything but a report refused as an argument error."""

import json

import pytest

import lexpact
from conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "diff"


def report(name):
    rio = lexpact.RuleSet.library("rio")
    return rio.evaluate_json((FIXTURES / name).read_text(), name=name)


def test_two_reports_give_what_improved_regressed_and_changed():
    diff = json.loads(lexpact.diff_reports(report("cascadia-2023.json"), report("cascadia-2024.json")))
    assert diff["diff"] == "lexpact/diff/v1"
    assert diff["summary"] == {
        "improved": 1, "regressed": 1, "changed": 1, "added": 0, "removed": 0, "unchanged": 71,
    }
    assert [(c["id"], c["mark"]) for c in diff["changes"]] == [
        ("lead_le_agency_extraterritorial", "changed"),
        ("helplines", "regressed"),
        ("annual_national_reporting_rio", "improved"),
    ]
    assert [f["pointer"] for f in diff["changes"][1]["facts"]] == ["/reporting/child_helpline/confidential"]


def test_a_profile_is_not_a_report():
    with pytest.raises(lexpact.LexpactError.Argument) as raised:
        lexpact.diff_reports((FIXTURES / "cascadia-2023.json").read_text(), report("cascadia-2024.json"))
    assert [d.code for d in raised.value.diagnostics] == ["E0306"]
