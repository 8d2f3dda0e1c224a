#!/usr/bin/env python3
"""Writes the cases of definitions that multiply when expanded, in the layout of
tests/bad-input/ (see its README), to be folded into tests/bad-input/make.py."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
RULES_OK = (
    'ruleset "bad-input" version "1"\n'
    'schema "lexpact/legal-profile/v1"\n'
    '\n'
    'obligation o1 {\n'
    '  title "A State that is a UN member"\n'
    '  cite "test"\n'
    '  require state.un_member\n'
    '}\n'
)


def case(name, file, content, kind, code, line=0, column=0, description="", **extra):
    d = os.path.join(HERE, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, file), "wb") as f:
        f.write(content.encode("utf-8"))
    expected = {"description": description, "kind": kind, "input": file}
    expected.update({"code": code, "line": line, "column": column})
    expected.update(extra)
    with open(os.path.join(d, "expected.json"), "w") as f:
        f.write(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")


def doubling(levels):
    """d0 reads a fact; each dN uses dN-1 twice: 2^(N+2) - 3 nodes once expanded."""
    return "define d0 = state.un_member\n" + "".join(
        "define d%d = d%d and d%d\n" % (n, n - 1, n - 1) for n in range(1, levels + 1))


def with_clauses(extra):
    return RULES_OK.replace("  require state.un_member\n", "  require state.un_member\n" + extra)


case("016-rules-definitions-double", "input.lex",
     RULES_OK.replace("require state.un_member", "require d40") + doubling(40),
     "rules", "E0212", 7, 11, message_contains="max_expanded_nodes",
     description="Forty definitions, each using the one before twice: 2^42 nodes once expanded. "
                 "The checker ran for hours before it measured a rule before expanding it.")
case("017-rules-parameter-doubled", "input.lex",
     RULES_OK.replace("require state.un_member",
                      "require " + "f(" * 25 + "state.un_member" + ")" * 25)
     + "define f(x) = x and x\n",
     "rules", "E0212", 7, 11, message_contains="max_expanded_nodes",
     description="A parameter used twice, the definition used inside itself 25 times: 2^26 nodes.")
case("018-rules-definitions-double-partial-when", "input.lex",
     with_clauses("  partial when d40\n") + doubling(40),
     "rules", "E0212", 8, 16, message_contains="max_expanded_nodes",
     description="The doubling definitions in `partial when`.")
case("019-rules-definitions-double-applies-when", "input.lex",
     with_clauses("  applies when d40\n") + doubling(40),
     "rules", "E0212", 8, 16, message_contains="max_expanded_nodes",
     description="The doubling definitions in `applies when`.")
case("020-rules-definitions-double-met-on", "input.lex",
     with_clauses("  deadline 2013-12-31\n  met on d40\n") + doubling(40),
     "rules", "E0212", 9, 10, message_contains="max_expanded_nodes",
     description="The doubling definitions in `met on`: measured before its type is checked.")
case("021-rules-definitions-double-test-block", "input.lex",
     RULES_OK.replace("require state.un_member", "require d40") + doubling(40)
     + 'test "uses the refused rule" {\n  as_of 2024-01-01\n  profile { state: { un_member: true } }\n  expect o1 met\n}\n',
     "rules", "E0212", 7, 11, message_contains="max_expanded_nodes",
     description="A test of the refused obligation adds no error of its own.")
case("022-rules-definitions-double-unused", "input.lex",
     RULES_OK + doubling(40),
     "rules", "E0212", 27, 8, message_contains="`d18` has more than 1000000 nodes",
     description="Used by no rule, the doubling definitions are refused where the limit is first crossed (d18).")
case("023-rules-definitions-double-at-limit", "input.lex",
     RULES_OK.replace("require state.un_member", "require d7") + doubling(7),
     "rules", None, limits={"max_expanded_nodes": 510},
     description="`require d7` has 510 nodes: exactly at the limit, accepted.")
case("024-rules-definitions-double-over-limit", "input.lex",
     RULES_OK.replace("require state.un_member", "require d7") + doubling(7),
     "rules", "E0212", 7, 11, message_contains="more than 509 nodes", limits={"max_expanded_nodes": 509},
     description="`require d7` has 510 nodes: one over the limit.")
case("025-rules-definitions-double-under-default", "input.lex",
     RULES_OK.replace("require state.un_member", "require d17") + doubling(17),
     "rules", None,
     description="`require d17` has 524 286 nodes, under the default max_expanded_nodes: accepted.")
