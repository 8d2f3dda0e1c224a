"""Reading the conformance corpus (tests/conformance/, see its README) and turning a typed
Report back into the JSON tree of the native report, to check that the two agree."""

import json
import pathlib

import lexpact

from conftest import ROOT

CORPUS = ROOT / "tests" / "conformance"


def case_dirs(kind):
    return sorted(p for p in (CORPUS / kind).iterdir() if p.is_dir())


def case_sources(directory: pathlib.Path, sub=None):
    """The case's files by name, and the shared schema under the path its rules name. With
    `sub` (a diff case's `new`), the files of that folder instead, named `sub/NAME`."""
    folder = directory / sub if sub else directory
    sources = [
        lexpact.Source(name=f"{sub}/{p.name}" if sub else p.name, text=p.read_text(encoding="utf-8"))
        for p in sorted(folder.iterdir())
        if p.is_file()
    ]
    schema = CORPUS / "schema" / "profile.schema.json"
    sources.append(lexpact.Source(name="../../schema/profile.schema.json", text=schema.read_text(encoding="utf-8")))
    return sources


def word(enum_value) -> str:
    return enum_value.name.lower()


def _counts(c):
    tree = {
        "total": c.total,
        "met": c.met,
        "partially_met": c.partially_met,
        "not_met": c.not_met,
        "unknown": c.unknown,
        "not_applicable": c.not_applicable,
        "not_applicable_applies_when": c.not_applicable_applies_when,
        "not_applicable_exception": c.not_applicable_exception,
        "late": c.late,
        "overdue": c.overdue,
    }
    if c.ranges:
        tree["ranges"] = [{"range": [word(v) for v in r.range], "count": r.count} for r in c.ranges]
    keys = ("total", "met", "partially_met", "not_met", "unknown", "not_applicable")
    tree["bullets"] = {key: getattr(c.bullets, key) for key in keys}
    if c.missing_by_status:
        tree["missing_by_status"] = {s.status: s.count for s in c.missing_by_status}
    return tree


def _explanation(e, into):
    into["expr"] = e.expr
    into["value"] = json.loads(e.value)
    into["known"] = e.known
    if e.fact is not None:
        into["fact"] = e.fact
    if e.children:
        into["children"] = [_explanation(c, {}) for c in e.children]
    return into


def _deadline(d):
    deadline = {"status": word(d.status)}
    for key, value in (("from", d._from), ("due", d.due), ("met_on", d.met_on), ("reading", d.reading)):
        if value is not None:
            deadline[key] = value
    if d.met_on_basis is not None:
        deadline["met_on_basis"] = word(d.met_on_basis)
    if d.in_window:
        deadline["in_window"] = True
    return deadline


def _fact(f):
    fact = {"pointer": f.pointer, "status": f.status}
    if f.value is not None:
        fact["value"] = json.loads(f.value)
    if f.sources:
        fact["sources"] = [json.loads(s) for s in f.sources]
    if f.note is not None:
        fact["note"] = json.loads(f.note)
    if f.in_force is not None:
        period = {}
        for key, value in (("from", f.in_force._from), ("until", f.in_force.until)):
            if value is not None:
                period[key] = value
        fact["in_force"] = period
    return fact


def _unit(u):
    tree = {"id": u.id, "name": u.name}
    if u.level is not None:
        tree["level"] = u.level
    tree["verdict"] = word(u.verdict)
    if u.range:
        tree["range"] = [word(v) for v in u.range]
    if u.reason is not None:
        tree["reason"] = word(u.reason)
    tree["deadline"] = _deadline(u.deadline)
    tree["missing"] = list(u.missing)
    if u.missing_status:
        tree["missing_status"] = list(u.missing_status)
    tree["facts"] = [_fact(f) for f in u.facts]
    tree["explanation"] = [_explanation(c.node, {"clause": c.clause}) for c in u.explanation]
    return tree


def _tally(t):
    keys = ("applicable", "met", "partially_met", "not_met", "unknown", "not_applicable")
    return {key: getattr(t, key) for key in keys}


def _result(o):
    tree = {
        "id": o.id,
        "title": o.title,
        "cite": o.cite,
        "group": o.group,
        "text": o.text,
    }
    if o.indicators:
        tree["indicators"] = list(o.indicators)
    if o.amendments:
        tree["amendments"] = list(o.amendments)
    tree["weight"] = o.weight
    tree["verdict"] = word(o.verdict)
    if o.range:
        tree["range"] = [word(v) for v in o.range]
    if o.reason is not None:
        tree["reason"] = word(o.reason)
    tree["deadline"] = _deadline(o.deadline)
    if o.exception is not None:
        e = o.exception
        tree["exception"] = {"qualifier": e.qualifier, "justification": e.justification}
        if e.source is not None:
            tree["exception"]["source"] = json.loads(e.source)
        review = {"status": word(e.review.status)}
        for key in ("by", "date", "note"):
            if getattr(e.review, key) is not None:
                review[key] = getattr(e.review, key)
        tree["exception"]["review"] = review
    tree["missing"] = list(o.missing)
    if o.missing_status:
        tree["missing_status"] = list(o.missing_status)
    tree["facts"] = [_fact(f) for f in o.facts]
    tree["explanation"] = [_explanation(c.node, {"clause": c.clause}) for c in o.explanation]
    if o.warnings:
        tree["warnings"] = list(o.warnings)
    if o.jurisdictions:
        tree["jurisdictions"] = [_unit(u) for u in o.jurisdictions]
    if o.tally is not None:
        tree["tally"] = _tally(o.tally)
    return tree


def report_tree(r):
    """The typed report as the JSON tree the native serialiser writes."""
    profile = {"name": r.profile.name}
    if r.profile.state is not None:
        profile["state"] = r.profile.state
    if r.profile.jurisdictions:
        profile["jurisdictions"] = [
            {"id": j.id, "name": j.name} | ({"level": j.level} if j.level is not None else {})
            for j in r.profile.jurisdictions
        ]
    tree = {
        "report": r.report,
        "ruleset": {"name": r.ruleset.name, "version": r.ruleset.version},
        "profile": profile,
        "as_of": r.as_of,
        "summary": _counts(r.summary),
        "groups": [{"group": g.group, "counts": _counts(g.counts)} for g in r.groups],
        "results": [_result(o) for o in r.results],
    }
    if r.warnings:
        tree["warnings"] = list(r.warnings)
    return tree


def assert_same_tree(expected, actual, path=""):
    """Equal JSON trees, with the same key order."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{path}: {actual!r} is not an object"
        assert list(expected) == list(actual), f"{path}: keys {list(expected)} != {list(actual)}"
        for key in expected:
            assert_same_tree(expected[key], actual[key], f"{path}/{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{path}: {actual!r} is not a list"
        assert len(expected) == len(actual), f"{path}: {len(expected)} items != {len(actual)}"
        for i, (e, a) in enumerate(zip(expected, actual)):
            assert_same_tree(e, a, f"{path}/{i}")
    else:
        assert expected == actual and type(expected) is type(actual) or (
            isinstance(expected, (int, float)) and isinstance(actual, (int, float)) and expected == actual
        ), f"{path}: {expected!r} != {actual!r}"


def check_diagnostics(expected, got):
    assert len(expected) == len(got), f"expected {len(expected)} diagnostics, got {got}"
    for want, d in zip(expected, got):
        assert (want["code"], want["line"], want["column"]) == (d.code, d.line, d.column), str(d)
        if "help" in want:
            assert want["help"] == d.help
        if "file" in want:
            assert want["file"] == d.file
