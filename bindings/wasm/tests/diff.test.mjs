// diffReports: two reports of one State compared, as `lexpact diff --format json` compares them
// (the fixtures of tests/diff.rs, and the diff corpus of tests/conformance/diff/, run as its
// README says); anything but a report is refused with E0306.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { builds, root } from "./builds.mjs";

const read = (path) => readFileSync(join(root, path), "utf8");
const cascadia2023 = read("tests/fixtures/diff/cascadia-2023.json");
const cascadia2024 = read("tests/fixtures/diff/cascadia-2024.json");

const corpus = "tests/conformance/diff";
const cases = readdirSync(join(root, corpus))
  .filter((name) => statSync(join(root, corpus, name)).isDirectory())
  .sort();
/** The `.lex` files of a case directory (or its `new/`), named relative to the case, and the
 * shared schema under the path they name it by, folded. */
function sources(dir, sub) {
  const files = readdirSync(join(root, dir, sub))
    .filter((name) => name.endsWith(".lex"))
    .sort()
    .map((name) => ({ name: sub ? `${sub}/${name}` : name, source: read(join(dir, sub, name)) }));
  const schema = { name: "../../schema/profile.schema.json", source: read("tests/conformance/schema/profile.schema.json") };
  return [...files, schema];
}

test("the diff corpus is all there", () => assert.ok(cases.length >= 4, `${cases.length} cases`));

for (const [build, lexpact] of Object.entries(builds)) {
  const { RuleSet, diffReports, LexpactError } = lexpact;
  const t = (name, f) => test(`${build}: ${name}`, () => f());

  for (const name of cases) {
    t(`diff/${name}`, () => {
      const dir = join(corpus, name);
      const spec = JSON.parse(read(join(dir, "case.json")));
      const oldRules = RuleSet.compile(sources(dir, ""));
      const newRules = existsSync(join(root, dir, "new")) ? RuleSet.compile(sources(dir, "new")) : oldRules;
      const side = (rules, file) =>
        rules.evaluate(read(join(dir, file)), { name: file, ...(spec.as_of ? { asOf: spec.as_of } : {}) });
      const newFile = existsSync(join(root, dir, "new.json")) ? "new.json" : "old.json";
      const diff = diffReports(side(oldRules, "old.json"), side(newRules, newFile));
      assert.deepEqual(diff, JSON.parse(read(join(dir, "expected.json"))));
      assert.equal(JSON.stringify(diff, null, 2) + "\n", read(join(dir, "expected.json")), "the native text");
      if (newRules !== oldRules) newRules.free();
      oldRules.free();
    });
  }

  t("diffReports lists what improved, regressed and changed, with the facts why", () => {
    const rio = RuleSet.library("rio");
    // One report as an object, the other as the JSON text `check --format json` writes.
    const old = rio.evaluate(cascadia2023, { name: "cascadia-2023.json" });
    const recent = rio.evaluateJson(cascadia2024, { name: "cascadia-2024.json" });
    const diff = diffReports(old, recent);
    assert.equal(diff.diff, "lexpact/diff/v1");
    assert.equal(Object.getPrototypeOf(diff), Object.prototype, "a plain object");
    assert.deepEqual(diff.summary, {
      improved: 1, regressed: 1, changed: 1, added: 0, removed: 0, unchanged: 64,
    });
    assert.deepEqual(
      diff.changes.map((c) => [c.id, c.mark]),
      [
        ["lead_le_agency_extraterritorial", "changed"],
        ["helplines", "regressed"],
        ["annual_national_reporting_rio", "improved"],
      ],
    );
    const helplines = diff.changes[1];
    assert.deepEqual(helplines.old.range, ["partially_met", "met"]);
    assert.equal(helplines.new.verdict, "partially_met");
    assert.deepEqual(helplines.facts.map((f) => [f.pointer, f.parts]), [
      ["/reporting/child_helpline/confidential", ["status", "value", "sources"]],
    ]);
    assert.equal(diff.old.as_of, "2023-06-30");
    assert.equal(diff.new.summary.total, 67);
    // The same reports, either way they are given, give the same diff.
    assert.deepEqual(diffReports(JSON.stringify(old), JSON.parse(recent)), diff);
  });

  t("diffReports refuses a profile, a report of another format and a wrong type", () => {
    const rio = RuleSet.library("rio");
    const report = rio.evaluate(cascadia2024);
    for (const [old, what] of [
      [cascadia2023, "not a saved report"],
      [{ ...report, report: "lexpact/report/v1" }, "a report of format"],
      [[report, report], "a list of 2 reports"],
      [42, "not a saved report"],
    ]) {
      let error;
      try {
        diffReports(old, report);
      } catch (e) {
        error = e;
      }
      assert.ok(error instanceof LexpactError, `${what}: ${error}`);
      assert.equal(error.diagnostics[0].code, "E0306");
      assert.ok(error.diagnostics[0].message.includes(what), error.diagnostics[0].message);
    }
  });
}
