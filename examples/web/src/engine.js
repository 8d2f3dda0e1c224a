// The one file of the page that loads WebAssembly: the evaluation module (rule sets, reports)
// and the language service module (the editors' diagnostics, completion, hover, …), each
// fetched from the page's own origin by the name build.mjs gives it in dist/. The evaluation
// module is awaited first, since the first verdict needs it alone; the service follows.
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
 * Loads the engine. Resolves once the evaluation module is ready, with the evaluation API and
 * `service`, a promise of the `LanguageService` class (resolved when its module is ready).
 */
export async function loadEngine(base = document.baseURI) {
  performance.mark(MARKS.engineStart);
  // Both fetches start now; compiling streams as the bytes arrive.
  const evaluation = initEvaluation({ module_or_path: fetch(new URL(EVALUATION_WASM, base)) });
  const service = initService({ module_or_path: fetch(new URL(SERVICE_WASM, base)) }).then(() => {
    performance.mark(MARKS.serviceReady);
    return LanguageService;
  });
  await evaluation;
  performance.mark(MARKS.evaluationReady);
  return { RuleSet, check, format, libraries, defaultLimits, LexpactError, service };
}
