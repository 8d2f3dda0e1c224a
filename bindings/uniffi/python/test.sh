#!/usr/bin/env bash
# The Python wheel end to end: builds it with maturin (release), checks its name, its contents
# and that its manylinux tag is the one `auditwheel show` finds for the library, installs it in
# a venv of its own under target/wheel/ (never the source tree on the path), checks the type
# stubs are those of the installed API (LEXPACT_BLESS=1 rewrites them), type-checks them and a
# usage file against them with `mypy --strict`, runs the pytest suites of the bindings and of the
# wheel against the installed package (the wheel's include the notebook
# examples/python/rio.ipynb, executed headless), and the Python example; and evaluates the
# example profile with `python -c` in a venv made afresh that holds nothing but the wheel. Installs what is
# missing (maturin and auditwheel in one venv; pytest, nbclient, ipykernel and mypy in the
# test venv). Ends with `N passed, M failed`, every pytest test counted.
set -uo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD
HERE=bindings/uniffi/python
OUT=target/wheel
TOOLS=$OUT/tools
VENV=$OUT/venv
DIST=$OUT/dist

# shellcheck source=bindings/uniffi/tally.sh
. bindings/uniffi/tally.sh

step "tools"
for venv in "$TOOLS" "$VENV"; do
  if [ ! -x "$venv/bin/python" ]; then
    must python3 -m venv "$venv"
  fi
done
if [ ! -x "$TOOLS/bin/maturin" ] || [ ! -x "$TOOLS/bin/auditwheel" ]; then
  must "$TOOLS/bin/pip" install --quiet 'maturin>=1.9,<2' auditwheel
fi
if ! "$VENV/bin/python" -c 'import pytest, nbclient, nbformat, ipykernel, mypy' 2>/dev/null; then
  must "$VENV/bin/pip" install --quiet pytest nbclient nbformat ipykernel mypy
fi

step "build the wheel"
rm -rf "$DIST"
# maturin runs the crate's own uniffi-bindgen to generate the module, so the generator is always
# the uniffi version the library is built with (see build.sh).
MATURIN=$TOOLS/bin/maturin "$HERE/build.sh" "$DIST" || { fail "maturin build"; finish; }
wheels=("$DIST"/*.whl)
[ "${#wheels[@]}" -eq 1 ] && [ -f "${wheels[0]}" ] || { fail "one wheel in $DIST"; finish; }
WHEEL=${wheels[0]}
echo "$WHEEL"

step "the wheel's name, contents and platform tag"
version=$(cargo metadata --no-deps --format-version 1 --locked \
  | "$TOOLS/bin/python" -c 'import json, sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "lexpact-uniffi"))')
name=$(basename "$WHEEL")
check "the name is lexpact-$version-py3-none-manylinux_*_x86_64.whl ($name)" \
  grep -Eq "^lexpact-${version//./\\.}-py3-none-manylinux_[0-9]+_[0-9]+_x86_64\.whl$" <<<"$name"
"$TOOLS/bin/python" -m zipfile -l "$WHEEL" | awk 'NR > 1 {print $1}' | sort > "$OUT/contents"
expected_files=(
  lexpact/__init__.py lexpact/__init__.pyi lexpact/py.typed
  lexpact/_native/__init__.py lexpact/_native/lexpact.py lexpact/_native/liblexpact_uniffi.so
)
missing_files=()
for file in "${expected_files[@]}"; do
  grep -qx "$file" "$OUT/contents" || missing_files+=("$file")
done
check "the wheel holds the module, the library, the stubs and py.typed ${missing_files[*]:+(missing: ${missing_files[*]})}" \
  test "${#missing_files[@]}" -eq 0
# PEP 639: the license file in the .dist-info, named by the metadata, the repository's own.
rm -rf "$OUT/unzipped"
check "the wheel carries the LICENSE (lexpact-$version.dist-info/licenses/LICENSE)" bash -c "
  \"$TOOLS/bin/python\" -m zipfile -e '$WHEEL' '$OUT/unzipped' >/dev/null &&
  cmp -s LICENSE '$OUT/unzipped/lexpact-$version.dist-info/licenses/LICENSE' &&
  grep -qx 'License-File: LICENSE' '$OUT/unzipped/lexpact-$version.dist-info/METADATA'"
rm -rf "$OUT/unzipped"
# auditwheel names the most compatible policy the library satisfies (the newest glibc symbol
# it needs); the wheel must carry exactly that one.
"$TOOLS/bin/auditwheel" show "$WHEEL" > "$OUT/auditwheel.log" 2>&1
cat "$OUT/auditwheel.log"
audited=$(tr '\n' ' ' < "$OUT/auditwheel.log" | grep -Eo 'consistent with the following platform tag: *"[^"]+"' \
  | grep -Eo '"[^"]+"' | tr -d '"')
tag=${name%.whl}
tag=${tag##*-}
check "auditwheel agrees with the tag ($tag, auditwheel: ${audited:-none})" test -n "$audited" -a "$audited" = "$tag"

step "install the wheel"
must "$VENV/bin/pip" install --quiet --force-reinstall --no-deps "$WHEEL"
site=$("$VENV/bin/python" -c 'import lexpact, pathlib; print(pathlib.Path(lexpact.__file__).parent)')
echo "lexpact imported from $site"
check "the installed package, not the source tree" test "$site" != "$ROOT/$HERE/lexpact"

step "a fresh venv: the wheel alone, then python -c"
rm -rf "$OUT/fresh"
must python3 -m venv --without-pip "$OUT/fresh"
# The test venv's pip installs into the fresh one: nothing but the wheel goes in.
must "$VENV/bin/pip" --python "$OUT/fresh/bin/python" install --quiet --no-deps --no-index "$WHEEL"
counts=$(cd "$OUT" && "$ROOT/$OUT/fresh/bin/python" -c '
import json, lexpact
report = lexpact.RuleSet.library("rio").evaluate(json.load(open("../../examples/profiles/borealis.json")))
print(json.dumps({k: getattr(report.summary, k) for k in ("met", "partially_met", "not_met", "unknown", "not_applicable")}))')
expected=$("$TOOLS/bin/python" -c '
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
print(json.dumps({k: s[k] for k in ("met", "partially_met", "not_met", "unknown", "not_applicable")}))' \
  examples/profiles/expected/borealis.json)
echo "fresh venv: $counts"
check "python -c in a fresh venv gives the expected verdict counts of borealis" test "$counts" = "$expected"

step "the stubs against the installed API"
STUBS=$HERE/lexpact/__init__.pyi
must "$VENV/bin/python" "$HERE/stubs.py" > "$OUT/__init__.pyi"
if [ "${LEXPACT_BLESS:-}" = 1 ]; then
  cp "$OUT/__init__.pyi" "$STUBS"
  echo "stubs rewritten (LEXPACT_BLESS=1): review the diff of $STUBS, then rebuild the wheel"
fi
if diff -u "$STUBS" "$OUT/__init__.pyi" > "$OUT/stubs.diff"; then
  pass "the stubs are up to date"
else
  head -60 "$OUT/stubs.diff"
  fail "the stubs are stale: the API changed; run LEXPACT_BLESS=1 $HERE/test.sh and commit $STUBS"
fi
# The stubs on their own (a copy: mypy refuses to check a file inside site-packages).
rm -rf "$OUT/stubcheck" && mkdir -p "$OUT/stubcheck/lexpact" && cp "$STUBS" "$OUT/stubcheck/lexpact/"
(cd "$OUT/stubcheck" && "$ROOT/$VENV/bin/python" -m mypy --strict --no-incremental -p lexpact) \
  && pass "mypy --strict on the stubs" || fail "mypy --strict on the stubs"
# mypy reads the installed stubs (py.typed); run outside the source tree so it cannot see them.
(cd "$OUT" && "$ROOT/$VENV/bin/python" -m mypy --strict --no-incremental "$ROOT/$HERE/tests/usage.py") \
  && pass "mypy --strict on the usage file" || fail "mypy --strict on the usage file"

step "pytest: the bindings' suites and the wheel's, against the installed package"
LEXPACT_PYTHON=installed "$VENV/bin/python" -m pytest -q -p no:cacheprovider \
  bindings/uniffi/tests/python "$HERE/tests" | tee "$OUT/pytest.log"
py_passed=$(grep -Eo '[0-9]+ passed' "$OUT/pytest.log" | tail -1 | awk '{print $1}')
py_failed=$(grep -Eo '[0-9]+ (failed|error)' "$OUT/pytest.log" | awk '{s+=$1} END {print s+0}')
if [ -n "$py_passed" ] || [ "$py_failed" -gt 0 ]; then
  passed=$((passed + ${py_passed:-0}))
  failed=$((failed + py_failed))
else
  fail "the Python suites did not run"
fi

step "the Python example, with the installed package"
if "$VENV/bin/python" examples/python/evaluate.py examples/profiles/borealis.json \
  | tee "$OUT/example.log" && grep -q "facts to ask next" "$OUT/example.log"; then
  pass "examples/python/evaluate.py"
else
  fail "examples/python/evaluate.py"
fi

finish
