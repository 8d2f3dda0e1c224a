// What the playground's browser tests share: the static server on 127.0.0.1 serving
// examples/web/dist, a fresh headless Chromium profile, a page whose requests beyond its own
// origin are refused and recorded, and whose errors (uncaught, console.error) are collected.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../serve.mjs";

export const here = fileURLToPath(new URL(".", import.meta.url));
export const root = join(here, "../../..");
export const artefacts = join(root, "target/artefacts");
export const dist = join(here, "../dist");

export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Starts the server and a browser; `open()` gives a new page on the playground. */
export async function startPlayground() {
  mkdirSync(artefacts, { recursive: true });
  const server = await serve(dist);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const profileDir = mkdtempSync(join(tmpdir(), "lexpact-chromium-"));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 1250 },
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  const errors = [];
  const foreign = [];
  // Nothing but the page's own origin.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + "/")) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const pages = [];
  return {
    origin,
    context,
    errors,
    foreign,
    /** A page on the playground (`hash` appended to the URL), ready to use. */
    async open(hash = "", { waitService = true } = {}) {
      const page = context.pages().find((p) => p.url() === "about:blank" && !pages.includes(p)) ?? (await context.newPage());
      pages.push(page);
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      await page.goto(`${origin}/${hash}`);
      await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
      if (waitService) await page.waitForSelector("body[data-service=ready]", { timeout: 30000 });
      return page;
    },
    async close() {
      await context.close();
      server.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** The text of rule file `name` of the Rio library as the page starts with it. */
export function libraryFile(page, name) {
  return page.evaluate((name) => window.__playground.text(name), name);
}

/** Runs axe-core in the page; its violations of impact serious or critical. */
export async function axeViolations(page) {
  const axe = readFileSync(join(root, "node_modules/axe-core/axe.min.js"), "utf8");
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axe });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")}`);
}

/** Moves the rules editor's cursor to `offset` of the file shown, focused. */
export async function rulesCursor(page, offset) {
  await page.evaluate((offset) => {
    const view = window.__playground.rulesView;
    view.focus();
    view.dispatch({ selection: { anchor: offset }, scrollIntoView: true });
  }, offset);
}

/** The client point at `offset` in the rules editor, once scrolled into view. */
export async function rulesCoords(page, offset) {
  return page.evaluate(async (offset) => {
    const view = window.__playground.rulesView;
    view.dispatch({ selection: { anchor: offset }, scrollIntoView: true });
    // The scroll happens at the editor's next measure.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const c = view.coordsAtPos(offset);
    return c && { x: (c.left + c.right) / 2 + 2, y: (c.top + c.bottom) / 2 };
  }, offset);
}
