#!/usr/bin/env python3
"""Writes the cases of tests/bad-input-new/ in the layout of tests/bad-input/ (see its README),
ready to be folded into that corpus (and its make.py). The expectations are written by hand."""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.join(HERE, "..", "..", "examples", "profiles")
HEADER = "profile: lexpact/legal-profile/v1\nas_of: 2024-01-01\n"


def case(name, file, content, code, line=0, column=0, description="", **extra):
    d = os.path.join(HERE, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, file), "w", encoding="utf-8") as f:
        f.write(content)
    expected = {"description": description, "kind": "profile", "input": file,
                "rules": {"library": "rio"}, "code": code, "line": line, "column": column}
    expected.update(extra)
    with open(os.path.join(d, "expected.json"), "w") as f:
        f.write(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")


with open(os.path.join(EXAMPLES, "aurelia.json"), encoding="utf-8") as f:
    AURELIA = f.read()
case("131-profile-steps-past-a-decision", "input.json", AURELIA, None,
     limits={"max_evaluation_steps": 500},
     description="A full example profile with max_evaluation_steps at 500: evaluating it takes "
                 "469 steps, explaining it takes 538 (the operands after the one that decided an "
                 "and/or). The explanation is paid from the explanation budget, not the steps: "
                 "accepted in every format, as the CSV output (verdicts only) always did.")

# 200 000 levels of `- ` on one line under a key: the map is level 1, the 32nd `-` (column 65)
# level 33.
case("132-profile-deep-yaml-block", "input.yaml",
     HEADER + "state:\n  " + "- " * 200_000 + "x\n",
     "E0303", 4, 65, message_contains="max_depth",
     description="200 000 nested YAML block sequences written `- - - … x`: refused by the "
                 "nesting scan before the YAML reader builds its events.")

# One level a line, each indented one space more: 2 800 levels fit in max_source_bytes. The
# root mapping is level 1, `state` level 2 from line 4, so the key on line 35 (column 33)
# opens level 33.
levels = 2_800
body = "".join(" " * (i + 1) + "k%d:\n" % i for i in range(levels)) + " " * (levels + 1) + "x\n"
case("133-profile-deep-yaml-indented", "input.yaml", HEADER + "state:\n" + body,
     "E0303", 35, 33, message_contains="max_depth",
     description="2 800 nested YAML block mappings, one level a line, each indented one space "
                 "more: refused by the nesting scan before the YAML reader runs.")

# Mappings whose values are sequences at the keys' indentation (`- k:` a line, two levels each;
# 1 400 lines fit in max_source_bytes). The mapping of line 19 (column 33) is level 33.
body = "".join("  " * i + "- k:\n" for i in range(1_400))
case("134-profile-deep-yaml-indentless", "input.yaml", HEADER + "state:\n" + body,
     "E0303", 19, 33, message_contains="max_depth",
     description="Sequences of mappings nested 2 800 deep, `- k:` a line: each line is two levels "
                 "(the sequence, the mapping); refused by the nesting scan.")
