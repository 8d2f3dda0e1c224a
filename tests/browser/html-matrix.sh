#!/usr/bin/env bash
# Builds the HTML compliance matrix of the example profiles, and that of the report-v2 fixture
# (an exception accepted, one contested, a fact with two sources; its profile in two columns),
# and checks each in headless Chromium (tests/browser/html-matrix.mjs). Leaves
# target/artefacts/matrix.html, matrix.json, report-v2.html, report-v2.json and their
# screenshots (NAME.png, NAME-detail.png, NAME-print.png); each run ends with
# `N passed, M failed`. Then a federal State's report, written by hand
# (tests/fixtures/report-federal/report.json, rendered in two columns by tests/report_outputs.rs),
# whose cells open into their jurisdictions.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target/artefacts
# The profiles themselves: examples/profiles/* would also name the expected/ directory.
profiles=(examples/profiles/*.json examples/profiles/*.yaml)
cargo run --quiet --locked -- check --library rio --format html "${profiles[@]}" > target/artefacts/matrix.html
cargo run --quiet --locked -- check --library rio --format json "${profiles[@]}" > target/artefacts/matrix.json
node tests/browser/html-matrix.mjs target/artefacts/matrix.html target/artefacts/matrix.json
fixture=(--rules tests/fixtures/report-v2 tests/fixtures/report-v2/profile.json tests/fixtures/report-v2/profile.json)
cargo run --quiet --locked -- check --format html "${fixture[@]}" > target/artefacts/report-v2.html
cargo run --quiet --locked -- check --format json "${fixture[@]}" > target/artefacts/report-v2.json
node tests/browser/html-matrix.mjs target/artefacts/report-v2.html target/artefacts/report-v2.json
cargo test --quiet --locked -p lexpact --test report_outputs the_html_matrix_opens > /dev/null
federal=target/tmp/report-federal
cp "$federal/report-federal-2.html" target/artefacts/report-federal.html
cp "$federal/report-federal-2.json" target/artefacts/report-federal.json
node tests/browser/html-matrix.mjs target/artefacts/report-federal.html target/artefacts/report-federal.json
