// setFact and emptyProfile (examples/web/src/questions.js) in Node: the edit an answer makes
// to a profile's JSON text, checked against the profile schema's fact envelope and against
// the engine, which must read the fact written.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFact, emptyProfile, UNKNOWN } from "../src/questions.js";

const root = join(fileURLToPath(new URL(".", import.meta.url)), "../../..");

test("emptyProfile is a minimal profile the engine evaluates", () => {
  const text = emptyProfile("Republic of Veridia", "2024-06-30");
  assert.deepEqual(JSON.parse(text), {
    profile: "lexpact/legal-profile/v1.1",
    as_of: "2024-06-30",
    state: { name: "Republic of Veridia" },
  });
  const lexpact = createRequire(import.meta.url)(join(root, "bindings/wasm/pkg"));
  const rio = lexpact.RuleSet.library("rio");
  const report = rio.evaluate(text, { detail: "verdicts" });
  rio.free();
  assert.equal(report.profile.state, "Republic of Veridia");
  assert.equal(report.as_of, "2024-06-30");
  assert.ok(report.summary.unknown > 0);
  assert.match(JSON.parse(emptyProfile("X")).as_of, /^\d{4}-\d{2}-\d{2}$/);
});

test("a fact is created with the objects on its way, bare without a source", () => {
  const text = setFact(emptyProfile("X", "2024-06-30"), "/offences/csam/criminalized", true);
  assert.deepEqual(JSON.parse(text).offences, { csam: { criminalized: true } });
  // The text before the new member is kept byte for byte.
  const before = emptyProfile("X", "2024-06-30").trimEnd().slice(0, -1).trimEnd();
  assert.ok(text.startsWith(`${before},\n  "offences": {\n    "csam": {\n      "criminalized": true\n    }\n  }\n}`), text);
});

test("a source puts the value in the fact envelope, with the source object", () => {
  const text = setFact(emptyProfile("X", "2024-06-30"), "/treaties/crc/status", "ratified", "UN Treaty Collection, CRC status");
  assert.deepEqual(JSON.parse(text).treaties.crc.status, {
    value: "ratified",
    source: { cite: "UN Treaty Collection, CRC status" },
  });
  const object = { cite: "Penal Code art. 7", kind: "primary", retrieved: "2024-05-15" };
  const again = setFact(text, "/treaties/crc/ratification_date", "1991-03-12", object);
  assert.deepEqual(JSON.parse(again).treaties.crc, {
    status: { value: "ratified", source: { cite: "UN Treaty Collection, CRC status" } },
    ratification_date: { value: "1991-03-12", source: object },
  });
});

test("unknown is the envelope status, with its source when given", () => {
  const text = emptyProfile("X", "2024-06-30");
  assert.deepEqual(JSON.parse(setFact(text, "/data/sec/shared", UNKNOWN)).data, { sec: { shared: { status: "unknown" } } });
  assert.deepEqual(JSON.parse(setFact(text, "/data/sec/shared", UNKNOWN, "Questionnaire 2024")).data.sec.shared, {
    status: "unknown",
    source: { cite: "Questionnaire 2024" },
  });
});

test("an existing fact is replaced whole, the rest of the text kept as written", () => {
  const text = [
    "{",
    '    "profile": "lexpact/legal-profile/v1",',
    '    "as_of": "2024-06-30",',
    '    "data": {"sec": {"shared": {"status": "unknown", "note": "no answer"}, "collection_system": true}},',
    '    "state": { "name": "Borealis" }',
    "}",
  ].join("\n");
  const shared = setFact(text, "/data/sec/shared", false);
  assert.equal(shared, text.replace('{"status": "unknown", "note": "no answer"}', "false"));
  // A one-line object takes a new member on the same line.
  const iso = setFact(text, "/state/iso3", "BOR");
  assert.equal(iso, text.replace('"name": "Borealis" }', '"name": "Borealis", "iso3": "BOR" }'));
  // A multi-line object takes it on its own line, indented like the other members.
  const offences = setFact(text, "/offences/grooming/criminalized", true, "Penal Code s. 9");
  assert.equal(offences, text.replace(
    '"state": { "name": "Borealis" }',
    '"state": { "name": "Borealis" },\n    "offences": {\n      "grooming": {\n        "criminalized": {\n          "value": true,\n          "source": {\n            "cite": "Penal Code s. 9"\n          }\n        }\n      }\n    }',
  ));
});

test("a list of facts carries its source on each item; a null on the way is an absent object", () => {
  const text = '{ "profile": "lexpact/legal-profile/v1", "state": null }';
  const set = setFact(text, "/state/regional_memberships", ["AU", "OAS"], "Ministry of Foreign Affairs");
  assert.deepEqual(JSON.parse(set).state, {
    regional_memberships: [
      { value: "AU", source: { cite: "Ministry of Foreign Affairs" } },
      { value: "OAS", source: { cite: "Ministry of Foreign Affairs" } },
    ],
  });
  assert.deepEqual(JSON.parse(setFact(text, "/state/regional_memberships", [])).state, { regional_memberships: [] });
});

test("an existing list item is set; pointer escapes are decoded", () => {
  const text = JSON.stringify({ profile: "lexpact/legal-profile/v1", cooperation: { agreements: [{ name: "A" }, { name: "B" }] } }, null, 2);
  const set = JSON.parse(setFact(text, "/cooperation/agreements/1/covers_sec", true));
  assert.deepEqual(set.cooperation.agreements, [{ name: "A" }, { name: "B", covers_sec: true }]);
  const escaped = JSON.parse(setFact(text, "/x~1y/a~0b", 1));
  assert.deepEqual(escaped["x/y"], { "a~b": 1 });
});

test("a unit of a federal State gets its own fact, inside its facts", () => {
  const text = readFileSync(join(root, "examples/profiles/cascadia.json"), "utf8");
  const units = JSON.parse(text).jurisdictions;
  const set = JSON.parse(setFact(text, "/jurisdictions/1/facts/offences/grooming/criminalized", true, "Tamarack Criminal Code s. 3"));
  assert.deepEqual(set.jurisdictions[1].facts.offences.grooming.criminalized, { value: true, source: { cite: "Tamarack Criminal Code s. 3" } });
  // Nothing else changed.
  set.jurisdictions[1] = units[1];
  assert.deepEqual(set, JSON.parse(text));
  assert.ok(!JSON.parse(text).jurisdictions[1].facts?.offences?.grooming, "the example gives no such fact to start with");
});

test("the engine reads every fact setFact writes", () => {
  let text = emptyProfile("X", "2024-06-30");
  text = setFact(text, "/treaties/crc/status", "ratified", "UN Treaty Collection");
  text = setFact(text, "/state/regional_memberships", ["AU"], "AU website");
  text = setFact(text, "/data/sec/shared", UNKNOWN);
  const lexpact = createRequire(import.meta.url)(join(root, "bindings/wasm/pkg"));
  const rio = lexpact.RuleSet.library("rio");
  const verdict = (id) => rio.explain(text, id, {});
  const crc = verdict("ratify_crc");
  assert.equal(crc.verdict, "met");
  assert.deepEqual(crc.facts.find((f) => f.pointer === "/treaties/crc/status").sources, [{ cite: "UN Treaty Collection" }]);
  assert.equal(verdict("ratify_regional_asean_charter").verdict, "not_applicable");
  const data = verdict("data_and_databases");
  assert.equal(data.missing_status[data.missing.indexOf("/data/sec/shared")], "unknown");
  rio.free();
});

test("YAML, bad JSON and ways through a value are refused", () => {
  const yaml = readFileSync(join(root, "examples/profiles/estuaria.yaml"), "utf8");
  assert.throws(() => setFact(yaml, "/state/name", "x"), /YAML/);
  assert.throws(() => setFact('{"profile": ', "/state/name", "x"), SyntaxError);
  const text = '{"state": {"name": "X"}, "list": []}';
  assert.throws(() => setFact(text, "/state/name/first", "x"), /\/state\/name is not an object/);
  assert.throws(() => setFact(text, "/list/0/a", 1), /does not exist/);
  assert.throws(() => setFact(text, "", 1), /whole profile/);
});
