// The bad-input corpus (tests/bad-input/, see "Running a case" in its README) through the Node
// build of the package, case by case as the native runner (tests/bad_input.rs) runs it: every
// input gives the first error it must, at the line and column it must, or is accepted.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { node as lexpact, root } from "./builds.mjs";

const corpus = join(root, "tests/bad-input");
const cases = readdirSync(corpus)
  .filter((name) => statSync(join(corpus, name)).isDirectory())
  .sort();
const ran = new Set();

/** A whole number of the case, `0` when absent or not a whole number (as the native
 * runner's `as_u64().unwrap_or(0)`). */
const position = (value) => (Number.isInteger(value) && value >= 0 ? value : 0);

const describe = (d) => `${d.code} at ${d.line}:${d.column}: ${d.message}`;

/** Rule sets of a library, by library and limits: compiled once for the cases that share them. */
const libraries = new Map();
function library(name, limits) {
  const key = JSON.stringify([name, limits ?? null]);
  if (!libraries.has(key)) libraries.set(key, lexpact.RuleSet.library(name, { limits }));
  return libraries.get(key);
}

/** The rule set a profile case names: a bundled library, or a rule file of the case's own. */
function profileRules(expected, dir, limits) {
  if (expected.rules.file === undefined) return library(expected.rules.library, limits);
  const source = readFileSync(join(dir, expected.rules.file), "utf8");
  return lexpact.RuleSet.compile([{ name: expected.rules.file, source }], { limits });
}

/** Runs the case on `text`: `null` when the input is accepted, else the thrown LexpactError. */
function run(expected, text, dir) {
  const { kind, input, limits } = expected;
  try {
    if (kind === "rules") {
      lexpact.RuleSet.compile([{ name: input, source: text }], { limits }).free();
    } else if (kind === "profile") {
      profileRules(expected, dir, limits).evaluate(text, { name: input });
    } else {
      assert.fail(`unknown kind ${JSON.stringify(kind)}`);
    }
    return null;
  } catch (e) {
    if (e instanceof lexpact.LexpactError) return e;
    throw e;
  }
}

for (const name of cases) {
  test(name, () => {
    ran.add(name);
    const dir = join(corpus, name);
    assert.ok(existsSync(join(dir, "expected.json")), "the case has an expected.json");
    const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
    assert.equal(typeof expected.input, "string", "expected.json names its input");
    const bytes = readFileSync(join(dir, expected.input));

    if (expected.utf8 === false) {
      // A JavaScript string cannot hold such an input: the decoding that would make one refuses.
      assert.equal(expected.code, "E0300", "an input that is not UTF-8 gives E0300 when read");
      assert.throws(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes), TypeError);
      return;
    }
    // The text exactly as the native runner hands it over: a byte-order mark is kept.
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);

    const error = run(expected, text, dir);
    // The same input twice gives the same answer (and no state is left behind).
    const again = run(expected, text, dir);
    assert.deepEqual(again?.diagnostics, error?.diagnostics, "the same answer twice");

    if (expected.code === null) {
      assert.equal(error, null, error && `refused: ${describe(error.diagnostics[0])}`);
      return;
    }
    assert.ok(error !== null, `accepted, expected ${expected.code}`);
    assert.ok(Array.isArray(error.diagnostics) && error.diagnostics.length > 0);
    const first = error.diagnostics.find((d) => d.severity === "error");
    assert.ok(first, `no error among ${JSON.stringify(error.diagnostics)}`);
    const want = { code: expected.code, line: position(expected.line), column: position(expected.column) };
    assert.deepEqual(
      { code: first.code, line: first.line, column: first.column },
      want,
      `expected ${want.code} at ${want.line}:${want.column}, got ${describe(first)}`,
    );
    if (expected.message_contains !== undefined) {
      assert.ok(
        first.message.includes(expected.message_contains),
        `the message contains ${JSON.stringify(expected.message_contains)}: ${first.message}`,
      );
    }
  });
}

test("every case of the corpus was run", () => {
  assert.ok(cases.length >= 30, `${cases.length} cases in ${corpus}`);
  assert.deepEqual([...ran].sort(), cases);
  for (const rules of libraries.values()) rules.free();
});
