// The language service of the package (`lexpact/service`), through both of its loaders: Node's
// (`service/index.cjs`, what `import "lexpact/service"` resolves to under Node) and the
// browsers' (`service/index.js`, given the bytes of its .wasm here instead of fetching them).
// Offsets are JavaScript string indices (UTF-16), whatever the text holds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import { root } from "./builds.mjs";

const pkg = join(root, "bindings/wasm/pkg");
const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8"));
const nodeLoader = require(join(pkg, manifest.exports["./service"].node.default));
const webLoader = await import(join(pkg, manifest.exports["./service"].default.default));
const services = {
  node: (await nodeLoader.loadLanguageService()).LanguageService,
  web: (await webLoader.loadLanguageService({
    module_or_path: readFileSync(join(pkg, "service/web/lexpact_service_bg.wasm")),
  })).LanguageService,
};

// Characters before the places the tests look at that are not ASCII: `«`/`»` are two bytes
// and one UTF-16 unit each, `🇧` (a regional indicator) four bytes and two units.
const RULES = `ruleset "mini" version "1"
schema "lexpact/legal-profile/v1"

# « Ratified » 🇧🇷
obligation crc_ratified {
  title "CRC ratifiée"
  cite "A-1"
  require treaties.crc.staus == "ratified"
}
`;

/** The errors (not the warnings nor the lints) of every file. */
const errors = (service) =>
  service.diagnostics().flatMap((f) => f.diagnostics).filter((d) => d.level === "error");

/** Applies edits (offsets of the text as it is) from the last. */
function apply(text, edits) {
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    text = text.slice(0, e.start) + e.new_text + text.slice(e.end);
  }
  return text;
}

for (const [build, LanguageService] of Object.entries(services)) {
  test(`${build}: a misspelt fact path gives its did-you-mean and a fix`, () => {
    const service = new LanguageService();
    service.setFile("rules.lex", RULES);
    const [file] = service.diagnostics();
    assert.equal(file.file, "rules.lex");
    // Asked again before a change: the same answer, a new object the caller may keep.
    const again = service.diagnostics();
    assert.deepEqual(again, [file]);
    assert.notEqual(again[0], file);
    const [d] = file.diagnostics;
    assert.equal(d.level, "error");
    assert.equal(d.diagnostic.code, "E0201");
    assert.match(d.diagnostic.help, /did you mean `treaties\.crc\.status`/);
    const at = RULES.indexOf("staus");
    assert.deepEqual(d.diagnostic.span, { start: at, end: at + "staus".length });
    const fix = service.codeActions("rules.lex", at, at).find((a) => a.fixes === "E0201");
    assert.ok(fix, "a code action fixes E0201");
    assert.equal(fix.preferred, true);
    const fixed = apply(RULES, fix.edits);
    assert.match(fixed, /require treaties\.crc\.status == "ratified"/);
    service.setFile("rules.lex", fixed);
    assert.deepEqual(errors(service), []);
  });

  test(`${build}: completion after treaties.crc. offers status`, () => {
    const service = new LanguageService();
    const text = RULES.replace("treaties.crc.staus", "treaties.crc.");
    service.setFile("rules.lex", text);
    const at = text.indexOf("crc.") + "crc.".length;
    const items = service.completion("rules.lex", at);
    const status = items.find((c) => c.label === "status");
    assert.ok(status, items.map((c) => c.label).join(", "));
    assert.equal(status.kind, "fact");
    assert.match(status.documentation, /ratified/);
    assert.deepEqual([status.replace_start, status.replace_end], [at, at]);
  });

  test(`${build}: hover on a path shows the schema's description`, () => {
    const service = new LanguageService();
    service.setFile("rules.lex", RULES.replace("staus", "status"));
    const at = RULES.indexOf("treaties.crc") + "treaties.".length + 1;
    const hover = service.hover("rules.lex", at);
    assert.match(hover.markdown, /Convention on the Rights of the Child/);
    assert.equal(RULES.slice(hover.start, hover.end), "crc");
    assert.equal(service.hover("rules.lex", 0)?.markdown.includes("crc") ?? false, false);
  });

  test(`${build}: hover on a cite of the Rio library shows the pinned paragraph`, () => {
    const rio = LanguageService.library("rio");
    assert.ok(rio.files().includes("rio/c1.lex"), rio.files().join(", "));
    const c1 = rio.text("rio/c1.lex");
    const at = c1.indexOf('cite "C.1(a)-1"') + 'cite "'.length + 2;
    const hover = rio.hover("rio/c1.lex", at);
    assert.match(hover.markdown, /\*\*C\.1\(a\)-1\*\*/);
    assert.match(hover.markdown, /> Continue working towards ratification of relevant international instruments/);
    assert.throws(() => LanguageService.library("nope"), /no bundled library `nope`; there are rio/);
  });

  test(`${build}: offsets are UTF-16 string indices, also after a surrogate pair`, () => {
    const service = new LanguageService();
    service.setFile("rules.lex", RULES);
    // An edit in UTF-16 offsets: replace `staus` (after « », 🇧🇷 and é) with `status`.
    const at = RULES.indexOf("staus");
    service.edit("rules.lex", at, at + "staus".length, "status");
    const edited = RULES.replace("staus", "status");
    assert.equal(service.text("rules.lex"), edited);
    assert.deepEqual(errors(service), []);
    const tokens = service.semanticTokens("rules.lex");
    const words = tokens.map((t) => edited.slice(t.start, t.end));
    assert.ok(words.includes("status") && words.includes('"CRC ratifiée"'), words.join(" "));
    const obligation = service.documentSymbols("rules.lex").find((s) => s.kind === "obligation");
    assert.equal(edited.slice(obligation.name_start, obligation.name_end), "crc_ratified");
    assert.equal(edited.slice(obligation.end - 1, obligation.end), "}");
    assert.throws(() => service.edit("rules.lex", 0, edited.length + 1, ""), /not within the \d+ UTF-16 units/);
    assert.throws(() => service.edit("other.lex", 0, 0, ""), /no open file `other\.lex`/);
  });

  test(`${build}: format gives the edits to the canonical style`, () => {
    const service = new LanguageService();
    const text = `ruleset "mini" version "1"\n# « é »\nobligation   x {\n  title "x"\n  cite "X"\nrequire   true}\n`;
    service.setFile("x.lex", text);
    const formatted = apply(text, service.format("x.lex"));
    assert.equal(formatted, `ruleset "mini" version "1"\n\n# « é »\nobligation x {\n  title "x"\n  cite "X"\n  require true\n}\n`);
    service.setFile("x.lex", formatted);
    assert.deepEqual(service.format("x.lex"), []);
    service.setFile("x.lex", "obligation {");
    assert.throws(() => service.format("x.lex"), (e) => e.name === "LexpactError" && e.diagnostics[0].code.startsWith("E0"));
  });

  test(`${build}: inlay hints show the verdicts on the chosen profile`, () => {
    const rio = LanguageService.library("rio");
    assert.deepEqual(rio.inlayHints("rio/c1.lex"), []);
    rio.setProfile("borealis.json", readFileSync(join(root, "examples/profiles/borealis.json"), "utf8"));
    const hints = rio.inlayHints("rio/c1.lex");
    const c1 = rio.text("rio/c1.lex");
    const first = hints[0];
    assert.equal(first.label, ": met");
    assert.equal(c1.slice(first.offset - "ratify_crc".length, first.offset), "ratify_crc");
    assert.match(first.tooltip, /`ratify_crc` on `borealis.json`/);
    rio.setProfile("borealis.json", null);
    assert.deepEqual(rio.inlayHints("rio/c1.lex"), []);
  });

  test(`${build}: definition, references, rename and the tests next to the rules`, () => {
    const service = new LanguageService();
    const rules = `ruleset "mini" version "1"\n# é\ndefine ok = true\nobligation x {\n  title "x"\n  cite "X"\n  require ok\n}\n`;
    const tests = `test "x met" {\n  as_of 2024-01-01\n  profile {}\n  expect x met\n}\n`;
    service.setFile("m.lex", rules);
    service.setFile("m_test.lex", tests);
    const use = rules.lastIndexOf("ok");
    const [def] = service.definition("m.lex", use);
    assert.deepEqual(def, { file: "m.lex", start: rules.indexOf("ok"), end: rules.indexOf("ok") + 2 });
    assert.equal(service.references("m.lex", use).length, 2);
    assert.equal(service.references("m.lex", use, false).length, 1);
    const renamed = apply(rules, service.rename("m.lex", use, "fine"));
    assert.match(renamed, /define fine = true[^]*require fine/);
    assert.throws(() => service.rename("m.lex", use, "not a name"), Error);
    assert.deepEqual(service.runTests("m_test.lex"), { passed: 1, failed: 0, failures: [] });
    assert.ok(service.foldingRanges("m.lex").some((f) => rules.slice(f.start, f.end).startsWith("obligation x {")));
  });
}

test("the package exports the service beside the evaluation module, which stays as it was", () => {
  assert.deepEqual(Object.keys(manifest.exports["./service"]), ["node", "default"]);
  assert.equal(manifest.exports["."].node.require.default, "./node/lexpact.cjs");
  assert.ok(manifest.files.includes("service/"));
  // The evaluation module holds no part of the service.
  const evaluation = readFileSync(join(pkg, "web/lexpact.js"), "utf8");
  assert.doesNotMatch(evaluation, /LanguageService/);
});

test("an installed package resolves lexpact/service to the Node loader", async () => {
  const dir = mkdtempSync(join(tmpdir(), "lexpact-service-"));
  try {
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(pkg, join(dir, "node_modules/lexpact"), "dir");
    const requireThere = createRequire(join(dir, "app.js"));
    const loader = requireThere("lexpact/service");
    const { LanguageService } = await loader.loadLanguageService();
    assert.equal(loader.loadLanguageServiceSync().LanguageService, LanguageService);
    assert.equal(LanguageService, services.node);
    assert.equal(typeof requireThere("lexpact").RuleSet, "function");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
