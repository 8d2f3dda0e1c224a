// The packed npm package, installed from its tarball into a fresh project as a user installs it:
// what it ships, Node (ES modules and CommonJS, `await init()` included), the README's examples
// as written, its declarations under each TypeScript resolution mode, a tiny app built with
// esbuild and with Vite and shown in headless Chromium, and verdict-counts.mjs (contract C1).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildWithEsbuild, buildWithVite, firstCodeBlock, install, loadInChromium, pack, runNode, scratch,
} from "./packed.mjs";
import { root } from "../builds.mjs";

const profile = join(root, "examples/profiles/borealis.json");
let work, tarball, files, project;

before(() => {
  work = scratch("lexpact-packed-");
  ({ tarball, files } = pack(work.dir));
  project = install(tarball, join(work.dir, "app"));
});

after(() => work?.dispose());

test("the tarball ships one .wasm per module, the sample profile and the licence", () => {
  assert.deepEqual(files.filter((f) => f.endsWith(".wasm")), ["service/web/lexpact_service_bg.wasm", "web/lexpact_bg.wasm"]);
  for (const f of ["LICENSE", "README.md", "examples/borealis.json", "node/lexpact.cjs", "node/lexpact.mjs", "package.json"]) {
    assert.ok(files.includes(f), `${f} missing from ${files.join(", ")}`);
  }
  const manifest = JSON.parse(readFileSync(join(project, "node_modules/lexpact/package.json"), "utf8"));
  assert.ok(manifest.engines?.node, "engines");
  assert.match(manifest.repository.url, /^git\+https:\/\//);
});

test("Node: import and require share one instance, and `await init()` does nothing", () => {
  const out = runNode(project, "both.mjs", `import init, { RuleSet, LexpactError } from "lexpact";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const cjs = require("lexpact");
console.log(await init(), await cjs.default(), await init());
console.log(cjs.LexpactError === LexpactError, cjs.RuleSet === RuleSet);
try { RuleSet.compile([{ name: "x.lex", source: "nonsense" }]); } catch (e) { console.log(e instanceof cjs.LexpactError, e.diagnostics.length > 0); }
const { loadLanguageService } = await import("lexpact/service");
const { LanguageService } = await loadLanguageService();
console.log(require("lexpact/service").loadLanguageServiceSync().LanguageService === LanguageService);
console.log(RuleSet.library("rio").obligations().length);
`);
  const lines = out.trim().split("\n");
  assert.deepEqual(lines.slice(0, 4), ["undefined undefined undefined", "true true", "true true", "true"]);
  assert.ok(Number(lines[4]) > 50, out);
});

test("the README's Node example runs as written against the installed package", () => {
  const example = firstCodeBlock(join(project, "node_modules/lexpact/README.md"), "js");
  const out = runNode(project, "readme.mjs", example);
  const verdicts = out.trim().split("\n").map((line) => line.split(" ")[0]);
  assert.ok(verdicts.length > 50, out);
  for (const v of ["met", "partially_met", "not_met"]) assert.ok(verdicts.includes(v), `${v} in ${out}`);
  for (const v of verdicts) assert.match(v, /^(met|partially_met|not_met|unknown|not_applicable)$/);
});

test("the README's browser example runs in Node as well (init is a no-op there)", () => {
  const readme = readFileSync(join(project, "node_modules/lexpact/README.md"), "utf8");
  const blocks = [...readme.matchAll(/```js\n([^]*?)```/g)].map((m) => m[1]);
  const browser = blocks.find((b) => b.includes("await init()"));
  assert.ok(browser, "a js block with `await init()`");
  const out = runNode(project, "readme-browser.mjs", `${browser}\nconsole.log(typeof RuleSet.library);\n`);
  assert.equal(out.trim(), "function");
});

test("the declarations type-check under node10, node16, nodenext and bundler, each from its entry", () => {
  const tsc = join(root, "node_modules/typescript/bin/tsc");
  const source = `import init, { RuleSet, LexpactError, type Report, type Verdict } from "lexpact";
import { loadLanguageService, type ServiceModule } from "lexpact/service";
export async function main(): Promise<Verdict> {
  await init();
  const service: ServiceModule = await loadLanguageService();
  void service.LanguageService;
  const report: Report = RuleSet.library("rio").evaluate("{}");
  const error: LexpactError | undefined = undefined;
  void error;
  return report.results[0]?.verdict ?? "unknown";
}
`;
  // [resolution, module, file extension, the declarations "lexpact" must resolve to]
  const modes = [
    ["node10", "commonjs", "ts", "node/lexpact.d.cts"],
    ["node16", "node16", "mts", "node/lexpact.d.mts"],
    ["node16", "node16", "cts", "node/lexpact.d.cts"],
    ["nodenext", "nodenext", "mts", "node/lexpact.d.mts"],
    ["nodenext", "nodenext", "cts", "node/lexpact.d.cts"],
    ["bundler", "esnext", "ts", "web/lexpact.d.ts"],
  ];
  for (const [resolution, module, ext, declarations] of modes) {
    const name = `types-${resolution}-${ext}`;
    writeFileSync(join(project, `${name}.${ext}`), source);
    writeFileSync(join(project, `${name}.json`), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: "es2022", lib: ["es2022", "esnext.disposable", "dom"], types: [], module, moduleResolution: resolution },
      files: [`${name}.${ext}`],
    }));
    const r = spawnSync(process.execPath, [tsc, "-p", `${name}.json`, "--listFiles"], { cwd: project, encoding: "utf8" });
    assert.equal(r.status, 0, `${name}:\n${r.stdout}${r.stderr}`);
    const listed = r.stdout.split("\n").filter((f) => f.includes("/node_modules/lexpact/") && /lexpact\.d\.[cm]?ts$/.test(f));
    assert.deepEqual(listed.map((f) => f.slice(f.indexOf("/node_modules/lexpact/") + 22)), [declarations], name);
  }
});

for (const [bundler, build] of [["esbuild", buildWithEsbuild], ["Vite", buildWithVite]]) {
  test(`a tiny app bundled with ${bundler} shows a verdict in headless Chromium`, async () => {
    const page = await loadInChromium(await build(project, profile));
    assert.deepEqual(page.errors, []);
    assert.match(page.text, /^[A-Z][^:]*: (met|partially_met|not_met|unknown|not_applicable)$/);
    assert.equal(page.fetched.filter((p) => p.endsWith(".wasm")).length, 1, page.fetched.join(", "));
    const expected = JSON.parse(runNode(project, "counts.mjs", `import { RuleSet } from "lexpact";
import { readFileSync } from "node:fs";
console.log(JSON.stringify(RuleSet.library("rio").evaluate(readFileSync(${JSON.stringify(profile)}, "utf8")).summary));
`));
    for (const [key, count] of Object.entries(page.counts)) assert.equal(count, expected[key], key);
  });
}

const script = fileURLToPath(new URL("./verdict-counts.mjs", import.meta.url));

test("verdict-counts.mjs prints the same counts for Node and the browser", () => {
  const out = execFileSync(process.execPath, [script, "--tarball", tarball, "--profile", profile], { encoding: "utf8" });
  assert.equal(out.split("\n").length, 2, out);
  const counts = JSON.parse(out);
  const keys = ["met", "partially_met", "not_met", "unknown", "not_applicable"];
  assert.deepEqual(Object.keys(counts), ["node", "browser"]);
  assert.deepEqual(Object.keys(counts.node), keys);
  assert.deepEqual(counts.browser, counts.node);
  const total = JSON.parse(runNode(project, "total.mjs", `import { RuleSet } from "lexpact";
import { readFileSync } from "node:fs";
console.log(RuleSet.library("rio").evaluate(readFileSync(${JSON.stringify(profile)}, "utf8")).summary.total);
`));
  assert.equal(keys.reduce((sum, k) => sum + counts.node[k], 0), total);
});

test("verdict-counts.mjs fails with a reason on stderr", () => {
  const r = spawnSync(process.execPath, [script, "--tarball", tarball, "--profile", join(work.dir, "absent.json")], { encoding: "utf8" });
  assert.notEqual(r.status, 0);
  assert.equal(r.stdout, "");
  assert.match(r.stderr, /absent\.json/);
});
