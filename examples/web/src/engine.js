// The one file of the page that loads WebAssembly: the evaluation module (rule sets, reports)
// and the language service module (the editors' diagnostics, completion, hover, …), each
// fetched from the page's own origin by the name build.mjs gives it in dist/. The evaluation
// module is awaited first, since the first verdict needs it alone; the service follows.
// When the service module also exports the evaluation API (`RuleSet`, `check`, …), the page
// needs that module alone: import everything from it here and drop the evaluation module's
// entry of wasm-files.js (and its preload in index.html).
import initEvaluation, { RuleSet, check, format, libraries, defaultLimits, LexpactError } from "../../../bindings/wasm/pkg/web/lexpact.js";
import initService, { LanguageService } from "../../../bindings/wasm/pkg/service/web/lexpact_service.js";
import { WASM_FILES } from "./wasm-files.js";

const [[, EVALUATION_WASM], [, SERVICE_WASM]] = WASM_FILES;

/** Performance marks of the page (read by bench.mjs). */
export const MARKS = {
  engineStart: "lexpact:engine-start",
  evaluationReady: "lexpact:evaluation-ready",
  serviceReady: "lexpact:service-ready",
  libraryCompiled: "lexpact:library-compiled",
  firstEvaluation: "lexpact:first-evaluation",
  firstRender: "lexpact:first-render",
  firstVerdict: "lexpact:first-verdict",
};

/**
 * Loads the evaluation module (compiled as its bytes arrive) and resolves with its API and
 * `loadService()`, which fetches the language service module and resolves with the
 * `LanguageService` class. The page asks for the service once the first verdict is shown,
 * so that the two do not compete for the processor before it.
 */
export async function loadEngine(base = document.baseURI) {
  performance.mark(MARKS.engineStart);
  await initEvaluation({ module_or_path: fetch(new URL(EVALUATION_WASM, base)) });
  performance.mark(MARKS.evaluationReady);
  let service;
  const loadService = () => (service ??= initService({ module_or_path: fetch(new URL(SERVICE_WASM, base)) }).then(() => {
    performance.mark(MARKS.serviceReady);
    return LanguageService;
  }));
  return { RuleSet, check, format, libraries, defaultLimits, LexpactError, loadService };
}
