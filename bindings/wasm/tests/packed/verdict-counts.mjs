// The verdict counts of a packed npm package, in Node and in a browser:
//
//   node bindings/wasm/tests/packed/verdict-counts.mjs --tarball PATH.tgz --profile PROFILE.json
//
// installs the tarball into a fresh temporary project, evaluates the bundled Rio library on the
// profile there with Node (`import { RuleSet } from "lexpact"`), then in headless Chromium
// through an app bundled with esbuild from the installed package, and prints one line of JSON:
// {"node":{"met":N,...},"browser":{...}} (the report summary's five verdict counts). Exits 0;
// on any failure prints the reason on stderr and exits 1.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildWithEsbuild, countsInNode, install, loadInChromium, scratch } from "./packed.mjs";

const KEYS = ["met", "partially_met", "not_met", "unknown", "not_applicable"];

async function main() {
  const { values } = parseArgs({ options: { tarball: { type: "string" }, profile: { type: "string" } } });
  if (!values.tarball || !values.profile) throw new Error("usage: verdict-counts.mjs --tarball PATH.tgz --profile PROFILE.json");
  const tarball = resolve(values.tarball);
  const profile = resolve(values.profile);
  const work = scratch("lexpact-verdict-counts-");
  try {
    const project = install(tarball, work.dir);
    const node = countsInNode(project, profile);
    const page = await loadInChromium(await buildWithEsbuild(project, profile));
    if (page.errors.length > 0 || !page.counts) {
      throw new Error(`the browser app showed "${page.text}"${page.errors.length ? `; errors: ${page.errors.join("; ")}` : ""}`);
    }
    const pick = (counts, where) => {
      const picked = {};
      for (const key of KEYS) {
        if (!Number.isInteger(counts[key])) throw new Error(`${where}: no count for ${key}`);
        picked[key] = counts[key];
      }
      return picked;
    };
    process.stdout.write(`${JSON.stringify({ node: pick(node, "node"), browser: pick(page.counts, "browser") })}\n`);
  } finally {
    work.dispose();
  }
}

try {
  await main();
} catch (e) {
  process.stderr.write(`verdict-counts: ${e?.stderr ? `${e.message}\n${e.stderr}` : e?.message ?? e}\n`);
  process.exitCode = 1;
}
