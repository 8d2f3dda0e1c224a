// The profile editor's support in the language service (`lexpact/service`): diagnostics,
// completion and hover on the profile chosen with `setProfile`, against the rule set's schema,
// through both loaders. Offsets are JavaScript string indices (UTF-16), whatever the text holds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
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

const profiles = join(root, "examples/profiles");
const AURELIA = readFileSync(join(profiles, "aurelia.json"), "utf8");
const ESTUARIA = readFileSync(join(profiles, "estuaria.yaml"), "utf8");

// Text before the places looked at that is not ASCII: `é` is two bytes and one UTF-16 unit,
// `🇧🇷` eight bytes and four units.
const SMALL = `{
  "profile": "lexpact/legal-profile/v1",
  "as_of": "2024-06-30",
  "state": { "name": "République 🇧🇷", "un_membr": true },
  "treaties": { "crc": { "status": "ratifed" } }
}
`;

/** The text a span or a completion's range covers. */
const cut = (text, start, end) => text.slice(start, end);

for (const [build, LanguageService] of Object.entries(services)) {
  const rio = LanguageService.library("rio");

  test(`${build}: the example profiles have no problems, JSON and YAML`, () => {
    rio.setProfile("aurelia.json", AURELIA);
    assert.deepEqual(rio.profileDiagnostics("aurelia.json"), []);
    rio.setProfile("estuaria.yaml", ESTUARIA);
    assert.deepEqual(rio.profileDiagnostics("estuaria.yaml"), []);
    // Another name than the chosen profile's (and no such file): nothing.
    assert.deepEqual(rio.profileDiagnostics("other.json"), []);
  });

  test(`${build}: a misspelt key and a wrong enum value, underlined in UTF-16 offsets`, () => {
    rio.setProfile("p.json", SMALL);
    const found = rio.profileDiagnostics("p.json");
    assert.equal(found.length, 2, JSON.stringify(found));
    const [key, value] = found;
    assert.equal(key.level, "error");
    assert.equal(key.diagnostic.code, "E0302");
    assert.equal(cut(SMALL, key.diagnostic.span.start, key.diagnostic.span.end), '"un_membr"');
    assert.match(key.diagnostic.message, /no such field/);
    assert.equal(key.diagnostic.help, "did you mean `un_member`?");
    assert.equal(key.diagnostic.line, 4);
    assert.equal(cut(SMALL, value.diagnostic.span.start, value.diagnostic.span.end), '"ratifed"');
    assert.match(value.diagnostic.message, /is not one of/);
  });

  test(`${build}: a syntax error and a YAML profile's schema error`, () => {
    const broken = SMALL.replace('"2024-06-30",', '"2024-06-30"');
    rio.setProfile("p.json", broken);
    const [d] = rio.profileDiagnostics("p.json");
    assert.equal(d.diagnostic.code, "E0301");
    assert.equal(cut(broken, d.diagnostic.span.start, d.diagnostic.span.end), '"state"');
    const yaml = ESTUARIA.replace("state:", "stat:");
    rio.setProfile("e.yaml", yaml);
    const found = rio.profileDiagnostics("e.yaml");
    assert.ok(found.some((f) => f.diagnostic.help === "did you mean `state`?"), JSON.stringify(found));
  });

  test(`${build}: completion of keys the object lacks, after non-ASCII text`, () => {
    const text = SMALL.replace('"un_membr": true', '"un_member": true, ');
    rio.setProfile("p.json", text);
    const offset = text.indexOf("true, ") + "true, ".length;
    const items = rio.profileCompletion("p.json", offset);
    const labels = items.map((c) => c.label);
    assert.ok(labels.includes('"iso3"') && labels.includes('"regional_memberships"'), labels.join());
    assert.ok(!labels.includes('"name"') && !labels.includes('"un_member"'), labels.join());
    // Labels are quoted, as the text they replace begins.
    const iso3 = items.find((c) => c.label === '"iso3"');
    assert.equal(iso3.kind, "fact");
    assert.equal(iso3.replace_start, offset);
    assert.equal(iso3.insert, '"iso3": { "value": null, "source": { "cite": "" } }');
    assert.match(iso3.documentation, /ISO 3166-1/);
    // Accepting it gives a profile without problems.
    const accepted = text.slice(0, iso3.replace_start) + iso3.insert + text.slice(iso3.replace_end);
    rio.setProfile("p.json", accepted.replace('"ratifed"', '"ratified"'));
    assert.deepEqual(rio.profileDiagnostics("p.json"), []);
  });

  test(`${build}: completion of a value: enum values, booleans, the profile's date`, () => {
    const text = SMALL.replace('"ratifed"', '"rat"');
    rio.setProfile("p.json", text);
    const offset = text.indexOf('"rat"') + 4;
    const items = rio.profileCompletion("p.json", offset);
    const ratified = items.find((c) => c.label === '"ratified"');
    assert.equal(ratified.kind, "enum_value");
    assert.equal(cut(text, ratified.replace_start, ratified.replace_end), '"rat"');
    assert.ok(items.some((c) => c.insert === '{ "status": "unknown" }'));
    const withDate = text.replace('"status": "rat"', '"ratification_date": ');
    rio.setProfile("p.json", withDate);
    const at = withDate.indexOf('"ratification_date": ') + '"ratification_date": '.length;
    assert.equal(rio.profileCompletion("p.json", at)[0].insert, '"2024-06-30"');
  });

  test(`${build}: hover on a key shows the schema's description and the obligations reading it`, () => {
    rio.setProfile("p.json", SMALL);
    const offset = SMALL.indexOf('"crc"') + 2;
    const hover = rio.profileHover("p.json", offset);
    assert.equal(cut(SMALL, hover.start, hover.end), '"crc"');
    assert.match(hover.markdown, /Convention on the Rights of the Child/);
    assert.match(hover.markdown, /`ratify_crc`/);
    assert.equal(rio.profileHover("p.json", 0), null);
    rio.setProfile("p.json", null);
    assert.equal(rio.profileHover("p.json", offset), null);
  });

  test(`${build}: a profile kept as a file of the workspace answers too`, () => {
    const service = new LanguageService();
    service.setFile("rules.lex", 'ruleset "t" version "1"\nschema "lexpact/legal-profile/v1"\n');
    service.setFile("p.json", SMALL);
    assert.equal(service.profileDiagnostics("p.json").length, 2);
    assert.ok(service.profileCompletion("p.json", SMALL.indexOf("{") + 1).length > 10);
  });
}
