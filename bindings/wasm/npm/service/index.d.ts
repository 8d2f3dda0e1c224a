// `lexpact/service`: the language service, with the whole evaluation API, loaded on first use.
import type * as Service from "./web/lexpact_service.js";

// Every type of the module: those of the language service, and those of the evaluation API
// (`RuleSet`, `Report`, `Diagnostic`, …) exactly as `lexpact` declares them.
export type * from "./web/lexpact_service.js";

/**
 * The loaded module: the language service (`new LanguageService()`,
 * `LanguageService.library("rio")`) and the evaluation API as `lexpact` exports it (`RuleSet`,
 * `check`, `format`, `libraries`, `defaultLimits`, `LexpactError`). Everything it throws is an
 * instance of its `LexpactError`.
 */
export type ServiceModule = Omit<typeof Service, "default" | "initSync">;

/**
 * Loads the module once (browsers: fetches its `.wasm` on the first call; Node: reads it).
 * `module_or_path` (browsers only) overrides where the `.wasm` comes from.
 */
export function loadLanguageService(options?: { module_or_path?: string | URL | Request | Response | BufferSource | WebAssembly.Module }): Promise<ServiceModule>;

/** Node only: loads the module synchronously. */
export function loadLanguageServiceSync(): ServiceModule;
