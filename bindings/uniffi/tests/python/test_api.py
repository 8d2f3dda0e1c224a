"""The API through the Python bindings: rule sets from sources and from the bundled libraries,
the catalogue, typed reports (full or verdicts only, one obligation explained on request), errors
with their diagnostics, rule tests, check, format, and one rule set evaluated from several
threads at once."""

import json
from concurrent.futures import ThreadPoolExecutor
from threading import Barrier

import pytest

import lexpact
from conftest import ROOT
from corpus import assert_same_tree, report_tree, word

QUICKSTART = ROOT / "examples" / "quickstart"
PROFILES = sorted(p for p in (ROOT / "examples" / "profiles").iterdir() if p.is_file())

SMALL_RULES = """ruleset "small" version "1"

obligation ratify_crc {
  title "Ratify the CRC"
  cite "X.1"
  group "X"
  require treaties.crc
}

obligation hotline {
  title "A hotline"
  cite "X.2"
  group "X"
  require services.hotline and services.hotline_free
  partial when services.hotline
}
"""

# The small rules and an obligation whose exception a profile may invoke.
REVIEWED_RULES = SMALL_RULES + """
obligation offender_register {
  title "A register of offenders, where appropriate"
  cite "X.3"
  group "X"
  exception "where appropriate"
  require registers.offenders.exists
}
"""


def reviewed_profile(status):
    """The hotline known but `hotline_free` missing, a fact with two sources, and the register's
    exception invoked with a review of `status` (none when None)."""
    invocation = {"justification": "Kept by the courts"}
    if status is not None:
        invocation["review"] = {"status": status, "by": "Monitoring committee", "date": "2023-06-01"}
    return json.dumps({
        "as_of": "2024-01-01",
        "treaties": {"crc": True},
        "services": {"hotline": {"value": True, "source": {"cite": "Act 1"}, "sources": [{"cite": "Decree 2"}]}},
        "registers": {"offenders": {"exists": False}},
        "exceptions": {"offender_register": invocation},
    })


def reviewed_rules():
    return lexpact.RuleSet([lexpact.Source(name="rules.lex", text=REVIEWED_RULES)])


def quick_sources():
    return [lexpact.Source(name=n, text=(QUICKSTART / n).read_text(encoding="utf-8")) for n in ("rules.lex", "profile.schema.json")]


@pytest.fixture(scope="module")
def rio():
    return lexpact.RuleSet.library("rio")


def test_libraries():
    assert lexpact.libraries() == ["rio", "icmec"]
    assert lexpact.engine_version()


def test_rio_has_the_74_obligations_of_the_pact(rio):
    assert rio.name() == "rio"
    obligations = rio.obligations()
    assert len(obligations) == 74
    assert all(o.cite and o.text and o.file for o in obligations)
    assert any(o.deadline is not None for o in obligations)
    assert rio.warnings() == []


def test_rule_tests_of_the_libraries_pass(rio):
    run = rio.test()
    assert (run.passed, run.failed) == (318, 0)
    assert lexpact.RuleSet.library("icmec").test().failed == 0


def test_unknown_library_names_the_bundled_ones():
    with pytest.raises(lexpact.LexpactError.Rules) as caught:
        lexpact.RuleSet.library("nope")
    (d,) = caught.value.diagnostics
    assert d.code == "E0213" and "rio" in d.help
    assert "nope" in caught.value.summary


def test_typed_report_agrees_with_json(rio):
    text = (ROOT / "examples" / "profiles" / "borealis.json").read_text(encoding="utf-8")
    report = rio.evaluate(text)
    assert report.report == "lexpact/report/v2"
    assert report.profile.state == "Kingdom of Borealis"
    assert report.profile.name == "profile"
    assert report.summary.total == 74
    tree = json.loads(rio.evaluate_json(text))
    assert_same_tree(tree, report_tree(report))
    verdicts = {r["id"]: r["verdict"] for r in tree["results"]}
    assert verdicts == {r.id: word(r.verdict) for r in report.results}


def test_each_icmec_result_carries_its_criterion_as_an_indicator():
    icmec = lexpact.RuleSet.library("icmec")
    text = (ROOT / "examples" / "profiles" / "borealis.json").read_text(encoding="utf-8")
    report = icmec.evaluate(text)
    assert [r.indicators for r in report.results] == [
        ["icmec:1"], ["icmec:2"], ["icmec:3"], ["icmec:4"], ["icmec:5"], ["icmec:rating"]
    ]
    assert all(r.amendments == [] for r in report.results)
    assert_same_tree(json.loads(icmec.evaluate_json(text)), report_tree(report))


def test_the_catalogue_gives_the_indicators_and_amendments_a_report_gives(rio):
    text = (ROOT / "examples" / "profiles" / "borealis.json").read_text(encoding="utf-8")
    results = rio.evaluate(text).results
    obligations = rio.obligations()
    assert [(o.id, o.indicators, o.amendments) for o in obligations] == [
        (r.id, r.indicators, r.amendments) for r in results
    ]
    assert any(o.indicators for o in obligations) and any(o.amendments for o in obligations)


EXAMPLES = [p for p in PROFILES if p.suffix == ".json"]


def test_verdicts_detail_is_the_full_report_without_facts_and_explanations(rio):
    assert len(EXAMPLES) >= 4
    for path in EXAMPLES:
        text = path.read_text(encoding="utf-8")
        full = rio.evaluate(text, name=path.name)
        assert rio.evaluate(text, name=path.name, detail=lexpact.Detail.FULL) == full, path.name
        verdicts = rio.evaluate(text, name=path.name, detail=lexpact.Detail.VERDICTS)
        assert all(r.facts == [] and r.explanation == [] for r in verdicts.results), path.name
        units = [u for r in verdicts.results for u in r.jurisdictions]
        assert all(u.facts == [] and u.explanation == [] for u in units), path.name
        assert any(r.facts and r.explanation for r in full.results), path.name
        # A federation's units have facts and explanations of their own, emptied likewise.
        for r in full.results:
            r.facts = []
            r.explanation = []
            for u in r.jurisdictions:
                u.facts = []
                u.explanation = []
        assert verdicts == full, path.name
        tree = json.loads(rio.evaluate_json(text, name=path.name, detail=lexpact.Detail.VERDICTS))
        assert_same_tree(tree, report_tree(verdicts))
        assert rio.evaluate_json(text, name=path.name, detail=lexpact.Detail.FULL) == rio.evaluate_json(text, name=path.name)


def test_explain_obligation_is_the_full_report_result_of_that_obligation(rio):
    explained = 0
    for path in EXAMPLES:
        text = path.read_text(encoding="utf-8")
        full = rio.evaluate(text, "2024-06-30", path.name)
        for r in full.results:
            assert rio.explain_obligation(text, r.id, "2024-06-30", path.name) == r, f"{path.name} {r.id}"
            explained += 1
        last = rio.evaluate(text).results[-1]
        assert rio.explain_obligation(text, last.id) == last, path.name
    assert explained == len(EXAMPLES) * 74


def test_explain_obligation_of_an_unknown_id_is_e0210_with_a_did_you_mean(rio):
    borealis = (ROOT / "examples" / "profiles" / "borealis.json").read_text(encoding="utf-8")
    first = rio.obligations()[0].id
    with pytest.raises(lexpact.LexpactError.Argument) as caught:
        rio.explain_obligation(borealis, first + "x")
    (d,) = caught.value.diagnostics
    assert d.code == "E0210"
    assert f"`{first}x`" in d.message
    assert f"did you mean `{first}`" in d.help
    with pytest.raises(lexpact.LexpactError.Argument) as caught:
        rio.explain_obligation(borealis, "no_such_obligation_at_all")
    assert [d.code for d in caught.value.diagnostics] == ["E0210"]
    # The profile's own problems stay Profile errors; an as_of that is no date an Argument one.
    with pytest.raises(lexpact.LexpactError.Profile):
        rio.explain_obligation('{\n  "as_of": ', first, name="bad.json")
    with pytest.raises(lexpact.LexpactError.Argument) as caught:
        rio.explain_obligation(borealis, first, as_of="2024-02-30")
    assert [d.code for d in caught.value.diagnostics] == ["E0304"]


def test_unknown_verdicts_list_the_facts_to_ask_for():
    report = lexpact.RuleSet(quick_sources()).evaluate('{"as_of": "2024-01-01"}')
    assert all(r.verdict == lexpact.Verdict.UNKNOWN for r in report.results)
    assert all(r.missing and all(m.startswith("/") for m in r.missing) for r in report.results)


def test_as_of_overrides_and_yaml_is_read():
    yaml = "as_of: 2024-01-01\njurisdiction:\n  extraterritorial:\n    exists: true\n    double_criminality_required: false\n"
    report = lexpact.RuleSet(quick_sources()).evaluate(yaml, "2030-01-01", "p.yaml")
    assert (report.as_of, report.profile.name) == ("2030-01-01", "p.yaml")
    assert next(r for r in report.results if r.id == "abolish_double_criminality").verdict == lexpact.Verdict.MET


def test_facts_carry_json_values_and_sources():
    report = lexpact.RuleSet(quick_sources()).evaluate((QUICKSTART / "profile.json").read_text(encoding="utf-8"))
    facts = [f for r in report.results for f in r.facts]
    assert any(f.value == "true" for f in facts)
    assert any(f.sources and all(json.loads(s) for s in f.sources) for f in facts)
    clause = report.results[0].explanation[0]
    assert clause.clause and clause.node.expr


def test_bad_as_of_is_an_argument_error():
    rules = lexpact.RuleSet(quick_sources())
    with pytest.raises(lexpact.LexpactError.Argument) as caught:
        rules.evaluate("{}", "2024-02-30")
    assert [d.code for d in caught.value.diagnostics] == ["E0304"]
    assert "2024-02-30" in caught.value.summary


def test_a_profile_that_is_not_json_is_a_profile_error_with_a_position():
    rules = lexpact.RuleSet(quick_sources())
    with pytest.raises(lexpact.LexpactError) as caught:
        rules.evaluate('{\n  "as_of": ', None, "bad.json")
    assert isinstance(caught.value, lexpact.LexpactError.Profile)
    d = caught.value.diagnostics[0]
    assert d.file == "bad.json" and d.line >= 1
    assert str(d).startswith("bad.json:")


def test_rules_that_do_not_compile_raise_with_every_diagnostic():
    bad = [lexpact.Source(name="rules.lex", text=SMALL_RULES.replace("require treaties.crc", "require treaties.crc and and"))]
    with pytest.raises(lexpact.LexpactError.Rules) as caught:
        lexpact.RuleSet(bad)
    assert caught.value.diagnostics
    assert caught.value.diagnostics == lexpact.check(bad)


def test_rules_without_schema_compile_with_a_warning():
    sources = [lexpact.Source(name="rules.lex", text=SMALL_RULES)]
    rules = lexpact.RuleSet(sources)
    assert [d.code for d in rules.warnings()] == ["W0101"]
    assert [d.code for d in lexpact.check(sources)] == ["W0101"]
    assert rules.warnings()[0].severity == lexpact.Severity.WARNING
    report = rules.evaluate('{"treaties": {"crc": true}, "services": {"hotline": true, "hotline_free": false}}', "2024-01-01")
    assert [r.verdict for r in report.results] == [lexpact.Verdict.MET, lexpact.Verdict.PARTIALLY_MET]


def test_check_on_clean_rules_is_empty():
    assert lexpact.check(quick_sources()) == []


def test_library_with_adds_national_rules():
    extra = lexpact.Source(name="national.lex", text="""
obligation national_hotline {
  title "A national hotline"
  cite "N.1"
  group "N"
  require offences.sexual_abuse.criminalized and ratified(treaties.crc)
}
""")
    rules = lexpact.RuleSet.library_with("rio", [extra])
    assert len(rules.obligations()) == 75
    assert rules.obligations()[-1].id == "national_hotline"


def test_format_is_canonical_and_idempotent():
    messy = 'obligation  x{title "T" cite "c" group "g"\nrequire   a.b}'
    once = lexpact.format(messy)
    assert once != messy and lexpact.format(once) == once
    with pytest.raises(lexpact.LexpactError.Rules) as caught:
        lexpact.format("obligation {", "broken.lex")
    assert caught.value.diagnostics[0].file == "broken.lex"


def test_format_takes_the_limits_compiling_takes():
    deep = "true"
    for i in range(20):
        deep = f"not (a{i} and {deep})"
    rule = f'obligation x {{\n  title "T"\n  cite "c"\n  group "g"\n  require {deep}\n}}\n'
    with pytest.raises(lexpact.LexpactError.Rules) as caught:
        lexpact.format(rule)
    assert caught.value.diagnostics[0].code == "E0002"
    assert lexpact.format(rule, "deep.lex", lexpact.Limits(max_depth=64)) == rule
    with pytest.raises(lexpact.LexpactError.Rules):
        lexpact.format(rule, limits=lexpact.Limits(max_source_bytes=10))


def test_one_rule_set_from_eight_threads_at_once(rio):
    profiles = [p.read_text(encoding="utf-8") for p in PROFILES]
    expected = [rio.evaluate_json(p) for p in profiles]
    barrier = Barrier(8)

    def work(t):
        barrier.wait()
        same = []
        for i in range(10):
            k = (t + i) % len(profiles)
            if i % 2 == 0:
                same.append(rio.evaluate_json(profiles[k]) == expected[k])
            else:
                same.append(report_tree(rio.evaluate(profiles[k])) == json.loads(expected[k]))
        return same

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = [s for same in pool.map(work, range(8)) for s in same]
    assert len(results) == 80 and all(results)


def test_limits_default_and_are_kept_by_the_rule_set():
    assert lexpact.Limits() == lexpact.default_limits()
    assert lexpact.Limits().max_depth == 32
    assert lexpact.RuleSet(quick_sources()).limits() == lexpact.Limits()
    tight = lexpact.Limits(max_depth=16, max_list_len=2)
    assert lexpact.RuleSet(quick_sources(), tight).limits() == tight
    assert lexpact.RuleSet.library("icmec", tight).limits() == tight
    assert lexpact.RuleSet.library_with("icmec", [], limits=tight).limits() == tight


def test_limits_bound_the_rules_and_every_profile_evaluated():
    with pytest.raises(lexpact.LexpactError.Rules) as caught:
        lexpact.RuleSet.library("rio", lexpact.Limits(max_depth=3))
    assert caught.value.diagnostics[0].code == "E0002" and "max_depth" in caught.value.diagnostics[0].message
    assert lexpact.check(quick_sources(), lexpact.Limits(max_depth=1))[0].code == "E0002"
    short = lexpact.RuleSet.library("rio", lexpact.Limits(max_list_len=1))
    text = (ROOT / "examples" / "profiles" / "borealis.json").read_text(encoding="utf-8")
    for evaluate in (short.evaluate, short.evaluate_json):
        with pytest.raises(lexpact.LexpactError.Profile) as caught:
            evaluate(text)
        d = caught.value.diagnostics[0]
        assert d.code == "E0303" and "max_list_len" in d.message
    hasty = lexpact.RuleSet.library("rio", lexpact.Limits(max_evaluation_steps=10))
    with pytest.raises(lexpact.LexpactError.Profile) as caught:
        hasty.evaluate(text)
    d = caught.value.diagnostics[0]
    assert d.code == "E0305" and "max_evaluation_steps" in d.message


@pytest.mark.parametrize("call", [
    lambda limits: lexpact.RuleSet(quick_sources(), limits),
    lambda limits: lexpact.RuleSet.library("rio", limits),
    lambda limits: lexpact.RuleSet.library_with("rio", [], limits),
    lambda limits: lexpact.check(quick_sources(), limits),
    lambda limits: lexpact.format("obligation x {}\n", "rules.lex", limits),
], ids=["RuleSet", "library", "library_with", "check", "format"])
def test_limits_above_the_ceiling_are_an_argument_error_naming_the_limit(call):
    for name, limits in (("max_depth", lexpact.Limits(max_depth=65)), ("max_expanded_depth", lexpact.Limits(max_expanded_depth=1000))):
        with pytest.raises(lexpact.LexpactError.Argument) as caught:
            call(limits)
        (d,) = caught.value.diagnostics
        assert name in d.message and name in caught.value.summary
        assert d.code == "E0306"
    call(lexpact.Limits(max_depth=64, max_expanded_depth=64))  # the ceiling itself is accepted


def test_an_exception_for_no_obligation_is_one_report_warning(rio):
    profile = """{"profile": "lexpact/legal-profile/v1", "as_of": "2024-06-30", "exceptions": {
        "sex_offender_registr": {"justification": "misspelt"},
        "sex_offender_register": {"justification": "Offender data are kept by the courts",
            "review": {"status": "accepted", "by": "Monitoring committee", "date": "2023-06-01"}}}}"""
    report = rio.evaluate(profile)
    (warning,) = report.warnings
    assert warning.startswith("/exceptions/sex_offender_registr") and "`sex_offender_registr`" in warning
    assert "did you mean `sex_offender_register`" in warning
    assert next(r for r in report.results if r.id == "sex_offender_register").verdict == lexpact.Verdict.NOT_APPLICABLE
    tree = json.loads(rio.evaluate_json(profile))
    assert tree["warnings"] == report.warnings
    assert_same_tree(tree, report_tree(report))
    clean = (ROOT / "examples" / "profiles" / "borealis.json").read_text(encoding="utf-8")
    assert rio.evaluate(clean).warnings == []


def test_an_unknown_require_with_a_true_partial_when_ranges_over_partially_met_and_met():
    rules = reviewed_rules()
    profile = reviewed_profile("accepted")
    report = rules.evaluate(profile)
    hotline = next(r for r in report.results if r.id == "hotline")
    assert hotline.verdict == lexpact.Verdict.UNKNOWN
    assert hotline.range == [lexpact.Verdict.PARTIALLY_MET, lexpact.Verdict.MET]
    assert hotline.reason is None
    assert hotline.missing == ["/services/hotline_free"]
    assert report.summary.ranges == [lexpact.RangeCount(range=[lexpact.Verdict.PARTIALLY_MET, lexpact.Verdict.MET], count=1)]
    assert next(r for r in report.results if r.id == "ratify_crc").range == []
    assert_same_tree(json.loads(rules.evaluate_json(profile)), report_tree(report))


# Two bullets: X.1, and X.2 split into a hotline and a plan "by 2013" (a deadline window).
WINDOW_RULES = SMALL_RULES + """
obligation plan {
  title "A plan by 2013"
  cite "X.2"
  group "X"
  deadline 2013-01-01 to 2013-12-31
  require plans.national
}
"""

# The CRC not assessed, `hotline_free` absent, no plan, on a day inside the plan's window.
WINDOW_PROFILE = json.dumps({
    "as_of": "2013-06-30",
    "treaties": {"crc": {"status": "not_assessed"}},
    "services": {"hotline": True},
    "plans": {"national": False},
})


def test_missing_facts_keep_their_status_bullets_count_once_and_an_open_window_is_flagged():
    rules = lexpact.RuleSet([lexpact.Source(name="rules.lex", text=WINDOW_RULES)])
    report = rules.evaluate(WINDOW_PROFILE)
    by_id = {r.id: r for r in report.results}
    assert by_id["ratify_crc"].missing == ["/treaties/crc"]
    assert by_id["ratify_crc"].missing_status == ["not_assessed"]
    assert by_id["hotline"].missing_status == ["absent"]
    # In the order first met: ratify_crc's fact comes before the hotline's.
    assert report.summary.missing_by_status == [
        lexpact.StatusCount(status="not_assessed", count=1),
        lexpact.StatusCount(status="absent", count=1),
    ]
    assert report.summary.total == 3
    # X.2 is a hotline unknown and a plan not met: one bullet, unknown.
    assert report.summary.bullets == lexpact.BulletCounts(
        total=2, met=0, partially_met=0, not_met=0, unknown=2, not_applicable=0
    )
    assert by_id["plan"].deadline.status == lexpact.DeadlineStatus.NOT_DUE
    assert by_id["plan"].deadline.in_window is True
    later = rules.evaluate(WINDOW_PROFILE, "2014-01-01")
    assert next(r for r in later.results if r.id == "plan").deadline.in_window is False
    assert_same_tree(json.loads(rules.evaluate_json(WINDOW_PROFILE)), report_tree(report))
    asked = {q.pointer: q.status for q in rules.questions(WINDOW_PROFILE).questions}
    assert asked == {"/services/hotline_free": "absent", "/treaties/crc": "not_assessed"}


def test_a_fact_with_two_sources_gives_both_in_order():
    hotline = next(r for r in reviewed_rules().evaluate(reviewed_profile(None)).results if r.id == "hotline")
    fact = next(f for f in hotline.facts if f.pointer == "/services/hotline")
    assert [json.loads(s) for s in fact.sources] == [{"cite": "Act 1"}, {"cite": "Decree 2"}]
    assert next(f for f in hotline.facts if f.pointer == "/services/hotline_free").sources == []


def test_only_an_accepted_exception_makes_an_obligation_not_applicable():
    rules = reviewed_rules()
    accepted = rules.evaluate(reviewed_profile("accepted"))
    excused = next(r for r in accepted.results if r.id == "offender_register")
    assert excused.verdict == lexpact.Verdict.NOT_APPLICABLE
    assert excused.reason == lexpact.NotApplicableReason.EXCEPTION
    assert excused.exception.review == lexpact.ExceptionReview(
        status=lexpact.ReviewStatus.ACCEPTED, by="Monitoring committee", date="2023-06-01", note=None)
    assert (accepted.summary.not_applicable_exception, accepted.summary.not_applicable_applies_when) == (1, 0)


@pytest.mark.parametrize("status, word", [
    (lexpact.ReviewStatus.CONTESTED, "contested"),
    (lexpact.ReviewStatus.PENDING, "pending"),
    (lexpact.ReviewStatus.UNREVIEWED, None),
], ids=["contested", "pending", "unreviewed"])
def test_an_exception_not_accepted_leaves_the_obligation_evaluated_and_carried(status, word):
    rules = reviewed_rules()
    report = rules.evaluate(reviewed_profile(word))
    r = next(r for r in report.results if r.id == "offender_register")
    assert r.verdict == lexpact.Verdict.NOT_MET
    assert r.reason is None
    assert r.exception.justification == "Kept by the courts"
    assert r.exception.review.status == status
    assert report.summary.not_applicable_exception == 0
    assert_same_tree(json.loads(rules.evaluate_json(reviewed_profile(word))), report_tree(report))
