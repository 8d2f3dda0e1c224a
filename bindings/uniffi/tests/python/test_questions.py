"""`RuleSet.questions` through the Python bindings: a questions conformance case gives the
native JSON byte for byte, and the typed records the same order, most decisive first."""

import pytest

import lexpact
from corpus import CORPUS, case_sources

CASE = CORPUS / "questions" / "001-connectives-and-ties"
PROFILE = (CASE / "profile.json").read_text(encoding="utf-8")


def test_questions_json_is_the_native_json():
    rules = lexpact.RuleSet(case_sources(CASE))
    expected = (CASE / "expected.json").read_text(encoding="utf-8")
    assert rules.questions_json(PROFILE, None, "profile.json") == expected


def test_questions_most_decisive_first():
    asked = lexpact.RuleSet(case_sources(CASE)).questions(PROFILE, None, "profile.json")
    assert asked.format == "lexpact/questions/v1"
    assert asked.unknown == 3
    first = asked.questions[0]
    assert (first.pointer, first.decides, first.narrows) == ("/logic/u", 2, 0)
    assert first.fact_type == lexpact.FactType.BOOLEAN
    assert [o.effect for o in first.obligations] == [lexpact.QuestionEffect.DECIDES] * 2
    assert [q.pointer for q in asked.questions] == [
        "/logic/u",
        "/jurisdiction/extraterritorial/exists",
        "/logic/u2",
        "/state/un_member",
    ]


def test_questions_share_one_step_budget():
    rules = lexpact.RuleSet(case_sources(CASE), lexpact.Limits(max_evaluation_steps=12))
    with pytest.raises(lexpact.LexpactError.Profile) as caught:
        rules.questions(PROFILE)
    assert caught.value.diagnostics[0].code == "E0305"
