// The profile editor on the language service's profile support: a misspelt key underlined
// with its did-you-mean, a value completed with the keyboard (and the verdicts following),
// a key's hover with the schema's description.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startPlayground } from "./harness.mjs";

let playground, page;

before(async () => {
  playground = await startPlayground();
  page = await playground.open();
  await page.selectOption("#example", "borealis.json");
  await page.waitForFunction(() => /Borealis/.test(document.querySelector("#report-meta").textContent));
});
after(() => playground?.close());

const doc = () => page.evaluate(() => window.__playground.profileView.state.doc.toString());

/** Puts the profile editor's cursor at `offset`, focused. */
function cursor(offset) {
  return page.evaluate((offset) => {
    const view = window.__playground.profileView;
    view.focus();
    view.dispatch({ selection: { anchor: offset }, scrollIntoView: true });
  }, offset);
}

test("a misspelt key is underlined, with the did-you-mean", async () => {
  const original = await doc();
  await cursor(original.indexOf('"un_member"') + '"un_mem'.length);
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Escape");
  const squiggle = await page.waitForSelector("#profile-editor .cm-lintRange-error");
  assert.equal(await squiggle.textContent(), '"un_meber"');
  const box = await squiggle.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tooltip = await page.waitForSelector(".cm-tooltip-lint");
  assert.match(await tooltip.textContent(), /help: did you mean `un_member`\?/);
  await page.mouse.move(5, 5);
  await page.keyboard.type("m");
  await page.keyboard.press("Escape");
  await page.waitForSelector("#profile-editor .cm-lintRange-error", { state: "detached" });
  assert.equal(await doc(), original);
});

test("a value completed with the keyboard, and the verdict follows", async () => {
  const original = await doc();
  const verdict = () => page.getAttribute("#report-panel li.lx-row[data-id=ratify_crc]", "data-verdict");
  assert.equal(await verdict(), "met");
  // The CRC's status: "ratified" becomes "signed", typed and completed.
  const at = original.indexOf('"value": "ratified"') + '"value": '.length;
  await page.evaluate((at) => {
    const view = window.__playground.profileView;
    view.dispatch({ changes: { from: at, to: at + '"ratified"'.length, insert: "" }, selection: { anchor: at } });
    view.focus();
  }, at);
  await page.keyboard.type('"sig');
  const option = await page.waitForSelector(".cm-tooltip-autocomplete li[aria-selected=true]");
  assert.equal(await option.textContent(), '"signed"allowed value');
  await page.waitForTimeout(100); // CodeMirror ignores keys in a list's first 75 ms
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => /"value": "signed"/.test(window.__playground.profileView.state.doc.toString()));
  assert.ok(!(await doc()).includes('"value": "signed""'), "no stray quote");
  await page.waitForFunction(() => document.querySelector("#report-panel li.lx-row[data-id=ratify_crc]")?.dataset.verdict === "partially_met");
  await page.evaluate((text) => {
    const view = window.__playground.profileView;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  }, original);
  await page.waitForFunction(() => document.querySelector("#report-panel li.lx-row[data-id=ratify_crc]")?.dataset.verdict === "met");
});

test("hovering a key shows the schema's description", async () => {
  const at = (await doc()).indexOf('"iso3"') + 2;
  const point = await page.evaluate(async (at) => {
    const view = window.__playground.profileView;
    view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const c = view.coordsAtPos(at);
    return { x: (c.left + c.right) / 2 + 2, y: (c.top + c.bottom) / 2 };
  }, at);
  await page.mouse.move(point.x, point.y);
  const hover = await page.waitForSelector(".cm-tooltip-hover .md");
  assert.match(await hover.textContent(), /ISO 3166-1 alpha-3 code/);
  await page.mouse.move(5, 5);
});

test("no error in the page, no request beyond its origin", () => {
  assert.deepEqual(playground.errors, []);
  assert.deepEqual(playground.foreign, []);
});
