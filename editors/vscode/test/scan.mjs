// Tokenizes real rule files with the extension's grammar, as VS Code does, and fails on any
// token the grammar marks invalid or any region still open at the end of a file: both mean the
// grammar misreads valid source. Usage: node test/scan.mjs [--print] FILE...
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const textmate = require("vscode-textmate");
const oniguruma = require("vscode-oniguruma");

const here = path.dirname(fileURLToPath(import.meta.url));
const grammarPath = path.join(here, "..", "syntaxes", "lexpact.tmLanguage.json");

const wasm = fs.readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm"));
await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
const registry = new textmate.Registry({
  onigLib: Promise.resolve({
    createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
    createOnigString: (text) => new oniguruma.OnigString(text),
  }),
  loadGrammar: async (scopeName) =>
    scopeName === "source.lexpact"
      ? textmate.parseRawGrammar(fs.readFileSync(grammarPath, "utf8"), grammarPath)
      : null,
});
const grammar = await registry.loadGrammar("source.lexpact");

const args = process.argv.slice(2);
const print = args[0] === "--print";
const files = print ? args.slice(1) : args;
let passed = 0;
let failed = 0;
for (const file of files) {
  const problems = [];
  let stack = textmate.INITIAL;
  const lines = fs.readFileSync(file, "utf8").split(/\r?\n/);
  lines.forEach((line, index) => {
    const result = grammar.tokenizeLine(line, stack);
    for (const token of result.tokens) {
      const text = line.slice(token.startIndex, token.endIndex);
      if (print) {
        console.log(`${index + 1}:${token.startIndex} ${JSON.stringify(text)} ${token.scopes.slice(1).join(" ")}`);
      }
      const bad = token.scopes.find((scope) => scope.startsWith("invalid."));
      if (bad !== undefined) {
        problems.push(`${file}:${index + 1}:${token.startIndex + 1}: ${JSON.stringify(text)} is ${bad}`);
      }
    }
    stack = result.ruleStack;
  });
  // The initial stack has one frame; any more is a region (block, object, string) left open.
  let depth = 0;
  for (let frame = stack; frame !== null && frame !== undefined; frame = frame.parent) {
    depth++;
  }
  if (depth > 1) {
    problems.push(`${file}: ${depth - 1} region(s) still open at the end of the file`);
  }
  if (problems.length === 0) {
    passed++;
  } else {
    failed++;
    console.log(problems.slice(0, 10).join("\n"));
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
