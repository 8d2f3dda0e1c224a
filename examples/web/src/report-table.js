// The report as a table (one row per obligation), with the signature of the panels' report
// view: `renderReport(container, report, { explain })`. A row's explanation is asked for when
// its disclosure opens; rows open before a re-render stay open.
const VERDICTS = {
  met: "met",
  partially_met: "partially met",
  not_met: "not met",
  unknown: "unknown",
  not_applicable: "not applicable",
};
// Why an obligation does not apply: [short label, its explanation].
const REASONS = {
  applies_when: ["not concerned", "its applies when condition is false for this State"],
  exception: ["exception accepted", "the State invoked an exception and a review accepted it"],
};

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === "class") node.className = value;
    else if (key === "data") Object.assign(node.dataset, value);
    else node.setAttribute(key, value);
  }
  node.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

function value(node) {
  if (!node.known) return el("span", { class: "val u" }, "unknown");
  const v = node.value;
  return el("span", { class: `val ${v === true ? "t" : v === false ? "f" : ""}` }, JSON.stringify(v));
}

function tree(nodes) {
  return el("ul", { class: "tree" }, nodes.map((n) =>
    el("li", {}, n.clause ? el("b", {}, n.clause) : null, n.clause ? " " : null, `${n.expr} → `, value(n),
      n.children?.length ? tree(n.children) : null)));
}

/** What the missing facts of an unknown verdict could still make of it, or why an
 * obligation does not apply. */
function outlook(r) {
  if (r.range?.length) {
    return el("div", { class: "outlook", data: { range: r.range.join(" ") } }, `could be ${r.range.map((v) => VERDICTS[v]).join(" or ")}`);
  }
  if (r.reason) {
    const [label, why] = REASONS[r.reason] ?? [r.reason, ""];
    return el("div", { class: "outlook", data: { reason: r.reason }, title: why }, label);
  }
  return null;
}

/** The exception a profile invokes, with where its review stands. */
function invokedException(e) {
  const review = e.review;
  const by = [review.by, review.date].filter(Boolean).join(", ");
  return el("div", { class: "meta exception", data: { review: review.status } },
    `exception: ${e.qualifier} — ${e.justification} `,
    el("span", { class: `review review-${review.status}` }, `${review.status}${by ? ` (${by})` : ""}`));
}

function summary(report) {
  const s = report.summary;
  const chips = Object.entries(VERDICTS).map(([v, label]) => el("span", { class: `chip v-${v}`, data: { verdict: v } }, `${s[v]} ${label}`));
  if (s.overdue) chips.push(el("span", { class: "chip v-not_met" }, `${s.overdue} overdue`));
  if (s.late) chips.push(el("span", { class: "chip v-partially_met" }, `${s.late} late`));
  if (s.not_applicable_exception) chips.push(el("span", { class: "chip v-not_applicable" }, `${s.not_applicable_exception} by accepted exception`));
  return el("div", { class: "summary", id: "summary" }, chips);
}

/** Puts the explanation of obligation `id` into its row's disclosure. */
function explainInto(details, id, explain) {
  details.dataset.explained = "true";
  details.querySelector(".tree, p.meta")?.remove();
  try {
    const result = explain(id);
    const n = result.explanation.length;
    details.querySelector("summary").textContent = `${n} clause${n === 1 ? "" : "s"}`;
    details.append(tree(result.explanation));
  } catch (e) {
    details.append(el("p", { class: "meta" }, String(e?.message ?? e)));
  }
}

function row(r, open, explain) {
  const d = r.deadline;
  const deadline = d.status === "none" ? [] : [el("span", { class: d.status }, d.status.replace("_", " ")), d.due ? el("br") : null, d.due ? `due ${d.due}` : null];
  const details = el("details", {}, el("summary", {}, "why"));
  details.addEventListener("toggle", () => {
    if (details.open && !details.dataset.explained) explainInto(details, r.id, details.closest("tr").explain);
  });
  const tr = el("tr", { class: `row-${r.verdict}`, data: { id: r.id, verdict: r.verdict } },
    el("td", {}, el("span", { class: `verdict v-${r.verdict}` }, VERDICTS[r.verdict]), outlook(r)),
    el("td", { class: "cite" }, r.cite),
    el("td", {}, el("div", { class: "title" }, r.title), el("div", { class: "id" }, `${r.id} · ${r.group}`), r.exception ? invokedException(r.exception) : null),
    el("td", { class: "deadline" }, deadline),
    el("td", {}, details),
    el("td", {}, r.missing.length ? el("ul", { class: "missing" }, r.missing.map((m) => el("li", {}, m))) : null));
  tr.explain = explain;
  if (open) details.open = true;
  return tr;
}

/** What a row shows, to keep the rows that did not change (an edit changes few verdicts:
 * re-creating 70-odd rows would cost the browser a layout of the whole table each time). */
function rowKey(r) {
  return JSON.stringify([r.id, r.verdict, r.range, r.reason, r.cite, r.title, r.group, r.exception, r.deadline, r.missing]);
}

/** Renders `report` (or, when it is null, `message`) into `container`. Rows whose content is
 * unchanged are kept as they are (open explanations included, computed again when the
 * profile changed); the others are replaced. */
export function renderReport(container, report, { explain, message } = {}) {
  if (!report) {
    container.replaceChildren(el("p", { class: "meta", id: "summary" }, message ?? ""));
    return;
  }
  let body = container.querySelector("#report tbody");
  if (!body) {
    const table = el("table", { id: "report" },
      el("caption", { class: "visually-hidden" }, "Verdict of each obligation"),
      el("thead", {}, el("tr", {}, ["Verdict", "Cite", "Obligation", "Deadline", "Why", "Missing facts"].map((h) => el("th", { scope: "col" }, h)))),
      (body = el("tbody")));
    container.replaceChildren(summary(report), table);
  } else {
    const chips = summary(report);
    const old = container.querySelector("#summary");
    if (old.textContent !== chips.textContent) old.replaceWith(chips);
  }
  const previous = new Map([...body.rows].map((tr) => [tr.dataset.id, tr]));
  const rows = report.results.map((r) => {
    const key = rowKey(r);
    const old = previous.get(r.id);
    if (!old || old.dataset.key !== key) {
      const tr = row(r, old?.querySelector("details")?.open ?? false, explain);
      tr.dataset.key = key;
      return tr;
    }
    old.explain = explain;
    const details = old.querySelector("details");
    // The explanation is of the previous profile: asked again now if shown, else when opened.
    if (details.dataset.explained) {
      delete details.dataset.explained;
      details.querySelector(".tree, p.meta")?.remove();
      if (details.open) explainInto(details, r.id, explain);
    }
    return old;
  });
  // In order, moving only what moved; rows left over (replaced, gone) end up last.
  let at = body.firstElementChild;
  for (const tr of rows) {
    if (tr === at) at = at.nextElementSibling;
    else body.insertBefore(tr, at);
  }
  while (at) {
    const next = at.nextElementSibling;
    at.remove();
    at = next;
  }
}
