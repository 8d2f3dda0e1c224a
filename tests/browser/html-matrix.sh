#!/usr/bin/env bash
# Builds the HTML compliance matrix of the example profiles and checks it in headless Chromium
# (tests/browser/html-matrix.mjs). Leaves target/artefacts/matrix.html, matrix.json and the
# screenshots matrix.png, matrix-detail.png and matrix-print.png; ends with `N passed, M failed`.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target/artefacts
# The profiles themselves: examples/profiles/* would also name the expected/ directory.
profiles=(examples/profiles/*.json examples/profiles/*.yaml)
cargo run --quiet --locked -- check --library rio --format html "${profiles[@]}" > target/artefacts/matrix.html
cargo run --quiet --locked -- check --library rio --format json "${profiles[@]}" > target/artefacts/matrix.json
node tests/browser/html-matrix.mjs target/artefacts/matrix.html target/artefacts/matrix.json
