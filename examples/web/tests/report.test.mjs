// The report in the page against the native CLI's (examples/profiles/expected/, its
// `--format json`): verdicts, missing facts, a row's explanation (computed when it opens),
// the as-of date, an unknown verdict's range, a not-applicable one's reason, an invoked
// exception's review. Screenshot: target/artefacts/playground.png.
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

test("an example profile gives the native report's verdicts, and a row's explanation", async () => {
  await page.selectOption("#example", PROFILE);
  await page.waitForFunction(() => document.querySelector("#report-meta")?.textContent.includes("Borealis"));
  const rows = await page.$$eval("#report tbody tr", (trs) =>
    trs.map((tr) => ({ id: tr.dataset.id, verdict: tr.dataset.verdict, text: tr.querySelector(".verdict").textContent })));
  const native = JSON.parse(readFileSync(join(root, "examples/profiles/expected", PROFILE), "utf8"));
  assert.equal(rows.length, native.results.length);
  assert.deepEqual(rows.map((r) => [r.id, r.verdict]), native.results.map((r) => [r.id, r.verdict]));
  assert.equal(rows[0].text, native.results[0].verdict.replace("_", " "));
  const missing = await page.$$eval("#report tbody tr[data-verdict=unknown] .missing li", (li) => li.map((x) => x.textContent));
  assert.deepEqual(missing, native.results.filter((r) => r.verdict === "unknown").flatMap((r) => r.missing));
  await page.screenshot({ path: join(artefacts, "playground.png") });
  // Opened with the keyboard: the explanation is the native report's.
  await page.focus("#report tbody tr:first-child details summary");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#report tbody tr:first-child .tree li");
  const clauses = await page.$$eval("#report tbody tr:first-child .tree > li > b", (b) => b.map((x) => x.textContent));
  assert.deepEqual(clauses, native.results[0].explanation.map((c) => c.clause));
  // It stays open when the report is rendered again (after an edit).
  await page.fill("#as-of", "2024-06-29");
  await page.waitForFunction(() => document.querySelector("#report-meta")?.textContent.includes("2024-06-29"));
  assert.equal(await page.$eval("#report tbody tr:first-child details", (d) => d.open), true);
  await page.waitForSelector("#report tbody tr:first-child .tree li");
});

test("an edit keeps the rows it does not change, and replaces those it does", async () => {
  await page.evaluate(() => {
    for (const tr of document.querySelectorAll("#report tbody tr")) tr.kept = true;
  });
  const original = await page.evaluate(() => window.__playground.profileView.state.doc.toString());
  // The State's name: no verdict changes. The CRC merely signed: one does.
  await setProfile(original.replace("Kingdom of Borealis", "Kingdom of Borealis (draft)"));
  await page.waitForFunction(() => /\(draft\)/.test(document.querySelector("#report-meta").textContent));
  assert.equal(await page.$$eval("#report tbody tr", (trs) => trs.filter((tr) => !tr.kept).length), 0);
  const at = original.indexOf('"value": "ratified"');
  const signed = original.slice(0, at) + '"value": "signed"' + original.slice(at + '"value": "ratified"'.length);
  await setProfile(signed);
  await page.waitForSelector("#report tr[data-id=ratify_crc][data-verdict=partially_met]");
  // Replaced: the rows whose results differ, as the Node build of the package says.
  const rio = createRequire(import.meta.url)(join(root, "bindings/wasm/pkg")).RuleSet.library("rio");
  const shown = (text) => rio.evaluate(text, { name: PROFILE, detail: "verdicts" }).results
    .map((r) => [r.id, JSON.stringify([r.verdict, r.range, r.reason, r.deadline, r.missing, r.exception])]);
  const before = new Map(shown(original));
  const changed = shown(signed).filter(([id, key]) => before.get(id) !== key).map(([id]) => id);
  rio.free();
  assert.ok(changed.includes("ratify_crc") && changed.length < 10, changed.join(", "));
  assert.deepEqual(await page.$$eval("#report tbody tr", (trs) => trs.filter((tr) => !tr.kept).map((tr) => tr.dataset.id)), changed);
  await setProfile(original);
  await page.waitForSelector("#report tr[data-id=ratify_crc][data-verdict=met]");
});

test("the as-of date changes the report", async () => {
  await page.fill("#as-of", "2005-01-01");
  await page.waitForFunction(() => document.querySelector("#report-meta")?.textContent.includes("2005-01-01"));
  await page.fill("#as-of", "");
  await page.waitForFunction(() => document.querySelector("#report-meta")?.textContent.includes("2024-06-30"));
});

test("an unknown verdict shows its range, a not-applicable one its reason, an exception its review", async () => {
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
  await page.waitForSelector("#report tbody tr[data-id=sex_offender_register] [data-reason=exception]");
  // The page against the Node build of the same package.
  const lexpact = createRequire(import.meta.url)(join(root, "bindings/wasm/pkg"));
  const rio = lexpact.RuleSet.library("rio");
  const report = rio.evaluate(text, { name: PROFILE, detail: "verdicts" });
  rio.free();
  const rows = await page.$$eval("#report tbody tr", (trs) => trs.map((tr) => ({
    id: tr.dataset.id,
    range: tr.querySelector("[data-range]")?.dataset.range,
    reason: tr.querySelector("[data-reason]")?.dataset.reason,
    review: tr.querySelector("[data-review]")?.dataset.review,
  })));
  assert.deepEqual(rows, report.results.map((r) => ({
    id: r.id, range: r.range?.join(" "), reason: r.reason, review: r.exception?.review.status,
  })));
  assert.ok(rows.some((r) => r.range), "an unknown verdict with a range");
  assert.ok(rows.some((r) => r.reason === "applies_when"), "a State not concerned");
  const contested = report.results.find((r) => r.id === "lead_le_agency_extraterritorial");
  assert.notEqual(contested.verdict, "not_applicable", "a contested exception does not excuse");
  assert.equal(rows.find((r) => r.id === contested.id).review, "contested");
  assert.match(await page.textContent("#report tbody tr [data-range]"), /^could be (not applicable|not met|partially met|met)( or (not met|partially met|met))+$/);
  assert.match(await page.textContent("#summary"), /1 by accepted exception/);
  await setProfile(original);
  await page.waitForSelector("#report tbody tr[data-id=sex_offender_register] [data-reason=exception]", { state: "detached" });
});

test("a profile that is not JSON shows its diagnostic in the profile editor", async () => {
  const original = await page.evaluate(() => window.__playground.profileView.state.doc.toString());
  await setProfile(original.replace('"as_of": "2024-06-30",', '"as_of": "2024-06-30"'));
  await page.waitForSelector("#profile-diagnostics li");
  await page.waitForSelector("#profile-editor .cm-lintRange-error");
  assert.match(await page.textContent("#summary"), /cannot be evaluated/);
  await setProfile(original);
  await page.waitForSelector("#report tbody tr");
  assert.equal(await page.$$eval("#profile-diagnostics li", (l) => l.length), 0);
});

test("no error in the page, no request beyond its origin", () => {
  assert.deepEqual(playground.errors, []);
  assert.deepEqual(playground.foreign, []);
});
