"""The API as a typed program uses it: checked by `mypy --strict` against the installed stubs
(bindings/uniffi/python/test.sh), and run by the wheel's suite, so both the stubs and the
package must agree with it."""

import dataclasses
import datetime
import typing

import lexpact

RULES = """ruleset "small" version "1"

obligation ratify_crc {
  title "Ratify the CRC"
  cite "X.1"
  group "X"
  require treaties.crc
}
"""


def counts(report: lexpact.Report) -> dict[str, int]:
    s: lexpact.Counts = report.summary
    return {"met": s.met, "not_met": s.not_met, "unknown": s.unknown}


def main() -> None:
    assert "rio" in lexpact.libraries()
    rules: lexpact.RuleSet = lexpact.RuleSet.library("rio")
    profile: dict[str, typing.Any] = {
        "profile": "lexpact/legal-profile/v1",
        "as_of": datetime.date(2024, 6, 30),
        "treaties": {"crc": {"status": "ratified"}},
    }
    report = rules.evaluate(profile, name="mapping")
    table = rules.evaluate('{"profile": "lexpact/legal-profile/v1", "as_of": "2024-06-30"}', detail=lexpact.Detail.VERDICTS)
    assert counts(report)["met"] >= 1 and table.summary.total == report.summary.total

    first: lexpact.ObligationResult = report.results[0]
    verdict: lexpact.Verdict = first.verdict
    missing: list[str] = first.missing
    could_be: list[lexpact.Verdict] = first.range
    reason: typing.Optional[lexpact.NotApplicableReason] = first.reason
    assert isinstance(verdict, lexpact.Verdict) and isinstance(missing, list)
    assert reason is None or isinstance(reason, lexpact.NotApplicableReason)
    assert all(isinstance(v, lexpact.Verdict) for v in could_be)

    tree: dict[str, typing.Any] = dataclasses.asdict(report)
    assert tree["summary"]["total"] == report.summary.total
    native: str = rules.evaluate_json(profile)
    assert native.endswith("}\n")
    explained: lexpact.ObligationResult = rules.explain_obligation(profile, first.id)
    assert explained.id == first.id
    asked: lexpact.Questions = rules.questions(profile)
    assert all(isinstance(q.pointer, str) for q in asked.questions)

    small = lexpact.RuleSet([lexpact.Source(name="rules.lex", text=RULES)])
    assert small.name() == "small" and [o.id for o in small.obligations()] == ["ratify_crc"]
    run: lexpact.TestRun = small.test()
    assert run.passed == 0 and run.failed == 0
    formatted: str = lexpact.format(RULES)
    assert formatted.startswith("ruleset")
    diagnostics: list[lexpact.Diagnostic] = lexpact.check([lexpact.Source(name="rules.lex", text=RULES)])
    assert [d.code for d in diagnostics if d.severity == lexpact.Severity.WARNING] == ["W0101"]  # no schema
    limits: lexpact.Limits = lexpact.default_limits()
    assert small.limits() == limits

    try:
        rules.evaluate({"profile": "lexpact/legal-profile/v1", "as_of": "not a date"})
    except lexpact.LexpactError as error:
        summary: str = error.summary
        found: list[lexpact.Diagnostic] = error.diagnostics
        assert summary and found and found[0].code.startswith("E")
    else:
        raise AssertionError("a bad date is accepted")
    version: str = lexpact.engine_version()
    assert version


if __name__ == "__main__":
    main()
