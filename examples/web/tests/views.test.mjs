// The views under the editors in the page: the guided profile from an empty profile (three
// questions answered, the verdicts change), the compliance matrix and the diff (the CLI's own
// pages, byte for byte as the package's Node build renders them), the downloads (JSON, CSV,
// HTML), the view kept in the shared state, keyboard moves between the views, axe-core.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { startPlayground, root, artefacts, axeViolations } from "./harness.mjs";

const AS_OF = "2024-06-30";
const service = createRequire(import.meta.url)(join(root, "bindings/wasm/pkg/service/node/lexpact_service.cjs"));
const examples = readdirSync(join(root, "examples/profiles"))
  .filter((f) => /\.(json|ya?ml)$/.test(f))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(root, "examples/profiles", name), "utf8") }));

let playground, page;
before(async () => {
  playground = await startPlayground();
  page = await playground.open();
});
after(() => playground?.close());

const verdictOf = (id) => page.getAttribute(`#report-panel li.lx-row[data-id="${id}"]`, "data-verdict");
const profileText = () => page.evaluate(() => window.__playground.profileView.state.doc.toString());
/** The document a view's frame shows, without the base the page adds for its anchors. */
const frameDocument = (panel) => page.$eval(`${panel} iframe`, (f) => f.srcdoc.replace('<base href="about:srcdoc">', ""));

test("from an empty profile, three answered questions write the profile and change the verdicts", async () => {
  await page.fill("#as-of", AS_OF);
  await page.click("#new-profile");
  await page.waitForFunction(() => !window.__playground.profileView.state.doc.toString().includes("treaties"));
  await page.waitForSelector('#report-panel li.lx-row[data-id="ratify_crc"][data-verdict=unknown]');
  // The view, by keyboard: from the first tab, the arrow moves to the guided profile.
  await page.focus("#view-report");
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => document.activeElement.id), "view-questions");
  // The tab shows its panel at once; the questions fill it on the next turn of the event loop,
  // so the panel is checked by its `hidden` state, not by a size it has only once filled.
  assert.equal(await page.$eval("#questions-panel", (panel) => panel.hidden), false);
  assert.equal(await page.isHidden("#report-panel"), true);
  const question = (pointer) => page.locator(`#questions-panel li.lx-question[data-pointer="${pointer}"]`);
  await question("/treaties/crc/status").waitFor();
  assert.match(await question("/treaties/crc/status").locator(".lx-description").textContent(), /party/);
  const before = await verdictOf("ratify_crc");
  assert.equal(before, "unknown");

  // 1. By keyboard: a list, AU checked with Space, then Enter answers.
  await question("/state/regional_memberships").locator("input[value=AU]").focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.__playground.profileView.state.doc.toString().includes("regional_memberships"));
  // The list is rebuilt after the profile is written, on a timer: what is typed into the old
  // list is lost, so each step waits until its question has left the list.
  await question("/state/regional_memberships").waitFor({ state: "detached" });
  // 2. The CRC ratified, with its source typed first.
  await question("/treaties/crc/status").locator(".lx-source").fill("UN Treaty Collection");
  await question("/treaties/crc/status").locator("label.lx-choice", { hasText: /^\s*ratified\s*$/ }).click();
  await page.waitForSelector('#report-panel li.lx-row[data-id="ratify_crc"][data-verdict=met]', { state: "attached" });
  await question("/treaties/crc/status").waitFor({ state: "detached" });
  // 3. Child sexual abuse material not criminalised.
  const csam = await page.$$eval("#report-panel li.lx-row", (li) => Object.fromEntries(li.map((x) => [x.dataset.id, x.dataset.verdict])));
  await question("/offences/csam/criminalized").locator("label.lx-choice", { hasText: /^\s*no\s*$/ }).click();
  await page.waitForFunction(() => window.__playground.profileView.state.doc.toString().includes("criminalized"));
  await page.waitForFunction((was) => [...document.querySelectorAll("#report-panel li.lx-row")].some((x) => was[x.dataset.id] !== x.dataset.verdict), csam);
  await question("/offences/csam/criminalized").waitFor({ state: "detached" });

  const profile = JSON.parse(await profileText());
  assert.deepEqual(profile.state.regional_memberships, ["AU"]);
  assert.deepEqual(profile.treaties.crc.status, { value: "ratified", source: { cite: "UN Treaty Collection" } });
  assert.equal(profile.offences.csam.criminalized, false);
  // The page's verdicts are the engine's on the profile written.
  const rio = service.RuleSet.library("rio");
  const report = rio.evaluate(JSON.stringify(profile), { asOf: AS_OF, detail: "verdicts" });
  rio.free();
  const shown = await page.$$eval("#report-panel li.lx-row", (li) => li.map((x) => [x.dataset.id, x.dataset.verdict]));
  assert.deepEqual(shown, report.results.map((r) => [r.id, r.verdict]));
  // The answered questions are gone from the list.
  for (const p of ["/state/regional_memberships", "/treaties/crc/status", "/offences/csam/criminalized"]) {
    assert.equal(await question(p).count(), 0, p);
  }
  await page.screenshot({ path: join(artefacts, "playground-questions.png") });
  assert.deepEqual(await axeViolations(page), []);
});

test("the matrix and the diff are the CLI's pages for the same profiles", async () => {
  await page.selectOption("#example", "borealis.json");
  await page.waitForFunction(() => document.querySelector("#report-meta")?.textContent.includes("Borealis"));
  await page.click("#view-matrix");
  await page.waitForSelector("#matrix-panel iframe");
  const rio = service.RuleSet.library("rio");
  const options = { asOf: AS_OF };
  // Borealis is one of the examples: the matrix holds the examples only.
  assert.equal(await frameDocument("#matrix-panel"), service.matrixHtml(rio, examples, options));
  assert.match(await page.getAttribute("#matrix-panel iframe", "sandbox"), /^allow-scripts$/);
  // The frame renders the matrix.
  const frame = page.frameLocator("#matrix-panel iframe");
  await frame.locator("table").first().waitFor();
  await page.screenshot({ path: join(artefacts, "playground-matrix.png") });

  await page.click("#view-diff");
  await page.selectOption("#diff-base", "cascadia.json");
  const borealis = examples.find((e) => e.name === "borealis.json");
  const cascadia = examples.find((e) => e.name === "cascadia.json");
  const expected = service.diffHtml(rio, cascadia, { name: "borealis.json", text: borealis.text }, options);
  await page.waitForFunction((length) => document.querySelector("#diff-panel iframe")?.srcdoc.length >= length, expected.length);
  assert.equal(await frameDocument("#diff-panel"), expected);
  rio.free();
  assert.deepEqual(await axeViolations(page), []);
});

test("the report downloads as the CLI's JSON, CSV and HTML", async () => {
  const rio = service.RuleSet.library("rio");
  const borealis = examples.find((e) => e.name === "borealis.json");
  const one = [{ name: "borealis.json", text: borealis.text }];
  const expected = {
    json: rio.evaluateJson(borealis.text, { name: "borealis.json", asOf: AS_OF }),
    csv: service.reportCsv(rio, one, { asOf: AS_OF }),
    html: service.matrixHtml(rio, one, { asOf: AS_OF }),
  };
  rio.free();
  for (const kind of ["json", "csv", "html"]) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(`#download-${kind}`)]);
    assert.equal(download.suggestedFilename(), `borealis.report.${kind}`);
    const path = await download.path();
    assert.equal(readFileSync(path, "utf8"), expected[kind], kind);
  }
});

test("the view open is kept in the shared link", async () => {
  await page.click("#view-diff");
  await page.click("#share");
  await page.waitForFunction(() => location.hash.startsWith("#s="));
  const hash = await page.evaluate(() => location.hash);
  const again = await playground.open(hash);
  assert.equal(await again.getAttribute("#view-diff", "aria-selected"), "true");
  assert.equal(await again.isVisible("#diff-panel"), true);
  await again.close();
});

test("no error in the page, no request beyond its origin", () => {
  assert.deepEqual(playground.errors, []);
  assert.deepEqual(playground.foreign, []);
});
