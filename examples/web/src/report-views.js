// The views under the editors, one open at a time: the report (report.js), the guided profile
// (questions.js), the compliance matrix of the example profiles and this one, and the diff of
// this profile against another (the CLI's own HTML pages, rendered by the engine, shown by
// views.js); and the downloads of the report. main.js calls `update` after each evaluation.
import { renderReport } from "./report.js";
import { renderQuestions, setFact } from "./questions.js";
import { showHtmlDocument, download } from "./views.js";

export const VIEWS = ["report", "questions", "matrix", "diff"];

// The guided profile (the questions: up to 35 ms on a federal profile), the matrix and the diff
// (several profiles evaluated with their explanations) are brought up to date once the typing
// stops, not at every keystroke; at once when the view opens or a question is answered.
const SETTLE_MS = 400;

/**
 * `engine`: the module's API (`matrixHtml`, `reportCsv`, `diffHtml`). `examples`: the example
 * profiles `{ name, text }`. `initial`: the view open first. `onViewChange(view)`, so the page
 * keeps it in its state. `onAnswer(text)`: the profile's new text once a question is answered.
 */
export function createReportViews({ engine, examples, initial, onViewChange, onAnswer, announce }) {
  const $ = (selector) => document.querySelector(selector);
  const tabs = [...document.querySelectorAll("#views [role=tab]")];
  const message = $("#report-message");
  let view = VIEWS.includes(initial) ? initial : "report";
  /** The rule set, profile and options of the last evaluation; null when there was none. */
  let current = null;
  let titles = null;
  let titlesOf = null;
  let settle = 0;
  // Whether the next update of those views runs at once rather than once the typing stops.
  let now = true;
  // What the matrix and diff frames show, so an unchanged input is not rendered again.
  let matrixKey = "";
  let diffKey = "";

  const baseSelect = $("#diff-base");
  for (const e of examples) baseSelect.append(new Option(e.name, e.name));
  baseSelect.addEventListener("change", () => {
    now = true;
    refresh();
  });

  function select(next, focus = false) {
    view = next;
    now = true;
    for (const tab of tabs) {
      const on = tab.dataset.view === view;
      tab.setAttribute("aria-selected", String(on));
      tab.tabIndex = on ? 0 : -1;
      document.getElementById(tab.getAttribute("aria-controls")).hidden = !on;
      if (on && focus) tab.focus();
    }
    onViewChange(view);
    refresh();
  }
  for (const tab of tabs) {
    tab.addEventListener("click", () => select(tab.dataset.view));
    // Arrows, Home and End move between the tabs (the tabs pattern of WAI-ARIA).
    tab.addEventListener("keydown", (event) => {
      const at = tabs.indexOf(tab);
      const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      select(tabs[(to + tabs.length) % tabs.length].dataset.view, true);
    });
  }

  /** The profiles of the matrix: the examples, and this one unless it is one of them. */
  function matrixProfiles() {
    const same = examples.some((e) => e.text === current.text);
    return same ? examples : [...examples, { name: current.name || "your profile", text: current.text }];
  }

  /** The open view, unless it is the report (which `update` renders at once). */
  function refreshSlow() {
    if (!current) return;
    const { rules, text, name, options } = current;
    const asOf = options.asOf ? { asOf: options.asOf } : {};
    if (view === "questions") {
      if (titlesOf !== rules) {
        titlesOf = rules;
        titles = new Map(rules.obligations().map((o) => [o.id, o.title]));
      }
      renderQuestions($("#questions-panel"), rules.questions(text, options), {
        titles,
        onAnswer: ({ pointer, value, source }) => {
          try {
            now = true;
            onAnswer(setFact(current.text, pointer, value, source));
          } catch (e) {
            announce(`The answer could not be written: ${e.message}`);
          }
        },
      });
    } else if (view === "matrix") {
      const key = JSON.stringify([current.generation, text, asOf]);
      if (key === matrixKey) return;
      matrixKey = key;
      showHtmlDocument($("#matrix-panel .frame"), engine.matrixHtml(rules, matrixProfiles(), asOf), "Compliance matrix of the example profiles and yours");
    } else if (view === "diff") {
      const base = examples.find((e) => e.name === baseSelect.value) ?? examples[0];
      const key = JSON.stringify([current.generation, text, asOf, base.name]);
      if (key === diffKey) return;
      diffKey = key;
      const after = { name: name || "your profile", text };
      showHtmlDocument($("#diff-panel .frame"), engine.diffHtml(rules, base, after, asOf), `Changes from ${base.name} to ${after.name}`);
    }
  }

  function refresh() {
    clearTimeout(settle);
    if (!current || view === "report") return;
    settle = setTimeout(refreshSlow, now ? 0 : SETTLE_MS);
    now = false;
  }

  /** The report as a file: `kind` is json (the CLI's `--format json`), csv or html (the matrix
   * of this profile alone). */
  function save(kind) {
    if (!current) {
      announce("There is no report to download: fix the rules or the profile first");
      return;
    }
    const { rules, text, name, options } = current;
    const stem = (name || "profile").replace(/\.[^.]*$/, "") || "profile";
    const profiles = [{ name: name || "profile", text }];
    const asOf = options.asOf ? { asOf: options.asOf } : {};
    if (kind === "json") download(`${stem}.report.json`, "application/json", rules.evaluateJson(text, options));
    else if (kind === "csv") download(`${stem}.report.csv`, "text/csv", engine.reportCsv(rules, profiles, asOf));
    else download(`${stem}.report.html`, "text/html", engine.matrixHtml(rules, profiles, asOf));
    announce(`The report is downloaded as ${kind.toUpperCase()}`);
  }
  for (const kind of ["json", "csv", "html"]) $(`#download-${kind}`).addEventListener("click", () => save(kind));

  let generation = 0;
  select(view);
  return {
    get view() {
      return view;
    },
    /** After an evaluation: `report` with `rules`, the profile's `text` and `name`, and the
     * `options` it was evaluated with; `report` null with a `note` when there is none. */
    update({ rules, report, text, name, options, explain, note }) {
      if (!report) {
        current = null;
        message.textContent = note;
        message.hidden = false;
        $("#report-panel").replaceChildren();
        return;
      }
      message.hidden = true;
      // A new rule set (the rules were edited) is another matrix even for the same profile.
      if (current?.rules !== rules) generation += 1;
      current = { rules, text, name, options, generation };
      renderReport($("#report-panel"), report, { explain });
      refresh();
    },
  };
}
