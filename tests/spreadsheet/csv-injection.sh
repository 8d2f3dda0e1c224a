#!/usr/bin/env bash
# CSV injection, checked in a real spreadsheet: profiles whose State names and file names would
# start a formula go through `lexpact check --format csv`; LibreOffice converts the CSV to
# XLSX, and openpyxl reads it back: every such cell must be text, not a formula. A control
# writes the same text raw (Python's csv module) and must give formulas, so the check can fail.
#
# Installs what it needs once: LibreOffice Calc (when `soffice` is missing) and a venv with
# openpyxl under target/. Last line: "N passed, N failed"; exit status 1 when a check failed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
target="${CARGO_TARGET_DIR:-$root/target}"
work="$target/spreadsheet"
venv="$target/spreadsheet-venv"

if ! command -v soffice >/dev/null; then
  apt-get update -qq && apt-get install -y libreoffice-calc-nogui
fi
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import openpyxl' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet openpyxl
fi

cargo build --locked --quiet
lexpact="$target/debug/lexpact"

rm -rf "$work"
mkdir -p "$work/out"
cd "$work"

# The hostile texts, one a line, shared with the checker below.
LEXPACT_ROOT="$root" "$venv/bin/python" - <<'PY'
import json, os


def file_name(text):
    return text.replace("/", "_").replace("\t", "_").replace("\r", "_") + ".json"


hostile = [
    '=HYPERLINK("http://x.invalid","x")',
    '@SUM(A1:A9)',
    '+1+1',
    '-1+1',
    '\t=1+1',
    '\r=1+1',
]
json.dump(hostile, open("hostile.json", "w"))
with open(os.path.join(os.environ["LEXPACT_ROOT"], "examples/quickstart/profile.json")) as f:
    profile = json.load(f)
with open("batch.jsonl", "w") as batch:
    for text in hostile:
        profile["state"]["name"] = text
        batch.write(json.dumps(profile) + "\n")
        # The file name is the profile's name in the report: a hostile one too (no `/`).
        json.dump(profile, open(file_name(text), "w"))
PY

mapfile -t files < <(ls -1 ./*.json | grep -v '^./hostile.json$' | sed 's|^\./||')
"$lexpact" check --rules "$root/examples/quickstart/rules.lex" --format csv \
  -- batch.jsonl "${files[@]}" > lexpact.csv

# The control: the same texts written raw, as a CSV writer that knows nothing of formulas does.
"$venv/bin/python" - <<'PY'
import csv, json

hostile = json.load(open("hostile.json"))
with open("raw.csv", "w", newline="") as f:
    writer = csv.writer(f)
    writer.writerow(["profile", "state"])
    for text in hostile:
        writer.writerow(["raw", text])
PY

# Comma-separated, double quotes, UTF-8 (76), from the first row.
soffice --headless --infilter=CSV:44,34,76,1 --convert-to xlsx --outdir out lexpact.csv raw.csv \
  >/dev/null 2>&1

"$venv/bin/python" - <<'PY'
import json, sys
import openpyxl

hostile = json.load(open("hostile.json"))
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAILED {what}")


def cells(path, columns):
    sheet = openpyxl.load_workbook(path).active
    for row in sheet.iter_rows(min_row=2):
        for cell in row[:columns]:
            yield cell


def is_formula(cell):
    return cell.data_type == "f" or (isinstance(cell.value, str) and cell.value.startswith("="))


# lexpact's CSV: every profile-name and State cell is text, not a formula.
states, profiles = set(), set()
for cell in cells("out/lexpact.xlsx", 2):
    check(not is_formula(cell) and cell.data_type == "s", f"{cell.coordinate} {cell.value!r} is text")
    (states if cell.column == 2 else profiles).add(cell.value)
# Each hostile text is there whole, after the quote (LibreOffice reads a CR as a line break).
for text in hostile:
    state = "'" + text.replace("\r", "\n")
    check(state in states, f"the State name {state!r} is in the spreadsheet")
    name = "'" + text.replace("/", "_").replace("\t", "_").replace("\r", "_") + ".json"
    if name.startswith("'") and name[1] in "=+-@":
        check(name in profiles, f"the profile name {name!r} is in the spreadsheet")

# The control: written raw, hostile text does become a formula, so the checks above can fail.
formulas = [c.value for c in cells("out/raw.xlsx", 2) if c.column == 2 and is_formula(c)]
check(hostile[0] in formulas, f"the control: raw {hostile[0]!r} becomes a formula")
print(f"control: {len(formulas)} of {len(hostile)} raw cells became formulas: {formulas}")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
