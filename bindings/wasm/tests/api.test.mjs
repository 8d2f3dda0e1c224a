// The API of the package, and its errors: every failure is a LexpactError (a real Error)
// carrying diagnostics; never an uncaught panic, an `unreachable` trap or a plain TypeError.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { builds, root } from "./builds.mjs";

const read = (path) => readFileSync(join(root, path), "utf8");
const borealis = read("examples/profiles/borealis.json");
/** The example profiles in JSON: [file name, text]. */
const examples = readdirSync(join(root, "examples/profiles"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => [f, read(`examples/profiles/${f}`)]);
/** Rules with an unknown `require` under a true `partial when`, and an obligation whose exception
 * a profile may invoke. No schema: the profile is read as written. */
const reviewedRules = [{
  name: "rules.lex",
  source: `ruleset "reviewed" version "1"

obligation ratify_crc {
  title "Ratify the CRC"
  cite "X.1"
  group "X"
  require treaties.crc
}

obligation hotline {
  title "A hotline"
  cite "X.2"
  group "X"
  require services.hotline and services.hotline_free
  partial when services.hotline
}

obligation offender_register {
  title "A register of offenders, where appropriate"
  cite "X.3"
  group "X"
  exception "where appropriate"
  require registers.offenders.exists
}
`,
}];
/** The hotline known but `hotline_free` missing, a fact with two sources, and the register's
 * exception invoked with a review of `status` (none when undefined). */
const reviewedProfile = (status) => ({
  as_of: "2024-01-01",
  treaties: { crc: true },
  services: { hotline: { value: true, source: { cite: "Act 1" }, sources: [{ cite: "Decree 2" }] } },
  registers: { offenders: { exists: false } },
  exceptions: {
    offender_register: {
      justification: "Kept by the courts",
      ...(status ? { review: { status, by: "Monitoring committee", date: "2023-06-01" } } : {}),
    },
  },
});
const quickstart = [
  { name: "rules.lex", source: read("examples/quickstart/rules.lex") },
  { name: "profile.schema.json", source: read("examples/quickstart/profile.schema.json") },
];

/** Runs `f`, which must throw a LexpactError; returns its diagnostics. */
function lexpactError(lexpact, f, code) {
  let error;
  try {
    f();
  } catch (e) {
    error = e;
  }
  assert.ok(error !== undefined, "expected a LexpactError, nothing was thrown");
  assert.ok(error instanceof lexpact.LexpactError, `expected a LexpactError, got ${error}`);
  assert.ok(error instanceof Error);
  assert.equal(error.name, "LexpactError");
  assert.equal(typeof error.message, "string");
  assert.ok(error.message.length > 0);
  assert.ok(typeof error.stack === "string");
  assert.ok(Array.isArray(error.diagnostics) && error.diagnostics.length > 0);
  for (const d of error.diagnostics) {
    for (const key of ["file", "code", "message", "severity"]) assert.equal(typeof d[key], "string", key);
    for (const key of ["line", "column"]) assert.equal(typeof d[key], "number", key);
    assert.equal(typeof d.span.start, "number");
    assert.equal(typeof d.span.end, "number");
  }
  if (code) assert.equal(error.diagnostics[0].code, code, JSON.stringify(error.diagnostics));
  return error.diagnostics;
}

for (const [build, lexpact] of Object.entries(builds)) {
  const { RuleSet, check, format, libraries } = lexpact;
  const t = (name, f) => test(`${build}: ${name}`, () => f());

  t("a bundled library evaluates a profile, text or object", () => {
    const rio = RuleSet.library("rio");
    const report = rio.evaluate(borealis, { asOf: "2024-06-30" });
    assert.equal(report.report, "lexpact/report/v2");
    assert.equal(report.ruleset.name, "rio");
    assert.equal(report.as_of, "2024-06-30");
    assert.equal(report.profile.name, "profile");
    assert.equal(report.results.length, 74);
    assert.equal(Object.getPrototypeOf(report), Object.prototype, "a plain object");
    assert.ok(Array.isArray(report.results[0].missing));
    assert.deepEqual(rio.evaluate(JSON.parse(borealis), { asOf: "2024-06-30" }), report);
    const later = rio.evaluate(borealis, { asOf: "2030-01-01", name: "b.json" });
    assert.equal(later.as_of, "2030-01-01");
    assert.equal(later.profile.name, "b.json");
    rio.free();
  });

  t("an unknown require with a true partial when ranges over partially_met and met", () => {
    const rules = RuleSet.compile(reviewedRules);
    const report = rules.evaluate(reviewedProfile("accepted"));
    const hotline = report.results.find((r) => r.id === "hotline");
    assert.equal(hotline.verdict, "unknown");
    assert.deepEqual(hotline.range, ["partially_met", "met"]);
    assert.equal("reason" in hotline, false, "no reason on an unknown verdict");
    assert.deepEqual(hotline.missing, ["/services/hotline_free"]);
    assert.deepEqual(report.summary.ranges, [{ range: ["partially_met", "met"], count: 1 }]);
    assert.equal("range" in report.results.find((r) => r.id === "ratify_crc"), false, "no range on a known verdict");
    rules.free();
  });

  t("an obligation's indicators and amendment marks are in its result, absent when it has none", () => {
    const rules = RuleSet.compile([{
      name: "rules.lex",
      source: `obligation marked {
  title "Marked"
  cite "M.1"
  text "Establish a **free** helpline."
  indicator "icmec:3"
  indicator "lanzarote:13"
  amended "free"
  require services.hotline
}

obligation plain { title "Plain" cite "M.2" require services.hotline }
`,
    }]);
    const report = rules.evaluate({ as_of: "2024-01-01", services: { hotline: true } });
    const [marked, plain] = report.results;
    assert.deepEqual(marked.indicators, ["icmec:3", "lanzarote:13"]);
    assert.deepEqual(marked.amendments, ["free"]);
    assert.equal("indicators" in plain, false);
    assert.equal("amendments" in plain, false);
    rules.free();
    const d = lexpactError(lexpact, () => RuleSet.compile([{
      name: "rules.lex",
      source: `obligation o { title "t" cite "c" text "a b" amended "c" require x }`,
    }]), "E0215");
    assert.equal(d.length, 1);
    lexpactError(lexpact, () => RuleSet.compile([{
      name: "rules.lex",
      source: `obligation o { title "t" cite "c" indicator "ICMEC 1" require x }`,
    }]), "E0214");
  });

  t("missing facts keep their status, bullets count once, an open window is flagged", () => {
    // Two bullets: X.1, and X.2 split into the hotline and a plan "by 2013" (a deadline window).
    const rules = RuleSet.compile([{
      name: "rules.lex",
      source: `${reviewedRules[0].source}
obligation plan {
  title "A plan by 2013"
  cite "X.2"
  group "X"
  deadline 2013-01-01 to 2013-12-31
  require plans.national
}
`,
    }]);
    const profile = {
      as_of: "2013-06-30",
      treaties: { crc: { status: "not_assessed" } },
      services: { hotline: true },
      registers: { offenders: { exists: true } },
      plans: { national: false },
    };
    const report = rules.evaluate(profile);
    const byId = Object.fromEntries(report.results.map((r) => [r.id, r]));
    assert.deepEqual(byId.ratify_crc.missing_status, ["not_assessed"]);
    assert.deepEqual(byId.hotline.missing_status, ["absent"]);
    assert.equal("missing_status" in byId.offender_register, false, "nothing missing");
    assert.deepEqual(report.summary.missing_by_status, { absent: 1, not_assessed: 1 });
    assert.equal(report.summary.total, 4);
    assert.deepEqual(report.summary.bullets, {
      total: 3, met: 1, partially_met: 0, not_met: 0, unknown: 2, not_applicable: 0,
    });
    assert.equal(byId.plan.deadline.status, "not_due");
    assert.equal(byId.plan.deadline.in_window, true);
    const later = rules.evaluate(profile, { asOf: "2014-01-01" }).results.find((r) => r.id === "plan");
    assert.equal("in_window" in later.deadline, false);
    const asked = Object.fromEntries(rules.questions(JSON.stringify(profile)).questions.map((q) => [q.pointer, q.status]));
    assert.deepEqual(asked, { "/services/hotline_free": "absent", "/treaties/crc": "not_assessed" });
    rules.free();
  });

  t("a fact with two sources gives both, in order", () => {
    const rules = RuleSet.compile(reviewedRules);
    const hotline = rules.evaluate(reviewedProfile()).results.find((r) => r.id === "hotline");
    const fact = hotline.facts.find((f) => f.pointer === "/services/hotline");
    assert.deepEqual(fact.sources, [{ cite: "Act 1" }, { cite: "Decree 2" }]);
    assert.equal("sources" in hotline.facts.find((f) => f.pointer === "/services/hotline_free"), false);
    rules.free();
  });

  t("only an accepted exception makes an obligation not_applicable, reason exception", () => {
    const rules = RuleSet.compile(reviewedRules);
    const accepted = rules.evaluate(reviewedProfile("accepted"));
    const excused = accepted.results.find((r) => r.id === "offender_register");
    assert.equal(excused.verdict, "not_applicable");
    assert.equal(excused.reason, "exception");
    assert.deepEqual(excused.exception.review, { status: "accepted", by: "Monitoring committee", date: "2023-06-01" });
    assert.equal(accepted.summary.not_applicable_exception, 1);
    assert.equal(accepted.summary.not_applicable_applies_when, 0);
    for (const [status, written] of [["contested", "contested"], ["pending", "pending"], ["unreviewed", undefined]]) {
      const report = rules.evaluate(reviewedProfile(written));
      const r = report.results.find((x) => x.id === "offender_register");
      assert.equal(r.verdict, "not_met", `${status}: evaluated as usual`);
      assert.equal("reason" in r, false, status);
      assert.equal(r.exception.justification, "Kept by the courts", `${status}: the exception is still carried`);
      assert.equal(r.exception.review.status, status);
      assert.equal(report.summary.not_applicable_exception, 0, status);
    }
    rules.free();
  });

  t("obligations, tests and libraries", () => {
    const rio = RuleSet.library("rio");
    const obligations = rio.obligations();
    assert.equal(obligations.length, 74);
    for (const key of ["id", "title", "cite", "group", "text", "file"]) assert.equal(typeof obligations[0][key], "string");
    // Each obligation's indicators and amendment marks, as a report gives them (absent when none).
    const results = rio.evaluate(borealis, { detail: "verdicts" }).results;
    assert.deepEqual(obligations.map((o) => [o.id, o.indicators, o.amendments]), results.map((r) => [r.id, r.indicators, r.amendments]));
    assert.ok(obligations.some((o) => o.indicators?.length) && obligations.some((o) => o.amendments?.length));
    // The library's own tests are left out of the package, and its run says so.
    const run = rio.test();
    assert.equal(run.passed, 0);
    assert.equal(run.failed, 1);
    assert.match(run.results[0].failures[0], /not part of this build.*lexpact test --library rio/);
    assert.deepEqual(rio.warnings, []);
    const libs = libraries();
    assert.deepEqual(libs.map((l) => l.name), ["rio", "icmec"]);
    assert.ok(libs[0].files.every((f) => f.name.startsWith("rio/") && f.source.length > 0));
    // The library's files compile to the same rule set as the library.
    const again = RuleSet.compile(libs[0].files);
    assert.equal(again.evaluateJson(borealis), rio.evaluateJson(borealis));
    rio.free();
    again.free();
  });

  t("detail: \"verdicts\" is the full report without facts read and explanations", () => {
    const rio = RuleSet.library("rio");
    assert.ok(examples.length >= 4, "example profiles");
    for (const [file, text] of examples) {
      const full = rio.evaluate(text, { name: file });
      assert.deepEqual(rio.evaluate(text, { name: file, detail: "full" }), full, file);
      const verdicts = rio.evaluate(text, { name: file, detail: "verdicts" });
      assert.equal(verdicts.results.length, full.results.length);
      for (const r of verdicts.results) {
        assert.deepEqual(r.facts, [], `${file} ${r.id}`);
        assert.deepEqual(r.explanation, [], `${file} ${r.id}`);
        for (const u of r.jurisdictions ?? []) {
          assert.deepEqual([u.facts, u.explanation], [[], []], `${file} ${r.id} ${u.id}`);
        }
      }
      assert.ok(full.results.some((r) => r.facts.length > 0 && r.explanation.length > 0), file);
      // A federation's units have facts and explanations of their own, emptied likewise.
      const emptyResult = (r) => ({ ...r, facts: [], explanation: [] });
      const emptied = {
        ...full,
        results: full.results.map((r) =>
          r.jurisdictions ? { ...emptyResult(r), jurisdictions: r.jurisdictions.map(emptyResult) } : emptyResult(r)),
      };
      assert.deepEqual(verdicts, emptied, file);
      const json = rio.evaluateJson(text, { name: file, detail: "verdicts" });
      assert.deepEqual(JSON.parse(json), verdicts, file);
      assert.equal(rio.evaluateJson(text, { name: file, detail: "full" }), rio.evaluateJson(text, { name: file }));
    }
    rio.free();
  });

  t("explain(profile, id) is the full report's result of that obligation", () => {
    const rio = RuleSet.library("rio");
    let explained = 0;
    for (const [file, text] of examples) {
      const full = rio.evaluate(text, { name: file, asOf: "2024-06-30" });
      const profile = JSON.parse(text);
      for (const r of full.results) {
        const result = rio.explain(text, r.id, { name: file, asOf: "2024-06-30" });
        assert.deepEqual(result, r, `${file} ${r.id}`);
        assert.equal(Object.getPrototypeOf(result), Object.prototype, "a plain object");
        explained++;
      }
      // An object profile, and the profile's own as_of by default.
      const own = rio.evaluate(text);
      const last = own.results[own.results.length - 1];
      assert.deepEqual(rio.explain(profile, last.id), last, file);
    }
    assert.equal(explained, examples.length * 74);
    rio.free();
  });

  t("explain: an unknown id is E0210 with a did-you-mean; bad arguments are E0306", () => {
    const rio = RuleSet.library("rio");
    const [first] = rio.obligations();
    let d = lexpactError(lexpact, () => rio.explain(borealis, `${first.id}x`), "E0210");
    assert.match(d[0].message, new RegExp(`${first.id}x`));
    assert.match(d[0].help, new RegExp(`did you mean \`${first.id}\``));
    d = lexpactError(lexpact, () => rio.explain(borealis, "no_such_obligation_at_all"), "E0210");
    for (const bad of [undefined, null, 42, {}, ["x"]]) lexpactError(lexpact, () => rio.explain(borealis, bad), "E0306");
    // The options of evaluate, but `detail`: an explanation is always full.
    d = lexpactError(lexpact, () => rio.explain(borealis, first.id, { detail: "full" }), "E0306");
    assert.match(d[0].message, /unknown field `detail`/);
    lexpactError(lexpact, () => rio.explain(borealis, first.id, { asOf: "30/06/2024" }), "E0304");
    lexpactError(lexpact, () => rio.explain(borealis, first.id, "2024-06-30"), "E0306");
    lexpactError(lexpact, () => rio.explain('{"as_of": ', first.id, { name: "p.json" }), "E0301");
    lexpactError(lexpact, () => rio.explain(42, first.id), "E0302");
    // An unknown detail names the ones there are.
    for (const bad of ["summary", "Full", "", 1, true]) {
      d = lexpactError(lexpact, () => rio.evaluate(borealis, { detail: bad }), "E0306");
      assert.match(d[0].message, /`detail` must be "full" or "verdicts"/, JSON.stringify(bad));
      lexpactError(lexpact, () => rio.evaluateJson(borealis, { detail: bad }), "E0306");
    }
    assert.equal(rio.evaluate(borealis, { detail: null }).results.length, 74);
    rio.free();
  });

  t("rules compiled from sources, with the files they name", () => {
    const rules = RuleSet.compile(quickstart);
    const report = rules.evaluate(read("examples/quickstart/profile.json"));
    assert.equal(report.results.length, 2);
    assert.deepEqual(check(quickstart), []);
    rules.free();
  });

  t("YAML profiles, by name or by content", () => {
    const rio = RuleSet.library("rio");
    const yaml = read("examples/profiles/estuaria.yaml");
    const byName = rio.evaluate(yaml, { name: "estuaria.yaml" });
    const byContent = rio.evaluate(yaml, { name: "estuaria.yaml" });
    assert.deepEqual(byName, byContent);
    assert.equal(byName.results.length, 74);
    rio.free();
  });

  t("check gives every diagnostic with its place, for an editor", () => {
    const source = read("examples/quickstart/rules.lex").replace(
      "double_criminality_required",
      "double_criminality_requird",
    );
    const diagnostics = check([{ name: "rules.lex", source }, quickstart[1]]);
    assert.equal(diagnostics.length, 1);
    const [d] = diagnostics;
    assert.equal(d.code, "E0201");
    assert.equal(d.severity, "error");
    assert.equal(d.file, "rules.lex");
    assert.ok(d.line > 0 && d.column > 0);
    assert.equal(source.slice(d.span.start, d.span.end), "double_criminality_requird");
    assert.match(d.help, /double_criminality_required/);
  });

  t("format is canonical and idempotent", () => {
    const source = read("examples/quickstart/rules.lex");
    const once = format(source);
    assert.equal(format(once), once);
    assert.equal(format("obligation   x {\n title \"X\"\n  cite \"1\" group \"G\"\n require   true\n}\n"),
      format(format("obligation   x {\n title \"X\"\n  cite \"1\" group \"G\"\n require   true\n}\n")));
  });

  t("limits: defaults readable, lowered for a rule set and kept by it", () => {
    const names = [
      "max_source_bytes", "max_files", "max_depth", "max_obligations", "max_expanded_nodes",
      "max_expanded_depth", "max_list_len", "max_explanation_nodes", "max_evaluation_steps",
    ];
    const defaults = lexpact.defaultLimits();
    assert.deepEqual(Object.keys(defaults), names);
    for (const name of names) assert.ok(Number.isInteger(defaults[name]) && defaults[name] > 0, name);
    assert.equal(defaults.max_depth, 32);
    assert.equal(Object.getPrototypeOf(defaults), Object.prototype, "a plain object");
    defaults.max_depth = 1;
    assert.equal(lexpact.defaultLimits().max_depth, 32, "a copy each time");

    // Without options, or with empty ones, the defaults: as before limits were options.
    for (const options of [undefined, null, {}, { limits: undefined }, { limits: null }, { limits: {} }]) {
      const rules = RuleSet.compile(quickstart, options);
      assert.deepEqual(rules.limits, lexpact.defaultLimits());
      rules.free();
      assert.deepEqual(check(quickstart, options), []);
    }
    const rio = RuleSet.library("rio", { limits: { max_list_len: 1, max_depth: 16 } });
    assert.deepEqual(rio.limits, { ...lexpact.defaultLimits(), max_list_len: 1, max_depth: 16 });

    // A limit lowered below what a small input needs: the error names the limit.
    let d = lexpactError(lexpact, () => RuleSet.compile(quickstart, { limits: { max_obligations: 1 } }), "E0212");
    assert.match(d[0].message, /max_obligations/);
    d = check(quickstart, { limits: { max_obligations: 1 } });
    assert.equal(d.length, 1);
    assert.equal(d[0].code, "E0212");
    assert.match(d[0].message, /max_obligations/);
    d = lexpactError(lexpact, () => RuleSet.compile(quickstart, { limits: { max_depth: 3 } }), "E0002");
    assert.match(d[0].message, /max_depth/);
    assert.equal(d[0].file, "rules.lex");
    d = lexpactError(lexpact, () => RuleSet.library("rio", { limits: { max_source_bytes: 20000 } }), "E0003");
    assert.match(d[0].message, /max_source_bytes/);

    // The rule set evaluates profiles under the limits it was compiled with.
    d = lexpactError(lexpact, () => rio.evaluate(borealis), "E0303");
    assert.match(d[0].message, /max_list_len/);
    rio.free();
    assert.equal(RuleSet.library("rio").evaluate(borealis).results.length, 74);
  });

  t("limits: a bad limits object is a LexpactError E0306 naming the problem", () => {
    let d = lexpactError(lexpact, () => RuleSet.compile(quickstart, { limits: { max_dept: 16 } }), "E0306");
    assert.match(d[0].message, /max_dept\b.*did you mean `max_depth`/);
    d = lexpactError(lexpact, () => check(quickstart, { limits: { maxDepth: 16 } }), "E0306");
    assert.match(d[0].message, /maxDepth/);
    d = lexpactError(lexpact, () => RuleSet.library("rio", { limits: { nope: 1 } }), "E0306");
    assert.match(d[0].message, /nope/);
    for (const bad of ["16", -1, 1.5, null, true, [16], { n: 16 }, 2 ** 64]) {
      d = lexpactError(lexpact, () => RuleSet.compile(quickstart, { limits: { max_depth: bad } }), "E0306");
      assert.match(d[0].message, /max_depth.*whole number/, JSON.stringify(bad));
    }
    lexpactError(lexpact, () => RuleSet.compile(quickstart, { limits: { max_depth: 16n } }), "E0306");
    for (const bad of [16, "max_depth=16", [{ max_depth: 16 }], true]) {
      d = lexpactError(lexpact, () => RuleSet.library("rio", { limits: bad }), "E0306");
      assert.match(d[0].message, /the limits must be an object/);
    }
    // Above the depth the engine recurses safely: the code and words of every binding and the CLI.
    d = lexpactError(lexpact, () => RuleSet.library("rio", { limits: { max_depth: 65 } }), "E0306");
    assert.equal(d[0].message, "max_depth = 65 is more than 64, the most the engine recurses safely");
    d = lexpactError(lexpact, () => check(quickstart, { limits: { max_expanded_depth: 1000 } }), "E0306");
    assert.match(d[0].message, /max_expanded_depth/);
    d = lexpactError(lexpact, () => format("obligation x {}\n", "x.lex", { limits: { max_depth: 65 } }), "E0306");
    assert.match(d[0].message, /max_depth/);
    // A whole number past what WebAssembly addresses is taken as the most it addresses.
    const patient = RuleSet.library("icmec", { limits: { max_evaluation_steps: 2 ** 53 } });
    assert.equal(patient.limits.max_evaluation_steps, 2 ** 32 - 1);
    patient.free();
    // The options themselves.
    for (const bad of [5, "rio", [], true]) lexpactError(lexpact, () => RuleSet.compile(quickstart, bad), "E0306");
    d = lexpactError(lexpact, () => RuleSet.library("rio", { limit: { max_depth: 16 } }), "E0306");
    assert.match(d[0].message, /unknown field `limit`/);
    // Limits belong to the rule set, not to one evaluation.
    const rio = RuleSet.library("rio");
    lexpactError(lexpact, () => rio.evaluate(borealis, { limits: { max_depth: 4 } }), "E0306");
    assert.equal(rio.evaluate(borealis).results.length, 74);
    rio.free();
  });

  t("format takes the limits compiling takes", () => {
    let deep = "true";
    for (let i = 0; i < 20; i++) deep = `not (a${i} and ${deep})`;
    const rule = `obligation x {\n  title "T"\n  cite "c"\n  group "g"\n  require ${deep}\n}\n`;
    lexpactError(lexpact, () => format(rule), "E0002");
    assert.equal(format(rule, "deep.lex", { limits: { max_depth: 64 } }), rule);
    assert.equal(format(rule, undefined, { limits: { max_depth: 64 } }), rule);
    lexpactError(lexpact, () => format(rule, "deep.lex", { limits: { max_source_bytes: 10 } }), "E0003");
    // Past the 1 MiB a file once had to fit in, within the default 4 MiB.
    const big = `${"# a comment of the file\n".repeat(100000)}\n${rule}`;
    assert.ok(big.length > 2 << 20);
    assert.ok(format(big, "big.lex", { limits: { max_depth: 64 } }).length > 2 << 20);
  });

  // Errors.

  t("bad rules: syntax and checking errors", () => {
    let d = lexpactError(lexpact, () => RuleSet.compile([{ name: "a.lex", source: "obligation x {" }]));
    assert.equal(d[0].file, "a.lex");
    assert.ok(d[0].line >= 1);
    d = lexpactError(lexpact, () => RuleSet.compile([]), "E0213");
    lexpactError(lexpact, () => format("obligation {", "bad.lex"));
    assert.equal(lexpactError(lexpact, () => format("obligation {", "bad.lex"))[0].file, "bad.lex");
    lexpactError(lexpact, () => RuleSet.compile([{ name: "a.lex", source: "schema \"nowhere.json\"\n" }]));
  });

  t("bad rules: nesting and size limits", () => {
    const deep = `obligation x {\n title "X"\n cite "1"\n group "G"\n require ${"(".repeat(5000)}true${")".repeat(5000)}\n}\n`;
    lexpactError(lexpact, () => RuleSet.compile([{ name: "deep.lex", source: deep }]));
    const nots = `obligation x {\n title "X"\n cite "1"\n group "G"\n require ${"not ".repeat(20000)}true\n}\n`;
    lexpactError(lexpact, () => RuleSet.compile([{ name: "nots.lex", source: nots }]));
    const big = "# " + "x".repeat(5 << 20) + "\n";
    lexpactError(lexpact, () => RuleSet.compile([{ name: "big.lex", source: big }]));
  });

  t("bad profiles: not JSON, not YAML, not the schema's shape, too deep, too big", () => {
    const rio = RuleSet.library("rio");
    const d = lexpactError(lexpact, () => rio.evaluate('{"as_of": "2024-01-01",', { name: "p.json" }), "E0301");
    assert.equal(d[0].file, "p.json");
    assert.ok(d[0].line >= 1);
    lexpactError(lexpact, () => rio.evaluate("a: [b\n", { name: "p.yaml" }), "E0301");
    lexpactError(lexpact, () => rio.evaluate({ as_of: "2024-01-01", treaties: 5 }));
    lexpactError(lexpact, () => rio.evaluate([1, 2]));
    lexpactError(lexpact, () => rio.evaluate("null"));
    lexpactError(lexpact, () => rio.evaluate({}), "E0302");
    const undated = JSON.parse(borealis);
    delete undated.as_of;
    lexpactError(lexpact, () => rio.evaluate(undated), "E0304");
    assert.equal(rio.evaluate(undated, { asOf: "2024-06-30" }).as_of, "2024-06-30");
    lexpactError(lexpact, () => rio.evaluate({ as_of: "2024-13-45" }));
    let deep = {};
    for (let i = 0; i < 5000; i++) deep = { a: deep };
    lexpactError(lexpact, () => rio.evaluate(deep));
    lexpactError(lexpact, () => rio.evaluate("[".repeat(100000)));
    lexpactError(lexpact, () => rio.evaluate("- ".repeat(100000) + "x"));
    lexpactError(lexpact, () => rio.evaluate(" ".repeat(5 << 20) + "{}"), "E0303");
    rio.free();
  });

  t("wrong argument types", () => {
    const rio = RuleSet.library("rio");
    for (const bad of [undefined, null, 42, "rules", { name: "a.lex", source: "" }, [null], [{ name: 1, source: "" }], [{ name: "a.lex" }], [{ name: "a.lex", source: 5 }]]) {
      lexpactError(lexpact, () => RuleSet.compile(bad), "E0306");
      lexpactError(lexpact, () => check(bad), "E0306");
    }
    for (const bad of [undefined, null, 42, {}, ["rio"]]) lexpactError(lexpact, () => RuleSet.library(bad), "E0306");
    lexpactError(lexpact, () => RuleSet.library("nope"), "E0213");
    for (const bad of [undefined, 42, true, () => 1, Symbol("p"), 10n]) lexpactError(lexpact, () => rio.evaluate(bad), "E0302");
    const cycle = { as_of: "2024-01-01" };
    cycle.self = cycle;
    lexpactError(lexpact, () => rio.evaluate(cycle), "E0302");
    lexpactError(lexpact, () => rio.evaluate({ as_of: "2024-01-01", n: 10n }), "E0302");
    for (const bad of ["2024-06-30", 5, [], true]) lexpactError(lexpact, () => rio.evaluate(borealis, bad), "E0306");
    lexpactError(lexpact, () => rio.evaluate(borealis, { as_of: "2024-06-30" }), "E0306");
    lexpactError(lexpact, () => rio.evaluate(borealis, { asOf: 20240630 }), "E0306");
    lexpactError(lexpact, () => rio.evaluate(borealis, { asOf: "30/06/2024" }), "E0304");
    lexpactError(lexpact, () => rio.evaluateJson(borealis, { name: 7 }), "E0306");
    for (const bad of [undefined, null, 42, {}, ["x"]]) lexpactError(lexpact, () => format(bad), "E0306");
    lexpactError(lexpact, () => format("obligation x {}", 42), "E0306");
    for (const bad of [5, "x", [], { limit: {} }]) lexpactError(lexpact, () => format("obligation x {}", "x.lex", bad), "E0306");
    // After all of that, the module still works.
    assert.equal(rio.evaluate(borealis).results.length, 74);
    rio.free();
  });

  t("truncated and garbled rule files give diagnostics, never a crash", () => {
    const source = read("core/library/rio/c2.lex");
    let diagnostics = 0;
    for (let cut = 0; cut < source.length; cut += 211) {
      const files = [{ name: "c2.lex", source: source.slice(0, cut) }];
      diagnostics += check(files).length;
      try {
        RuleSet.compile(files).free();
      } catch (e) {
        assert.ok(e instanceof lexpact.LexpactError, `cut ${cut}: ${e}`);
      }
      const garbled = source.slice(0, cut) + "\u{1F600}(]}\"" + source.slice(cut + 7);
      for (const d of check([{ name: "c2.lex", source: garbled }])) assert.equal(typeof d.code, "string");
    }
    assert.ok(diagnostics > 0);
  });

  t("truncated profiles give diagnostics, never a crash", () => {
    const rio = RuleSet.library("rio");
    for (let cut = 0; cut < borealis.length; cut += 97) {
      try {
        rio.evaluate(borealis.slice(0, cut));
      } catch (e) {
        assert.ok(e instanceof lexpact.LexpactError, `cut ${cut}: ${e}`);
      }
    }
    rio.free();
  });
}

test("both builds throw the class their module exports, and agree", () => {
  assert.notEqual(builds.node.LexpactError, builds.web.LexpactError);
  const a = builds.node.RuleSet.library("rio").evaluateJson(borealis);
  const b = builds.web.RuleSet.library("rio").evaluateJson(borealis);
  assert.equal(a, b);
});
