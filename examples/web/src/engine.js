// The one file of the page that loads WebAssembly: the language service module, which also
// exports the whole evaluation API (rule sets, reports), so that the page fetches and compiles
// one module only (fetched from the page's own origin by the name build.mjs gives it in
// dist/). It is compiled as its bytes arrive.
import initModule, {
  RuleSet, check, format, libraries, defaultLimits, LexpactError, LanguageService, matrixHtml, reportCsv, diffHtml,
} from "../../../bindings/wasm/pkg/service/web/lexpact_service.js";
import { WASM_FILES } from "./wasm-files.js";

const [[, WASM]] = WASM_FILES;

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
 * Loads the module and resolves with the evaluation API, the CLI's renderings (`matrixHtml`,
 * `reportCsv`, `diffHtml`) and `loadService()`, which resolves
 * with the `LanguageService` class. (The module is already there: the page asks for the
 * service once the first verdict is shown, and a page that loads the service as a second
 * module would fetch it then.)
 */
export async function loadEngine(base = document.baseURI) {
  performance.mark(MARKS.engineStart);
  await initModule({ module_or_path: fetch(new URL(WASM, base)) });
  performance.mark(MARKS.evaluationReady);
  const loadService = () => {
    performance.mark(MARKS.serviceReady);
    return Promise.resolve(LanguageService);
  };
  return { RuleSet, check, format, libraries, defaultLimits, LexpactError, matrixHtml, reportCsv, diffHtml, loadService };
}
