// `RuleSet.questions` in both builds: the questions of a conformance case equal its
// expected.json (the CLI's and the core's very JSON), the most decisive fact first.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builds, root } from "./builds.mjs";

const dir = "tests/conformance/questions/001-connectives-and-ties";
const read = (path) => readFileSync(join(root, path), "utf8");
const sources = [
  { name: "rules.lex", source: read(`${dir}/rules.lex`) },
  { name: "../../schema/profile.schema.json", source: read("tests/conformance/schema/profile.schema.json") },
];
const expected = JSON.parse(read(`${dir}/expected.json`));

for (const [build, lexpact] of Object.entries(builds)) {
  test(`${build}: questions of a profile, most decisive first`, () => {
    const rules = lexpact.RuleSet.compile(sources);
    const asked = rules.questions(read(`${dir}/profile.json`), { name: "profile.json" });
    assert.deepEqual(asked, expected);
    assert.equal(asked.questions[0].pointer, "/logic/u");
    assert.equal(asked.questions[0].decides, 2);
  });

  test(`${build}: questions within the step budget, or E0305`, () => {
    const rules = lexpact.RuleSet.compile(sources, { limits: { max_evaluation_steps: 12 } });
    let error;
    try {
      rules.questions(read(`${dir}/profile.json`));
    } catch (e) {
      error = e;
    }
    assert.ok(error instanceof lexpact.LexpactError, `${error}`);
    assert.equal(error.diagnostics[0].code, "E0305");
    assert.match(error.diagnostics[0].message, /probing `\/logic\/u`/);
  });
}
