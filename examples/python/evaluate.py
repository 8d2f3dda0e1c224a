"""Evaluate a State's profile against the bundled Rio Pact library with the Python bindings,
print the verdict counts and the facts to ask for next.

    python3 examples/python/evaluate.py examples/profiles/borealis.json

with the `lexpact` wheel installed, or the generated module on PYTHONPATH (see README.md).
"""

import pathlib
import sys
from collections import defaultdict

import lexpact


def questions(report):
    """The missing facts, those that settle the most obligations first."""
    settles = defaultdict(list)
    for result in report.results:
        for pointer in result.missing:
            settles[pointer].append(result.id)
    return sorted(settles.items(), key=lambda item: (-len(item[1]), item[0]))


def main(path: str) -> int:
    rules = lexpact.RuleSet.library("rio")  # build once; share it between threads freely
    text = pathlib.Path(path).read_text(encoding="utf-8")
    try:
        report = rules.evaluate(text, None, pathlib.Path(path).name)
    except lexpact.LexpactError as error:
        print("the profile is refused:", file=sys.stderr)
        for diagnostic in error.diagnostics:
            print(f"  {diagnostic}", file=sys.stderr)
        return 2
    s = report.summary
    print(f"{report.profile.state or report.profile.name} as of {report.as_of}: {s.total} obligations")
    print(f"  met {s.met}, partially met {s.partially_met}, not met {s.not_met}, unknown {s.unknown}, "
          f"not applicable {s.not_applicable}; overdue {s.overdue}")
    print(f"  not applicable: {s.not_applicable_applies_when} not concerned, "
          f"{s.not_applicable_exception} by an accepted exception")
    # What the missing facts could still make of the unknown verdicts.
    for count in s.ranges:
        print(f"  unknown, could be {' or '.join(v.name.lower() for v in count.range)}: {count.count}")
    for result in [r for r in report.results if r.verdict == lexpact.Verdict.NOT_MET][:3]:
        print(f"  not met: {result.cite} {result.title}")
    ask = questions(report)
    print(f"{len(ask)} facts to ask next:")
    for pointer, ids in ask[:10]:
        print(f"  {pointer}  (settles {', '.join(ids)})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "examples/profiles/borealis.json"))
