// A small program written against the package's TypeScript declarations, checked with
// `tsc --noEmit -p tests` (the declarations are generated from the engine's Rust types).
// Lines marked @ts-expect-error prove that the types are precise, not `any`.
import nodeInit, {
  RuleSet,
  LexpactError,
  check,
  defaultLimits,
  format,
  libraries,
  type CompileOptions,
  type Detail,
  type Diagnostic,
  type EvaluateOptions,
  type ExplainOptions,
  type ExceptionReview,
  type InForce,
  type JurisdictionInfo,
  type JurisdictionResult,
  type JurisdictionTally,
  type Limits,
  type MetOnBasis,
  type NotApplicableReason,
  type ObligationInfo,
  type ObligationResult,
  type RangeCount,
  type Report,
  type ReviewStatus,
  type SourceFile,
  type TestRun,
  type Verdict,
} from "lexpact";
// What bundlers and browsers get for "lexpact" (the `default` condition: the web build's glue).
import init, { RuleSet as WebRuleSet, initSync } from "lexpact-in-browsers";
import type { Effect, FactType, Questions, QuestionsOptions } from "lexpact";

declare const profileText: string; // JSON or YAML text

const rio: RuleSet = RuleSet.library("rio");
const options: EvaluateOptions = { asOf: "2024-06-30", name: "borealis.json" };
const report: Report = rio.evaluate(profileText, options);
const fromObject: Report = rio.evaluate({ as_of: "2024-06-30" });
const json: string = rio.evaluateJson({ as_of: "2024-06-30" }, { asOf: "2024-06-30" });

const colour: Record<Verdict, string> = {
  met: "green",
  partially_met: "yellow",
  not_met: "red",
  unknown: "grey",
  not_applicable: "white",
};
for (const result of report.results) {
  const r: ObligationResult = result;
  // The obligation's own fields are those of the result (flattened in the JSON).
  const id: string = r.id;
  const group: string = r.group;
  const text: string = r.text;
  // Absent when the obligation has none.
  const indicators: string[] | undefined = r.indicators;
  const amendments: string[] | undefined = r.amendments;
  // @ts-expect-error the indicators are strings (`icmec:1`), not numbers
  const wrong: number[] | undefined = r.indicators;
  const line: string = `${colour[r.verdict]} ${r.cite} ${r.title} ${r.missing.join(", ")}`;
  void [id, group, text, indicators, amendments, wrong];
  const due: string | undefined = r.deadline.due;
  const status: "none" | "not_due" | "on_time" | "late" | "overdue" | "unknown" = r.deadline.status;
  const inWindow: boolean | undefined = r.deadline.in_window;
  const missingStatus: string[] | undefined = r.missing_status;
  void [inWindow, missingStatus];
  for (const clause of r.explanation) {
    const label: string = `${clause.clause}: ${clause.expr} = ${String(clause.value)} (${clause.known})`;
    void label;
  }
  for (const fact of r.facts) void [fact.pointer, fact.status, fact.value, fact.note];
  // Where a fact comes from: the envelope's `source`, then each of its `sources` (absent when none).
  const sources: unknown[] = r.facts.flatMap((fact) => fact.sources ?? []);
  // What an unknown verdict could still become, and why an obligation does not apply.
  const range: Verdict[] = r.range ?? [];
  const reason: NotApplicableReason | undefined = r.reason;
  const review: ExceptionReview | undefined = r.exception?.review;
  const reviewStatus: ReviewStatus | undefined = review?.status;
  void [line, due, status, r.exception?.justification, r.weight.toFixed(1), sources, range, reason, review?.by, reviewStatus];
}
const total: number = report.summary.total + report.groups[0].counts.met;
const excused: number = report.summary.not_applicable_exception + report.summary.not_applicable_applies_when;
const ranges: RangeCount[] = report.summary.ranges ?? [];
// Optional in the type: a report written before bullets were counted has none.
const bullets: number = (report.summary.bullets?.total ?? 0) + (report.groups[0].counts.bullets?.unknown ?? 0);
const notAssessed: number = report.summary.missing_by_status?.["not_assessed"] ?? 0;
void [bullets, notAssessed];
const couldBeMet: number = ranges.filter((c) => c.range.includes("met")).reduce((n, c) => n + c.count, 0);

// Verdicts first (no facts read, no explanations), then one obligation explained on demand.
const detail: Detail = "verdicts";
const table: Report = rio.evaluate(profileText, { ...options, detail });
const fullAgain: string = rio.evaluateJson(profileText, { detail: "full" });
const explainOptions: ExplainOptions = { asOf: "2024-06-30", name: "borealis.json" };
const explained: ObligationResult = rio.explain(profileText, table.results[0].id, explainOptions);
const byObject: ObligationResult = rio.explain({ as_of: "2024-06-30" }, "some_id");
const tree: string = `${explained.id} ${explained.title}: ${explained.explanation[0]?.expr} ${explained.facts.length}`;
void [fullAgain, byObject, tree];
const state: string | undefined = report.profile.state;

const obligations: ObligationInfo[] = rio.obligations();
const firstDue: string | undefined = obligations[0].deadline?.due;
const crosswalk: string[] | undefined = obligations[0].indicators;
void crosswalk;
const run: TestRun = rio.test();
const failures: string[] = run.results.flatMap((t) => t.failures);
const warnings: Diagnostic[] = rio.warnings;

const files: SourceFile[] = [{ name: "rules.lex", source: "obligation x {}" }];
const diagnostics: Diagnostic[] = check(files);
for (const d of diagnostics) {
  const where: string = `${d.file}:${d.line}:${d.column} [${d.span.start}, ${d.span.end})`;
  const severity: "error" | "warning" = d.severity;
  const help: string | undefined = d.help;
  void [where, severity, help, d.code, d.message];
}
const formatted: string = format("obligation x {}", "x.lex");
const formattedDeep: string = format("obligation x {}", undefined, { limits: { max_depth: 64 } });

// Limits: every one readable as a number; some of them given, the others default.
const defaults: Required<Limits> = defaultLimits();
const depth: number = defaults.max_depth + defaults.max_evaluation_steps;
const limits: Limits = { max_depth: 16, max_list_len: 1_000 };
const compileOptions: CompileOptions = { limits };
const limited: RuleSet = RuleSet.compile(files, compileOptions);
const kept: number = limited.limits.max_list_len;
const rioLimited = RuleSet.library("rio", { limits: { max_explanation_nodes: 100 } });
const checked: Diagnostic[] = check(files, { limits: { max_obligations: 10 } });
void [RuleSet.compile(files, {}), RuleSet.library("rio", undefined), check(files, null)];
const libraryFiles: SourceFile[] = libraries()[0].files;

try {
  RuleSet.compile(files);
} catch (e) {
  if (e instanceof LexpactError) {
    const first: Diagnostic | undefined = e.diagnostics[0];
    const asError: Error = e;
    void [first, asError.message, e.name];
  }
}

async function inBrowser(): Promise<void> {
  await nodeInit(); // Node's entry: a no-op, so code written for browsers runs there too
  await init();
  initSync({ module: new Uint8Array() });
  const rules = WebRuleSet.library("rio");
  const r: Report = rules.evaluate("{}", { asOf: "2024-01-01" });
  void r;
  rules.free();
}

// @ts-expect-error: not a verdict
const wrongVerdict: Verdict = "passed";
// @ts-expect-error: options are { asOf?, name? }
rio.evaluate("{}", { as_of: "2024-01-01" });
// @ts-expect-error: detail is "full" or "verdicts"
rio.evaluate("{}", { detail: "summary" });
// @ts-expect-error: an explanation is always full: explain has no detail option
rio.explain("{}", "x", { detail: "verdicts" });
// @ts-expect-error: the obligation id is a string
rio.explain("{}", 3);
// @ts-expect-error: a result has no field `obligation` (its fields are flattened)
void report.results[0].obligation;
// @ts-expect-error: no limit is called max_dept
RuleSet.compile(files, { limits: { max_dept: 16 } });
// @ts-expect-error: a limit is a number
check(files, { limits: { max_depth: "16" } });
// @ts-expect-error: the limits of a rule set are its own, not an option of an evaluation
rio.evaluate("{}", { limits: { max_depth: 16 } });
// @ts-expect-error: the limits of a rule set cannot be changed
limited.limits = defaults;
// @ts-expect-error: sources are { name, source }
RuleSet.compile([{ name: "a.lex", text: "" }]);
// @ts-expect-error: a report has no such field
void report.verdicts;
// @ts-expect-error: a fact has `sources`, a list, not `source`
void report.results[0].facts[0].source;
// @ts-expect-error: a not-applicable reason is "applies_when" or "exception"
const wrongReason: NotApplicableReason = "exempt";
// @ts-expect-error: a review is "accepted", "contested", "pending" or "unreviewed"
const wrongReview: ReviewStatus = "approved";
// @ts-expect-error: line is a number
const lineText: string = diagnostics[0].line;

void [fromObject, json, total, state, firstDue, failures, warnings, formatted, formattedDeep, libraryFiles, inBrowser, wrongVerdict, lineText];
void [depth, kept, checked, excused, couldBeMet, wrongReason, wrongReview];
rio.free();
limited.free();
rioLimited.free();

// A federal State: the units the profile names, each unit's result of an obligation evaluated
// in each jurisdiction and their tally; a fact read from its history; where a met-on date
// comes from.
const units: JurisdictionInfo[] = report.profile.jurisdictions ?? [];
const unitLevels: (string | undefined)[] = units.map((u) => u.level);
for (const result of report.results) {
  const perUnit: JurisdictionResult[] = result.jurisdictions ?? [];
  const unitLines: string[] = perUnit.map((u) => `${u.name}: ${u.verdict} ${u.missing.join(", ")} ${u.deadline.status}`);
  const tally: JurisdictionTally | undefined = result.tally;
  const metIn: string = tally ? `met in ${tally.met} of ${tally.applicable} jurisdictions` : "";
  const periods: (InForce | undefined)[] = result.facts.map((f) => f.in_force);
  const since: string | undefined = periods[0]?.from;
  const basis: MetOnBasis | undefined = result.deadline.met_on_basis;
  void [unitLines, metIn, since, basis];
}
// @ts-expect-error: a met-on basis is "clause", "history", "history_at_the_latest" or "jurisdictions"
const wrongBasis: MetOnBasis = "computed";
// @ts-expect-error: a tally's counts are numbers
const wrongTally: JurisdictionTally = { applicable: "4", met: 2, partially_met: 0, not_met: 1, unknown: 1, not_applicable: 0 };
void [unitLevels, wrongBasis, wrongTally];

// The missing facts, most decisive first: what a form asks next.
const questionsOptions: QuestionsOptions = { asOf: "2024-06-30", name: "borealis.json" };
const asked: Questions = rio.questions(profileText, questionsOptions);
const next: string = asked.questions[0].pointer;
const decides: number = asked.questions[0].decides;
const askedType: FactType = asked.questions[0].type;
const effects: Effect[] = asked.questions[0].obligations.map((o) => o.effect);
// @ts-expect-error: `detail` is no option of `questions`
rio.questions(profileText, { detail: "full" });
const askedStatus: string = asked.questions[0].status;
void [askedStatus, next, decides, askedType, effects, asked.questions[0].description, asked.questions[0].allowed];
