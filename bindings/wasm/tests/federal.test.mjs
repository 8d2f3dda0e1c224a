// Federal States and facts over time through the package: an obligation evaluated in each unit
// of a federation and aggregated, next to one that binds the State as a whole; and a fact with
// a history, read as it stood on two dates, with the day the obligation was met found from the
// history. The report crosses as JSON: the typed object and `evaluateJson` must agree.
import { test } from "node:test";
import assert from "node:assert/strict";
import { builds } from "./builds.mjs";

const boolFact = { anyOf: [{ type: "boolean" }, { type: "object", properties: { value: { type: "boolean" } } }] };
const fact = { $ref: "#/$defs/bool_fact" };
const schema = {
  type: "object",
  $defs: { bool_fact: boolFact },
  properties: {
    profile: { type: "string" },
    as_of: { type: "string", format: "date" },
    treaty: { type: "object", properties: { ratified: fact } },
    services: { type: "object", properties: { helpline: fact } },
    body: { type: "object", properties: { independent: fact } },
  },
  additionalProperties: false,
};

const rules = `ruleset "federal" version "1"
schema "profile.schema.json"

obligation ratify {
  title "Ratify the treaty"
  cite "F.1"
  require treaty.ratified
}

obligation helpline {
  title "A helpline in every province"
  cite "F.2"
  in each jurisdiction
  require services.helpline
}

obligation body {
  title "An independent body by 2013"
  cite "F.3"
  deadline 2013-12-31
  require body.independent
}
`;

const sources = [
  { name: "rules.lex", source: rules },
  { name: "profile.schema.json", source: JSON.stringify(schema) },
];

/** Four units that differ: North and South give their own helpline, East falls back to the
 * national one, West's is unknown. */
const federalProfile = {
  profile: "lexpact/legal-profile/v1.1",
  as_of: "2024-06-30",
  treaty: { ratified: true },
  services: { helpline: true },
  jurisdictions: [
    { id: "north", name: "North", level: "province", facts: { services: { helpline: true } } },
    { id: "south", name: "South", level: "province", facts: { services: { helpline: false } } },
    { id: "east", name: "East", level: "territory" },
    { id: "west", name: "West", facts: { services: { helpline: { status: "unknown" } } } },
  ],
};

/** The body is independent only from 2018-03-01. */
const historyProfile = {
  profile: "lexpact/legal-profile/v1.1",
  as_of: "2024-06-30",
  body: {
    independent: {
      history: [
        { value: false, until: "2018-03-01" },
        { value: true, from: "2018-03-01", source: { cite: "Amendment Act 2018" } },
      ],
    },
  },
};

for (const [build, lexpact] of Object.entries(builds)) {
  const t = (name, f) => test(`${build}: ${name}`, () => f());
  const result = (report, id) => report.results.find((r) => r.id === id);

  t("a unit-by-unit obligation aggregates four units that differ", () => {
    const ruleSet = lexpact.RuleSet.compile(sources);
    const report = ruleSet.evaluate(federalProfile);
    assert.deepEqual(report.profile.jurisdictions, [
      { id: "north", name: "North", level: "province" },
      { id: "south", name: "South", level: "province" },
      { id: "east", name: "East", level: "territory" },
      { id: "west", name: "West" },
    ]);
    const helpline = result(report, "helpline");
    assert.equal(helpline.verdict, "partially_met");
    assert.deepEqual(
      helpline.jurisdictions.map((u) => [u.id, u.verdict]),
      [["north", "met"], ["south", "not_met"], ["east", "met"], ["west", "unknown"]],
    );
    assert.deepEqual(helpline.tally, { applicable: 4, met: 2, partially_met: 0, not_met: 1, unknown: 1, not_applicable: 0 });
    const [north, , east, west] = helpline.jurisdictions;
    assert.deepEqual(west.missing, ["/jurisdictions/3/facts/services/helpline"]);
    assert.deepEqual(west.range, ["not_met", "met"]);
    // East gives no helpline of its own: it reads the national fact.
    assert.deepEqual(east.facts.map((f) => f.pointer), ["/services/helpline"]);
    assert.deepEqual(north.facts.map((f) => f.pointer), ["/jurisdictions/0/facts/services/helpline"]);
    assert.deepEqual(JSON.parse(ruleSet.evaluateJson(federalProfile)), report);
    ruleSet.free();
  });

  t("an obligation without the clause binds the State as a whole", () => {
    const ruleSet = lexpact.RuleSet.compile(sources);
    const ratify = result(ruleSet.evaluate(federalProfile), "ratify");
    assert.equal(ratify.verdict, "met");
    assert.equal("jurisdictions" in ratify, false);
    assert.equal("tally" in ratify, false);
    assert.deepEqual(ratify.facts.map((f) => f.pointer), ["/treaty/ratified"]);
    ruleSet.free();
  });

  t("a fact as it stood on two dates, and the day the obligation was met", () => {
    const ruleSet = lexpact.RuleSet.compile(sources);
    const before = result(ruleSet.evaluate(historyProfile, { asOf: "2017-01-01" }), "body");
    assert.equal(before.verdict, "not_met");
    assert.equal(before.deadline.status, "overdue");
    assert.deepEqual(before.facts.map((f) => f.in_force), [{ until: "2018-03-01" }]);

    const report = ruleSet.evaluate(historyProfile, { asOf: "2020-01-01" });
    const after = result(report, "body");
    assert.equal(after.verdict, "met");
    assert.equal(after.facts.length, 1);
    assert.deepEqual(after.facts[0].in_force, { from: "2018-03-01" });
    assert.equal(after.facts[0].value, true);
    assert.deepEqual(after.facts[0].sources, [{ cite: "Amendment Act 2018" }]);
    assert.deepEqual(after.deadline, { status: "late", due: "2013-12-31", met_on: "2018-03-01", met_on_basis: "history" });
    assert.deepEqual(JSON.parse(ruleSet.evaluateJson(historyProfile, { asOf: "2020-01-01" })), report);
    ruleSet.free();
  });
}
