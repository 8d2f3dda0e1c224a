// The language service module (`lexpact/service`) as the playground's one module: the whole
// evaluation API beside the language service, and the CLI's renderings. Through both loaders
// (Node's and the browsers'):
// - `matrixHtml`, `reportCsv` and `diffHtml` give, byte for byte, what the CLI prints for the
//   cases of `render/cases.json` (`render/expected/`, which `tests/browser_renderings.rs` keeps
//   equal to the CLI's output);
// - its `RuleSet` evaluates as the evaluation module's does;
// - whatever it throws is an instance of its own `LexpactError`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { builds, root } from "./builds.mjs";

const pkg = join(root, "bindings/wasm/pkg");
const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8"));
const nodeLoader = require(join(pkg, manifest.exports["./service"].node.default));
const webLoader = await import(join(pkg, manifest.exports["./service"].default.default));
const modules = {
  node: await nodeLoader.loadLanguageService(),
  web: await webLoader.loadLanguageService({
    module_or_path: readFileSync(join(pkg, "service/web/lexpact_service_bg.wasm")),
  }),
};

const here = join(root, "bindings/wasm/tests/render");
const cases = JSON.parse(readFileSync(join(here, "cases.json"), "utf8"));
const read = (path) => readFileSync(join(root, path), "utf8");
/** A profile as the renderers take it: named by its path, as the CLI names it. */
const named = (path) => ({ name: path, text: read(path) });
const EXTENSION = { matrix: "html", csv: "csv", diff: "html" };

/** The kept rendering of a case: the whole text, or its digest (`<sha256>  <length>`). */
function expected(name, ext) {
  const whole = join(here, "expected", `${name}.${ext}`);
  if (existsSync(whole)) return { whole: readFileSync(whole, "utf8") };
  const [sha256, length] = readFileSync(`${whole}.sha256`, "utf8").trim().split(/\s+/);
  return { sha256, length: Number(length) };
}

function render(module, rules, c) {
  const options = c.as_of === undefined ? undefined : { asOf: c.as_of };
  const profiles = c.profiles.map(named);
  switch (c.render) {
    case "matrix": return module.matrixHtml(rules, profiles, options);
    case "csv": return module.reportCsv(rules, profiles, options);
    case "diff": return module.diffHtml(rules, profiles[0], profiles[1], options);
    default: throw new Error(`no rendering ${c.render}`);
  }
}

/** Where two texts first differ, for a failure message. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `first difference at ${i}: ${JSON.stringify(a.slice(i, i + 80))} vs ${JSON.stringify(b.slice(i, i + 80))}`;
}

test("there are cases of every rendering", () => {
  assert.deepEqual([...new Set(cases.map((c) => c.render))].sort(), ["csv", "diff", "matrix"]);
});

for (const [build, module] of Object.entries(modules)) {
  const rio = module.RuleSet.library("rio");

  for (const c of cases) {
    test(`${build}: ${c.name} (${c.render}) is what the CLI prints`, () => {
      const actual = render(module, rio, c);
      const want = expected(c.name, EXTENSION[c.render]);
      if (want.whole !== undefined) {
        assert.ok(actual === want.whole, `${c.name}: ${firstDifference(actual, want.whole)}`);
      } else {
        const bytes = Buffer.from(actual, "utf8");
        assert.equal(bytes.length, want.length, `${c.name}: length`);
        assert.equal(createHash("sha256").update(bytes).digest("hex"), want.sha256, `${c.name}: SHA-256`);
      }
    });
  }

  test(`${build}: the same input gives the same page, and another input another page`, () => {
    const profiles = [named("examples/profiles/aurelia.json")];
    const page = module.matrixHtml(rio, profiles);
    assert.equal(module.matrixHtml(rio, profiles), page);
    assert.ok(page.startsWith("<!DOCTYPE html>\n") && page.endsWith("</html>\n"));
    assert.notEqual(module.matrixHtml(rio, profiles, { asOf: "2012-01-01" }), page);
    const renamed = module.matrixHtml(rio, [{ name: "mine.json", text: profiles[0].text }]);
    assert.ok(renamed.includes("mine.json") && !renamed.includes("aurelia.json"));
    assert.match(module.matrixHtml(rio, []), /No profile could be evaluated\./);
    assert.equal(module.reportCsv(rio, []).split("\n")[0].split(",")[0], "profile");
  });

  test(`${build}: its RuleSet evaluates as the evaluation module's does`, () => {
    assert.equal(typeof module.check, "function");
    assert.equal(typeof module.format, "function");
    assert.deepEqual(module.defaultLimits(), builds.node.defaultLimits());
    assert.deepEqual(module.libraries().map((l) => l.name), builds.node.libraries().map((l) => l.name));
    const evaluation = builds[build].RuleSet.library("rio");
    for (const path of ["examples/profiles/borealis.json", "examples/profiles/estuaria.yaml"]) {
      const options = { name: path };
      assert.equal(rio.evaluateJson(read(path), options), evaluation.evaluateJson(read(path), options));
      assert.equal(rio.evaluateJson(read(path), options), read(`examples/profiles/expected/${path.split("/").pop().replace(/\.\w+$/, ".json")}`));
    }
    assert.deepEqual(rio.questions(read("examples/profiles/borealis.json")), evaluation.questions(read("examples/profiles/borealis.json")));
    assert.deepEqual(rio.obligations(), evaluation.obligations());
    assert.equal(module.format("ruleset  \"x\"\n"), builds[build].format("ruleset  \"x\"\n"));
    assert.deepEqual(module.check([{ name: "r.lex", source: "obligation {" }]), builds[build].check([{ name: "r.lex", source: "obligation {" }]));
  });

  test(`${build}: what it throws is an instance of its LexpactError, with the engine's diagnostics`, () => {
    const isError = (code) => (e) => {
      assert.ok(e instanceof module.LexpactError, `${e} is a LexpactError of the module`);
      assert.ok(e instanceof Error);
      assert.equal(e.name, "LexpactError");
      assert.ok(e.diagnostics.length > 0);
      assert.ok(e.diagnostics.every((d) => d.code === code), JSON.stringify(e.diagnostics));
      return true;
    };
    const bad = { name: "bad.json", text: "{ \"as_of\": " };
    const good = named("examples/profiles/aurelia.json");
    const badCode = (() => {
      try { rio.evaluate(bad.text); } catch (e) { return e.diagnostics[0].code; }
      return undefined;
    })();
    assert.ok(badCode?.startsWith("E"), "a bad profile does not evaluate");
    assert.throws(() => module.matrixHtml(rio, [good, bad]), isError(badCode));
    assert.throws(() => module.reportCsv(rio, [bad]), isError(badCode));
    assert.throws(() => module.diffHtml(rio, good, bad), isError(badCode));
    // Every profile that cannot be evaluated is named, together.
    assert.throws(() => module.matrixHtml(rio, [bad, { ...bad, name: "worse.json" }]), (e) =>
      isError(badCode)(e) && e.diagnostics.map((d) => d.file).join() === "bad.json,worse.json");
    // Arguments that are not what the renderers take are E0306.
    assert.throws(() => module.matrixHtml(rio, "profile"), isError("E0306"));
    assert.throws(() => module.matrixHtml(rio, [{ name: "x.json" }]), isError("E0306"));
    assert.throws(() => module.diffHtml(rio, good, null), isError("E0306"));
    assert.throws(() => module.reportCsv(rio, [good], { as_of: "2024-01-01" }), isError("E0306"));
    assert.throws(() => module.reportCsv(rio, [good], { asOf: "June 2024" }), (e) => e instanceof module.LexpactError);
    // The evaluation API and the language service throw the same class.
    assert.throws(() => rio.evaluate(bad.text), (e) => e instanceof module.LexpactError);
    assert.throws(() => module.RuleSet.library("nope"), (e) => e instanceof module.LexpactError);
    assert.throws(() => module.LanguageService.library("nope"), isError("E0306"));
    const service = new module.LanguageService();
    assert.throws(() => service.edit("none.lex", 0, 0, ""), isError("E0306"));
    service.setFile("x.lex", "obligation {");
    assert.throws(() => service.format("x.lex"), (e) => e instanceof module.LexpactError && e.diagnostics[0].code.startsWith("E0"));
  });
}
