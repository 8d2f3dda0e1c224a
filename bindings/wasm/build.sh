#!/usr/bin/env bash
# Builds the npm package `lexpact` from scratch into bindings/wasm/pkg:
#   pkg/web/   wasm-pack --target web     (ES module; browsers, bundlers, Deno; `await init()`)
#   pkg/node/  wasm-pack --target nodejs  (CommonJS; Node loads the .wasm synchronously)
#   pkg/package.json, README.md           the package, whose `exports` pick one of the two
# Release profile `wasm-release` (root Cargo.toml: opt-level "z", fat LTO, one codegen unit,
# panic = abort), then wasm-opt -Oz from node_modules (binaryen 132; wasm-pack's own wasm-opt
# download is off, and Debian's old binaryen must not be used).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"

wasm_opt="$root/node_modules/.bin/wasm-opt"
[ -x "$wasm_opt" ] || { echo "wasm-opt missing: run npm install at $root" >&2; exit 1; }

rm -rf pkg
build() { # target out-dir [cargo args...]
  local target=$1 out=$2; shift 2
  wasm-pack --log-level warn build --target "$target" --out-dir "pkg/$out" --out-name lexpact \
    --profile wasm-release --no-opt --no-pack "$@"
  # Rust 1.95's wasm32-unknown-unknown features; wasm-bindgen drops the target_features section.
  "$wasm_opt" -Oz --converge --strip-debug --strip-producers \
    --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-multivalue --enable-reference-types \
    "pkg/$out/lexpact_bg.wasm" -o "pkg/$out/lexpact_bg.wasm"
  rm -f "pkg/$out/.gitignore"
}
build web web
build nodejs node --features node

version="$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/Cargo.toml" | head -1)"
sed "s/@VERSION@/$version/" npm/package.json > pkg/package.json
printf '{ "type": "module" }\n' > pkg/web/package.json
printf '{ "type": "commonjs" }\n' > pkg/node/package.json
cp README.md pkg/README.md
echo "built $here/pkg (lexpact $version)"
