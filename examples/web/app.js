// The Lexpact playground: rules and a profile in, diagnostics and a report out, all in the
// page through the WebAssembly package (no server beyond static files).
import init, { RuleSet, check, format, libraries, LexpactError } from "./pkg/lexpact.js";
import { EXAMPLES } from "./examples.js";

const $ = (selector) => document.querySelector(selector);
const VERDICTS = {
  met: "met",
  partially_met: "partially met",
  not_met: "not met",
  unknown: "unknown",
  not_applicable: "not applicable",
};
// Why an obligation does not apply: [short label, its explanation on hover].
const REASONS = {
  applies_when: ["not concerned", "its applies when condition is false for this State"],
  exception: ["exception accepted", "the State invoked an exception and a review accepted it"],
};

/** A textarea with a line-number gutter and, behind it, the same text with ranges marked. */
class Editor {
  constructor(root, onChange) {
    this.textarea = root.querySelector("textarea");
    this.marks = root.querySelector(".marks");
    this.gutter = root.querySelector(".gutter");
    this.textarea.addEventListener("input", () => {
      this.render([]);
      onChange();
    });
    this.textarea.addEventListener("scroll", () => this.syncScroll());
    this.textarea.addEventListener("keydown", (event) => {
      if (event.key === "Tab" && !event.shiftKey && !event.ctrlKey && !event.metaKey) {
        // Two spaces; Escape then Tab leaves the editor (keyboard users are not trapped).
        if (this.escaped) return;
        event.preventDefault();
        document.execCommand("insertText", false, "  ");
      }
      this.escaped = event.key === "Escape";
    });
  }

  get text() {
    return this.textarea.value;
  }

  set text(value) {
    this.textarea.value = value;
    this.textarea.scrollTop = 0;
    this.render([]);
  }

  /** `ranges`: [{start, end, line, severity}] in UTF-16 offsets of the text. */
  render(ranges) {
    const text = this.textarea.value;
    const lines = text.split("\n").length;
    const bad = new Map();
    for (const r of ranges) if (r.line > 0 && !bad.has(r.line)) bad.set(r.line, r.severity);
    const gutter = [];
    for (let i = 1; i <= lines; i++) {
      const severity = bad.get(i);
      gutter.push(severity ? `<span class="${severity === "error" ? "bad" : "warn"}">${i}</span>` : String(i));
    }
    this.gutter.innerHTML = gutter.join("\n") + "\n\n";
    const sorted = [...ranges].sort((a, b) => a.start - b.start);
    let html = "";
    let at = 0;
    for (const r of sorted) {
      if (r.start < at) continue;
      const end = Math.max(r.end, r.start + 1);
      html += escape(text.slice(at, r.start));
      html += `<mark class="${r.severity}">${escape(text.slice(r.start, end) || " ")}</mark>`;
      at = end;
    }
    this.marks.innerHTML = html + escape(text.slice(at)) + "\n\n";
    this.syncScroll();
  }

  syncScroll() {
    this.marks.scrollTop = this.textarea.scrollTop;
    this.marks.scrollLeft = this.textarea.scrollLeft;
    this.gutter.scrollTop = this.textarea.scrollTop;
  }

  /** Selects a range and scrolls it into view. */
  select(start, end) {
    this.textarea.focus();
    this.textarea.setSelectionRange(start, end);
    const line = this.textarea.value.slice(0, start).split("\n").length;
    const height = parseFloat(getComputedStyle(this.textarea).lineHeight) || 18;
    this.textarea.scrollTop = Math.max(0, (line - 5) * height);
    this.syncScroll();
  }
}

function escape(text) {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** A diagnostic's byte span (UTF-8) as UTF-16 offsets; a whole line when it has no span. */
function range(text, d) {
  if (d.span.end > d.span.start) {
    const bytes = encoder.encode(text);
    const start = decoder.decode(bytes.subarray(0, d.span.start)).length;
    const end = decoder.decode(bytes.subarray(0, d.span.end)).length;
    return { start, end, line: d.line, severity: d.severity };
  }
  if (d.line > 0) {
    const lines = text.split("\n");
    const start = lines.slice(0, d.line - 1).reduce((n, l) => n + l.length + 1, 0);
    const column = Math.max(0, d.column - 1);
    const lineText = lines[d.line - 1] ?? "";
    return { start: start + Math.min(column, lineText.length), end: start + lineText.length, line: d.line, severity: d.severity };
  }
  return null;
}

// State.
await init();
const rio = libraries().find((l) => l.name === "rio");
const files = rio.files.map((f) => ({ ...f }));
let current = 0;
let rules = null;
let rulesKey = null;
// The profile and options of the report shown, to explain one of its rows when it is opened.
let shown = null;
let rulesDiagnostics = [];

const rulesEditor = new Editor($("#rules-editor"), () => {
  files[current].source = rulesEditor.text;
  schedule();
});
const profileEditor = new Editor($("#profile-editor"), () => schedule());

function renderTabs() {
  const tabs = $("#tabs");
  tabs.innerHTML = "";
  files.forEach((file, i) => {
    const tab = document.createElement("button");
    tab.type = "button";
    tab.role = "tab";
    tab.textContent = file.name.replace(/^rio\//, "");
    tab.title = file.name;
    tab.setAttribute("aria-selected", String(i === current));
    tab.classList.toggle("has-error", rulesDiagnostics.some((d) => d.file === file.name && d.severity === "error"));
    tab.addEventListener("click", () => openFile(i));
    tabs.append(tab);
  });
}

function openFile(i) {
  current = i;
  rulesEditor.text = files[i].source;
  renderTabs();
  markRules();
}

function markRules() {
  const name = files[current].name;
  const text = files[current].source;
  rulesEditor.render(rulesDiagnostics.filter((d) => d.file === name).map((d) => range(text, d)).filter(Boolean));
}

function listDiagnostics(list, diagnostics, onPick) {
  list.innerHTML = "";
  for (const d of diagnostics) {
    const item = document.createElement("li");
    item.className = d.severity;
    item.dataset.code = d.code;
    const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file || "input";
    item.innerHTML =
      `<span class="where">${escape(where)}</span> <span class="code">${escape(d.severity)} ${escape(d.code)}</span> ` +
      `${escape(d.message)}${d.help ? `<span class="help">help: ${escape(d.help)}</span>` : ""}`;
    if (onPick) {
      item.tabIndex = 0;
      item.addEventListener("click", () => onPick(d));
      item.addEventListener("keydown", (e) => e.key === "Enter" && onPick(d));
    }
    list.append(item);
  }
}

function pickRuleDiagnostic(d) {
  const i = files.findIndex((f) => f.name === d.file);
  if (i < 0) return;
  if (i !== current) openFile(i);
  const r = range(files[i].source, d);
  if (r) rulesEditor.select(r.start, r.end);
}

let timer = null;
function schedule() {
  clearTimeout(timer);
  timer = setTimeout(update, 200);
}

function setStatus(text, kind) {
  const status = $("#status");
  status.textContent = text;
  status.className = `status ${kind ?? ""}`;
}

function update() {
  const started = performance.now();
  // Rules: diagnostics for the editor, and a rule set when they compile.
  const key = files.map((f) => f.source).join("\u0000");
  if (key !== rulesKey) {
    rulesKey = key;
    rulesDiagnostics = check(files);
    rules?.free();
    rules = null;
    if (!rulesDiagnostics.some((d) => d.severity === "error")) {
      try {
        rules = RuleSet.compile(files);
      } catch (e) {
        if (!(e instanceof LexpactError)) throw e;
        rulesDiagnostics = e.diagnostics;
      }
    }
    renderTabs();
    markRules();
    $("#diagnostic-count").textContent = `(${rulesDiagnostics.length})`;
    listDiagnostics($("#diagnostics"), rulesDiagnostics, pickRuleDiagnostic);
    if (rulesDiagnostics.length === 0) {
      $("#diagnostics").innerHTML = `<li class="clean">No problems in ${files.length} rule files.</li>`;
    }
  }

  // Profile: the report, or what is wrong with the profile.
  const profileList = $("#profile-diagnostics");
  if (!rules) {
    profileList.innerHTML = "";
    showReport(null, "Fix the rules to see a report.");
    setStatus("The rules have errors", "error");
    return;
  }
  const asOf = $("#as-of").value;
  const name = $("#example").value || "profile";
  try {
    // Verdicts only: a row's explanation is asked for when the row is opened (`explain`).
    const options = { name, ...(asOf ? { asOf } : {}) };
    const report = rules.evaluate(profileEditor.text, { ...options, detail: "verdicts" });
    shown = { text: profileEditor.text, options };
    profileList.innerHTML = "";
    profileEditor.render([]);
    showReport(report);
    setStatus(`${report.results.length} obligations evaluated in ${Math.round(performance.now() - started)} ms`, "ok");
  } catch (e) {
    if (!(e instanceof LexpactError)) throw e;
    listDiagnostics(profileList, e.diagnostics);
    profileEditor.render(e.diagnostics.map((d) => range(profileEditor.text, d)).filter(Boolean));
    showReport(null, "The profile cannot be evaluated: see its diagnostics.");
    setStatus("The profile has errors", "error");
  }
}

function value(node) {
  if (!node.known) return `<span class="val u">unknown</span>`;
  const v = node.value;
  const cls = v === true ? "t" : v === false ? "f" : "";
  return `<span class="val ${cls}">${escape(JSON.stringify(v))}</span>`;
}

function tree(nodes) {
  return `<ul class="tree">${nodes
    .map((n) => `<li>${n.clause ? `<b>${escape(n.clause)}</b> ` : ""}${escape(n.expr)} → ${value(n)}${n.children?.length ? tree(n.children) : ""}</li>`)
    .join("")}</ul>`;
}

/** What the missing facts of an unknown verdict could still make of it, or why an obligation
 * does not apply. */
function outlook(r) {
  if (r.range?.length) {
    return `<div class="outlook" data-range="${r.range.join(" ")}">could be ${r.range.map((v) => VERDICTS[v]).join(" or ")}</div>`;
  }
  if (r.reason) {
    const [label, why] = REASONS[r.reason];
    return `<div class="outlook" data-reason="${r.reason}" title="${escape(why)}">${escape(label)}</div>`;
  }
  return "";
}

/** The exception a profile invokes, with where its review stands (only an accepted one excuses). */
function invokedException(e) {
  const review = e.review;
  const by = [review.by, review.date].filter(Boolean).map(escape).join(", ");
  return `<div class="meta exception" data-review="${review.status}">exception: ${escape(e.qualifier)} — ${escape(e.justification)}` +
    ` <span class="review review-${review.status}">${review.status}${by ? ` (${by})` : ""}</span></div>`;
}

function showReport(report, message) {
  const table = $("#report");
  const summary = $("#summary");
  if (!report) {
    table.hidden = true;
    summary.innerHTML = `<p class="meta">${escape(message)}</p>`;
    $("#report-meta").textContent = "";
    return;
  }
  $("#report-meta").textContent =
    `${report.ruleset.name} · ${report.profile.state ?? report.profile.name} · as of ${report.as_of}`;
  summary.innerHTML = Object.entries(VERDICTS)
    .map(([v, label]) => `<span class="chip v-${v}" data-verdict="${v}">${report.summary[v]} ${label}</span>`)
    .join("") +
    (report.summary.overdue ? `<span class="chip v-not_met">${report.summary.overdue} overdue</span>` : "") +
    (report.summary.late ? `<span class="chip v-partially_met">${report.summary.late} late</span>` : "") +
    (report.summary.not_applicable_exception
      ? `<span class="chip v-not_applicable">${report.summary.not_applicable_exception} by accepted exception</span>`
      : "");
  const rows = report.results.map((r) => {
    const d = r.deadline;
    const deadline = d.status === "none" ? "" :
      `<span class="${d.status}">${escape(d.status.replace("_", " "))}</span>${d.due ? `<br>due ${escape(d.due)}` : ""}`;
    const missing = r.missing.length ? `<ul class="missing">${r.missing.map((m) => `<li>${escape(m)}</li>`).join("")}</ul>` : "";
    const exception = r.exception ? invokedException(r.exception) : "";
    return `<tr class="row-${r.verdict}" data-id="${escape(r.id)}" data-verdict="${r.verdict}">
      <td><span class="verdict v-${r.verdict}">${VERDICTS[r.verdict]}</span>${outlook(r)}</td>
      <td class="cite">${escape(r.cite)}</td>
      <td><div class="title">${escape(r.title)}</div><div class="id">${escape(r.id)} · ${escape(r.group)}</div>${exception}</td>
      <td class="deadline">${deadline}</td>
      <td><details><summary>why</summary></details></td>
      <td>${missing}</td>
    </tr>`;
  });
  table.tBodies[0].innerHTML = rows.join("");
  table.hidden = false;
}

// A row's explanation, computed when its <details> opens (toggle does not bubble: capture).
$("#report").addEventListener("toggle", (event) => {
  const details = event.target;
  if (!(details instanceof HTMLDetailsElement) || !details.open || details.dataset.explained || !rules || !shown) return;
  const id = details.closest("tr")?.dataset.id;
  try {
    const result = rules.explain(shown.text, id, shown.options);
    const n = result.explanation.length;
    details.querySelector("summary").textContent = `${n} clause${n === 1 ? "" : "s"}`;
    details.insertAdjacentHTML("beforeend", tree(result.explanation));
    details.dataset.explained = "true";
  } catch (e) {
    if (!(e instanceof LexpactError)) throw e;
    details.insertAdjacentHTML("beforeend", `<p class="meta">${escape(e.message)}</p>`);
  }
}, true);

function loadExample(name) {
  const example = EXAMPLES.find((e) => e.name === name) ?? EXAMPLES[0];
  profileEditor.text = example.text;
  schedule();
}

// Start.
const select = $("#example");
for (const example of EXAMPLES) select.append(new Option(example.name, example.name));
select.addEventListener("change", () => loadExample(select.value));
$("#as-of").addEventListener("input", schedule);
$("#format").addEventListener("click", () => {
  try {
    files[current].source = format(files[current].source, files[current].name);
    rulesEditor.text = files[current].source;
    update();
  } catch (e) {
    if (!(e instanceof LexpactError)) throw e;
    setStatus("Format: the file does not parse", "error");
  }
});
openFile(0);
loadExample(EXAMPLES[0].name);
update();
document.body.dataset.ready = "true";
