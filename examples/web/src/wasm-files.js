// The WebAssembly module the page fetches: [path in bindings/wasm/pkg, name in dist/].
// engine.js fetches it by this name, build.mjs copies it, index.html preloads it.
export const WASM_FILES = [["service/web/lexpact_service_bg.wasm", "lexpact_service_bg.wasm"]];
