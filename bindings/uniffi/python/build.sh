#!/usr/bin/env bash
# Builds the wheel `lexpact-<version>-py3-none-manylinux_*_x86_64.whl` with maturin (release)
# into the directory given (by default target/wheels/), with the maturin of $MATURIN (by default
# the one on PATH).
#
# maturin's uniffi mode generates the module with `cargo run --bin uniffi-bindgen --features
# bindgen`, run in the workspace root when the binary is in another package than the
# workspace's own; here the workspace's own package is the CLI, which cargo then selects and
# refuses. A `cargo` placed first on PATH for the build names the package
# (`-p lexpact-uniffi`) and passes every other command through unchanged.
set -euo pipefail
# Paths given are the caller's, resolved before moving to the repository's root.
OUT=$(realpath -m "${1:-$(dirname "$0")/../../../target/wheels}")
MATURIN=${MATURIN:-maturin}
if [[ $MATURIN == */* ]]; then MATURIN=$(realpath "$MATURIN"); fi
cd "$(dirname "$0")/../../.."
ROOT=$PWD
real_cargo=$(command -v cargo)
shim=$ROOT/target/wheel/cargo-shim
mkdir -p "$shim" "$OUT"
cat > "$shim/cargo" <<EOF
#!/bin/sh
if [ "\$1" = run ] && [ "\$2" = --bin ] && [ "\$3" = uniffi-bindgen ]; then
  shift
  exec "$real_cargo" run -p lexpact-uniffi "\$@"
fi
exec "$real_cargo" "\$@"
EOF
chmod +x "$shim/cargo"
cd bindings/uniffi/python
# The wheel's `.dist-info/licenses/LICENSE` (pyproject.toml, `license-files`).
cp "$ROOT/LICENSE" LICENSE
PATH=$shim:$PATH CARGO_INCREMENTAL=0 "$MATURIN" build --locked --release --out "$OUT"
