#!/usr/bin/env python3
"""Writes the bad-input corpus (tests/bad-input/NNN-name/). Run from anywhere; it rewrites
every case it knows and leaves others alone. The expectations are written here by hand."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
MARKER = '"profile": "lexpact/legal-profile/v1"'
OK_PROFILE = '{ %s, "as_of": "2024-01-01" }\n' % MARKER
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
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    with open(os.path.join(d, file), "wb") as f:
        f.write(data)
    expected = {"description": description, "kind": kind, "input": file}
    if kind == "profile":
        expected["rules"] = {"library": "rio"}
    expected.update({"code": code, "line": line, "column": column})
    expected.update(extra)
    with open(os.path.join(d, "expected.json"), "w") as f:
        f.write(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")


# ---- rule files -------------------------------------------------------------------------
case("001-rules-empty", "input.lex", "", "rules", None,
     description="An empty rule file is a rule set without obligations: accepted (with warning W0101, no schema).")
case("002-rules-invalid-utf8", "input.lex", RULES_OK.encode() + b"# \xff\xfe bad\n", "rules",
     "E0300", utf8=False,
     description="A byte that is not UTF-8: refused when the file is read (text-only APIs cannot even be given it).")
case("003-rules-bom", "input.lex", "\ufeff" + RULES_OK, "rules", None,
     description="A UTF-8 byte-order mark before the first token is accepted.")
case("004-rules-crlf", "input.lex", RULES_OK.replace("\n", "\r\n"), "rules", None,
     description="CRLF line ends are accepted.")
case("005-rules-crlf-error-line", "input.lex",
     RULES_OK.replace("require state.un_member", "require state.un_member and").replace("\n", "\r\n"),
     "rules", "E0001", 8, 1,
     description="With CRLF line ends, a syntax error is still located on the right line.")
case("006-rules-truncated", "input.lex", RULES_OK[: RULES_OK.index("require") + 12], "rules",
     "E0001", 7, 15, description="A file cut off in the middle of an obligation.")
case("007-rules-unterminated-string", "input.lex",
     RULES_OK.replace('title "A State that is a UN member"', 'title "A State that is a UN member'),
     "rules", "E0001", 5, 37, description="A string that is never closed (the error is at the end of its line).")
case("008-rules-deep-100k", "input.lex",
     RULES_OK.replace("require state.un_member", "require " + "(" * 100_000 + "state.un_member" + ")" * 100_000),
     "rules", "E0002", 7, 42, message_contains="max_depth",
     description="100 000 nested brackets: refused by the pre-scan at the 33rd, before the parser recurses.")
case("009-rules-huge-number", "input.lex",
     RULES_OK.replace("require state.un_member", "require definitions.child.age_threshold < 1" + "0" * 400),
     "rules", "E0208", 7, 45, description="A number literal too large for a 64-bit float.")
case("010-rules-long-line", "input.lex",
     "# " + "x" * 200_000 + "\n" + RULES_OK.replace("state.un_member", "state.un_membr"),
     "rules", "E0201", 8, 17, message_contains="un_membr",
     description="A 200 000-character comment line before an error: lines and columns still right.")
case("011-rules-nul-byte", "input.lex", RULES_OK.replace("cite \"test\"", "cite \"te\x00st\"\x00"),
     "rules", "E0001", 6, 15, description="NUL bytes outside a string.")
case("012-rules-limit-source-bytes", "input.lex", RULES_OK, "rules", "E0003", 1, 1,
     limits={"max_source_bytes": 64}, message_contains="max_source_bytes",
     description="A file larger than max_source_bytes (set to 64 for this case).")
case("013-rules-limit-depth", "input.lex",
     RULES_OK.replace("require state.un_member", "require ((((((state.un_member))))))"),
     "rules", "E0002", 7, 14, limits={"max_depth": 4}, message_contains="max_depth",
     description="Nesting deeper than max_depth (set to 4 for this case).")
case("014-rules-quantifier-deep", "input.lex",
     RULES_OK.replace("require state.un_member",
                      "require " + "all x in state.regional_memberships where " * 40 + "true"),
     "rules", "E0002", 7, 1313, message_contains="max_depth",
     description="Quantifiers nested 40 deep (each `where` reaches to the end): refused by the pre-scan.")

case("015-rules-definitions-nest-deep", "input.lex",
     RULES_OK.replace("require state.un_member", "require not d31")
     + "define d0 = state.un_member\n"
     + "".join("define d%d = %sd%d\n" % (i, "not " * 30, i - 1) for i in range(1, 32)),
     "rules", "E0212", 7, 11, message_contains="max_expanded_depth",
     description="Definitions each 30 deep, used inside one another 31 times: about 1000 levels once expanded. "
                 "This overflowed the stack of the checker (8 MiB) before max_expanded_depth existed.")

# Two 300 000-byte names one letter apart: the did-you-mean compares no word over 256 bytes (it
# took seconds, quadratic in the names' length), and the snippet is cut around the caret.
LONG_NAME = "n" * 300_000
case("026-rules-long-names-one-letter-apart", "input.lex",
     RULES_OK.replace("require state.un_member", "require %sb" % LONG_NAME)
     + "\ndefine %sa = true\n" % LONG_NAME,
     "rules", "E0201", 7, 11,
     description="Two 300 000-byte names one letter apart: refused at once, without a did-you-mean.")

# Definitions that multiply when expanded: measured before anything is expanded.
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
     "rules", "E0212", 25, 8, message_contains="`d16` has more than 200000 nodes",
     description="Used by no rule, the doubling definitions are refused where the limit is first crossed (d16).")
case("023-rules-definitions-double-at-limit", "input.lex",
     RULES_OK.replace("require state.un_member", "require d7") + doubling(7),
     "rules", None, limits={"max_expanded_nodes": 532},
     description="`require d7` has 510 nodes, and checking the eight definitions on their own "
                 "builds 22 more: exactly at the limit of the rule set, accepted.")
case("024-rules-definitions-double-over-limit", "input.lex",
     RULES_OK.replace("require state.un_member", "require d7") + doubling(7),
     "rules", "E0212", 7, 11, message_contains="more than 509 nodes", limits={"max_expanded_nodes": 509},
     description="`require d7` has 510 nodes: one over the limit.")
case("025-rules-definitions-double-under-default", "input.lex",
     RULES_OK.replace("require state.un_member", "require d15") + doubling(15),
     "rules", None,
     description="`require d15` has 131 069 nodes, under the default max_expanded_nodes: accepted.")

case("027-rules-many-rules-add-up", "input.lex",
     RULES_OK.replace("require state.un_member", "require d10")
     + "".join('obligation o%d { title "t" cite "c" require d10 }\n' % i for i in range(2, 61))
     + doubling(10),
     "rules", "E0212", 56, 45, message_contains="the rule set has more than 200000 nodes",
     description="Sixty rules of 4 093 nodes each, every one under the limit: the rule set's "
                 "total is bounded too, refused at the rule that takes it over.")

# ---- profiles (evaluated with the bundled `rio` library) ---------------------------------
case("101-profile-empty", "input.json", "", "profile", "E0302",
     description="An empty profile file is not an object.")
case("102-profile-invalid-utf8", "input.json", b'{ "profile": "lexpact/legal-profile/v1", "as_of": "2024-01-01", "state": { "name": "\xc3\x28" } }\n',
     "profile", "E0300", utf8=False, description="A byte sequence that is not UTF-8.")
case("103-profile-bom", "input.json", "\ufeff" + OK_PROFILE, "profile", None,
     description="A UTF-8 byte-order mark before the JSON is accepted.")
case("104-profile-crlf-error-line", "input.json",
     '{\r\n  %s,\r\n  "as_of": "2024-01-01",\r\n  "state": { "name": "X" ]\r\n}\r\n' % MARKER,
     "profile", "E0301", 4, 26, description="With CRLF line ends, a JSON error is located on the right line.")
case("105-profile-truncated", "input.json", OK_PROFILE[:30], "profile", "E0301", 1, 30,
     description="JSON cut off in the middle of a string.")
case("106-profile-unterminated-string", "input.json",
     '{ %s, "as_of": "2024-01-01, "state": {} }\n' % MARKER, "profile", "E0301", 1, 65,
     description="A string that runs into the next one.")
case("107-profile-deep-100k", "input.json",
     '{ %s, "as_of": "2024-01-01", "state": ' % MARKER + "[" * 100_000 + "]" * 100_000 + " }\n",
     "profile", "E0303", 1, 105, message_contains="max_depth",
     description="100 000 nested lists: refused by a linear scan at the 33rd level, before serde_json recurses.")
case("108-profile-deep-yaml", "input.yaml",
     MARKER.replace('"profile": ', "profile: ") + "\nas_of: 2024-01-01\nstate: " + "[" * 100_000 + "]" * 100_000 + "\n",
     "profile", "E0303", 3, 39, message_contains="max_depth",
     description="100 000 nested YAML flow lists: refused by a linear scan before the YAML reader (quadratic in flow depth) sees them.")
case("109-profile-huge-number", "input.json",
     '{ %s, "as_of": "2024-01-01", "definitions": { "child": { "age_threshold": 1e400 } } }\n' % MARKER,
     "profile", "E0301", 1, 114, description="A number beyond a 64-bit float.")
case("110-profile-duplicate-key", "input.json",
     '{\n  %s,\n  "as_of": "2024-01-01",\n  "as_of": "2025-01-01"\n}\n' % MARKER,
     "profile", "E0301", 4, 9, message_contains="as_of",
     description="A key given twice in one object (serde_json would keep the last silently).")
case("111-profile-duplicate-key-yaml", "input.yaml",
     "profile: lexpact/legal-profile/v1\nas_of: 2024-01-01\nstate:\n  name: A\n  name: B\n",
     "profile", "E0301", 4, 3, message_contains="name",
     description="A key given twice in one YAML mapping.")
case("112-profile-root-not-object", "input.json", "[1, 2, 3]\n", "profile", "E0302",
     message_contains="object", description="Wrong type at the root: a list.")
case("113-profile-wrong-type-object", "input.json",
     '{ %s, "as_of": "2024-01-01", "state": "Freedonia" }\n' % MARKER, "profile", "E0302",
     message_contains="/state", description="Wrong type at the first level: a string for an object.")
case("114-profile-wrong-type-fact", "input.json",
     '{ %s, "as_of": "2024-01-01", "treaties": { "crc": { "ratification_in_progress": "yes" } } }\n' % MARKER,
     "profile", "E0302", message_contains="/treaties/crc/ratification_in_progress",
     description="Wrong type of a fact the rules read: a string for a boolean.")
case("115-profile-wrong-type-envelope", "input.json",
     '{ %s, "as_of": "2024-01-01", "treaties": { "crc": { "ratification_in_progress": { "value": 1, "status": "known" } } } }\n' % MARKER,
     "profile", "E0302", message_contains="/treaties/crc/ratification_in_progress",
     description="Wrong type inside the envelope of a fact the rules read.")
case("116-profile-bad-status", "input.json",
     '{ %s, "as_of": "2024-01-01", "treaties": { "crc": { "ratification_in_progress": { "value": true, "status": "probably" } } } }\n' % MARKER,
     "profile", "E0302", message_contains="/treaties/crc/ratification_in_progress",
     description="A fact status that does not exist, on a fact the rules read.")
case("117-profile-wrong-type-list", "input.json",
     '{ %s, "as_of": "2024-01-01", "followup": { "rio_reports": { "year": 2020 } } }\n' % MARKER,
     "profile", "E0302", message_contains="/followup/rio_reports",
     description="Wrong type of a list: an object.")
case("118-profile-wrong-type-list-item", "input.json",
     '{ %s, "as_of": "2024-01-01", "followup": { "rio_reports": [ { "year": 2020 }, { "year": "2021" } ] } }\n' % MARKER,
     "profile", "E0302", message_contains="/followup/rio_reports/1/year",
     description="Wrong type inside the second item of a list of records.")
case("119-profile-bad-date", "input.json",
     '{ %s, "as_of": "2024-01-01", "treaties": { "opsc": { "entry_into_force_date": "2024-02-30" } } }\n' % MARKER,
     "profile", "E0302", message_contains="/treaties/opsc/entry_into_force_date",
     description="A date that is not in the calendar, on a fact the rules read.")
case("120-profile-fractional-integer", "input.json",
     '{ %s, "as_of": "2024-01-01", "definitions": { "child": { "age_threshold": 17.5 } } }\n' % MARKER,
     "profile", "E0302", message_contains="/definitions/child/age_threshold",
     description="17.5 in a field the schema types as an integer.")
case("121-profile-unknown-field", "input.json",
     '{ %s, "as_of": "2024-01-01", "state": { "nmae": "Freedonia" } }\n' % MARKER, "profile", "E0302",
     message_contains="did you mean `name`", description="A misspelt field (the schema closes the object with additionalProperties: false).")
case("122-profile-unknown-top-level-field", "input.json",
     '{ %s, "as_of": "2024-01-01", "treatise": {} }\n' % MARKER, "profile", "E0302",
     message_contains="/treatise", description="An unknown field at the root.")
case("123-profile-no-marker", "input.json", '{ "as_of": "2024-01-01" }\n', "profile", "E0302",
     message_contains="profile", description="A profile without the required `profile` version marker.")
case("124-profile-billion-laughs", "input.yaml",
     "profile: lexpact/legal-profile/v1\nas_of: 2024-01-01\n"
     + "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
     + "".join("%s: &%s [*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s]\n" % ((c, c) + (p,) * 9)
               for p, c in zip("abcdefgh", "bcdefghi")),
     "profile", "E0301", 4, 8, message_contains="alias",
     description="YAML aliases that would expand to 9^9 strings (\"billion laughs\"): refused at the first alias by the scan that runs before the YAML reader (which used to take about 150 MB expanding them).")
case("125-profile-long-line", "input.json",
     '{ %s, "as_of": "2024-01-01", "state": { "name": "%s" }, "oops" }\n' % (MARKER, "x" * 200_000),
     "profile", "E0301", 1, 200097, description="An error at the end of a 200 000-character line.")
case("126-profile-limit-list-len", "input.json",
     '{ %s, "as_of": "2024-01-01", "state": { "regional_memberships": ["AU", "OAS", "EU"] } }\n' % MARKER,
     "profile", "E0303", limits={"max_list_len": 2}, message_contains="max_list_len",
     description="A list longer than max_list_len (set to 2 for this case).")
case("127-profile-bad-as-of", "input.json", '{ %s, "as_of": "yesterday" }\n' % MARKER, "profile",
     "E0302", message_contains="/as_of", description="An as_of that is not a date.")
case("128-profile-yaml-not-a-map", "input.yaml", "- just\n- a list\n", "profile", "E0302",
     description="YAML whose document is a list.")
case("129-profile-nan", "input.yaml", "profile: lexpact/legal-profile/v1\nas_of: 2024-01-01\ndefinitions:\n  child:\n    age_threshold: .nan\n",
     "profile", "E0301", 5, 20, description="A YAML number that is not finite (.nan).")
case("130-profile-limit-evaluation-steps", "input.json", '{ %s, "as_of": "2024-01-01" }\n' % MARKER,
     "profile", "E0305", limits={"max_evaluation_steps": 100}, message_contains="max_evaluation_steps",
     description="A valid profile whose evaluation takes more steps than max_evaluation_steps (set to 100 for this case): the evaluation stops, naming the limit and the obligation it was in.")

# Work only an explanation needs is paid from the explanation budget, not the steps.
with open(os.path.join(HERE, "..", "..", "examples", "profiles", "aurelia.json"), encoding="utf-8") as f:
    AURELIA = f.read()
case("131-profile-steps-past-a-decision", "input.json", AURELIA, "profile", None,
     limits={"max_evaluation_steps": 563},
     description="A full example profile with max_evaluation_steps at 563: evaluating it takes "
                 "560 steps; explaining it also reads the operands after the one that decided an "
                 "and/or. The explanation is paid from the explanation budget, not the steps: "
                 "accepted in every format, as the CSV output (verdicts only) always did.")
# Block-style YAML nested deeper than max_depth: refused by the nesting scan before the reader.
YAML_HEADER = "profile: lexpact/legal-profile/v1\nas_of: 2024-01-01\n"
# The root map is level 1, the 32nd `-` (column 65) level 33.
case("132-profile-deep-yaml-block", "input.yaml",
     YAML_HEADER + "state:\n  " + "- " * 200_000 + "x\n",
     "profile", "E0303", 4, 65, message_contains="max_depth",
     description="200 000 nested YAML block sequences written `- - - … x`: refused by the "
                 "nesting scan before the YAML reader builds its events (124 MB before).")
# One level a line, each indented one space more; `state` is level 2 from line 4, so the key on
# line 35 (column 33) opens level 33.
case("133-profile-deep-yaml-indented", "input.yaml",
     YAML_HEADER + "state:\n" + "".join(" " * (i + 1) + "k%d:\n" % i for i in range(600))
     + " " * 601 + "x\n",
     "profile", "E0303", 35, 33, message_contains="max_depth",
     description="600 nested YAML block mappings, one level a line, each indented one space "
                 "more: refused by the nesting scan before the YAML reader runs.")
# `- k:` a line: a sequence at its mapping's indentation and a mapping, two levels each; the
# mapping of line 19 (column 33) is level 33.
case("134-profile-deep-yaml-indentless", "input.yaml",
     YAML_HEADER + "state:\n" + "".join("  " * i + "- k:\n" for i in range(300)),
     "profile", "E0303", 19, 33, message_contains="max_depth",
     description="Sequences of mappings nested 600 deep, `- k:` a line: each line is two levels "
                 "(the sequence, the mapping); refused by the nesting scan.")


# ---- profiles evaluated with rules of the case's own (`rules.lex` beside the input) --------
def case_with_rules(name, rules, profile, code, **extra):
    case(name, "input.json", profile, "profile", code, **extra)
    with open(os.path.join(HERE, name, "rules.lex"), "w", encoding="utf-8") as f:
        f.write(rules)
    path = os.path.join(HERE, name, "expected.json")
    with open(path, encoding="utf-8") as f:
        expected = json.load(f)
    expected["rules"] = {"file": "rules.lex"}
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")


def nested_all(depth, condition):
    names = ["m%d" % i for i in range(depth)]
    expr = condition(names)
    for n in reversed(names):
        expr = "all %s in state.regional_memberships where %s" % (n, expr)
    return RULES_OK.replace("require state.un_member", "require " + expr)


def memberships(items):
    return '{ %s, "as_of": "2024-01-01", "state": { "regional_memberships": [%s] } }\n' % (
        MARKER, ", ".join(['"AU"'] * items))


case_with_rules("135-profile-three-quantifiers-nested", nested_all(
    3, lambda n: " and ".join("%s == %s" % (a, b) for a, b in zip(n, n[1:]))), memberships(1000),
    "E0305", message_contains="max_evaluation_steps",
    description="Three quantifiers nested over a 1 000-item list (10^9 steps): stopped by "
                "max_evaluation_steps in every format. The full report used to build explanations "
                "for 13 s and 3.5 GB first; the verdicts alone stopped in a fraction of a second.")
case_with_rules("136-profile-ten-quantifiers-nested", nested_all(
    10, lambda n: " and ".join("%s == %s" % (a, b) for a, b in zip(n, n[1:]))), memberships(1000),
    "E0305", message_contains="max_evaluation_steps",
    description="Ten quantifiers nested over a 1 000-item list: the same E0305, in every format.")
case_with_rules("137-profile-decided-before-the-work",
    RULES_OK.replace("require state.un_member", "require state.un_member or (" + nested_all(
        3, lambda n: "%s == %s" % (n[0], n[2])).split("require ", 1)[1].split("\n", 1)[0] + ")"),
    memberships(1000).replace('"state": {', '"state": { "un_member": true,'), None,
    description="An `or` decided by its first operand, then three quantifiers over 1 000 items: "
                "met in every format; the explanation of the undecided operand is cut by its own "
                "budget instead of running the evaluation out of steps (it used to end in E0305 "
                "after 8–13 s and 1.9 GB in the full report, and be met in the CSV).")

# ---- the profile format's own lists: a fact's history, a federal State's units ---------------
case("138-profile-limit-history-len", "input.json",
     '{ "profile": "lexpact/legal-profile/v1.1", "as_of": "2024-01-01", "definitions": { "child": '
     '{ "age_threshold": { "history": [{ "value": 16, "until": "2010-01-01" }, '
     '{ "value": 17, "from": "2010-01-01", "until": "2015-01-01" }, '
     '{ "value": 18, "from": "2015-01-01" }] } } } }\n',
     "profile", "E0303", limits={"max_list_len": 2}, message_contains="max_list_len",
     description="A fact's history longer than max_list_len (set to 2 for this case): a history "
                 "is a list like any other, so the default limit (100 000) bounds it too.")
case("139-profile-units-same-id", "input.json",
     '{ "profile": "lexpact/legal-profile/v1.1", "as_of": "2024-01-01", "jurisdictions": [%s] }\n'
     % ", ".join(['{ "id": "north", "name": "North" }'] * 5000),
     "profile", "E0302", message_contains="have the same id",
     description="5 000 units with the same id: one pass over them, 50 problems listed and the "
                 "rest counted.")

# ---- what an evaluation validates: the paths its rules read -----------------------------------
case("140-profile-unread-fact-wrong-type", "input.json",
     '{ %s, "as_of": "2024-01-01", "state": { "name": "Freedonia", "un_member": "yes" } }\n' % MARKER,
     "profile", None,
     description="A malformed fact the rules never read (`state.un_member`, a string for a "
                 "boolean): an evaluation validates only what its rules read, so the profile is "
                 "evaluated; `lexpact validate` (the whole profile) refuses it.")
