// The editors, loaded by main.js once the first report is painted: esbuild makes this import
// and what it brings (CodeMirror, the `.lex` grammar) a chunk of its own.
export { createRulesEditor } from "./rules-editor.js";
export { createProfileEditor } from "./profile-editor.js";
