// The editor's highlighting runs the VS Code extension's TextMate grammar itself: these tests
// tokenize `.lex` text with it, and show that a change in the grammar changes the editor's
// tokens (one source of truth), and that the page's bundle embeds the grammar it was built with.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { root, dist } from "./harness.mjs";
import { tokenize } from "../src/lex-language.js";

const grammarPath = join(root, "editors/vscode/syntaxes/lexpact.tmLanguage.json");
const grammar = () => JSON.parse(readFileSync(grammarPath, "utf8"));

const SAMPLE = `# lint: expect(L0103, offender, reason = "not a qualifier")
define ratified(t) = t.status == "ratified"
obligation ratify_crc {
  title "Ratification \\"CRC\\""
  weight 2
  applies when treaties.crc.since >= 2001-02-03
  deadline 2013-01-01 to 2013-12-31
  require ratified(treaties.crc) and count m in list where m.x > 3
}
test "borealis" {
  as_of 2024-06-30
  expect ratify_crc met
}`;

/** The token of the first piece of text equal to `text` (after `skip` of them). */
function tokenOf(tokens, text, skip = 0) {
  const hits = tokens.filter(([piece]) => piece === text);
  assert.ok(hits.length > skip, `no token "${text}"`);
  return hits[skip][1];
}

test("the grammar's scopes become the editor's tokens", () => {
  const tokens = tokenize(grammar(), SAMPLE);
  assert.equal(tokens.map(([t]) => t).join(""), SAMPLE.replace(/\n/g, ""), "every character is in one token");
  assert.equal(tokenOf(tokens, "lint"), "directive");
  assert.equal(tokenOf(tokens, "define"), "definitionKeyword");
  assert.equal(tokenOf(tokens, "ratified"), "functionDefinition");
  assert.equal(tokenOf(tokens, "t"), "parameter");
  assert.equal(tokenOf(tokens, "status"), "property");
  assert.equal(tokenOf(tokens, "=="), "compare");
  assert.equal(tokenOf(tokens, "obligation"), "definitionKeyword");
  assert.equal(tokenOf(tokens, "ratify_crc"), "typeDefinition");
  assert.equal(tokenOf(tokens, "title"), "keyword");
  assert.equal(tokenOf(tokens, "\\\""), "escape");
  assert.equal(tokenOf(tokens, "weight"), "keyword");
  assert.equal(tokenOf(tokens, "2"), "number");
  assert.equal(tokenOf(tokens, "2013-01-01"), "date");
  assert.equal(tokenOf(tokens, "ratified", 1), "string");
  assert.equal(tokenOf(tokens, "ratified", 2), "function");
  assert.equal(tokenOf(tokens, "2001-02-03"), "date");
  assert.equal(tokenOf(tokens, "treaties"), "variable");
  assert.equal(tokenOf(tokens, "crc"), "property");
  assert.equal(tokenOf(tokens, "and"), "operatorKeyword");
  assert.equal(tokenOf(tokens, "count"), "operatorKeyword");
  assert.equal(tokenOf(tokens, "m"), "parameter");
  assert.equal(tokenOf(tokens, "where"), "operatorKeyword");
  assert.equal(tokenOf(tokens, "as_of"), "keyword");
  assert.equal(tokenOf(tokens, "met"), "atom");
  // A comment runs to the end of its line, a region (the obligation) over several lines.
  assert.equal(tokenize(grammar(), "# require x.y")[0][1], "comment");
});

test("a change in the grammar shows in the editor's tokens", () => {
  const changed = grammar();
  // `weight` stops being a clause word; dates become strings.
  changed.repository.clause.patterns = changed.repository.clause.patterns.filter((p) => !String(p.match).includes("(weight)"));
  changed.repository.date.name = "string.unquoted.date.lexpact";
  const before = tokenize(grammar(), SAMPLE);
  const after = tokenize(changed, SAMPLE);
  assert.equal(tokenOf(before, "weight"), "keyword");
  assert.equal(tokenOf(after, "weight"), "variable");
  assert.equal(tokenOf(before, "2001-02-03"), "date");
  assert.equal(tokenOf(after, "2001-02-03"), "string");
});

test("the page's bundle embeds the grammar it was built with", { skip: !existsSync(join(dist, "app.js")) && "no dist/ (node examples/web/build.mjs)" }, () => {
  // The grammar is in the editors' chunk, loaded by app.js once the first verdict is shown.
  const bundle = readdirSync(dist).filter((f) => f.endsWith(".js")).map((f) => readFileSync(join(dist, f), "utf8")).join("\n");
  // Every scope of the grammar is in the bundle (esbuild imports the JSON at build time).
  const scopes = [...readFileSync(grammarPath, "utf8").matchAll(/"name": "([^"]+)"/g)].map((m) => m[1]);
  assert.ok(scopes.length > 40);
  for (const scope of new Set(scopes)) assert.ok(bundle.includes(scope), scope);
});
