"""No panic crosses the boundary: every exported function, called with garbage, returns or raises
a LexpactError, never an InternalError (a Rust panic) or anything else. A last test checks that
every function the library exports is called here."""

import random
import re
import sys

import pytest

import lexpact
from conftest import ROOT

QUICKSTART = ROOT / "examples" / "quickstart"
SMALL_RULES = 'ruleset "small" version "1"\nobligation x { title "t" cite "c" group "g" require a.b }\n'
OBLIGATION = 'obligation x { title "t" cite "c" group "g" require '

FIXED = [
    "", " ", "\0", "\0\1\2", "{", "}", "[", "]", "null", "42", "-0", "1e999", '"text"', "[]", "{}",
    '{"as_of": 7}', '{"as_of": "2024-02-30"}', "\ufeff{}", "\u202e", "🦀" * 1000, "(" * 100_000,
    "[" * 100_000, '{"a":' * 50_000, "- " * 50_000, "a: [" * 20_000, "x" * (5 << 20), "obligation",
    "obligation x {", "obligation x { require }", 'ruleset "a" version', 'schema "/etc/passwd"',
    'schema "../../../../../../etc/passwd"',
    'schema "lexpact/legal-profile/v1"\n' + OBLIGATION + "nope }",
    "define f(x) = f(x)\n" + OBLIGATION + "f(1) }", "define a = b\ndefine b = a",
    OBLIGATION + "not " * 10_000 + "true }", OBLIGATION + "1 + " * 10_000 + "1 > 0 }",
    "--- !!binary |\n  R0lGODlhDAAMAIQAAP", "&a [*a]", "a: &a [*a, *a]", "? [a]\n: b",
    "as_of: 2024-01-01\ntreaties: {crc: {status: 7}}", "%YAML 9.9\n---\n{}",
]


def generated(seed, count):
    rng = random.Random(seed)
    words = ["obligation", "require", "and", "not", "all", "in", "define", "true", "as_of"]
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randrange(200)):
            kind = rng.randrange(4)
            if kind == 0:
                parts.append(rng.choice('{}[]():,"\\ \n\t-.#'))
            elif kind == 1:
                parts.append(chr(rng.randrange(0x20, 0x7E)))
            elif kind == 2:
                parts.append(rng.choice(words) + " ")
            else:
                parts.append(chr(rng.randrange(0xD7FF)))
        out.append("".join(parts))
    return out


GARBAGE = FIXED + generated(20081128, 150)
NAMES = ["rules.lex", "", "a", ".lex", "../../x.lex", "/abs/x.lex", "\0.lex", "profile.schema.json", "lexpact/legal-profile/v1"]
DATES = [None, "", "2024-02-30", "0000-00-00", "9999999-01-01", "-1", "2024-01-01T00:00:00Z", "2024-1-1", "\0"] + GARBAGE[:20]
SCHEMA = (QUICKSTART / "profile.schema.json").read_text(encoding="utf-8")


def source_lists():
    lists = []
    for i, text in enumerate(GARBAGE):
        sources = [lexpact.Source(name=NAMES[i % len(NAMES)], text=text)]
        if i % 3 == 0:
            sources.append(lexpact.Source(name="profile.schema.json", text=SCHEMA if i % 2 == 0 else text))
        lists.append(sources)
    lists.append([])
    lists.append([lexpact.Source(name=f"f{i}.lex", text="") for i in range(1001)])
    lists.append([lexpact.Source(name="same.lex", text=OBLIGATION + "true }")] * 3)
    return lists


CALLED = set()


def answers(ffi_name, call, *args):
    """Calls `call(*args)`: a value or a LexpactError is an answer; anything else fails."""
    CALLED.add(ffi_name)
    try:
        return call(*args)
    except lexpact.LexpactError as e:
        assert e.diagnostics, f"{ffi_name}: an error without diagnostics"
        assert all(d.code != "E0900" for d in e.diagnostics), f"{ffi_name}: internal error {e}"
    except lexpact.InternalError as e:  # a Rust panic
        pytest.fail(f"{ffi_name}{args!r:.200}: a panic crossed the boundary: {e}")


@pytest.fixture(scope="module")
def rule_sets():
    quick = lexpact.RuleSet([lexpact.Source(name=n, text=(QUICKSTART / n).read_text(encoding="utf-8")) for n in ("rules.lex", "profile.schema.json")])
    return [lexpact.RuleSet.library("rio"), quick, lexpact.RuleSet([lexpact.Source(name="rules.lex", text=SMALL_RULES)])]


def test_new():
    for sources in source_lists():
        answers("constructor_ruleset_new", lexpact.RuleSet, sources)


def test_check():
    for sources in source_lists():
        result = answers("func_check", lexpact.check, sources)
        assert isinstance(result, list)


def test_library():
    for name in GARBAGE + ["rio ", "RIO", "../rio", "icmec\0"]:
        answers("constructor_ruleset_library", lexpact.RuleSet.library, name)


def test_library_with():
    # Compiling rio takes a while: every tenth list extends it, the others name no library.
    for i, sources in enumerate(source_lists()):
        answers("constructor_ruleset_library_with", lexpact.RuleSet.library_with, "rio" if i % 10 == 0 else GARBAGE[i % len(GARBAGE)], sources)


def test_evaluate(rule_sets):
    for i, text in enumerate(GARBAGE):
        for rules in rule_sets:
            answers("method_ruleset_evaluate", rules.evaluate, text, DATES[i % len(DATES)], GARBAGE[(i * 7) % len(GARBAGE)][:100])
    for date in DATES:
        answers("method_ruleset_evaluate", rule_sets[0].evaluate, "{}", date)


def test_evaluate_json(rule_sets):
    for i, text in enumerate(GARBAGE):
        for rules in rule_sets:
            answers("method_ruleset_evaluate_json", rules.evaluate_json, text, DATES[i % len(DATES)])


def test_evaluate_verdicts(rule_sets):
    for i, text in enumerate(GARBAGE):
        for rules in rule_sets:
            answers("method_ruleset_evaluate", rules.evaluate, text, DATES[i % len(DATES)], "profile", lexpact.Detail.VERDICTS)
            answers("method_ruleset_evaluate_json", rules.evaluate_json, text, "2024-01-01", NAMES[i % len(NAMES)], lexpact.Detail.VERDICTS)


def test_explain_obligation(rule_sets):
    # Garbage profiles with real ids and garbage ids (cut to 100 characters: a did-you-mean on
    # a huge id takes long), and garbage ids on a good profile.
    borealis = (ROOT / "examples" / "profiles" / "borealis.json").read_text(encoding="utf-8")
    for rules in rule_sets:
        ids = [o.id for o in rules.obligations()]
        for i, text in enumerate(GARBAGE):
            id = ids[i % len(ids)] if i % 2 == 0 else GARBAGE[(i * 5) % len(GARBAGE)][:100]
            answers("method_ruleset_explain_obligation", rules.explain_obligation, text, id, DATES[i % len(DATES)], NAMES[i % len(NAMES)])
    for i, garbage in enumerate(GARBAGE):
        answers("method_ruleset_explain_obligation", rule_sets[0].explain_obligation, borealis, garbage[:100], DATES[i % len(DATES)])


def test_questions(rule_sets):
    for i, text in enumerate(GARBAGE):
        for rules in rule_sets:
            answers("method_ruleset_questions", rules.questions, text, DATES[i % len(DATES)], NAMES[i % len(NAMES)])
            answers("method_ruleset_questions_json", rules.questions_json, text, DATES[i % len(DATES)], NAMES[i % len(NAMES)])


def test_diff_reports(rule_sets):
    borealis = (ROOT / "examples" / "profiles" / "borealis.json").read_text(encoding="utf-8")
    report = rule_sets[0].evaluate_json(borealis, "2024-01-01")
    for i, text in enumerate(GARBAGE):
        answers("func_diff_reports", lexpact.diff_reports, text, report)
        answers("func_diff_reports", lexpact.diff_reports, report, text)
        answers("func_diff_reports", lexpact.diff_reports, text, GARBAGE[(i * 3) % len(GARBAGE)])


def test_report_html(rule_sets):
    borealis = (ROOT / "examples" / "profiles" / "borealis.json").read_text(encoding="utf-8")
    report = rule_sets[0].evaluate_json(borealis, "2024-01-01")
    for i, text in enumerate(GARBAGE):
        answers("func_report_html", lexpact.report_html, text)
        # A report with garbage spliced in, somewhere in its text.
        at = (i * 7919) % len(report)
        answers("func_report_html", lexpact.report_html, report[:at] + text + report[at:])


def test_format():
    for i, text in enumerate(GARBAGE):
        answers("func_format", lexpact.format, text, NAMES[i % len(NAMES)])


def test_functions_without_input(rule_sets):
    for rules in rule_sets:
        for name in ("name", "version", "obligations", "warnings", "test", "limits"):
            answers(f"method_ruleset_{name}", getattr(rules, name))
    answers("func_libraries", lexpact.libraries)
    answers("func_engine_version", lexpact.engine_version)
    answers("func_default_limits", lexpact.default_limits)


def test_error_and_diagnostic_methods(rule_sets):
    with pytest.raises(lexpact.LexpactError) as caught:
        rule_sets[0].evaluate("{")
    error = caught.value
    # In Python the fields `diagnostics` and `summary` hide the methods of the same name;
    # the methods are still there on the class.
    assert answers("method_lexpacterror_diagnostics", type(error).diagnostics, error) == error.diagnostics
    assert answers("method_lexpacterror_summary", type(error).summary, error) == error.summary
    d = error.diagnostics[0]
    assert answers("method_diagnostic_uniffi_trait_display", str, d).startswith("profile:")
    assert answers("method_diagnostic_uniffi_trait_debug", repr, d).startswith("Diagnostic")


def _all(value):
    return lexpact.Limits(**{name: value for name in vars(lexpact.Limits())})


U64_MAX = (1 << 64) - 1
LIMITS = [
    lexpact.Limits(), _all(0), _all(1), lexpact.Limits(**{**vars(_all(U64_MAX)), "max_depth": 64, "max_expanded_depth": 64}),
    _all(U64_MAX), lexpact.Limits(max_depth=65), lexpact.Limits(max_expanded_depth=U64_MAX),
] + [lexpact.Limits(**{name: 0}) for name in vars(lexpact.Limits())] + [lexpact.Limits(max_evaluation_steps=1)]


@pytest.mark.parametrize("limits", LIMITS, ids=str)
def test_limits_at_and_past_their_bounds(limits):
    quick = [lexpact.Source(name=n, text=(QUICKSTART / n).read_text(encoding="utf-8")) for n in ("rules.lex", "profile.schema.json")]
    built = [
        answers("constructor_ruleset_new", lexpact.RuleSet, quick, limits),
        answers("constructor_ruleset_new", lexpact.RuleSet, [lexpact.Source(name="rules.lex", text=SMALL_RULES)], limits),
        answers("constructor_ruleset_library", lexpact.RuleSet.library, "icmec", limits),
        answers("constructor_ruleset_library_with", lexpact.RuleSet.library_with, "icmec", quick[1:], limits),
    ]
    answers("func_check", lexpact.check, quick, limits)
    answers("func_format", lexpact.format, SMALL_RULES, "rules.lex", limits)
    # Shallow profiles only: depths near the ceiling need more stack than a thread may have in
    # a debug build (the parser takes about 150 KB a level there).
    profiles = [g for g in GARBAGE if len(g) < 300] + [(QUICKSTART / "profile.json").read_text(encoding="utf-8")]
    for rules in (r for r in built if r is not None):
        assert answers("method_ruleset_limits", rules.limits) == limits
        ids = [o.id for o in rules.obligations()]
        for i, text in enumerate(profiles):
            answers("method_ruleset_evaluate", rules.evaluate, text, DATES[i % len(DATES)])
            answers("method_ruleset_evaluate_json", rules.evaluate_json, text, "2024-01-01")
            answers("method_ruleset_evaluate", rules.evaluate, text, "2024-01-01", "profile", lexpact.Detail.VERDICTS)
            if ids:
                answers("method_ruleset_explain_obligation", rules.explain_obligation, text, ids[i % len(ids)], "2024-01-01")


def test_negative_limits_are_refused_in_python_before_the_call():
    with pytest.raises((ValueError, OverflowError, TypeError)):
        lexpact.RuleSet.library("icmec", lexpact.Limits(max_depth=-1))


def test_lone_surrogates_are_refused_in_python_before_the_call():
    with pytest.raises(UnicodeEncodeError):
        lexpact.format("\ud800")


def test_every_exported_function_is_called_with_garbage():
    # The generated module: `lexpact` itself, or the one the installed package re-exports.
    with open(sys.modules[lexpact.RuleSet.__module__].__file__, encoding="utf-8") as module:
        source = module.read()
    exported = set(re.findall(r"uniffi_lexpact_uniffi_fn_([a-z_]+)", source)) - {"clone_ruleset", "free_ruleset"}
    assert exported, "no exported function found"
    missing = exported - CALLED
    assert not missing, f"exported functions not called with garbage: {sorted(missing)}"
