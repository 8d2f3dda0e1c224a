#!/usr/bin/env python3
"""The table of bounds: each hostile input class of docs/language.md#limits, and an input just
under each default limit, run through the release CLI under `/usr/bin/time -v`. Prints one
markdown row per case: what it is, the command's outcome (exit code and first error code),
wall time and peak resident memory.

    cargo build --release && python3 bench/limits.py [--only SUBSTRING] [--binary PATH]

Rerun it after every change to the evaluator, and copy the table into docs/language.md.
Inputs are generated into a temporary directory (the largest streams 600 MB through a pipe
and is never written to disk)."""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARKER = '"profile": "lexpact/legal-profile/v1"'
HEADER = 'ruleset "limits" version "1"\nschema "lexpact/legal-profile/v1"\n\n'
MIB = 1 << 20
TIMEOUT = 60


def obligation(name, require, extra=""):
    return (f'obligation {name} {{\n  title "{name}"\n  cite "test"\n{extra}'
            f'  require {require}\n}}\n')


def memberships_profile(items):
    members = ", ".join(['"AU"'] * items)
    return '{ %s, "as_of": "2024-01-01", "state": { "regional_memberships": [%s] } }\n' % (
        MARKER, members)


def nested_quantifiers(depth):
    names = [f"m{i}" for i in range(depth)]
    body = " and ".join(f"{a} == {b}" for a, b in zip(names, names[1:])) or "true"
    expr = body
    for name in reversed(names):
        expr = f"all {name} in state.regional_memberships where {expr}"
    return HEADER + obligation("nested", expr)


def definition_chain(levels, uses=2):
    lines = ["define d0 = state.un_member"]
    for i in range(1, levels + 1):
        lines.append(f"define d{i} = " + " and ".join([f"d{i - 1}"] * uses))
    return HEADER + "\n".join(lines) + "\n\n" + obligation("chain", f"d{levels}")


def deep_rule(depth):
    return HEADER + obligation("deep", "(" * depth + "state.un_member" + ")" * depth)


def many_obligations(count):
    return HEADER + "".join(obligation(f"o{i}", "state.un_member") for i in range(count))


def large_profile(size):
    note = "n" * (size - 200)
    return '{ %s, "as_of": "2024-01-01", "state": { "name": { "value": "X", "note": "%s" } } }\n' % (
        MARKER, note)


def yaml_block(levels, one_line):
    if one_line:
        return 'profile: lexpact/legal-profile/v1\nas_of: 2024-01-01\nx:\n' + "- " * levels + "x\n"
    lines = ["profile: lexpact/legal-profile/v1", "as_of: 2024-01-01", "x:"]
    lines += ["  " * i + "-" for i in range(levels)]
    return "\n".join(lines) + "\n"


def streamed(size):
    """A shell pipeline that writes `size` bytes of one JSON profile to stdout."""
    pad = size - 120
    return ("python3 -c 'import sys; w=sys.stdout.write; "
            "w(\"{\\\"profile\\\": \\\"lexpact/legal-profile/v1\\\", \\\"note\\\": \\\"\"); "
            f"[w(\"n\" * (1 << 20)) for _ in range({pad} >> 20)]; w(\"\\\"}}\")'")


class Runner:
    def __init__(self, binary, workdir, only):
        self.binary, self.dir, self.only = binary, workdir, only
        self.rows = []

    def file(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def run(self, label, args, stdin_pipeline=None):
        """Runs one case; `args` may be a function that writes the case's inputs and returns
        the arguments, so that a case left out by --only writes nothing."""
        if self.only and self.only not in label:
            return
        if callable(args):
            args = args()
        # A case still running after TIMEOUT seconds is stopped and reported as such.
        cmd = " ".join(["/usr/bin/time", "-v", "timeout", str(TIMEOUT), self.binary]
                       + [quote(a) for a in args])
        if stdin_pipeline:
            cmd = f"{stdin_pipeline} | {cmd}"
        proc = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True,
                              errors="replace", cwd=self.dir)
        err = proc.stderr
        wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", err)
        rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
        code = re.search(r"error\[(E\d{4})\]", err + proc.stdout)
        outcome = f"exit {proc.returncode}" + (f", {code.group(1)}" if code else "")
        if proc.returncode == 124:
            outcome = f"stopped after {TIMEOUT} s"
        self.rows.append((label, outcome, seconds(wall.group(1)) if wall else "?",
                          f"{int(rss.group(1)) / 1024:.0f}" if rss else "?"))
        print(f"{label}: {outcome}", file=sys.stderr)


def quote(arg):
    return "'" + arg.replace("'", "'\\''") + "'" if re.search(r"[^\w./=:-]", arg) else arg


def seconds(clock):
    parts = [float(p) for p in clock.split(":")]
    total = 0.0
    for p in parts:
        total = total * 60 + p
    return f"{total:.2f}"


def hostile(r):
    empty = r.file("empty.json", '{ %s, "as_of": "2024-01-01" }\n' % MARKER)
    chain = r.file("chain40.lex", definition_chain(40))
    r.run("40 definitions, each using the previous twice", ["check", "--rules", chain, empty])
    chain_f = r.file("chain_param.lex", HEADER + "define f(x) = x and x\n\n" + obligation(
        "calls", "f(" * 40 + "state.un_member" + ")" * 40))
    r.run("`f(x) = x and x` applied 40 deep", ["check", "--rules", chain_f, empty])
    many = r.file("many_chains.lex", definition_chain(12) + "".join(
        obligation(f"o{i}", "d12") for i in range(2000)))
    r.run("2 000 rules of 16 381 nodes each (the whole rule set bounded)",
          ["check", "--rules", many, empty])
    thousand = r.file("list1000.json", memberships_profile(1000))
    three = r.file("nested3.lex", nested_quantifiers(3))
    for fmt in ["text", "json", "csv"]:
        r.run(f"3 quantifiers nested over 1 000 items, --format {fmt}",
              ["check", "--rules", three, "--format", fmt, thousand])
    ten = r.file("nested10.lex", nested_quantifiers(10))
    r.run("10 quantifiers nested over 1 000 items, --format text",
          ["check", "--rules", ten, thousand])
    big = os.path.join(r.dir, "big.json")
    if not r.only or r.only in "200 MB profile, as a path":
        subprocess.run(["bash", "-c", f"{streamed(200 * MIB)} > {big}"], check=True)
    r.run("200 MB profile, as a path", ["check", "--library", "rio", big])
    r.run("200 MB profile, through stdin", ["check", "--library", "rio", "-"], streamed(200 * MIB))
    r.run("600 MB profile, through stdin", ["check", "--library", "rio", "-"], streamed(600 * MIB))
    if os.path.exists(big):
        os.remove(big)
    jsonl = r.file("batch.jsonl", memberships_profile(1).replace("\n", "") + "\n")
    with open(jsonl, "a", encoding="utf-8") as f:
        f.write(large_profile(8 * MIB).replace("\n", "") + "\n")
        f.write(memberships_profile(1))
    r.run("`.jsonl` batch with one 8 MB line", ["check", "--library", "rio", "--format", "csv", jsonl])
    for one_line in [True, False]:
        kind = "`- - - …` on one line" if one_line else "one level per line"
        # Indented, depth costs its square in bytes: 1 400 levels is about 2 MB.
        levels = 200_000 if one_line else 1_400
        r.run(f"block YAML {levels:_} deep, {kind}".replace("_", " "),
              lambda: ["check", "--library", "rio",
                       r.file(f"deep{int(one_line)}.yaml", yaml_block(levels, one_line))])
    ident = r.file("ident5mb.lex", HEADER + obligation("long", "state." + "a" * (5 * MIB)))
    r.run("rule file with a 5 MB identifier", ["check", "--rules", ident, empty])
    twins = "b" * (19 * MIB // 10)
    near = r.file("twins.lex", HEADER + f"define {twins}a = true\n\n" + obligation("o", f"{twins}b"))
    r.run("two 1.9 MB identifiers one letter apart", ["check", "--rules", near, empty])
    two_mb = r.file("fmt2mb.lex", many_obligations(40_000)[: 2 * MIB].rsplit("obligation", 1)[0])
    r.run("`fmt --check` of a 2 MB rule file", ["fmt", "--check", two_mb])
    r.run("`--limit max_depth=65`", ["check", "--library", "rio", "--limit", "max_depth=65", empty])


def under_defaults(r):
    empty = r.file("empty.json", '{ %s, "as_of": "2024-01-01" }\n' % MARKER)
    near_4mib = r.file("profile4mib.json", large_profile(4 * MIB - 1024))
    r.run("max_source_bytes: a 4 MiB profile with rio", ["check", "--library", "rio", near_4mib])
    rules_dir = os.path.join(r.dir, "files1000")
    os.makedirs(rules_dir, exist_ok=True)
    for i in range(1000):
        with open(os.path.join(rules_dir, f"r{i:04}.lex"), "w", encoding="utf-8") as f:
            f.write((HEADER if i == 0 else "") + obligation(f"o{i}", "state.un_member"))
    r.run("max_files: 1 000 rule files", ["check", "--rules", rules_dir, empty])
    r.run("max_depth: a rule nested 31 deep", ["check", "--rules", r.file("deep31.lex", deep_rule(31)), empty])
    many = r.file("obligations10000.lex", many_obligations(10_000))
    r.run("max_obligations: 10 000 obligations", ["check", "--rules", many, empty])
    chain = r.file("chain15.lex", definition_chain(15))
    r.run("max_expanded_nodes: one rule of 131 069 nodes", ["check", "--rules", chain, empty])
    hundred_k = r.file("list100k.json", memberships_profile(100_000))
    one = r.file("nested1.lex", nested_quantifiers(1))
    r.run("max_list_len: one quantifier over 100 000 items", ["check", "--rules", one, hundred_k])
    # Each inner item is about four steps (the visit, the comparison and its two operands).
    near = r.file("list1500.json", memberships_profile(1500))
    two = r.file("nested2.lex", nested_quantifiers(2))
    r.run("max_evaluation_steps: 2 quantifiers over 1 500 items (just under 10⁷ steps), text",
          ["check", "--rules", two, near])
    r.run("max_evaluation_steps: the same, --format json", ["check", "--rules", two, "--format", "json", near])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "lexpact"))
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    if not os.path.exists(binary):
        sys.exit(f"{binary} is missing: cargo build --release")
    with tempfile.TemporaryDirectory() as workdir:
        r = Runner(binary, workdir, args.only)
        hostile(r)
        under_defaults(r)
    print("| input | outcome | seconds | peak MB |")
    print("|---|---|---|---|")
    for label, outcome, wall, rss in r.rows:
        print(f"| {label} | {outcome} | {wall} | {rss} |")


if __name__ == "__main__":
    main()
