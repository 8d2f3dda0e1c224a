// The playground's speed in headless Chromium, run by hand (not by the tests):
//   node examples/web/build.mjs && node examples/web/bench.mjs [cold runs, default 7]
// 1. Cold load, each run in a fresh browser profile (no cache): from navigation to the first
//    verdict painted, broken into the page's own marks (engine.js MARKS) and the resource
//    timing of the evaluation module's .wasm. Medians over the runs.
// 2. One re-evaluation after a keystroke, 50 times in the profile editor (a character typed,
//    then deleted): the evaluation alone (the page's `lexpact:evaluation` measure) and from the
//    keydown to the frame painted with the new rows (a message posted from a frame callback
//    runs once that frame is painted), and from the keydown to the evaluation's start (the
//    editor's handling of the key, then the wait for the next frame). Medians and 90th
//    percentiles.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir, cpus } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";
import { CHROMIUM_ARGS, dist } from "./tests/harness.mjs";

const RUNS = Number(process.argv[2] ?? 7);
const KEYSTROKES = 50;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.9) - 1)];
const ms = (x) => `${x.toFixed(1)} ms`;

const server = await serve(dist);
const origin = `http://127.0.0.1:${server.address().port}`;

async function browser() {
  const dir = mkdtempSync(join(tmpdir(), "lexpact-bench-"));
  const context = await chromium.launchPersistentContext(dir, { executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS, viewport: { width: 1440, height: 1250 } });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, close: async () => { await context.close(); rmSync(dir, { recursive: true, force: true }); } };
}

// 1. Cold loads.
const phases = {};
let version = "";
for (let run = 0; run < RUNS; run++) {
  const b = await browser();
  version = b.context.browser()?.version() ?? version;
  await b.page.goto(origin + "/");
  await b.page.waitForFunction(() => performance.getEntriesByName("lexpact:first-verdict").length > 0, null, { timeout: 60000 });
  const t = await b.page.evaluate(() => {
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime;
    const wasm = performance.getEntriesByType("resource").find((r) => r.name.endsWith(".wasm"));
    const app = performance.getEntriesByType("resource").find((r) => r.name.endsWith("/app.js"));
    return {
      appLoaded: app.responseEnd,
      engineStart: mark("lexpact:engine-start"),
      wasmStart: wasm.startTime,
      wasmEnd: wasm.responseEnd,
      wasmBytes: wasm.transferSize,
      evaluationReady: mark("lexpact:evaluation-ready"),
      libraryCompiled: mark("lexpact:library-compiled"),
      firstEvaluation: mark("lexpact:first-evaluation"),
      firstRender: mark("lexpact:first-render"),
      firstVerdict: mark("lexpact:first-verdict"),
    };
  });
  const row = {
    "page and app.js (navigation → engine start)": t.engineStart,
    "wasm fetch (request → last byte)": t.wasmEnd - t.wasmStart,
    "compile + instantiate (after the last byte)": t.evaluationReady - Math.max(t.wasmEnd, t.engineStart),
    "library compile (Rio)": t.libraryCompiled - t.evaluationReady,
    "first evaluation": t.firstEvaluation - t.libraryCompiled,
    "first render (rows in the DOM)": t.firstRender - t.firstEvaluation,
    "paint (to the next frame)": t.firstVerdict - t.firstRender,
    "navigation → first verdict": t.firstVerdict,
  };
  for (const [k, v] of Object.entries(row)) (phases[k] ??= []).push(v);
  await b.close();
}

// 2. Keystrokes.
const b = await browser();
await b.page.goto(origin + "/");
await b.page.waitForSelector("body[data-service=ready]", { timeout: 60000 });
await b.page.selectOption("#example", "borealis.json");
await b.page.waitForFunction(() => /Borealis/.test(document.querySelector("#report-meta").textContent));
await b.page.evaluate(() => {
  const view = window.__playground.profileView;
  const at = view.state.doc.toString().indexOf("Kingdom of Borealis") + "Kingdom".length;
  view.focus();
  view.dispatch({ selection: { anchor: at } });
  window.__strokes = [];
  document.addEventListener("keydown", () => {
    const down = performance.now();
    const before = performance.getEntriesByName("lexpact:evaluation").length;
    // Registered before the page's own frame callback for this edit: runs in the same frame;
    // the message it posts is handled once that frame is painted.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const evaluations = performance.getEntriesByName("lexpact:evaluation");
        const renders = performance.getEntriesByName("lexpact:render");
        const checks = performance.getEntriesByName("lexpact:profile-diagnostics");
        window.__strokes.push({
          painted: performance.now() - down,
          evaluated: evaluations.length > before,
          evaluation: evaluations.at(-1).duration,
          waited: evaluations.at(-1).startTime - down,
          render: renders.at(-1).duration,
          diagnostics: checks.at(-1).duration,
        });
      };
      channel.port2.postMessage(0);
    });
  }, true);
});
for (let i = 0; i < KEYSTROKES; i++) {
  await b.page.keyboard.press(i % 2 ? "Backspace" : "x");
  await b.page.waitForFunction((n) => window.__strokes.length >= n, i + 1);
  await b.page.waitForTimeout(30);
}
const strokes = await b.page.evaluate(() => window.__strokes);
await b.close();
server.close();

const missed = strokes.filter((s) => !s.evaluated).length;
console.log(`Chromium ${version}, ${cpus().length} × ${cpus()[0]?.model ?? "?"}`);
console.log(`\nCold load, fresh profile, median of ${RUNS}:`);
for (const [k, v] of Object.entries(phases)) console.log(`  ${k.padEnd(46)} ${ms(median(v)).padStart(10)}   (min ${ms(Math.min(...v))}, max ${ms(Math.max(...v))})`);
console.log(`\nA keystroke in the profile (${KEYSTROKES}; ${missed} not evaluated in the frame that followed):`);
const LABELS = {
  waited: "keydown → evaluation starts (input, next frame)",
  evaluation: "evaluation",
  render: "render",
  diagnostics: "the profile's diagnostics (language service)",
  painted: "keydown → rows painted",
};
for (const [key, label] of Object.entries(LABELS)) {
  const xs = strokes.map((s) => s[key]);
  console.log(`  ${label.padEnd(46)} median ${ms(median(xs))}, p90 ${ms(p90(xs))}`);
}
