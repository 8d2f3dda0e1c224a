// The report in the page against the native CLI's (examples/profiles/expected/, its
// `--format json`): verdicts and counts, a row's explanation (computed when it opens), an
// unknown verdict's missing facts and range, the as-of date, the rows an edit touches, a
// not-applicable one's reason, an invoked exception's review. Screenshot: target/artefacts/playground.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { startPlayground, root, artefacts } from "./harness.mjs";

const PROFILE = "borealis.json";
let playground, page;

before(async () => {
  playground = await startPlayground();
  page = await playground.open();
});
after(() => playground?.close());

/** Replaces the profile editor's text, as a paste would. */
function setProfile(text) {
  return page.evaluate((text) => {
    const view = window.__playground.profileView;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, userEvent: "input.paste" });
  }, text);
}

test("the page loads the engine, the Rio library and the examples", async () => {
  const tabs = await page.$$eval("#tabs [role=tab]", (b) => b.map((x) => x.textContent));
  assert.ok(tabs.includes("c1.lex") && tabs.includes("rio.lex"), tabs.join(", "));
  assert.equal(await page.getAttribute("#tabs [aria-selected=true]", "data-file"), "rio/c1.lex");
  assert.match(await page.textContent("#rules-editor .cm-content"), /obligation ratify_crc/);
  assert.match(await page.textContent("#diagnostics"), /warning L0103/);
  assert.doesNotMatch(await page.textContent("#diagnostics"), /error/);
  const options = await page.$$eval("#example option", (o) => o.map((x) => x.value));
  assert.ok(options.includes(PROFILE) && options.length >= 6, options.join(", "));
});

const ROWS = "#report-panel li.lx-row";
const row = (id) => `${ROWS}[data-id="${id}"]`;

/** Opens row `id` (if closed) with the keyboard and waits for its explanation. */
async function openRow(id) {
  if ((await page.getAttribute(`${row(id)} button.lx-toggle`, "aria-expanded")) !== "true") {
    await page.focus(`${row(id)} button.lx-toggle`);
    await page.keyboard.press("Enter");
  }
  await page.waitForSelector(`${row(id)} .lx-detail:not([hidden]) .lx-part`);
}

test("an example profile gives the native report's verdicts, and a row's explanation", async () => {
  await page.selectOption("#example", PROFILE);
  await page.waitForFunction(() => document.querySelector("#report-meta")?.textContent.includes("Borealis"));
  const rows = await page.$$eval(ROWS, (li) =>
    li.map((x) => ({ id: x.dataset.id, verdict: x.dataset.verdict, text: x.querySelector(".lx-verdict").textContent })));
  const native = JSON.parse(readFileSync(join(root, "examples/profiles/expected", PROFILE), "utf8"));
  assert.equal(rows.length, native.results.length);
  assert.deepEqual(rows.map((r) => [r.id, r.verdict]), native.results.map((r) => [r.id, r.verdict]));
  assert.equal(rows[0].text, native.results[0].verdict.replace("_", " "));
  // The counts, as the CLI's text report gives them.
  for (const [verdict, count] of Object.entries(native.summary).filter(([k]) => k in { met: 1, partially_met: 1, not_met: 1, unknown: 1, not_applicable: 1 })) {
    assert.equal(await page.getAttribute(`#report-panel .lx-chip[data-verdict=${verdict}]`, "data-count"), String(count), verdict);
  }
  await page.screenshot({ path: join(artefacts, "playground.png") });
  // Opened with the keyboard: the explanation is the native report's.
  const first = native.results[0];
  await openRow(first.id);
  await page.waitForSelector(`${row(first.id)} .lx-tree li`);
  const clauses = await page.$$eval(`${row(first.id)} .lx-tree > li > .lx-clause`, (b) => b.map((x) => x.textContent));
  assert.deepEqual(clauses, first.explanation.map((c) => c.clause));
  // An unknown row: its missing facts and its range.
  const unknown = native.results.find((r) => r.verdict === "unknown" && r.range?.length);
  await openRow(unknown.id);
  assert.deepEqual(await page.$$eval(`${row(unknown.id)} .lx-missing li`, (li) => li.map((x) => x.dataset.pointer)), unknown.missing);
  assert.equal(await page.getAttribute(`${row(unknown.id)} [data-range]`, "data-range"), unknown.range.join(" "));
  // It stays open when the report is rendered again (after an edit).
  await page.fill("#as-of", "2024-06-29");
  await page.waitForFunction(() => document.querySelector("#report-meta")?.textContent.includes("2024-06-29"));
  assert.equal(await page.getAttribute(`${row(first.id)} button.lx-toggle`, "aria-expanded"), "true");
  await page.waitForSelector(`${row(first.id)} .lx-tree li`);
  await page.fill("#as-of", "");
  await page.waitForFunction(() => document.querySelector("#report-meta")?.textContent.includes("2024-06-30"));
});

test("an edit touches only the rows whose result it changes", async () => {
  await page.evaluate(() => {
    window.__touched = new Set();
    new MutationObserver((records) => {
      for (const r of records) {
        const target = r.target instanceof Element ? r.target : r.target.parentElement;
        const id = target?.closest("li.lx-row")?.dataset.id;
        if (id) window.__touched.add(id);
      }
    }).observe(document.querySelector("#report-panel"), { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const touched = () => page.evaluate(() => [...window.__touched].sort());
  const original = await page.evaluate(() => window.__playground.profileView.state.doc.toString());
  // The State's name: no result changes. The CRC merely signed: some do.
  await setProfile(original.replace("Kingdom of Borealis", "Kingdom of Borealis (draft)"));
  await page.waitForFunction(() => /\(draft\)/.test(document.querySelector("#report-meta").textContent));
  assert.deepEqual(await touched(), []);
  const at = original.indexOf('"value": "ratified"');
  const signed = original.slice(0, at) + '"value": "signed"' + original.slice(at + '"value": "ratified"'.length);
  await setProfile(signed);
  await page.waitForSelector(`${row("ratify_crc")}[data-verdict=partially_met]`);
  // The rows whose results differ, as the Node build of the package says (the open rows are
  // explained again, so they are left out of the comparison).
  const rio = createRequire(import.meta.url)(join(root, "bindings/wasm/pkg")).RuleSet.library("rio");
  const results = (text) => rio.evaluate(text, { name: PROFILE, detail: "verdicts" }).results.map((r) => [r.id, JSON.stringify(r)]);
  const before = new Map(results(original));
  const changed = results(signed).filter(([id, key]) => before.get(id) !== key).map(([id]) => id).sort();
  rio.free();
  const open = await page.$$eval(`${ROWS} button.lx-toggle[aria-expanded=true]`, (b) => b.map((x) => x.closest("li").dataset.id));
  assert.ok(changed.includes("ratify_crc") && changed.length < 10, changed.join(", "));
  assert.deepEqual((await touched()).filter((id) => !open.includes(id)), changed.filter((id) => !open.includes(id)));
  await setProfile(original);
  await page.waitForSelector(`${row("ratify_crc")}[data-verdict=met]`);
});

test("a not-applicable row shows its reason, an exception its review", async () => {
  const profile = JSON.parse(readFileSync(join(root, "examples/profiles", PROFILE), "utf8"));
  profile.exceptions = {
    sex_offender_register: {
      justification: "Offender data are kept by the courts",
      review: { status: "accepted", by: "Monitoring committee", date: "2023-06-01" },
    },
    lead_le_agency_extraterritorial: {
      justification: "No extraterritorial cases in ten years",
      review: { status: "contested", by: "Monitoring committee" },
    },
  };
  const text = JSON.stringify(profile, null, 2);
  const original = await page.evaluate(() => window.__playground.profileView.state.doc.toString());
  await setProfile(text);
  await page.waitForSelector(`${row("sex_offender_register")}[data-verdict=not_applicable]`);
  await openRow("sex_offender_register");
  assert.equal(await page.getAttribute(`${row("sex_offender_register")} [data-reason]`, "data-reason"), "exception");
  assert.equal(await page.getAttribute(`${row("sex_offender_register")} [data-review]`, "data-review"), "accepted");
  // A contested exception does not excuse.
  assert.notEqual(await page.getAttribute(row("lead_le_agency_extraterritorial"), "data-verdict"), "not_applicable");
  await openRow("lead_le_agency_extraterritorial");
  assert.equal(await page.getAttribute(`${row("lead_le_agency_extraterritorial")} [data-review]`, "data-review"), "contested");
  assert.match(await page.textContent("#report-panel .lx-summary"), /1 exception accepted/);
  await setProfile(original);
  await page.waitForSelector(`${row("sex_offender_register")}:not([data-verdict=not_applicable])`);
});

test("a profile that is not JSON shows its diagnostic in the profile editor", async () => {
  const original = await page.evaluate(() => window.__playground.profileView.state.doc.toString());
  await setProfile(original.replace('"as_of": "2024-06-30",', '"as_of": "2024-06-30"'));
  await page.waitForSelector("#profile-diagnostics li");
  await page.waitForSelector("#profile-editor .cm-lintRange-error");
  assert.match(await page.textContent("#report-message"), /cannot be evaluated/);
  await setProfile(original);
  await page.waitForSelector(ROWS);
  assert.equal(await page.isHidden("#report-message"), true);
  assert.equal(await page.$$eval("#profile-diagnostics li", (l) => l.length), 0);
});

test("no error in the page, no request beyond its origin", () => {
  assert.deepEqual(playground.errors, []);
  assert.deepEqual(playground.foreign, []);
});
