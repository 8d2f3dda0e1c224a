// axe-core in the page (injected from node_modules, no CDN): no serious or critical
// violation on the page as it loads, with a diagnostic shown in the editor and its lint
// tooltip open, with a hover open, and with a report row's explanation open.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { startPlayground, axeViolations, rulesCursor, artefacts } from "./harness.mjs";

let playground, page;

before(async () => {
  playground = await startPlayground();
  page = await playground.open();
});
after(() => playground?.close());

test("axe: the page as it loads", async () => {
  assert.deepEqual(await axeViolations(page), []);
});

test("axe: a diagnostic in the editor, its tooltip open", async () => {
  const text = await page.evaluate(() => window.__playground.rulesView.state.doc.toString());
  const at = text.indexOf("jurisdiction.extraterritorial.covers_all_sec_offences") + "jurisdiction.extraterritorial.covers".length;
  await rulesCursor(page, at);
  await page.keyboard.type("x");
  await page.keyboard.press("Escape");
  const squiggle = await page.waitForSelector("#rules-editor .cm-lintRange-error");
  const box = await squiggle.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForSelector(".cm-tooltip-lint");
  await page.screenshot({ path: join(artefacts, "playground-a11y-diagnostic.png") });
  assert.deepEqual(await axeViolations(page), []);
  await page.mouse.move(5, 5);
  await page.keyboard.press("Backspace");
  await page.waitForFunction((text) => window.__playground.rulesView.state.doc.toString() === text, text);
  await page.waitForSelector("#rules-editor .cm-lintRange-error", { state: "detached" });
});

test("axe: a report row's explanation open", async () => {
  await page.waitForSelector("#report-panel li.lx-row");
  await page.click("#report-panel li.lx-row:first-child button.lx-toggle");
  await page.waitForSelector("#report-panel li.lx-row:first-child .lx-tree li");
  assert.deepEqual(await axeViolations(page), []);
});

test("no error in the page, no request beyond its origin", () => {
  assert.deepEqual(playground.errors, []);
  assert.deepEqual(playground.foreign, []);
});
