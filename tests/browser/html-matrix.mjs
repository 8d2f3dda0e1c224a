// The HTML compliance matrix (`lexpact check --format html`) in headless Chromium.
//
//   node tests/browser/html-matrix.mjs MATRIX.html [REPORTS.json]
//
// MATRIX.html is the page under test; REPORTS.json the JSON report(s) of the same profiles
// (`check --format json`), which the totals and verdicts are compared with. Without it, the
// reports under examples/profiles/expected/ are used. The page is served from 127.0.0.1 and
// every other request fails the run. Screenshots named after MATRIX go to target/artefacts/.
// Ends with an `N passed, M failed` line; exits 1 on any failure.

import { createServer } from "node:http";
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const artefacts = join(root, "target/artefacts");
const VERDICTS = ["met", "partially_met", "not_met", "unknown", "not_applicable"];

const htmlPath = process.argv[2];
if (!htmlPath) {
  console.error("usage: node tests/browser/html-matrix.mjs MATRIX.html [REPORTS.json]");
  process.exit(2);
}
const html = readFileSync(htmlPath);
// Screenshots are named after the page: matrix.png, matrix-detail.png, matrix-print.png.
const shot = (suffix) => join(artefacts, `${basename(htmlPath, ".html")}${suffix}.png`);
const reports = loadReports(process.argv[3]);

let passed = 0;
let failed = 0;
async function check(name, body) {
  try {
    await body();
    passed += 1;
    console.log(`ok      ${name}`);
  } catch (e) {
    failed += 1;
    console.log(`FAILED  ${name}\n        ${String(e && e.message ? e.message : e).replace(/\n/g, "\n        ")}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
function equal(actual, expected, what) {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  if (a !== b) throw new Error(`${what}: got ${a}, expected ${b}`);
}

function loadReports(path) {
  if (path) {
    const value = JSON.parse(readFileSync(path, "utf8"));
    return Array.isArray(value) ? value : [value];
  }
  const dir = join(root, "examples/profiles/expected");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")));
}

// Only the page itself is served; anything else asked of the server is a failure too.
const strayRequests = [];
const server = createServer((req, res) => {
  if (req.url === "/matrix.html") {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html);
  } else {
    strayRequests.push(`server: ${req.method} ${req.url}`);
    res.writeHead(404);
    res.end();
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const pageUrl = `http://127.0.0.1:${server.address().port}/matrix.html`;

const profileDir = mkdtempSync(join(tmpdir(), "lexpact-html-"));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

const problems = [];
await context.route("**/*", (route) => {
  const url = route.request().url();
  if (url === pageUrl) return route.continue();
  strayRequests.push(`browser: ${route.request().method()} ${url}`);
  return route.abort("blockedbyclient");
});
context.on("request", (request) => {
  if (request.url() !== pageUrl) strayRequests.push(`request: ${request.url()}`);
});

try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (msg) => {
    if (msg.type() === "error" || msg.type() === "warning") problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("websocket", (ws) => strayRequests.push(`websocket: ${ws.url()}`));
  await page.setViewportSize({ width: 1440, height: 900 });
  const response = await page.goto(pageUrl, { waitUntil: "load" });
  await page.evaluate(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });

  await check("the page loads and its script runs under its own Content Security Policy", async () => {
    equal(response.status(), 200, "status");
    assert(await page.evaluate(() => document.documentElement.classList.contains("js")), "the inline script did not run (CSP hash out of date?)");
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    assert(csp && csp.includes("default-src 'none'"), `CSP: ${csp}`);
  });

  const cols = await page.$$eval("thead th.profile", (ths) =>
    ths.map((th) => ({
      label: th.querySelector(".pname").textContent,
      file: th.querySelector(".pfile[title]")?.getAttribute("title") ?? null,
    })),
  );
  // The report of each column, matched by profile name.
  const byColumn = cols.map((c) => reports.find((r) => r.profile.name === (c.file ?? c.label)));

  await check("one column per profile, labelled with the State's name", async () => {
    equal(cols.length, reports.length, "columns");
    byColumn.forEach((r, p) => {
      assert(r, `column ${p} (${cols[p].file ?? cols[p].label}) matches no report`);
      equal(cols[p].label, r.profile.state ?? r.profile.name, `label of column ${p}`);
    });
  });

  const rows = await page.$$eval("tr.ob", (trs) => trs.map((tr) => tr.querySelector(".oid").textContent));
  const sections = await page.$$eval("tr.section-head .sname", (s) => s.map((x) => x.textContent));
  const first = byColumn[0] ?? reports[0];

  await check("rows are the obligations in rule order, grouped by section", async () => {
    equal(rows, first.results.map((r) => r.id), "row ids");
    equal(sections, first.groups.map((g) => g.group || "(no section)"), "sections");
  });

  const cells = await page.$$eval("a.cell", (as) =>
    as.map((a) => {
      const box = a.getBoundingClientRect();
      const style = getComputedStyle(a);
      return {
        p: +a.dataset.p,
        o: +a.dataset.o,
        verdict: a.dataset.verdict,
        range: a.dataset.range ?? null,
        reason: a.dataset.reason ?? null,
        review: a.dataset.review ?? null,
        title: a.getAttribute("title") ?? "",
        text: a.textContent,
        w: box.width,
        h: box.height,
        visible: style.visibility === "visible" && style.display !== "none" && +style.opacity > 0,
      };
    }),
  );

  await check("every profile × obligation cell exists, is visible and shows the report's verdict", async () => {
    equal(cells.length, cols.length * rows.length, "cells");
    const marks = { met: "✓met", partially_met: "½partial", not_met: "✗not met", unknown: "?unknown", not_applicable: "—n/a" };
    const symbols = { met: "✓", partially_met: "½", not_met: "✗", not_applicable: "—" };
    for (let p = 0; p < cols.length; p++) {
      rows.forEach((id, o) => {
        const cell = cells.find((c) => c.p === p && c.o === o);
        assert(cell, `no cell for ${cols[p].label} × ${id}`);
        assert(cell.visible && cell.w > 20 && cell.h > 20, `cell ${cols[p].label} × ${id} is not visible (${cell.w}×${cell.h})`);
        const result = byColumn[p].results.find((r) => r.id === id);
        equal(cell.verdict, result.verdict, `verdict of ${cols[p].label} × ${id}`);
        const mark = result.reason === "exception" ? "§n/a" : marks[result.verdict];
        assert(cell.text.startsWith(mark), `text of ${cols[p].label} × ${id}: ${cell.text}`);
        assert(cell.title.includes(`Verdict: ${result.verdict.replace(/_/g, " ")}`), `title of ${id}: ${cell.title}`);
        // An unknown verdict shows the verdicts it may still be; a not-applicable one, why.
        equal(cell.range, result.range ? result.range.join("|") : null, `range of ${cols[p].label} × ${id}`);
        if (result.range) {
          const shown = result.range.map((v) => symbols[v]).join("");
          assert(cell.text.startsWith(`?unknown${shown} (`), `range marks of ${cols[p].label} × ${id}: ${cell.text}`);
          assert(cell.title.includes("Verdict: unknown ("), `title of ${id} lacks the range: ${cell.title}`);
        }
        equal(cell.reason, result.reason ?? null, `reason of ${cols[p].label} × ${id}`);
        if (result.reason === "applies_when") assert(cell.title.includes("not concerned"), `title of ${id}: ${cell.title}`);
        if (result.reason === "exception") assert(cell.title.includes("exception accepted"), `title of ${id}: ${cell.title}`);
        for (const pointer of result.missing) assert(cell.title.includes(pointer), `title of ${id} lacks missing ${pointer}`);
        if (result.exception) {
          const status = result.exception.review.status;
          equal(cell.review, status, `review of ${cols[p].label} × ${id}`);
          const tag = status === "accepted" ? "§ exception accepted" : `§ claim ${status}`;
          assert(cell.text.includes(tag), `exception of ${id} is not marked ${tag}: ${cell.text}`);
          assert(cell.title.includes(result.exception.justification), `title of ${id} lacks the justification`);
        } else {
          equal(cell.review, null, `review of ${cols[p].label} × ${id}`);
        }
      });
    }
  });

  await check("the legend explains all five verdicts, the accepted exception and the claim not accepted", async () => {
    const items = await page.$$eval(".legend li[data-verdict]", (lis) =>
      lis.map((li) => ({ v: li.dataset.verdict, text: li.textContent, h: li.getBoundingClientRect().height })),
    );
    equal(items.map((i) => i.v), [...VERDICTS, "exception", "claim"], "legend entries");
    for (const i of items) assert(i.h > 0 && i.text.length > 10, `legend entry ${i.v} is empty or hidden`);
  });

  await check("a dagger marks exactly the rows resting on a late amendment, and the legend explains it", async () => {
    const amended = new Set(reports.flatMap((r) => r.results).filter((r) => r.amendments?.length).map((r) => r.id));
    const rows = await page.$$eval("tr.ob", (trs) =>
      trs.map((tr) => {
        const mark = tr.querySelector("th .amended");
        const box = mark?.getBoundingClientRect();
        return { id: tr.querySelector(".oid").textContent, mark: !!mark, shown: !!box && box.width > 0 && box.height > 0 };
      }),
    );
    for (const row of rows) {
      equal(row.mark, amended.has(row.id), `dagger on ${row.id}`);
      if (row.mark) assert(row.shown, `the dagger of ${row.id} is hidden`);
    }
    const key = await page.$$eval(".legend li.amended-key", (lis) => lis.map((li) => li.getBoundingClientRect().height));
    equal(key.length, amended.size > 0 ? 1 : 0, "legend entries for the dagger");
    for (const h of key) assert(h > 0, "the legend entry for the dagger is hidden");
  });

  await check("totals per profile equal the JSON report's summary and the cells", async () => {
    const totals = await page.$$eval("tfoot tr", (trs) =>
      trs.map((tr) => ({
        key: tr.dataset.verdict ?? (tr.dataset.bullet && `bullet ${tr.dataset.bullet}`) ?? (tr.dataset.range && `range ${tr.dataset.range}`) ?? (tr.dataset.reason && `reason ${tr.dataset.reason}`) ?? tr.className,
        counts: [...tr.querySelectorAll("td")].map((td) => +td.dataset.count),
      })),
    );
    const row = (key) => totals.find((t) => t.key === key)?.counts;
    for (const v of VERDICTS) {
      equal(row(v), byColumn.map((r) => r.summary[v]), `${v} totals`);
      equal(row(v), cols.map((_, p) => cells.filter((c) => c.p === p && c.verdict === v).length), `${v} cells`);
    }
    equal(row("reason applies_when"), byColumn.map((r) => r.summary.not_applicable_applies_when), "not concerned totals");
    equal(row("reason exception"), byColumn.map((r) => r.summary.not_applicable_exception), "exception accepted totals");
    for (const reason of ["applies_when", "exception"]) {
      equal(row(`reason ${reason}`), cols.map((_, p) => cells.filter((c) => c.p === p && c.reason === reason).length), `${reason} cells`);
    }
    // One row per range some profile has, each the summary's count of that range.
    const ranges = [...new Set(byColumn.flatMap((r) => (r.summary.ranges ?? []).map((x) => x.range.join("|"))))];
    equal(totals.filter((t) => t.key.startsWith("range ")).map((t) => t.key.slice(6)).sort(), [...ranges].sort(), "range rows");
    for (const range of ranges) {
      const counts = byColumn.map((r) => (r.summary.ranges ?? []).find((x) => x.range.join("|") === range)?.count ?? 0);
      equal(row(`range ${range}`), counts, `totals of range ${range}`);
      equal(row(`range ${range}`), cols.map((_, p) => cells.filter((c) => c.p === p && c.range === range).length), `cells of range ${range}`);
    }
    equal(row("total-all"), byColumn.map((r) => r.summary.total), "obligation totals");
    equal(row("total-overdue"), byColumn.map((r) => r.summary.overdue), "overdue totals");
    equal(row("total-late"), byColumn.map((r) => r.summary.late), "late totals");
    equal(row("total-exception"), byColumn.map((r) => r.results.filter((x) => x.exception).length), "exception totals");
    // By bullet: the obligations sharing a cite count once, as the summary's `bullets`.
    equal(row("total-bullets"), byColumn.map((r) => r.summary.bullets.total), "bullet totals");
    for (const v of VERDICTS) equal(row(`bullet ${v}`), byColumn.map((r) => r.summary.bullets[v]), `bullets ${v}`);
  });

  await check("the header names the rule set, its version and the as-of date", async () => {
    const text = await page.textContent("header.top");
    assert(text.includes(first.ruleset.name) && text.includes(first.ruleset.version), "rule set name or version missing");
    for (const r of byColumn) assert(text.includes(r.as_of), `as-of ${r.as_of} missing`);
  });

  await page.screenshot({ path: shot(""), fullPage: true });
  console.log(`screenshot: ${shot("")}`);

  // Cells worth opening: an unknown one with missing facts, an overdue one, a partial one, a
  // fact with several sources, an exception accepted, one claimed and not accepted, and any
  // exception.
  const pick = (test) => {
    for (let p = 0; p < byColumn.length; p++) {
      const o = byColumn[p].results.findIndex(test);
      if (o >= 0 && rows[o] === byColumn[p].results[o].id) return { p, o, r: byColumn[p].results[o] };
    }
    return null;
  };
  // The last one stays open for the screenshot of the panel.
  const chosen = [
    pick((r) => r.verdict === "unknown" && r.missing.length > 0),
    pick((r) => r.deadline.status === "overdue"),
    pick((r) => r.verdict === "partially_met"),
    pick((r) => r.facts.some((f) => (f.sources ?? []).length > 1)),
    pick((r) => r.reason === "exception"),
    pick((r) => r.exception && r.exception.review.status !== "accepted"),
    pick((r) => r.exception),
  ].filter(Boolean);

  await check("clicking a cell shows its explanation, missing facts, deadline, exception and sources", async () => {
    assert(chosen.length >= 3, `found only ${chosen.length} interesting cells`);
    assert(!(await page.isVisible("#panel")), "the panel is open before any click");
    for (const { p, o, r } of chosen) {
      await page.click(`#c${p}-${o}`);
      const detail = `#d${p}-${o}`;
      assert(await page.isVisible("#panel"), "the panel did not open");
      assert(await page.isVisible(detail), `${detail} is not shown`);
      equal(await page.$$eval(".detail.shown", (d) => d.length), 1, "details shown at once");
      const text = (await page.textContent(detail)).replace(/\s+/g, " ");
      const squash = (s) => s.replace(/\s+/g, " ");
      assert(text.includes(squash(r.title)), `${detail} lacks the title`);
      for (const c of r.explanation) assert(text.includes(squash(c.node?.expr ?? c.expr)), `${detail} lacks the ${c.clause} clause`);
      for (const m of r.missing) assert(text.includes(m), `${detail} lacks missing fact ${m}`);
      if (r.deadline.status !== "none") assert(text.includes(r.deadline.due), `${detail} lacks the due date`);
      if (r.range) assert(text.includes("Could still be"), `${detail} lacks the range`);
      if (r.exception) {
        assert(text.includes(squash(r.exception.justification)), `${detail} lacks the justification`);
        if (r.exception.source?.cite) assert(text.includes(r.exception.source.cite), `${detail} lacks the exception's source`);
        const review = r.exception.review;
        const status = review.status === "pending" ? "review pending" : review.status;
        assert(text.includes(`Review${status}`), `${detail} lacks the review status ${status}`);
        for (const field of ["by", "date", "note"]) {
          if (review[field]) assert(text.includes(squash(review[field])), `${detail} lacks the review's ${field}`);
        }
      }
      for (const f of r.facts) {
        // Every source, in the order the report gives them.
        let from = 0;
        for (const source of f.sources ?? []) {
          if (!source?.cite) continue;
          const at = text.indexOf(source.cite, from);
          assert(at >= 0, `${detail} lacks the source ${source.cite} of ${f.pointer}, or not in order`);
          from = at + source.cite.length;
        }
        if (typeof f.note === "string") assert(text.includes(squash(f.note)), `${detail} lacks the note of ${f.pointer}`);
      }
      equal(await page.getAttribute(`#c${p}-${o}`, "aria-expanded"), "true", "aria-expanded");
    }
  });

  // A federal State: each obligation evaluated in each jurisdiction opens into its units.
  const federal = [];
  byColumn.forEach((report, p) =>
    report.results.forEach((r, o) => {
      if ((r.jurisdictions ?? []).length > 0 && rows[o] === r.id) federal.push({ p, o, r });
    }),
  );
  if (byColumn.some((r) => (r.profile.jurisdictions ?? []).length > 0)) {
    await check("a federal State's aggregated cells open, by keyboard, into one sub-cell per unit", async () => {
      await page.keyboard.press("Escape");
      assert(federal.length > 0, "no obligation evaluated in each jurisdiction");
      for (const { p, o, r } of federal) {
        const td = `td:has(> #c${p}-${o})`;
        const met = r.jurisdictions.filter((u) => u.verdict === "met").length;
        const concerned = r.jurisdictions.filter((u) => u.verdict !== "not_applicable").length;
        equal(await page.getAttribute(`#c${p}-${o}`, "data-units"), `${met}/${concerned}`, `units met of ${r.id}`);
        assert((await page.textContent(`#c${p}-${o} .tally`)) === `${met}/${concerned}`, `the cell of ${r.id} does not show ${met}/${concerned}`);
        assert(!(await page.isVisible(`${td} li.unit`)), `the units of ${r.id} show before the cell is opened`);
        await page.focus(`${td} details.units > summary`);
        await page.keyboard.press("Enter");
        const units = await page.$$eval(`${td} li.unit`, (lis) =>
          lis.map((li) => {
            const box = li.getBoundingClientRect();
            return {
              id: li.dataset.unit,
              verdict: li.dataset.verdict,
              text: li.textContent,
              title: li.getAttribute("title") ?? "",
              colour: getComputedStyle(li).backgroundColor,
              shown: box.width > 20 && box.height > 8,
            };
          }),
        );
        equal(units.map((u) => u.id), r.jurisdictions.map((u) => u.id), `units of ${r.id}`);
        r.jurisdictions.forEach((unit, k) => {
          const shown = units[k];
          assert(shown.shown, `unit ${unit.id} of ${r.id} is not visible after opening`);
          equal(shown.verdict, unit.verdict, `verdict of unit ${unit.id} of ${r.id}`);
          assert(shown.text.includes(unit.name) && shown.text.includes(unit.verdict.replace(/_/g, " ")), `unit ${unit.id}: ${shown.text}`);
          for (const m of unit.missing) assert(shown.title.includes(m), `unit ${unit.id} lacks missing ${m}`);
          const same = units.find((u) => u.verdict === unit.verdict && u.colour !== shown.colour);
          assert(!same, `units ${unit.id} and ${same?.id} share a verdict but not a colour`);
        });
        const colours = new Set(units.map((u) => `${u.verdict} ${u.colour}`));
        equal(new Set(units.map((u) => u.colour)).size, new Set(units.map((u) => u.verdict)).size, `one colour per verdict (${[...colours]})`);
        await page.click(`#c${p}-${o}`);
        const text = (await page.textContent(`#d${p}-${o}`)).replace(/\s+/g, " ");
        for (const unit of r.jurisdictions) {
          assert(text.includes(unit.name), `the details of ${r.id} lack unit ${unit.name}`);
          for (const c of unit.explanation) assert(text.includes(c.expr), `the details of ${unit.id} lack its ${c.clause} clause`);
        }
      }
      await page.screenshot({ path: shot("-units"), fullPage: true });
      console.log(`screenshot: ${shot("-units")}`);
    });
  }

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: shot("-detail") });
  console.log(`screenshot: ${shot("-detail")}`);

  await check("keyboard: focus opens a cell's details, arrows move, Escape closes", async () => {
    await page.keyboard.press("Escape");
    assert(!(await page.isVisible("#panel")), "Escape did not close the panel");
    await page.focus("#c0-0");
    assert(await page.isVisible("#d0-0"), "focus did not show the details");
    await page.keyboard.press("ArrowRight");
    equal(await page.evaluate(() => document.activeElement.id), "c1-0", "focus after ArrowRight");
    assert(await page.isVisible("#d1-0"), "ArrowRight did not show the next cell's details");
    await page.keyboard.press("ArrowDown");
    equal(await page.evaluate(() => document.activeElement.id), "c1-1", "focus after ArrowDown");
    await page.keyboard.press("Enter");
    equal(await page.evaluate(() => document.activeElement.id), "d1-1", "Enter moves focus into the details");
    await page.keyboard.press("Escape");
    assert(!(await page.isVisible("#panel")), "Escape did not close the panel");
    equal(await page.evaluate(() => document.activeElement.id), "c1-1", "focus returns to the cell");
  });

  await check("printing hides the panel and keeps every cell", async () => {
    await page.click("#c0-0");
    await page.emulateMedia({ media: "print" });
    assert(!(await page.isVisible("#panel")), "the panel prints");
    const shown = await page.$$eval("a.cell", (as) => as.filter((a) => a.getBoundingClientRect().height > 0).length);
    equal(shown, cells.length, "cells in print");
    await page.screenshot({ path: shot("-print"), fullPage: true });
    console.log(`screenshot: ${shot("-print")}`);
    await page.emulateMedia({ media: "screen" });
  });

  await check("no network request but the page, no console error, no CSP violation", async () => {
    const csp = await page.evaluate(() => window.__csp);
    equal(strayRequests, [], "requests");
    equal(csp, [], "CSP violations");
    equal(problems, [], "console");
  });
} catch (e) {
  failed += 1;
  console.log(`FAILED  the run stopped: ${e && e.stack ? e.stack : e}`);
} finally {
  await context.close();
  server.close();
  rmSync(profileDir, { recursive: true, force: true });
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
