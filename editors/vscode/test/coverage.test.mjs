// The grammar keeps up with the language: every word the lexer gives a role, every verdict and
// deadline status the core reads in `expect`, and every punctuation token of GRAMMAR.md is
// known to the TextMate grammar and used in the assertion files of test/grammar/.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.join(here, "..", "..", "..");
const grammar = JSON.parse(fs.readFileSync(path.join(here, "..", "syntaxes", "lexpact.tmLanguage.json"), "utf8"));

// Every regular expression of the grammar, compiled as JavaScript reads it (close enough to
// Oniguruma for the words and punctuation checked here).
function regexes(node, found = []) {
  if (Array.isArray(node)) {
    node.forEach((child) => regexes(child, found));
  } else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if ((key === "match" || key === "begin" || key === "end") && typeof value === "string") {
        found.push(new RegExp(value.replace(/\\x\{FEFF\}/g, "\\uFEFF").replace(/\(\?<!\[\.\\w\]\)/g, "")));
      } else {
        regexes(value, found);
      }
    }
  }
  return found;
}
const patterns = regexes(grammar);

// The source lines of the assertion files (assertion lines start with `#`).
const sources = fs
  .readdirSync(path.join(here, "grammar"))
  .filter((f) => f.endsWith(".lex"))
  .flatMap((f) => fs.readFileSync(path.join(here, "grammar", f), "utf8").split("\n"))
  .filter((line) => !/^#/.test(line));

// A pattern that names the word itself, not one that matches any name. (Which scope it gets,
// in which context, is what the assertion files check.)
function matchedByGrammar(word) {
  const named = new RegExp(`(?<![A-Za-z_])${word}(?![A-Za-z_])`);
  return patterns.some((re) => named.test(re.source));
}

function usedInTests(word) {
  return sources.some((line) => new RegExp(`(^|[^\\w])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\w])`).test(line));
}

test("every word the lexer gives a role is highlighted and tested", () => {
  assert.ok(!matchedByGrammar("frobnicate"), "a word the language lacks must not count as known");
  const lexer = fs.readFileSync(path.join(repo, "grammar", "src", "lexer.rs"), "utf8");
  const words = [...lexer.matchAll(/b"([a-z_]+)" => Keyword::/g)].map((m) => m[1]);
  assert.ok(words.length >= 30, `only ${words.length} keywords read from lexer.rs`);
  assert.deepEqual(words.filter((w) => !matchedByGrammar(w)), [], "keywords the grammar does not know");
  assert.deepEqual(words.filter((w) => !usedInTests(w)), [], "keywords no grammar test uses");
});

test("every verdict and deadline status is highlighted and tested", () => {
  const report = fs.readFileSync(path.join(repo, "core", "src", "report.rs"), "utf8");
  const words = [...report.matchAll(/(?:Verdict|DeadlineStatus)::\w+ => "([a-z_]+)"/g)].map((m) => m[1]);
  assert.ok(words.includes("partially_met") && words.includes("on_time"), "verdicts not found in report.rs");
  const expectRule = JSON.stringify(grammar.repository["test-clause"]);
  assert.deepEqual(words.filter((w) => !expectRule.includes(w)), [], "verdicts or statuses the grammar does not know");
  assert.deepEqual(words.filter((w) => !usedInTests(w)), [], "verdicts or statuses no grammar test uses");
});

test("every punctuation token of GRAMMAR.md is highlighted and tested", () => {
  const spec = fs.readFileSync(path.join(repo, "grammar", "GRAMMAR.md"), "utf8");
  const line = spec.split("\n").find((l) => l.startsWith("- Punctuation:"));
  assert.ok(line, "no punctuation line in GRAMMAR.md");
  const tokens = line.slice(line.indexOf("`") + 1, line.lastIndexOf("`")).split(/\s+/).filter((t) => t !== "");
  assert.ok(tokens.length >= 20, `only ${tokens.length} punctuation tokens read`);
  const known = tokens.filter((t) => patterns.some((re) => re.exec(`a ${t} b`)?.[0].includes(t)));
  assert.deepEqual(tokens.filter((t) => !known.includes(t)), [], "punctuation the grammar does not match");
  assert.deepEqual(tokens.filter((t) => !sources.some((s) => s.includes(t))), [], "punctuation no grammar test uses");
});
