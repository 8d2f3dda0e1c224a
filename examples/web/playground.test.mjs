// The playground in headless Chromium: serves examples/web/dist on 127.0.0.1, evaluates an
// example profile, checks the table's verdicts against the native report
// (examples/profiles/expected/, the CLI's `--format json`), introduces a typo in a rule file
// shows an unknown verdict's range, a not-applicable one's reason and an invoked exception's
// review as the package's report gives them, introduces a typo in a rule file
// and checks that its diagnostic is listed with line:column and marked in the editor.
// Screenshots: target/artefacts/playground.png (the report) and playground-typo.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "../..");
const artefacts = join(root, "target/artefacts");
const PROFILE = "borealis.json";

let server, context, page, profileDir;
const pageErrors = [];

before(async () => {
  mkdirSync(artefacts, { recursive: true });
  server = await serve(join(here, "dist"));
  profileDir = mkdtempSync(join(tmpdir(), "lexpact-chromium-"));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1440, height: 1250 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && pageErrors.push(m.text()));
  // Nothing but the local server: no CDN.
  await page.route("**/*", (route) =>
    new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort());
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
});

after(async () => {
  await context?.close();
  server?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

test("the page loads the engine and the Rio library", async () => {
  const tabs = await page.$$eval("#tabs button", (b) => b.map((x) => x.textContent));
  assert.ok(tabs.includes("c1.lex"), tabs.join(", "));
  assert.match(await page.textContent("#diagnostics"), /No problems/);
  const options = await page.$$eval("#example option", (o) => o.map((x) => x.value));
  assert.ok(options.includes(PROFILE) && options.length >= 5, options.join(", "));
});

test("an example profile gives the native report's verdicts", async () => {
  await page.selectOption("#example", PROFILE);
  await page.waitForFunction(() => document.querySelector("#report-meta")?.textContent.includes("Borealis"));
  const rows = await page.$$eval("#report tbody tr", (trs) =>
    trs.map((tr) => ({ id: tr.dataset.id, verdict: tr.dataset.verdict, text: tr.querySelector(".verdict").textContent })));
  const native = JSON.parse(readFileSync(join(root, "examples/profiles/expected", PROFILE), "utf8"));
  assert.equal(rows.length, native.results.length);
  assert.deepEqual(rows.map((r) => [r.id, r.verdict]), native.results.map((r) => [r.id, r.verdict]));
  assert.equal(rows[0].text, native.results[0].verdict.replace("_", " "));
  // Missing facts are listed for the unknown verdicts.
  const missing = await page.$$eval("#report tbody tr[data-verdict=unknown] .missing li", (li) => li.map((x) => x.textContent));
  const nativeMissing = native.results.filter((r) => r.verdict === "unknown").flatMap((r) => r.missing);
  assert.deepEqual(missing, nativeMissing);
  await page.screenshot({ path: join(artefacts, "playground.png") });
  // A row's explanation is computed when it opens, and is the native report's.
  await page.click("#report tbody tr:first-child details summary");
  await page.waitForSelector("#report tbody tr:first-child .tree li");
  const clauses = await page.$$eval("#report tbody tr:first-child .tree > li > b", (b) => b.map((x) => x.textContent));
  assert.deepEqual(clauses, native.results[0].explanation.map((c) => c.clause));
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
  const original = await page.inputValue("#profile-editor textarea");
  await page.evaluate((text) => {
    const area = document.querySelector("#profile-editor textarea");
    area.value = text;
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
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
  const excused = rows.find((r) => r.id === "sex_offender_register");
  assert.deepEqual([excused.reason, excused.review], ["exception", "accepted"]);
  const contested = report.results.find((r) => r.id === "lead_le_agency_extraterritorial");
  assert.notEqual(contested.verdict, "not_applicable", "a contested exception does not excuse");
  assert.equal(rows.find((r) => r.id === contested.id).review, "contested");
  const range = await page.textContent("#report tbody tr [data-range]");
  assert.match(range, /^could be (not applicable|not met|partially met|met)( or (not met|partially met|met))+$/);
  assert.match(await page.textContent("#summary"), /1 by accepted exception/);
  await page.screenshot({ path: join(artefacts, "playground-v2.png") });
  await page.evaluate((text) => {
    const area = document.querySelector("#profile-editor textarea");
    area.value = text;
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, original);
  await page.waitForSelector("#report tbody tr[data-id=sex_offender_register] [data-reason=exception]", { state: "detached" });
});

test("a typo in a rule gives a diagnostic with line:column, marked in the editor", async () => {
  await page.click("#tabs button:text-is('c1.lex')");
  const typo = "jurisdiction.extraterritorial.covers_all_sec_ofences";
  const { line, column } = await page.evaluate((typo) => {
    const area = document.querySelector("#rules-editor textarea");
    const at = area.value.indexOf("jurisdiction.extraterritorial.covers_all_sec_offences");
    area.value = area.value.slice(0, at) + typo + area.value.slice(at + typo.length + 1);
    area.dispatchEvent(new Event("input", { bubbles: true }));
    // The diagnostic points at the field that does not exist.
    const field = at + "jurisdiction.extraterritorial.".length;
    const before = area.value.slice(0, field).split("\n");
    return { line: before.length, column: before.at(-1).length + 1 };
  }, typo);
  const item = await page.waitForSelector("#diagnostics li[data-code=E0201]");
  const text = await item.textContent();
  assert.match(text, new RegExp(`rio/c1\\.lex:${line}:${column}`), text);
  assert.match(text, /did you mean `jurisdiction\.extraterritorial\.covers_all_sec_offences`/);
  const marked = await page.$$eval("#rules-editor .marks mark", (m) => m.map((x) => x.textContent));
  assert.deepEqual(marked, ["covers_all_sec_ofences"]);
  assert.equal(await page.textContent("#rules-editor .gutter .bad"), String(line));
  assert.ok(await page.isHidden("#report"));
  await item.click();
  await page.screenshot({ path: join(artefacts, "playground-typo.png") });
});

test("no error in the page", () => {
  assert.deepEqual(pageErrors, []);
});
