"""Federal States and facts over time through the Python bindings: an obligation evaluated in
each unit of a federation and aggregated, next to one that binds the State as a whole; and a
fact with a history, read as it stood on two dates, with the day the obligation was met found
from the history."""

import json

import lexpact
import pytest

from corpus import assert_same_tree, report_tree

SCHEMA = """{
  "type": "object",
  "$defs": {
    "bool_fact": { "anyOf": [ { "type": "boolean" },
      { "type": "object", "properties": { "value": { "type": "boolean" } } } ] }
  },
  "properties": {
    "profile": { "type": "string" },
    "as_of": { "type": "string", "format": "date" },
    "treaty": { "type": "object", "properties": { "ratified": { "$ref": "#/$defs/bool_fact" } } },
    "services": { "type": "object", "properties": { "helpline": { "$ref": "#/$defs/bool_fact" } } },
    "body": { "type": "object", "properties": { "independent": { "$ref": "#/$defs/bool_fact" } } }
  },
  "additionalProperties": false
}"""

RULES = """ruleset "federal" version "1"
schema "profile.schema.json"

obligation ratify {
  title "Ratify the treaty"
  cite "F.1"
  require treaty.ratified
}

obligation helpline {
  title "A helpline in every province"
  cite "F.2"
  in each jurisdiction
  require services.helpline
}

obligation body {
  title "An independent body by 2013"
  cite "F.3"
  deadline 2013-12-31
  require body.independent
}
"""

# Four units that differ: North and South give their own helpline, East falls back to the
# national one, West's is unknown.
FEDERAL_PROFILE = json.dumps({
    "profile": "lexpact/legal-profile/v1.1",
    "as_of": "2024-06-30",
    "treaty": {"ratified": True},
    "services": {"helpline": True},
    "jurisdictions": [
        {"id": "north", "name": "North", "level": "province", "facts": {"services": {"helpline": True}}},
        {"id": "south", "name": "South", "level": "province", "facts": {"services": {"helpline": False}}},
        {"id": "east", "name": "East", "level": "territory"},
        {"id": "west", "name": "West", "facts": {"services": {"helpline": {"status": "unknown"}}}},
    ],
})

# The body is independent only from 2018-03-01.
HISTORY_PROFILE = json.dumps({
    "profile": "lexpact/legal-profile/v1.1",
    "as_of": "2024-06-30",
    "body": {"independent": {"history": [
        {"value": False, "until": "2018-03-01"},
        {"value": True, "from": "2018-03-01", "source": {"cite": "Amendment Act 2018"}},
    ]}},
})


@pytest.fixture(scope="module")
def rules():
    return lexpact.RuleSet([
        lexpact.Source(name="rules.lex", text=RULES),
        lexpact.Source(name="profile.schema.json", text=SCHEMA),
    ])


def result(report, obligation):
    return next(r for r in report.results if r.id == obligation)


def test_a_unit_by_unit_obligation_aggregates_four_units_that_differ(rules):
    report = rules.evaluate(FEDERAL_PROFILE)
    assert [(j.id, j.name, j.level) for j in report.profile.jurisdictions] == [
        ("north", "North", "province"),
        ("south", "South", "province"),
        ("east", "East", "territory"),
        ("west", "West", None),
    ]
    helpline = result(report, "helpline")
    assert helpline.verdict == lexpact.Verdict.PARTIALLY_MET
    V = lexpact.Verdict
    assert [(u.id, u.verdict) for u in helpline.jurisdictions] == [
        ("north", V.MET), ("south", V.NOT_MET), ("east", V.MET), ("west", V.UNKNOWN)
    ]
    tally = helpline.tally
    assert (tally.applicable, tally.met, tally.partially_met, tally.not_met, tally.unknown, tally.not_applicable) == (
        4, 2, 0, 1, 1, 0
    )
    north, _, east, west = helpline.jurisdictions
    assert west.missing == ["/jurisdictions/3/facts/services/helpline"]
    assert west.range == [V.NOT_MET, V.MET]
    # East gives no helpline of its own: it reads the national fact.
    assert [f.pointer for f in east.facts] == ["/services/helpline"]
    assert [f.pointer for f in north.facts] == ["/jurisdictions/0/facts/services/helpline"]
    assert_same_tree(json.loads(rules.evaluate_json(FEDERAL_PROFILE)), report_tree(report))


def test_an_obligation_without_the_clause_binds_the_state_as_a_whole(rules):
    ratify = result(rules.evaluate(FEDERAL_PROFILE), "ratify")
    assert ratify.verdict == lexpact.Verdict.MET
    assert ratify.jurisdictions == []
    assert ratify.tally is None
    assert [f.pointer for f in ratify.facts] == ["/treaty/ratified"]


def test_a_fact_as_it_stood_on_two_dates_and_the_day_the_obligation_was_met(rules):
    before = result(rules.evaluate(HISTORY_PROFILE, "2017-01-01"), "body")
    assert before.verdict == lexpact.Verdict.NOT_MET
    assert before.deadline.status == lexpact.DeadlineStatus.OVERDUE
    [fact] = before.facts
    assert (fact.in_force._from, fact.in_force.until) == (None, "2018-03-01")

    report = rules.evaluate(HISTORY_PROFILE, "2020-01-01")
    after = result(report, "body")
    assert after.verdict == lexpact.Verdict.MET
    [fact] = after.facts
    assert (fact.in_force._from, fact.in_force.until) == ("2018-03-01", None)
    assert fact.value == "true"
    assert [json.loads(s) for s in fact.sources] == [{"cite": "Amendment Act 2018"}]
    assert after.deadline.met_on == "2018-03-01"
    assert after.deadline.met_on_basis == lexpact.MetOnBasis.HISTORY
    assert after.deadline.status == lexpact.DeadlineStatus.LATE
    assert_same_tree(json.loads(rules.evaluate_json(HISTORY_PROFILE, "2020-01-01")), report_tree(report))
