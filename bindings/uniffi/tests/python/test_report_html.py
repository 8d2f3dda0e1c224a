"""report_html through the Python bindings: the CLI's HTML compliance matrix of one saved
report, and anything but a report refused as an argument error."""

import json

import pytest

import lexpact
from conftest import ROOT

PROFILES = ROOT / "examples" / "profiles"


@pytest.mark.parametrize("name", ["borealis.json", "cascadia.json"])
def test_a_report_gives_the_matrix_of_its_profile(name):
    rio = lexpact.RuleSet.library("rio")
    report = rio.evaluate_json((PROFILES / name).read_text(encoding="utf-8"), name=name)
    page = lexpact.report_html(report)
    assert page.startswith("<!DOCTYPE html>\n") and page.endswith("</html>\n")
    state = json.loads(report)["profile"]["state"]
    assert "<table class=\"matrix\"" in page and state in page
    # A row per obligation, each named by its id.
    for result in json.loads(report)["results"]:
        assert result["id"] in page, result["id"]
    assert lexpact.report_html(report) == page


def test_a_profile_is_not_a_report():
    with pytest.raises(lexpact.LexpactError.Argument) as raised:
        lexpact.report_html((PROFILES / "borealis.json").read_text(encoding="utf-8"))
    assert "not a saved report" in raised.value.summary
