// The conformance corpus (tests/conformance/, see its README) through the WebAssembly package:
// every case's report is byte-identical to the native `expected.json`, for both builds; the
// error cases give the diagnostics expected; every questions case's questions equal its
// `expected.json` as parsed JSON, asked as core/tests/conformance_questions.rs asks them; the
// example profiles give the native CLI's reports (examples/profiles/expected/, written by
// `lexpact check --format json`). The diff cases (diff/) are not run here: the package has no
// diff entry point (the size budget leaves no room for reading reports back), and the native
// bindings (Kotlin, Swift, Python) run them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { builds, root } from "./builds.mjs";

const corpus = join(root, "tests/conformance");
const SCHEMA_NAME = "../../schema/profile.schema.json";
const schema = readFileSync(join(corpus, "schema/profile.schema.json"), "utf8");

const dirs = (dir) =>
  readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort();

/** The case's files, as core/tests/conformance.rs gives them: the `.lex` files by name, and
 * the files they name relative to the case directory. */
function sources(dir) {
  const files = readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => ({ name, source: readFileSync(join(dir, name), "utf8") }));
  return [...files, { name: SCHEMA_NAME, source: schema }];
}

const read = (path) => readFileSync(path, "utf8");
const cases = dirs(join(corpus, "cases"));
const errorCases = dirs(join(corpus, "errors"));
const questionCases = dirs(join(corpus, "questions"));
const diffCases = dirs(join(corpus, "diff"));

test("the corpus is all there", () => {
  assert.ok(cases.length >= 45, `${cases.length} cases`);
  assert.ok(errorCases.length >= 10, `${errorCases.length} error cases`);
  assert.ok(questionCases.length >= 3, `${questionCases.length} questions cases`);
  assert.ok(diffCases.length >= 4, `${diffCases.length} diff cases`);
});

for (const [build, lexpact] of Object.entries(builds)) {
  for (const name of cases) {
    test(`${build}: cases/${name}`, () => {
      const dir = join(corpus, "cases", name);
      const spec = JSON.parse(read(join(dir, "case.json")));
      const rules = lexpact.RuleSet.compile(sources(dir));
      try {
        assert.deepEqual(rules.warnings, [], "a conformance case compiles cleanly");
        const run = rules.test();
        assert.equal(run.failed, 0, JSON.stringify(run.results.filter((r) => !r.passed)));
        const options = { name: "profile.json", ...(spec.as_of ? { asOf: spec.as_of } : {}) };
        const profile = read(join(dir, "profile.json"));
        const expected = read(join(dir, "expected.json"));
        const actual = rules.evaluateJson(profile, options);
        assert.equal(actual, expected, "byte-identical to the native report");
        assert.equal(rules.evaluateJson(profile, options), actual, "evaluating twice");
        // The object forms: a report object equal to the parsed JSON, from text or object.
        assert.deepEqual(rules.evaluate(profile, options), JSON.parse(expected));
        assert.deepEqual(rules.evaluate(JSON.parse(profile), options), JSON.parse(expected));
      } finally {
        rules.free();
      }
    });
  }

  for (const name of errorCases) {
    test(`${build}: errors/${name}`, () => {
      const dir = join(corpus, "errors", name);
      const expected = JSON.parse(read(join(dir, "expected.json")));
      const files = sources(dir);
      let thrown;
      if (expected.stage === "compile") {
        assert.throws(() => lexpact.RuleSet.compile(files), (e) => ((thrown = e), true));
        // An editor's `check` reports the same diagnostics without throwing.
        assert.deepEqual(lexpact.check(files), thrown.diagnostics);
      } else {
        assert.equal(expected.stage, "evaluate");
        const rules = lexpact.RuleSet.compile(files);
        const profile = read(join(dir, "profile.json"));
        assert.throws(() => rules.evaluate(profile, { name: "profile.json" }), (e) => ((thrown = e), true));
        rules.free();
      }
      assert.ok(thrown instanceof lexpact.LexpactError, `a LexpactError, not ${thrown}`);
      assert.ok(thrown instanceof Error);
      const got = thrown.diagnostics;
      assert.equal(got.length, expected.diagnostics.length, JSON.stringify(got));
      expected.diagnostics.forEach((want, i) => {
        const d = got[i];
        for (const key of ["code", "line", "column", "help", "file"]) {
          if (key in want) assert.equal(d[key], want[key], `${key} of diagnostic ${i}: ${JSON.stringify(d)}`);
        }
        assert.equal(typeof d.message, "string");
        assert.equal(d.severity, "error");
        assert.ok(d.span.start <= d.span.end);
      });
    });
  }

  for (const name of questionCases) {
    test(`${build}: questions/${name}`, () => {
      const dir = join(corpus, "questions", name);
      const spec = JSON.parse(read(join(dir, "case.json")));
      const rules = lexpact.RuleSet.compile(sources(dir));
      try {
        assert.deepEqual(rules.warnings, [], "a conformance case compiles cleanly");
        const profile = read(join(dir, "profile.json"));
        const expected = JSON.parse(read(join(dir, "expected.json")));
        const asked = rules.questions(profile, { name: "profile.json" });
        assert.deepEqual(asked, expected, "the native questions JSON");
        assert.deepEqual(rules.questions(profile, { name: "profile.json" }), asked, "asking twice");
        assert.deepEqual(
          asked.questions.map((q) => [q.pointer, q.decides, q.narrows]),
          spec.questions,
          "the order worked out by hand in case.json",
        );
      } finally {
        rules.free();
      }
    });
  }

  test(`${build}: no diff entry point, the diff cases are the native bindings'`, () => {
    const entries = [...Object.keys(lexpact), ...Object.getOwnPropertyNames(lexpact.RuleSet.prototype)].filter(
      (key) => /diff/i.test(key),
    );
    assert.deepEqual(entries, [], "a diff entry point: run tests/conformance/diff/ here too");
  });

  test(`${build}: the example profiles give the native CLI's reports`, () => {
    const rio = lexpact.RuleSet.library("rio");
    const dir = join(root, "examples/profiles");
    const profiles = readdirSync(dir).filter((f) => /\.(json|ya?ml)$/.test(f)).sort();
    assert.ok(profiles.length >= 5);
    for (const file of profiles) {
      const expected = read(join(dir, "expected", file.replace(/\.ya?ml$/, ".json")));
      const actual = rio.evaluateJson(read(join(dir, file)), { name: `examples/profiles/${file}` });
      assert.equal(actual, expected, file);
    }
    rio.free();
  });
}
