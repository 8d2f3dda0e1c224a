// `lexpact/service`: the language service, loaded on first use.
import type * as Service from "./web/lexpact_service.js";

export type {
  LanguageService, FileSpan, ServiceDiagnostic, EditorDiagnostic, FileDiagnostics, Hover,
  Completion, CompletionKind, DocumentSymbol, SymbolKind, Fold, TextEdit, CodeAction, TokenKind,
  SemanticToken, InlayHint, CodeLens, TestOutcome, ServiceOptions,
} from "./web/lexpact_service.js";

/** The loaded module: `new LanguageService()`, `LanguageService.library("rio")`. */
export interface ServiceModule {
  LanguageService: typeof Service.LanguageService;
}

/**
 * Loads the language service module once (browsers: fetches its `.wasm` on the first call;
 * Node: reads it). `module_or_path` (browsers only) overrides where the `.wasm` comes from.
 */
export function loadLanguageService(options?: { module_or_path?: string | URL | Request | Response | BufferSource | WebAssembly.Module }): Promise<ServiceModule>;

/** Node only: loads the module synchronously. */
export function loadLanguageServiceSync(): ServiceModule;
