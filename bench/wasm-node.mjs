// WebAssembly in Node against native: the bundled Rio library evaluating the example profiles
// (examples/profiles) in a loop, through the npm package (bindings/wasm/pkg, built by
// bindings/wasm/build.sh) and natively (bindings/wasm/benches/native.rs, same loop), in one
// run on one machine, with the full report and with `detail: "verdicts"`. Prints a Markdown
// table and the wasm/native ratios.
//   node bench/wasm-node.mjs [ROUNDS]      (default 200 rounds of every example profile)
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const rounds = Number(process.argv[2] ?? 200);
const { RuleSet } = createRequire(import.meta.url)(join(root, "bindings/wasm/pkg"));

const dir = join(root, "examples/profiles");
const profiles = readdirSync(dir)
  .filter((f) => /\.(json|ya?ml)$/.test(f))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));

let started = performance.now();
const rio = RuleSet.library("rio");
const compileMs = performance.now() - started;

function time(label, evaluate) {
  for (const p of profiles) evaluate(p); // warm-up
  const started = performance.now();
  for (let i = 0; i < rounds; i++) for (const p of profiles) evaluate(p);
  const seconds = (performance.now() - started) / 1e3;
  return { label, seconds, us: (seconds * 1e6) / (rounds * profiles.length) };
}
const json = time("wasm `evaluateJson` (text in, JSON text out)", (p) => rio.evaluateJson(p.text, { name: p.name }));
const object = time("wasm `evaluate` (text in, report object out)", (p) => rio.evaluate(p.text, { name: p.name }));
const verdicts = { detail: "verdicts" };
const jsonVerdicts = time("wasm `evaluateJson`, `detail: \"verdicts\"`", (p) => rio.evaluateJson(p.text, { ...verdicts, name: p.name }));
const objectVerdicts = time("wasm `evaluate`, `detail: \"verdicts\"`", (p) => rio.evaluate(p.text, { ...verdicts, name: p.name }));

const out = execFileSync("cargo", ["bench", "--quiet", "-p", "lexpact-wasm", "--bench", "native", "--", String(rounds)], {
  cwd: root,
  encoding: "utf8",
  stdio: ["ignore", "pipe", "inherit"],
});
const native = JSON.parse(out.trim().split("\n").at(-1));

const f = (x, d = 0) => x.toFixed(d);
console.log(`machine: ${cpus()[0]?.model ?? "?"} (${cpus().length} logical CPUs), ${f(totalmem() / 2 ** 30, 1)} GiB; Node ${process.version}`);
console.log(`${rounds} rounds × ${profiles.length} profiles = ${rounds * profiles.length} evaluations of the Rio library (${rio.obligations().length} obligations)\n`);
console.log("| | µs per evaluation | evaluations / s |");
console.log("|---|---:|---:|");
const row = (label, us) => console.log(`| ${label} | ${f(us)} | ${f(1e6 / us)} |`);
row("native (Rust, release) `evaluate` of text + JSON text", native.us_per_evaluation);
for (const r of [json, object]) row(r.label, r.us);
row("native, `detail: \"verdicts\"`", native.us_per_evaluation_verdicts);
for (const r of [jsonVerdicts, objectVerdicts]) row(r.label, r.us);
console.log(`\ncompile the library once: native ${f(native.compile_ms, 1)} ms, wasm ${f(compileMs, 1)} ms`);
console.log(`ratio wasm/native (evaluateJson): ${(json.us / native.us_per_evaluation).toFixed(2)}×`);
console.log(`ratio wasm/native (evaluateJson, verdicts): ${(jsonVerdicts.us / native.us_per_evaluation_verdicts).toFixed(2)}×`);
rio.free();
