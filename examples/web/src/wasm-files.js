// The WebAssembly modules the page fetches: [path in bindings/wasm/pkg, name in dist/].
// engine.js fetches them by these names; build.mjs copies them. One list, so the two agree.
export const WASM_FILES = [
  ["web/lexpact_bg.wasm", "lexpact_bg.wasm"],
  ["service/web/lexpact_service_bg.wasm", "lexpact_service_bg.wasm"],
];
