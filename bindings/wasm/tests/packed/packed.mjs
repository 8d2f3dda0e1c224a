// The npm package as a user gets it: packed with `npm pack`, installed from the tarball into a
// fresh project (never this repository's node_modules), bundled into a tiny app with esbuild or
// Vite, served, and loaded in headless Chromium. Shared by packed.test.mjs and verdict-counts.mjs.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build as esbuild } from "esbuild";
import { chromium } from "playwright-core";
import { serve } from "../../../../examples/web/serve.mjs";

/** The built package (bindings/wasm/pkg). */
export const pkgDir = fileURLToPath(new URL("../../pkg/", import.meta.url));

const npm = (args, cwd) =>
  execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, encoding: "utf8" });

/** A fresh temporary directory; `dispose()` removes it. */
export function scratch(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Packs the built package into `dir`; returns the tarball's path and its file list. */
export function pack(dir) {
  const [info] = JSON.parse(npm(["pack", "--json", "--pack-destination", dir], pkgDir));
  return { tarball: join(dir, info.filename), files: info.files.map((f) => f.path).sort() };
}

/** A fresh project in `dir` with the tarball installed as its one dependency. */
export function install(tarball, dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  npm(["install", "--prefer-offline", "--no-package-lock", tarball], dir);
  return dir;
}

const page = (script) => `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>lexpact app</title>
<body><output id="verdict">loading</output><script type="module" src="${script}"></script></body></html>
`;

/**
 * The app: evaluates `profile.json` (served beside it) with the bundled Rio library and shows
 * the summary's counts and the first obligation's verdict in `#verdict`. `wasm` is how the
 * app's module is told where the `.wasm` is: "default" (`await init()`, bundlers that follow
 * `new URL(..., import.meta.url)`) or "import" (the URL imported from the package, for esbuild).
 */
function appSource(wasm) {
  const load = wasm === "import"
    ? `import wasmUrl from "lexpact/web/lexpact_bg.wasm";\nawait init({ module_or_path: wasmUrl });`
    : `await Promise.all([init(), init()]); // idempotent: one fetch\nawait init();`;
  return `import init, { RuleSet } from "lexpact";
${load}
const out = document.getElementById("verdict");
try {
  const profile = await (await fetch(new URL("profile.json", document.baseURI))).text();
  const report = RuleSet.library("rio").evaluate(profile);
  const { met, partially_met, not_met, unknown, not_applicable } = report.summary;
  out.dataset.counts = JSON.stringify({ met, partially_met, not_met, unknown, not_applicable });
  out.textContent = report.results[0].cite + ": " + report.results[0].verdict;
} catch (e) {
  out.textContent = "error: " + e;
}
out.dataset.done = "1";
`;
}

/** Builds the app in `project` with esbuild (its one loader option: `.wasm` as a file); returns the served dir. */
export async function buildWithEsbuild(project, profile) {
  writeFileSync(join(project, "app.js"), appSource("import"));
  const dist = join(project, "dist-esbuild");
  await esbuild({
    entryPoints: [join(project, "app.js")],
    absWorkingDir: project,
    bundle: true,
    format: "esm",
    target: "es2022",
    loader: { ".wasm": "file" },
    outdir: dist,
    logLevel: "error",
  });
  writeFileSync(join(dist, "index.html"), page("./app.js"));
  cpSync(profile, join(dist, "profile.json"));
  return dist;
}

/** Builds the app in `project` with Vite (no option); returns the served dir. */
export async function buildWithVite(project, profile) {
  const { build } = await import("vite");
  const src = join(project, "vite-app");
  mkdirSync(join(src, "public"), { recursive: true });
  writeFileSync(join(src, "app.js"), appSource("default"));
  writeFileSync(join(src, "index.html"), page("./app.js"));
  cpSync(profile, join(src, "public", "profile.json"));
  const dist = join(project, "dist-vite");
  await build({
    root: src,
    base: "./",
    logLevel: "error",
    configFile: false,
    build: { outDir: dist, emptyOutDir: true, target: "es2022" },
  });
  return dist;
}

/**
 * Serves `dist`, opens its index.html in headless Chromium and returns what the page shows:
 * `{ text, counts, errors, fetched }` (counts as the page computed them; fetched paths).
 */
export async function loadInChromium(dist) {
  const server = await serve(dist);
  const profileDir = mkdtempSync(join(tmpdir(), "lexpact-packed-chromium-"));
  let context;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const tab = context.pages()[0] ?? (await context.newPage());
    const errors = [];
    const fetched = [];
    tab.on("pageerror", (e) => errors.push(String(e)));
    tab.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    tab.on("response", (r) => {
      fetched.push(new URL(r.url()).pathname);
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    });
    await tab.route("**/*", (route) =>
      new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort());
    await tab.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    await tab.waitForSelector("#verdict[data-done]", { timeout: 30_000 });
    const text = await tab.textContent("#verdict");
    const counts = await tab.getAttribute("#verdict", "data-counts");
    return { text, counts: counts ? JSON.parse(counts) : undefined, errors, fetched };
  } finally {
    await context?.close();
    server.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

/** Evaluates `profile` in Node from the installed package (`import ... from "lexpact"`); the summary's five counts. */
export function countsInNode(project, profile) {
  const script = join(project, "node-counts.mjs");
  writeFileSync(script, `import { readFileSync } from "node:fs";
import { RuleSet } from "lexpact";
const report = RuleSet.library("rio").evaluate(readFileSync(process.argv[2], "utf8"));
const { met, partially_met, not_met, unknown, not_applicable } = report.summary;
console.log(JSON.stringify({ met, partially_met, not_met, unknown, not_applicable }));
`);
  return JSON.parse(execFileSync(process.execPath, [script, profile], { cwd: project, encoding: "utf8" }));
}

/** Runs a file with Node in `project`; its stdout. */
export function runNode(project, file, source) {
  writeFileSync(join(project, file), source);
  return execFileSync(process.execPath, [file], { cwd: project, encoding: "utf8" });
}

/** The first fenced code block of `lang` in a Markdown file. */
export function firstCodeBlock(markdownFile, lang) {
  const text = readFileSync(markdownFile, "utf8");
  const match = text.match(new RegExp("```" + lang + "\\n([^]*?)```"));
  if (!match) throw new Error(`${markdownFile}: no \`\`\`${lang} block`);
  return match[1];
}
