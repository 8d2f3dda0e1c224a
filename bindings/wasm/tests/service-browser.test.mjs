// The language service in headless Chromium: a page served from the built package imports the
// evaluation module and evaluates, without fetching the service's .wasm; the first call of
// `loadLanguageService()` (from `service/index.js`, what `lexpact/service` resolves to in
// browsers and bundlers) fetches it, and the service answers.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../../../examples/web/serve.mjs";
import { root } from "./builds.mjs";

let server, context, page, profileDir, origin;
const fetched = [];
const pageErrors = [];

before(async () => {
  server = await serve(join(root, "bindings/wasm/pkg"));
  origin = `http://127.0.0.1:${server.address().port}`;
  profileDir = mkdtempSync(join(tmpdir(), "lexpact-service-chromium-"));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && pageErrors.push(m.text()));
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.route("**/*", (route) =>
    new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort());
  // Any page of the package's origin: the tests import its modules from there.
  await page.goto(`${origin}/package.json`);
});

after(async () => {
  await context?.close();
  server?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

const SERVICE_WASM = "/service/web/lexpact_service_bg.wasm";

test("evaluating does not fetch the language service", async () => {
  const verdict = await page.evaluate(async () => {
    const lexpact = await import("/web/lexpact.js");
    await lexpact.default();
    const rio = lexpact.RuleSet.library("rio");
    return rio.evaluate({ profile: "lexpact/legal-profile/v1", as_of: "2024-06-30" }, { detail: "verdicts" }).results[0].verdict;
  });
  assert.equal(verdict, "unknown");
  assert.ok(fetched.includes("/web/lexpact_bg.wasm"), fetched.join(", "));
  assert.ok(!fetched.some((p) => p.startsWith("/service/")), fetched.join(", "));
});

test("the first loadLanguageService() fetches the service module, once", async () => {
  const answers = await page.evaluate(async () => {
    const { loadLanguageService } = await import("/service/index.js");
    const [a, b] = await Promise.all([loadLanguageService(), loadLanguageService()]);
    const service = a.LanguageService.library("rio");
    const c1 = service.text("rio/c1.lex");
    const at = c1.indexOf('cite "C.1(a)-1"') + 'cite "'.length + 2;
    const text = `ruleset "mini" version "1"\nschema "lexpact/legal-profile/v1"\n# « é »\nobligation x {\n  title "x"\n  cite "X"\n  require treaties.crc.staus == "ratified"\n}\n`;
    const mini = new b.LanguageService();
    mini.setFile("x.lex", text);
    const error = mini.diagnostics()[0].diagnostics.find((d) => d.level === "error");
    return {
      same: a === b,
      cite: service.hover("rio/c1.lex", at)?.markdown ?? "",
      help: error?.diagnostic.help ?? "",
      spanIsIndex: error?.diagnostic.span.start === text.indexOf("staus"),
    };
  });
  assert.equal(answers.same, true);
  assert.match(answers.cite, /> Continue working towards ratification/);
  assert.match(answers.help, /did you mean `treaties\.crc\.status`/);
  assert.equal(answers.spanIsIndex, true);
  assert.equal(fetched.filter((p) => p === SERVICE_WASM).length, 1, fetched.join(", "));
  assert.deepEqual(pageErrors, []);
});
