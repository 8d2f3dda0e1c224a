#!/usr/bin/env bash
# Builds the npm package `lexpact` from scratch into bindings/wasm/pkg. Each module is built
# once (wasm-pack --target web) and ships one `.wasm`:
#   pkg/web/   the ES module for browsers, bundlers and Deno (`await init()` fetches the .wasm)
#   pkg/node/  Node's entries onto the same glue and .wasm (npm/node-entry.mjs): lexpact.cjs
#              (the glue as CommonJS, instantiating ../web/lexpact_bg.wasm synchronously) and
#              lexpact.mjs (re-exports it), with their declarations
#   pkg/service/web/, pkg/service/node/  the language service (bindings/wasm-service), the same way
#   pkg/service/index.{js,cjs,d.ts}  `lexpact/service`: loads the service module on first use
#   pkg/examples/borealis.json       the sample profile the README's example reads
#   pkg/package.json, README.md, LICENSE  the package, whose `exports` pick the entry
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

build() { # crate-dir target out-dir out-name [cargo args...]
  local crate=$1 target=$2 out=$3 name=$4; shift 4
  wasm-pack --log-level warn build "$crate" --target "$target" --out-dir "$here/pkg/$out" \
    --out-name "$name" --profile wasm-release --no-opt --no-pack "$@"
  # Rust 1.95's wasm32-unknown-unknown features; wasm-bindgen drops the target_features section.
  "$wasm_opt" -Oz --converge --strip-debug --strip-producers \
    --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-multivalue --enable-reference-types \
    "pkg/$out/${name}_bg.wasm" -o "pkg/$out/${name}_bg.wasm"
  rm -f "pkg/$out/.gitignore"
}
# Everything but the wasm-pack builds: `build.sh --entries` reruns it alone after editing npm/.
node_entries() {
  rm -rf pkg/node pkg/service/node pkg/examples
  node npm/node-entry.mjs pkg web lexpact node --esm
  node npm/node-entry.mjs pkg service/web lexpact_service service/node \
    --loader-types npm/service/index.d.ts service/index.d.cts
  # main and types for resolvers without `exports` (TypeScript's node10), under lexpact/node.
  printf '{ "type": "module" }\n' > pkg/web/package.json
  printf '{ "type": "commonjs", "main": "./lexpact.cjs", "types": "./lexpact.d.cts" }\n' > pkg/node/package.json
  cp npm/service/* pkg/service/
  printf '{ "type": "module" }\n' > pkg/service/package.json
  printf '{ "type": "module" }\n' > pkg/service/web/package.json
  printf '{ "type": "commonjs" }\n' > pkg/service/node/package.json
  mkdir -p pkg/examples
  cp "$root/examples/profiles/borealis.json" pkg/examples/borealis.json
}

if [ "${1:-}" != --entries ]; then
  rm -rf pkg
  build . web web lexpact
  # The language service (bindings/wasm-service), a second module loaded on first use through
  # `lexpact/service` (npm/service/), so that the evaluation module does not grow.
  build ../wasm-service web service/web lexpact_service
fi
version="$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/Cargo.toml" | head -1)"
sed "s/@VERSION@/$version/" npm/package.json > pkg/package.json
node_entries
cp README.md pkg/README.md
cp "$root/LICENSE" pkg/LICENSE
echo "built $here/pkg (lexpact $version)"
