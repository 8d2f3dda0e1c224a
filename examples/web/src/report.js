// One profile's report as a list of disclosures: a summary in the words of the CLI's text
// report, then one row per obligation that opens onto why it came out as it did. Plain DOM, no
// dependencies, so that any page can use it unbundled.
//
// The page re-renders after every keystroke, so rows are kept between calls and a row whose
// result did not change is not touched; an open row stays open and is explained again.

/** A verdict in words, as the CLI writes it (`partially met`). */
export const VERDICT_WORDS = {
  met: "met",
  partially_met: "partially met",
  not_met: "not met",
  unknown: "unknown",
  not_applicable: "not applicable",
};

const REASON_WORDS = {
  applies_when: "not concerned (applies when is false)",
  exception: "exception accepted",
};

const REVIEW_WORDS = { accepted: "accepted", contested: "contested", pending: "review pending", unreviewed: "unreviewed" };

const DEADLINE_WORDS = {
  not_due: "not due",
  on_time: "on time",
  late: "late",
  overdue: "overdue",
  unknown: "deadline status unknown",
};

/** The verdicts an `unknown` one may still turn out to be, as the CLI words them. */
export function rangeWords(range) {
  if (!range?.length) return "";
  if (range.length === 2 && range[0] === "partially_met" && range[1] === "met") return "at least partially met";
  const words = range.map((v) => VERDICT_WORDS[v] ?? v);
  const last = words.pop();
  return words.length ? `${words.join(", ")} or ${last}` : last;
}

/** A missing fact's status in words: `no data` is not `not assessed`. */
export function missingStatusWords(status) {
  if (status === "absent") return "no data";
  if (status === "not_in_force") return "no entry in force";
  if (status === "invalid") return "not readable";
  return String(status).replaceAll("_", " ");
}

/** A verdict with its range or its reason: `unknown (at least partially met)`. */
export function verdictInFull(result) {
  const word = VERDICT_WORDS[result.verdict] ?? result.verdict;
  if (result.verdict === "unknown" && result.range?.length) return `${word} (${rangeWords(result.range)})`;
  if (result.verdict === "not_applicable" && result.reason) return `${word}: ${REASON_WORDS[result.reason] ?? result.reason}`;
  return word;
}

/** A JSON value as text: a string without quotes, anything else as compact JSON. */
function plain(value) {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** A source in one line: its cite, then its other fields (`kind` by its value alone). */
export function sourceWords(source) {
  if (source === null || typeof source !== "object" || Array.isArray(source)) return plain(source);
  const cite = source.cite === undefined ? "" : plain(source.cite);
  const rest = Object.entries(source)
    .filter(([key]) => key !== "cite")
    .map(([key, value]) => (key === "kind" ? plain(value) : `${key} ${plain(value)}`));
  if (!rest.length) return cite;
  return cite ? `${cite} (${rest.join(", ")})` : rest.join(", ");
}

/** The lines of the CLI's text summary for `summary` (a report's `summary`). */
export function summaryLines(s) {
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const lines = [
    `${plural(s.total, "obligation")} in ${plural(s.bullets?.total ?? 0, "bullet")}: ` +
      `${s.met} met, ${s.partially_met} partially met, ${s.not_met} not met, ${s.unknown} unknown, ` +
      `${s.not_applicable} not applicable; ${s.late} late, ${s.overdue} overdue`,
  ];
  const b = s.bullets;
  if (b) {
    lines.push(`by bullet: ${b.met} met, ${b.partially_met} partially met, ${b.not_met} not met, ${b.unknown} unknown, ${b.not_applicable} not applicable`);
  }
  if (s.unknown > 0) {
    const ranges = (s.ranges ?? []).map((c) => `${c.count} ${rangeWords(c.range)}`);
    lines.push(ranges.length ? `${s.unknown} unknown: ${ranges.join("; ")}` : `${s.unknown} unknown`);
  }
  if (s.not_applicable > 0) {
    const reasons = [
      [s.not_applicable_applies_when, "applies_when"],
      [s.not_applicable_exception, "exception"],
    ].filter(([n]) => n > 0).map(([n, why]) => `${n} ${REASON_WORDS[why]}`);
    lines.push(`${s.not_applicable} not applicable: ${reasons.join("; ")}`);
  }
  const byStatus = Object.entries(s.missing_by_status ?? {});
  const total = byStatus.reduce((n, [, count]) => n + count, 0);
  if (total > 0) {
    lines.push(`${total} missing ${total === 1 ? "fact" : "facts"}: ${byStatus.map(([st, n]) => `${n} ${missingStatusWords(st)}`).join("; ")}`);
  }
  return lines;
}

/** The tally of an obligation evaluated in each jurisdiction, as the CLI words it: `partially
 * met: met in 2 of 4 jurisdictions (North Shore, Lakeland); not met in Ridge`. A unit is
 * concerned unless its verdict is `not_applicable`. */
export function tallyWords(r) {
  const units = r.jurisdictions ?? [];
  if (!units.length) return "";
  const names = (verdict) => units.filter((u) => u.verdict === verdict).map((u) => u.name || u.id);
  const met = names("met").length;
  const concerned = units.filter((u) => u.verdict !== "not_applicable").length;
  if (concerned === 0) return `not applicable in every jurisdiction (${names("not_applicable").join(", ")})`;
  let tally = `met in ${met} of ${concerned} ${concerned === 1 ? "jurisdiction" : "jurisdictions"}`;
  if (r.verdict !== "met" && met > 0) tally += ` (${names("met").join(", ")})`;
  for (const verdict of ["partially_met", "not_met", "unknown", "not_applicable"]) {
    const named = names(verdict);
    if (named.length) tally += `; ${VERDICT_WORDS[verdict]} in ${named.join(", ")}`;
  }
  if (r.verdict === "met") return tally;
  return `${r.verdict === "unknown" ? verdictInFull(r) : VERDICT_WORDS[r.verdict]}: ${tally}`;
}

/** The deadline in a few words for the row (`overdue, due 2013-12-31`), empty without one. */
function deadlineShort(d) {
  if (!d || d.status === "none") return "";
  const word = DEADLINE_WORDS[d.status] ?? d.status.replaceAll("_", " ");
  return d.due ? `${word}, due ${d.due}` : word;
}

/** Every line the deadline calls for in the open row. */
function deadlineLines(d) {
  if (!d || d.status === "none") return [];
  const reading = d.reading ? `, ${d.reading.replaceAll("_", " ")}` : "";
  const lines = [`${DEADLINE_WORDS[d.status] ?? d.status}${reading}`];
  if (d.from && d.due) lines.push(`window from ${d.from} to ${d.due}${d.in_window ? ", open on the evaluation date" : ""}`);
  else if (d.due) lines.push(`due ${d.due}`);
  if (d.met_on) {
    const basis = {
      history: ", the day the whole requirement first held (from the facts' histories)",
      history_at_the_latest: " at the latest (from the facts' histories)",
      jurisdictions: ", the day the last jurisdiction met it",
    }[d.met_on_basis] ?? "";
    lines.push(`met on ${d.met_on}${basis}`);
  }
  return lines;
}

/** Creates an element with attributes and children (strings become text). */
export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === "") continue;
    node.append(child);
  }
  return node;
}

/** A labelled section of an open row. */
function section(title, ...content) {
  return el("section", { class: "lx-part" }, el("h3", { text: title }), ...content);
}

function valueNode(value, known) {
  if (!known) return el("span", { class: "lx-value lx-unknown", text: "unknown" });
  const kind = value === true ? " lx-true" : value === false ? " lx-false" : "";
  return el("span", { class: `lx-value${kind}`, text: JSON.stringify(value) });
}

/** The explanation tree as nested lists: each node's expression, its outcome, its fact. */
function tree(nodes, top) {
  const list = el("ul", { class: top ? "lx-tree" : null });
  for (const node of nodes) {
    const item = el("li", { "data-known": String(node.known) });
    if (node.clause) item.append(el("span", { class: "lx-clause", text: node.clause }), " ");
    item.append(el("code", { class: "lx-expr", text: node.expr }), " \u2192 ", valueNode(node.value, node.known));
    if (node.fact) item.append(" ", el("span", { class: "lx-fact-ref", text: `fact ${node.fact}` }));
    if (node.truncated) item.append(" ", el("span", { class: "lx-note", text: "(more left out: explanation budget reached)" }));
    if (node.children?.length) item.append(tree(node.children, false));
    list.append(item);
  }
  return list;
}

/** The facts read, each with its value, status, sources and note. */
function factsTable(facts) {
  const body = el("tbody");
  for (const f of facts) {
    const sources = f.sources?.length ? el("ul", { class: "lx-sources" }, f.sources.map((s) => el("li", { text: sourceWords(s) }))) : "";
    const inForce = f.in_force ? el("div", { class: "lx-note", text: inForceWords(f.in_force) }) : "";
    body.append(el("tr", { "data-pointer": f.pointer, "data-status": f.status },
      el("th", { scope: "row" }, el("code", { text: f.pointer })),
      el("td", {}, f.value === undefined ? el("span", { class: "lx-note", text: "no value" }) : el("code", { text: JSON.stringify(f.value) })),
      el("td", { text: f.status === "missing" ? "no data" : missingStatusWords(f.status) }),
      el("td", {}, sources, f.note === undefined ? "" : el("div", { class: "lx-note", text: `note: ${plain(f.note)}` }), inForce)));
  }
  return el("table", { class: "lx-facts" },
    el("thead", {}, el("tr", {}, ["Fact", "Value", "Status", "Sources"].map((h) => el("th", { scope: "col", text: h })))),
    body);
}

function inForceWords(period) {
  if (period.from && period.until) return `in force from ${period.from} until ${period.until}`;
  if (period.from) return `in force from ${period.from}`;
  if (period.until) return `in force until ${period.until}`;
  return "in force at every date";
}

/** What the verdicts-only result says, shown at once when a row opens. */
function verdictParts(r) {
  const parts = [];
  parts.push(el("p", { class: "lx-in-full", text: verdictInFull(r) }));
  if (r.verdict === "unknown" && r.range?.length) {
    parts.push(section("Range",
      el("p", { class: "lx-range", "data-range": r.range.join(" "), text: `Could still be ${rangeWords(r.range)}, once the missing facts are known.` })));
  }
  if (r.verdict === "not_applicable" && r.reason) {
    parts.push(section("Why it does not apply", el("p", { class: "lx-reason", "data-reason": r.reason, text: REASON_WORDS[r.reason] ?? r.reason })));
  }
  if (r.exception) {
    const e = r.exception;
    const review = e.review;
    const reviewText = [REVIEW_WORDS[review.status] ?? review.status, review.by && `by ${review.by}`, review.date && `on ${review.date}`]
      .filter(Boolean).join(" ") + (review.note ? `: ${review.note}` : "");
    parts.push(section("Exception",
      el("p", { class: "lx-exception", "data-review": review.status, text: `exception claimed: ${e.qualifier} \u2014 ${reviewText}` }),
      el("p", { text: `justification: ${e.justification}` }),
      e.source === undefined ? "" : el("p", { text: `source: ${sourceWords(e.source)}` })));
  }
  const deadline = deadlineLines(r.deadline);
  if (deadline.length) {
    parts.push(section("Deadline", el("ul", { class: "lx-deadline", "data-status": r.deadline.status }, deadline.map((line) => el("li", { text: line })))));
  }
  if (r.missing?.length) {
    parts.push(section("Missing facts that would settle it", el("ul", { class: "lx-missing" },
      r.missing.map((pointer, i) => el("li", { "data-pointer": pointer },
        el("code", { text: pointer }), r.missing_status?.[i] ? ` (${missingStatusWords(r.missing_status[i])})` : "")))));
  }
  if (r.jurisdictions?.length) {
    parts.push(section("Jurisdictions",
      el("p", { class: "lx-tally", text: tallyWords(r) }),
      el("ul", { class: "lx-units" }, r.jurisdictions.map((u) =>
        el("li", { "data-id": u.id, "data-verdict": u.verdict }, `${u.name || u.id}: ${verdictInFull(u)}`,
          u.missing?.length ? el("ul", {}, u.missing.map((pointer, i) => el("li", {}, "missing ", el("code", { text: pointer }),
            u.missing_status?.[i] ? ` (${missingStatusWords(u.missing_status[i])})` : ""))) : "")))));
  }
  const about = [];
  if (r.text) about.push(el("blockquote", { text: r.text }));
  if (r.indicators?.length) about.push(el("p", { text: `indicators: ${r.indicators.join(", ")}` }));
  if (r.amendments?.length) about.push(el("p", { text: `amended: ${r.amendments.map((a) => `\u201c${a}\u201d`).join("; ")}` }));
  if (r.warnings?.length) about.push(el("ul", { class: "lx-warnings" }, r.warnings.map((w) => el("li", { text: `warning: ${w}` }))));
  if (about.length) parts.push(section("The text", ...about));
  return parts;
}

/** The parts that need the full result: the facts read and the explanation tree. */
function explainedParts(full) {
  const parts = [];
  parts.push(section("Facts read", full.facts?.length ? factsTable(full.facts) : el("p", { class: "lx-note", text: "No fact was read." })));
  parts.push(section("Explanation", full.explanation?.length ? tree(full.explanation, true) : el("p", { class: "lx-note", text: "No clause was evaluated." })));
  return parts;
}

let instances = 0;

/** The rows and state kept on a container between calls. */
function stateOf(container) {
  // Kept while its root is still in the container (something else may have emptied it).
  if (container.__lexpactReport?.root.parentNode === container) return container.__lexpactReport;
  const prefix = `lx-report-${++instances}`;
  const summary = el("div", { class: "lx-summary" });
  const list = el("ul", { class: "lx-rows", "aria-label": "Obligations" });
  const root = el("div", { class: "lx-report" }, summary, list);
  container.replaceChildren(root);
  const state = { prefix, root, summary, list, rows: new Map(), order: [], summaryKey: "", explain: null, pending: 0 };
  list.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button.lx-toggle") : null;
    if (!button || !list.contains(button)) return;
    const row = state.rows.get(button.closest("li.lx-row")?.dataset.id);
    if (row) setOpen(state, row, !row.open);
  });
  container.__lexpactReport = state;
  return state;
}

function buildRow(state, id) {
  const detailId = `${state.prefix}-${id}`;
  const verdict = el("span", { class: "lx-verdict" });
  const cite = el("span", { class: "lx-cite" });
  const title = el("span", { class: "lx-title" });
  const deadline = el("span", { class: "lx-due" });
  const button = el("button", { type: "button", class: "lx-toggle", "aria-expanded": "false", "aria-controls": detailId }, verdict, cite, title, deadline);
  const detail = el("div", { class: "lx-detail", id: detailId, hidden: true });
  const node = el("li", { class: "lx-row", "data-id": id }, button, detail);
  return { id, node, button, verdict, cite, title, deadline, detail, open: false, key: "", result: null, explainedKey: null, detailKey: null };
}

function fillRow(row, r) {
  row.node.dataset.verdict = r.verdict;
  row.verdict.className = `lx-verdict lx-v-${r.verdict}`;
  row.verdict.textContent = VERDICT_WORDS[r.verdict] ?? r.verdict;
  row.cite.textContent = r.cite;
  row.title.textContent = r.title;
  row.deadline.textContent = deadlineShort(r.deadline);
  row.deadline.dataset.status = r.deadline?.status ?? "none";
}

/** Fills an open row's detail: the verdict's parts, then the explained ones. `explain` is asked
 * only when the report does not already carry the facts and explanation. */
function fillDetail(state, row) {
  const r = row.result;
  let full = r.explanation?.length || r.facts?.length ? r : null;
  let failure = null;
  if (!full) {
    try {
      full = state.explain ? state.explain(row.id) : null;
    } catch (error) {
      failure = error;
    }
  }
  // The explanation may change while the verdict does not (a source edited): compare its text.
  const explainedKey = full ? JSON.stringify([full.facts, full.explanation]) : `failed:${failure?.message}`;
  if (row.explainedKey === explainedKey && row.detailKey === row.key) return;
  row.explainedKey = explainedKey;
  row.detailKey = row.key;
  const parts = verdictParts(r);
  if (full) parts.push(...explainedParts(full));
  else if (failure) parts.push(el("p", { class: "lx-note", role: "alert", text: `The explanation could not be computed: ${failure.message ?? failure}` }));
  row.detail.replaceChildren(...parts);
}

function setOpen(state, row, open) {
  row.open = open;
  row.button.setAttribute("aria-expanded", String(open));
  row.node.classList.toggle("lx-open", open);
  if (open) fillDetail(state, row);
  row.detail.hidden = !open;
}

/** Renders one profile's report (RuleSet.evaluate's object) into `container`, replacing its
 * content on the first call: a summary of counts, then one row per obligation; each row is a
 * disclosure opening its explanation tree, the facts read with their sources, its range when
 * unknown, its deadline, its not-applicable reason or reviewed exception. `explain(id)` returns
 * the full ObligationResult; it is called when a row opens, and again for the open rows after
 * every later call, in a task of its own (the report's root element has `data-explaining`
 * until then). Rows that were open stay open across calls. */
export function renderReport(container, report, { explain } = {}) {
  const state = stateOf(container);
  state.explain = explain ?? null;
  const summaryKey = JSON.stringify([report.ruleset, report.profile, report.as_of, report.summary]);
  if (summaryKey !== state.summaryKey) {
    state.summaryKey = summaryKey;
    state.root.dataset.ruleset = report.ruleset?.name ?? "";
    state.root.dataset.asOf = report.as_of ?? "";
    const s = report.summary;
    const chips = el("p", { class: "lx-chips" }, Object.entries(VERDICT_WORDS).map(([v, word]) =>
      el("span", { class: `lx-chip lx-v-${v}`, "data-verdict": v, "data-count": s[v] }, `${s[v]} ${word}`)));
    const heading = [report.profile?.state ?? report.profile?.name, report.as_of && `as of ${report.as_of}`].filter(Boolean).join(", ");
    state.summary.replaceChildren(
      heading ? el("p", { class: "lx-heading", text: heading }) : "",
      chips,
      el("ul", { class: "lx-summary-lines" }, summaryLines(s).map((line) => el("li", { text: line }))));
  }

  const seen = new Set();
  const order = [];
  for (const r of report.results) {
    seen.add(r.id);
    order.push(r.id);
    let row = state.rows.get(r.id);
    if (!row) {
      row = buildRow(state, r.id);
      state.rows.set(r.id, row);
    }
    row.result = r;
    const key = JSON.stringify(r);
    const changed = key !== row.key;
    row.key = key;
    if (changed) fillRow(row, r);
  }
  // An open row's explanation depends on the whole profile, not only on its own result, so
  // open rows are explained again; in a task of their own, after this render has painted, as
  // each explanation costs an evaluation. A render before that task runs replaces it.
  clearTimeout(state.pending);
  if ([...state.rows.values()].some((row) => row.open && seen.has(row.id))) {
    state.root.dataset.explaining = "true";
    state.pending = setTimeout(() => {
      for (const row of state.rows.values()) if (row.open) fillDetail(state, row);
      delete state.root.dataset.explaining;
    }, 0);
  } else {
    delete state.root.dataset.explaining;
  }
  for (const [id, row] of state.rows) {
    if (!seen.has(id)) {
      row.node.remove();
      state.rows.delete(id);
    }
  }
  if (order.length !== state.order.length || order.some((id, i) => id !== state.order[i])) {
    state.list.replaceChildren(...order.map((id) => state.rows.get(id).node));
    state.order = order;
  }
}
