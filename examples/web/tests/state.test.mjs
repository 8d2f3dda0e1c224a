// The page's state in the browser: shared by URL (the fragment, compressed) and reloaded to
// the same rules, profile and options, with the fragment winning over localStorage; and
// restored from localStorage on a plain reload. Nothing is sent: the fragment never leaves
// the browser, and no request goes beyond the page's origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startPlayground, rulesCursor } from "./harness.mjs";

let playground, page;

before(async () => {
  playground = await startPlayground();
  page = await playground.open();
});
after(() => playground?.close());

const rulesText = (p, name) => p.evaluate((name) => window.__playground.text(name), name);
const profileText = (p) => p.evaluate(() => window.__playground.profileView.state.doc.toString());

/** What the page shows of its state. */
async function shown(p) {
  return {
    c2: await rulesText(p, "rio/c2.lex"),
    profile: await profileText(p),
    asOf: await p.inputValue("#as-of"),
    example: await p.inputValue("#example"),
    tab: await p.getAttribute("#tabs [aria-selected=true]", "data-file"),
    meta: await p.textContent("#report-meta"),
    verdicts: await p.$$eval("#report-panel li.lx-row", (trs) => trs.map((tr) => `${tr.dataset.id}:${tr.dataset.verdict}`).join(" ")),
  };
}

test("share by URL, and reload to the same state", async () => {
  // A rule edited (c2.lex), another example profile edited, an as-of date.
  await page.click('#tabs [data-file="rio/c2.lex"]');
  await rulesCursor(page, 0);
  await page.keyboard.type("# shared edit\n");
  await page.selectOption("#example", "aurelia.json");
  await page.waitForFunction(() => /Aurelia/.test(document.querySelector("#report-meta").textContent));
  await page.evaluate(() => {
    const view = window.__playground.profileView;
    const at = view.state.doc.toString().indexOf("Republic of Aurelia");
    view.dispatch({ changes: { from: at, insert: "Shared " } });
  });
  await page.waitForFunction(() => /Shared Republic/.test(document.querySelector("#report-meta").textContent));
  await page.fill("#as-of", "2012-05-01");
  await page.waitForFunction(() => /2012-05-01/.test(document.querySelector("#report-meta").textContent));
  const state = await shown(page);
  assert.ok(state.c2.startsWith("# shared edit\n"));

  await page.click("#share");
  await page.waitForFunction(() => /Link copied/.test(document.querySelector("#announce").textContent));
  const url = page.url();
  assert.match(url, /#s=[A-Za-z0-9_-]+$/);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
  // Compressed: much shorter than the texts it holds.
  assert.ok(url.length < (state.c2.length + state.profile.length) / 3, `${url.length} characters`);

  // This browser then moves on (kept in localStorage)...
  await rulesCursor(page, 0);
  await page.keyboard.type("# later\n");
  await page.waitForFunction(() => /later/.test(localStorage.getItem("lexpact-playground") ?? ""));

  // ...and the link still opens the shared state: the fragment wins.
  const other = await playground.open(new URL(url).hash);
  assert.deepEqual(await shown(other), state);
  assert.match(await other.textContent("#announce"), /shared link/);
  await other.close();
});

test("localStorage restores the last state on a plain load", async () => {
  const state = await shown(page);
  assert.ok(state.c2.startsWith("# later\n# shared edit\n"));
  const again = await playground.open("");
  assert.deepEqual(await shown(again), state);
  assert.match(await again.textContent("#announce"), /last session/);
  await again.close();
});

test("a damaged link falls back to what the browser kept", async () => {
  const state = await shown(page);
  const damaged = await playground.open("#s=not-a-state");
  assert.deepEqual(await shown(damaged), state);
  await damaged.close();
});

test("no error in the page, no request beyond its origin", () => {
  assert.deepEqual(playground.errors, []);
  assert.deepEqual(playground.foreign, []);
});
