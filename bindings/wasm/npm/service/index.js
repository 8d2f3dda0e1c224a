// `lexpact/service` for browsers and bundlers: the language service is a second WebAssembly
// module, fetched and compiled on the first call only, so that a page which only evaluates
// never downloads it.
let loading;

/**
 * Loads the language service once; later calls return the same module.
 * `options.module_or_path` overrides where its `.wasm` is fetched from (by default next to
 * this file, `web/lexpact_service_bg.wasm`).
 */
export function loadLanguageService(options = {}) {
  loading ??= (async () => {
    const service = await import("./web/lexpact_service.js");
    await service.default(options.module_or_path === undefined ? undefined : { module_or_path: options.module_or_path });
    return service;
  })().catch((e) => {
    loading = undefined; // a failed fetch can be retried
    throw e;
  });
  return loading;
}
