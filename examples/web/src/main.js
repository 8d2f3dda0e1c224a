// The Lexpact playground: the Rio library's rules and a State's profile in two editors, the
// report below, all computed in the page by the WebAssembly engine. main.js wires the parts:
// the engine (engine.js), the editors (rules-editor.js, profile-editor.js), the state kept in
// the browser (state.js) and the views of the report (report-views.js: the report, the guided
// profile, the matrix, the diff, the downloads).
import { loadEngine, MARKS } from "./engine.js";
import { loadState, saveState, shareState } from "./state.js";
import { listDiagnostics, byteRange } from "./diagnostics-list.js";
import { createReportViews } from "./report-views.js";
import { emptyProfile } from "./questions.js";
import { EXAMPLES } from "./examples.js";

const $ = (selector) => document.querySelector(selector);
const LIBRARY = "rio";

const engine = await loadEngine();
const { RuleSet, LexpactError } = engine;
const library = engine.libraries().find((l) => l.name === LIBRARY);
const { state: saved, where } = await loadState();

/** Announces `text` in the page's live region, for screen readers. */
function announce(text) {
  const region = $("#announce");
  region.textContent = "";
  // A change of text is what a live region announces: clear first so a repeat is read too.
  requestAnimationFrame(() => (region.textContent = text));
}

function setStatus(text, kind = "") {
  const status = $("#status");
  status.textContent = text;
  status.className = `status ${kind}`;
}

// The language service, once its module is there (the editors work without it meanwhile).
let service = null;

const libraryText = new Map(library.files.map((f) => [f.name, f.source]));
const example = EXAMPLES.find((e) => e.name === "borealis.json") ?? EXAMPLES[0];
let profileName = saved?.profile?.name ?? example.name;
// The texts until the editors hold them: the editors are created once the first report is
// painted (they cost more than evaluating).
const initialFiles = library.files.map((f) => ({ name: f.name, text: saved?.rules[f.name] ?? f.source }));
const initialProfile = saved?.profile?.text ?? example.text;
let rulesEditor = null;
let profileEditor = null;
const ruleFiles = () => rulesEditor?.files() ?? initialFiles;
const profileText = () => profileEditor?.text ?? initialProfile;

const select = $("#example");
for (const e of EXAMPLES) select.append(new Option(e.name, e.name));
select.value = EXAMPLES.some((e) => e.name === profileName) ? profileName : "";

/** The editors: CodeMirror and the `.lex` grammar come in a chunk of their own (editors.js),
 * fetched after the first report is painted, so that the first verdict does not wait for them. */
async function createEditors() {
  const { createRulesEditor, createProfileEditor } = await import("./editors.js");
  rulesEditor = createRulesEditor({
    tabs: $("#tabs"),
    parent: $("#rules-editor"),
    files: initialFiles,
    service: () => service,
    onChange: () => {
      rulesChanged = true;
      edited();
    },
    // The file shown is part of the state kept.
    onOpen: () => edited(),
    announce,
  });
  // The first file with obligations (rio.lex holds the schema and the shared definitions).
  rulesEditor.open(saved?.file ?? library.files.find((f) => f.name.endsWith("/c1.lex"))?.name ?? library.files[0].name);
  profileEditor = createProfileEditor({
    parent: $("#profile-editor"),
    text: initialProfile,
    // The service reads YAML when the name says so.
    name: () => (/\.ya?ml$/i.test(profileName) ? "profile.yaml" : "profile.json"),
    service: () => service,
    onChange: () => edited(),
  });
  select.addEventListener("change", () => {
    const chosen = EXAMPLES.find((e) => e.name === select.value);
    if (!chosen) return;
    profileName = chosen.name;
    profileEditor.text = chosen.text;
  });
  $("#format").addEventListener("click", () => rulesEditor.format());
  // A new profile with nothing in it: the guided profile fills it in, question by question.
  $("#new-profile").addEventListener("click", () => {
    select.value = "";
    profileName = "profile.json";
    profileEditor.text = emptyProfile("", asOf.value || new Date().toISOString().slice(0, 10));
    announce("A new empty profile: answer the guided profile's questions to fill it in");
  });
  // The editors, for scripts driving the page (the browser tests place the cursor with them).
  window.__playground = { rulesView: rulesEditor.view, profileView: profileEditor.view, text: (name) => rulesEditor.text(name) };
}

// The view open under the editors (report, guided profile, matrix, diff).
let view = saved?.view ?? "report";
const views = createReportViews({
  engine,
  examples: EXAMPLES,
  initial: view,
  onViewChange: (next) => {
    if (next === view) return;
    view = next;
    changed = started;
    persist();
  },
  // A question answered: the profile editor takes the new text (and re-evaluates).
  onAnswer: (text) => {
    if (!profileEditor) return;
    select.value = "";
    profileName = "profile.json";
    profileEditor.text = text;
  },
  announce,
});
const asOf = $("#as-of");
asOf.value = saved?.asOf ?? "";
asOf.addEventListener("input", () => edited());
$("#share").addEventListener("click", async () => {
  const link = await shareState(currentState());
  let copied = false;
  try {
    await navigator.clipboard.writeText(link);
    copied = true;
  } catch {
    // No clipboard permission: the link is in the address bar all the same.
  }
  announce(copied ? "Link copied: it is also in the address bar" : "The link is in the address bar");
});

// Rules: the rule set of the files as they are, recompiled when they change.
let rules = null;
let rulesChanged = true;
let rulesDiagnostics = [];

function changedRules() {
  const out = {};
  for (const f of ruleFiles()) if (f.text !== libraryText.get(f.name)) out[f.name] = f.text;
  return out;
}

function currentState() {
  return {
    rules: changedRules(),
    profile: { name: profileName, text: profileText() },
    asOf: asOf.value,
    view,
    file: rulesEditor?.current() ?? saved?.file,
  };
}

/** Keeps the state in localStorage when the page is idle (not in a keystroke's frame). */
let persisting = false;
function persist() {
  if (persisting) return;
  persisting = true;
  const save = () => {
    persisting = false;
    saveState(currentState());
  };
  if (typeof requestIdleCallback === "function") requestIdleCallback(save, { timeout: 1000 });
  else setTimeout(save, 0);
}
// A page closed before it was idle keeps its last edit all the same.
addEventListener("pagehide", () => {
  if (persisting) {
    persisting = false;
    saveState(currentState());
  }
});

/** Compiles the rules when they changed; the diagnostics come from the service when it is
 * loaded (with lints and fixes), else from the engine's checker. */
function compileRules() {
  if (!rulesChanged) return;
  rulesChanged = false;
  const files = ruleFiles();
  const edited = Object.keys(changedRules()).length > 0;
  if (service) {
    const all = service.diagnostics();
    rulesEditor?.showDiagnostics(all);
    // The list shows errors and warnings; hints ("info") are in the editor only.
    rulesDiagnostics = all.flatMap((f) => f.diagnostics.filter((d) => d.level !== "info").map((d) => ({ ...d.diagnostic, severity: d.level })));
  } else {
    rulesDiagnostics = edited ? engine.check(files.map((f) => ({ name: f.name, source: f.text }))).map((d) => ({ ...d, ...byteRange(files, d) })) : [];
  }
  rules?.free();
  rules = null;
  if (!rulesDiagnostics.some((d) => d.severity === "error")) {
    try {
      rules = edited ? RuleSet.compile(files.map((f) => ({ name: f.name, source: f.text }))) : RuleSet.library(LIBRARY);
    } catch (e) {
      if (!(e instanceof LexpactError)) throw e;
      rulesDiagnostics = e.diagnostics.map((d) => ({ ...d, ...byteRange(files, d) }));
    }
  }
  listDiagnostics($("#diagnostics"), rulesDiagnostics, files.length, (d) => rulesEditor?.select(d.file, d.span.start, d.span.end));
  $("#diagnostic-count").textContent = `(${rulesDiagnostics.length})`;
}

// Kept in localStorage after the user changes something (opening a shared link alone does
// not replace what this browser kept).
let started = false;
let changed = false;
function edited() {
  if (started) changed = true;
  schedule();
}

/** Runs `fn` once the frame being prepared is painted: called from a frame callback, a
 * message posted then is handled after that frame's rendering. */
function afterPaint(fn) {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => fn();
  channel.port2.postMessage(null);
}

let frame = 0;
/** Re-evaluates at the next frame (one evaluation per frame however many edits). */
function schedule() {
  frame ||= requestAnimationFrame(() => {
    frame = 0;
    update();
  });
}

/** The profile and options of the report shown, to explain one of its rows. */
let shown = null;
let first = true;

function update() {
  const started = performance.now();
  compileRules();
  if (changed) {
    changed = false;
    persist();
  }
  const profileList = $("#profile-diagnostics");
  if (!rules) {
    profileEditor?.showDiagnostics([]);
    profileList.replaceChildren();
    views.update({ report: null, note: "Fix the rules to see a report." });
    $("#report-meta").textContent = "";
    setStatus("The rules have errors", "error");
    return;
  }
  const text = profileText();
  const options = { name: profileName, ...(asOf.value ? { asOf: asOf.value } : {}) };
  let report;
  try {
    // Verdicts only: a row's explanation is asked for when it is opened.
    const evaluating = performance.now();
    report = rules.evaluate(text, { ...options, detail: "verdicts" });
    performance.measure("lexpact:evaluation", { start: evaluating });
  } catch (e) {
    if (!(e instanceof LexpactError)) throw e;
    const diagnostics = e.diagnostics.map((d) => ({ ...d, ...byteRange([{ name: d.file, text }], d, true) }));
    const shownList = profileEditor?.showDiagnostics(diagnostics.map((d) => ({ start: d.span.start, end: d.span.end, severity: d.severity, code: d.code, message: d.message, help: d.help }))) ?? [];
    listDiagnostics(profileList, profileEditor?.hasService() ? shownList.map((d) => ({ ...d, file: profileName, span: { start: d.start, end: d.end } })) : diagnostics, 0, null);
    views.update({ report: null, note: "The profile cannot be evaluated: see its diagnostics." });
    $("#report-meta").textContent = "";
    setStatus("The profile has errors", "error");
    return;
  }
  if (first) performance.mark(MARKS.firstEvaluation);
  const rulesNow = rules;
  shown = { text, options };
  const explain = (id) => rulesNow.explain(shown.text, id, shown.options);
  profileList.replaceChildren();
  const checking = performance.now();
  profileEditor?.showDiagnostics([]);
  performance.measure("lexpact:profile-diagnostics", { start: checking });
  $("#report-meta").textContent = `${report.ruleset.name} · ${report.profile.state ?? report.profile.name} · as of ${report.as_of}`;
  const rendering = performance.now();
  views.update({ rules: rulesNow, report, text, name: profileName, options, explain });
  performance.measure("lexpact:render", { start: rendering });
  setStatus(`${report.results.length} obligations evaluated in ${Math.round(performance.now() - started)} ms`, "ok");
  if (first) {
    first = false;
    performance.mark(MARKS.firstRender);
    requestAnimationFrame(() => afterPaint(() => performance.mark(MARKS.firstVerdict)));
  }
}

// The first verdict: the library compiles now, the report is rendered from the texts.
rules = Object.keys(changedRules()).length ? null : RuleSet.library(LIBRARY);
performance.mark(MARKS.libraryCompiled);
rulesChanged = rules === null;
update();

// Then, once it is painted, the editors, and the language service (the editors' diagnostics,
// completion, hover, definitions).
requestAnimationFrame(() => afterPaint(async () => {
  await createEditors();
  started = true;
  if (where === "link") announce("The state of the shared link is restored");
  else if (where === "storage") announce("Your last session is restored");
  document.body.dataset.ready = "true";
  engine.loadService().then((LanguageService) => {
    const s = LanguageService.library(LIBRARY);
    for (const f of rulesEditor.files()) if (s.text(f.name) !== f.text) s.setFile(f.name, f.text);
    service = s;
    profileEditor.attach();
    rulesChanged = true;
    update();
    document.body.dataset.service = "ready";
  });
}));
