// The guided profile: the questions that settle the most verdicts as a form, and the edit of a
// profile's JSON text that an answer makes. Plain DOM, no dependencies.

import { el, missingStatusWords } from "./report.js";

/** The answer "looked for and could not be established": `setFact` writes it as the fact
 * envelope `{"status": "unknown"}`. (A registered symbol, so that two copies of this module
 * agree on it.) */
export const UNKNOWN = Symbol.for("lexpact.fact.unknown");

// Enums with more values than this are offered as a list box rather than as radio buttons.
const MAX_RADIOS = 7;

const PROFILE_MARKER = "lexpact/legal-profile/v1.1";

let instances = 0;

/** A value as the form shows it. */
function label(value) {
  if (value === UNKNOWN) return "unknown";
  if (value === true) return "yes";
  if (value === false) return "no";
  return String(value);
}

/** Radio buttons, one per choice (`[value, label]`), in a group named by `name`. */
function radios(name, choices, labelledBy, describedBy) {
  return el("div", { class: "lx-choices", role: "radiogroup", "aria-labelledby": labelledBy, "aria-describedby": describedBy },
    choices.map(([value, text], i) => {
      const input = el("input", { type: "radio", name, id: `${name}-${i}`, value: String(i) });
      input.__value = value;
      return el("label", { for: `${name}-${i}`, class: "lx-choice" }, input, ` ${text}`);
    }));
}

/** The form controls of one question, and a function reading the answer they hold
 * (`undefined` while nothing is chosen). */
function controls(q, id, describedBy) {
  const allowed = Array.isArray(q.allowed) ? q.allowed : null;
  if (q.type === "boolean" || (allowed && allowed.length <= MAX_RADIOS && q.type !== "list")) {
    const values = q.type === "boolean" ? [true, false] : allowed;
    const choices = [...values.map((v) => [v, label(v)]), [UNKNOWN, "unknown"]];
    const group = radios(`${id}-answer`, choices, `${id}-pointer`, describedBy);
    const read = () => group.querySelector("input:checked")?.__value;
    return { node: group, read, immediate: true };
  }
  if (q.type === "list" && allowed) {
    const boxes = allowed.map((v, i) => {
      const input = el("input", { type: "checkbox", id: `${id}-item-${i}`, value: v });
      return el("label", { for: `${id}-item-${i}`, class: "lx-choice" }, input, ` ${v}`);
    });
    const group = el("fieldset", { class: "lx-choices lx-list", "aria-describedby": describedBy },
      el("legend", { class: "lx-sr", text: "Items (none checked: the list is empty)" }), boxes);
    const read = () => [...group.querySelectorAll("input:checked")].map((input) => input.value);
    return { node: group, read, immediate: false };
  }
  const inputId = `${id}-value`;
  let input;
  if (allowed) {
    input = el("select", { id: inputId, "aria-describedby": describedBy },
      el("option", { value: "", text: "choose…" }),
      allowed.map((v, i) => el("option", { value: String(i), text: label(v) })),
      el("option", { value: "unknown", text: "unknown" }));
    const read = () => (input.value === "" ? undefined : input.value === "unknown" ? UNKNOWN : allowed[Number(input.value)]);
    return { node: el("label", { for: inputId, class: "lx-field" }, "Answer ", input), read, immediate: false };
  }
  const kind = { date: "date", integer: "number", number: "number" }[q.type] ?? "text";
  if (q.type === "record" || q.type === "any" || q.type === "list") {
    return { node: el("p", { class: "lx-note", text: "Write this one in the profile: it takes a record or a list of records." }), read: () => undefined, none: true };
  }
  input = el("input", { id: inputId, type: kind, step: q.type === "integer" ? "1" : q.type === "number" ? "any" : null, "aria-describedby": describedBy });
  const unknownBox = el("input", { type: "checkbox", id: `${id}-unknown` });
  const read = () => {
    if (unknownBox.checked) return UNKNOWN;
    if (input.value === "") return undefined;
    if (q.type === "integer" || q.type === "number") {
      const n = Number(input.value);
      if (!Number.isFinite(n) || (q.type === "integer" && !Number.isInteger(n))) return undefined;
      return n;
    }
    return input.value;
  };
  const node = el("div", { class: "lx-choices" },
    el("label", { for: inputId, class: "lx-field" }, `${{ date: "Date", integer: "Whole number", number: "Number" }[q.type] ?? "Text"} `, input),
    el("label", { for: `${id}-unknown`, class: "lx-choice" }, unknownBox, " unknown"));
  return { node, read, immediate: false };
}

/** Lists `questions` (RuleSet.questions's object, lexpact/questions/v1), the most decisive
 * first: description, allowed answers as form controls, the obligations each bears on, an
 * optional source field. `onAnswer({ pointer, value, source })` when one is answered: `value`
 * is `UNKNOWN` for "unknown", `source` the source's citation (absent when none is written).
 * Options: `titles` (a Map or object from obligation id to title) names the obligations;
 * `limit` (default 30) how many questions are shown before a "show all" button.
 * A later call on the same container keeps its live region (so the answer is announced),
 * leaves the form alone when the questions are the same, and otherwise keeps the keyboard
 * focus on the same question, or on the one now in its place. */
export function renderQuestions(container, questions, { onAnswer, titles, limit = 30 } = {}) {
  let state = container.__lexpactQuestions;
  if (!state || !container.contains(state.body)) {
    const live = el("p", { class: "lx-sr lx-live", role: "status", "aria-live": "polite" });
    const body = el("div", { class: "lx-questions-body" });
    container.replaceChildren(el("div", { class: "lx-questions" }, body, live));
    state = { live, body, prefix: `lx-q${++instances}`, showAll: false, renders: 0 };
    container.__lexpactQuestions = state;
  }
  // The page calls this after every keystroke: when the questions did not change, the form
  // is left as it is (with what is being typed in it).
  state.onAnswer = onAnswer;
  const key = JSON.stringify([questions, limit, state.showAll]);
  if (key === state.key && titles === state.titles) return;
  state.key = key;
  state.titles = titles;
  // Where the focus was, to put it back on the same question (or the next) once rebuilt.
  const active = document.activeElement;
  const focusedItem = active && state.body.contains(active) ? active.closest("li.lx-question") : null;
  const focused = focusedItem
    ? {
        pointer: focusedItem.dataset.pointer,
        index: [...state.body.querySelectorAll("li.lx-question")].indexOf(focusedItem),
        source: active.classList.contains("lx-source"),
      }
    : null;

  const titleOf = (id) => (titles instanceof Map ? titles.get(id) : titles?.[id]) ?? id;
  const list = questions?.questions ?? [];
  const unknown = questions?.unknown ?? 0;
  const head = el("p", { class: "lx-questions-head", tabindex: "-1" },
    list.length
      ? `${list.length} ${list.length === 1 ? "fact" : "facts"} missing from ${unknown} unknown ${unknown === 1 ? "verdict" : "verdicts"}, the most decisive first.`
      : "No question: no verdict is unknown for want of a fact.");
  const shown = state.showAll ? list : list.slice(0, limit);
  const run = `${state.prefix}-${++state.renders}`;
  const items = shown.map((q, n) => question(q, `${run}-${n}`, titleOf, (answer) => {
    state.live.textContent = `Answered ${q.pointer}: ${label(answer.value)}${answer.source ? `, source ${answer.source}` : ""}.`;
    state.onAnswer?.(answer);
  }));
  const more = list.length > shown.length
    ? el("button", { type: "button", class: "lx-more", text: `Show all ${list.length} questions` })
    : "";
  if (more) {
    more.addEventListener("click", () => {
      state.showAll = true;
      renderQuestions(container, questions, { onAnswer: state.onAnswer, titles, limit });
    });
  }
  // What was typed or chosen in a question not yet answered (a source written ahead, say)
  // outlives the rebuild that another answer causes.
  const drafts = new Map([...state.body.querySelectorAll("li.lx-question")].map((item) => [item.dataset.pointer, draftOf(item)]));
  for (const item of items) restoreDraft(item, drafts.get(item.dataset.pointer));
  state.body.replaceChildren(head, el("ol", { class: "lx-question-list" }, items), more);

  if (focused) {
    const all = [...state.body.querySelectorAll("li.lx-question")];
    const target = all.find((item) => item.dataset.pointer === focused.pointer) ?? all[Math.min(focused.index, all.length - 1)];
    const control = !target ? null : focused.source
      ? target.querySelector(".lx-source")
      : target.querySelector(".lx-choices input:checked") ?? target.querySelector(".lx-choices input, .lx-choices select, .lx-field select, .lx-answer");
    (control ?? head).focus();
  }
}

/** The state of a question's form controls, in document order. */
function draftOf(item) {
  return [...item.querySelectorAll("input, select")].map((c) => (c.type === "radio" || c.type === "checkbox" ? c.checked : c.value));
}

/** Puts a draft back into a question of the same pointer (so the same controls). */
function restoreDraft(item, draft) {
  const controls = [...item.querySelectorAll("input, select")];
  if (!draft || draft.length !== controls.length) return;
  controls.forEach((c, i) => {
    if (c.type === "radio" || c.type === "checkbox") c.checked = draft[i];
    else c.value = draft[i];
  });
}

function question(q, id, titleOf, answer) {
  const descriptionId = `${id}-description`;
  const effect = [q.decides ? `could decide ${q.decides}` : "", q.narrows ? `could narrow ${q.narrows}` : ""].filter(Boolean).join(", ");
  const { node, read, immediate, none } = controls(q, id, descriptionId);
  const sourceId = `${id}-source`;
  const source = el("input", { type: "text", id: sourceId, class: "lx-source", autocomplete: "off", placeholder: "statute and article, or report and page" });
  const submit = () => {
    const value = read();
    if (value === undefined) return false;
    const cite = source.value.trim();
    answer({ pointer: q.pointer, value, ...(cite ? { source: cite } : {}) });
    return true;
  };
  // A click on a radio button answers at once. From the keyboard the arrow keys move the
  // choice (and check each radio on the way), so there the answer waits for Enter or the
  // Answer button.
  if (immediate) {
    let pointer = false;
    node.addEventListener("pointerdown", () => (pointer = true));
    node.addEventListener("change", () => {
      if (pointer) submit();
      pointer = false;
    });
  }
  const button = none ? "" : el("button", { type: "submit", class: "lx-answer", text: "Answer" });
  // The source comes first, so that it is written before a click answers.
  const form = el("form", { class: "lx-form", "aria-labelledby": `${id}-pointer` },
    none ? "" : el("label", { for: sourceId, class: "lx-field" }, "Source (optional) ", source),
    node,
    button);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });
  // Enter on a radio button or a checkbox answers too (browsers submit only from text fields).
  form.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && event.target instanceof HTMLInputElement && (event.target.type === "radio" || event.target.type === "checkbox")) {
      event.preventDefault();
      submit();
    }
  });
  const obligations = el("ul", { class: "lx-bears-on" }, (q.obligations ?? []).map((o) =>
    el("li", { "data-id": o.id, "data-effect": o.effect }, titleOf(o.id), o.effect === "neither" ? "" : ` (${o.effect})`)));
  return el("li", { class: "lx-question", "data-pointer": q.pointer, "data-type": q.type },
    el("h3", { id: `${id}-pointer` }, el("code", { text: q.pointer })),
    el("p", { class: "lx-description", id: descriptionId, text: q.description ?? q.context?.at(-1) ?? "" }),
    q.context?.length ? el("p", { class: "lx-context", text: q.context.join(" \u203a ") }) : "",
    el("p", { class: "lx-meta" }, `${q.type}${q.allowed ? `: ${q.allowed.join(", ")}` : ""}; now ${missingStatusWords(q.status)}${effect ? `; ${effect} ${q.decides + q.narrows === 1 ? "verdict" : "verdicts"}` : ""}`),
    el("div", { class: "lx-bears" }, el("span", { text: "Bears on:" }), obligations),
    form);
}

/** A minimal valid profile for a State name and date (`YYYY-MM-DD`; today when absent). */
export function emptyProfile(stateName, asOf) {
  const date = asOf ?? new Date().toISOString().slice(0, 10);
  const profile = { profile: PROFILE_MARKER, as_of: date };
  if (stateName) profile.state = { name: stateName };
  return `${JSON.stringify(profile, null, 2)}\n`;
}

// ---- setFact: a JSON parser that keeps where every value is, so that an edit splices the text.

/** Parses JSON text into a tree of nodes with their spans: `{ kind, start, end, members |
 * items | value }`; members are `{ key, keyStart, node }`. Throws SyntaxError. */
function parse(text) {
  let at = 0;
  const fail = (what) => {
    throw new SyntaxError(`The profile is not valid JSON: ${what} at offset ${at}`);
  };
  const space = () => {
    while (at < text.length && " \t\n\r".includes(text[at])) at++;
  };
  const string = () => {
    const start = at;
    at++;
    while (at < text.length && text[at] !== '"') at += text[at] === "\\" ? 2 : 1;
    if (at >= text.length) fail("an unterminated string");
    at++;
    return JSON.parse(text.slice(start, at));
  };
  const value = () => {
    space();
    const start = at;
    const c = text[at];
    if (c === "{") {
      at++;
      const members = [];
      space();
      if (text[at] === "}") {
        at++;
        return { kind: "object", start, end: at, members };
      }
      for (;;) {
        space();
        if (text[at] !== '"') fail("a key expected");
        const keyStart = at;
        const key = string();
        space();
        if (text[at] !== ":") fail("':' expected");
        at++;
        members.push({ key, keyStart, node: value() });
        space();
        if (text[at] === ",") {
          at++;
          continue;
        }
        if (text[at] === "}") {
          at++;
          return { kind: "object", start, end: at, members };
        }
        fail("',' or '}' expected");
      }
    }
    if (c === "[") {
      at++;
      const items = [];
      space();
      if (text[at] === "]") {
        at++;
        return { kind: "array", start, end: at, items };
      }
      for (;;) {
        items.push(value());
        space();
        if (text[at] === ",") {
          at++;
          continue;
        }
        if (text[at] === "]") {
          at++;
          return { kind: "array", start, end: at, items };
        }
        fail("',' or ']' expected");
      }
    }
    if (c === '"') return { kind: "scalar", start, value: string(), end: at };
    const match = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(at, at + 400));
    if (!match) fail("a value expected");
    at += match[0].length;
    return { kind: "scalar", start, end: at, value: JSON.parse(match[0]) };
  };
  const root = value();
  space();
  if (at < text.length) fail("text after the document");
  return root;
}

/** The key of an object's member (the last one wins, as in JSON.parse). */
function member(node, key) {
  for (let i = node.members.length - 1; i >= 0; i--) if (node.members[i].key === key) return node.members[i];
  return null;
}

function indentAt(text, offset) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))[0];
}

/** `value` as JSON, pretty-printed with 2 spaces, its later lines indented by `indent`. */
function serialise(value, indent) {
  return JSON.stringify(value, null, 2).replaceAll("\n", `\n${indent}`);
}

function decodePointer(pointer) {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`"${pointer}" is not a JSON pointer`);
  return pointer.slice(1).split("/").map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** The fact as the profile format writes it: the bare value, or an envelope with a source;
 * for a list, each item (the schema has no envelope around a whole list). */
function fact(value, source) {
  const src = source === undefined || source === null || source === "" ? null : typeof source === "string" ? { cite: source } : source;
  if (value === UNKNOWN) return src ? { status: "unknown", source: src } : { status: "unknown" };
  if (Array.isArray(value)) return value.map((item) => fact(item, source));
  return src ? { value, source: src } : value;
}

/** The profile JSON text with the fact at `pointer` set to `value` (and `source`, a citation
 * or a source object), creating the objects on the way, in the profile format's fact envelope
 * (`{"value": …, "source": {…}}`, or `{"status": "unknown"}` for `UNKNOWN`). The fact written
 * replaces the old one whole (its status, sources and note included); every other character
 * of the text is kept. Throws on YAML, on text that is not JSON, and on a way through a
 * value that is not an object (a list item that does not exist, a text). */
export function setFact(profileText, pointer, value, source) {
  const trimmed = profileText.trimStart();
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
    throw new Error("The guided profile edits JSON profiles only; this profile is YAML: convert it to JSON to answer questions here.");
  }
  const tokens = decodePointer(pointer);
  if (!tokens.length) throw new Error("The pointer names the whole profile, not a fact.");
  const written = fact(value, source);
  let node = parse(profileText);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const last = i === tokens.length - 1;
    if (node.kind === "array") {
      const index = /^(0|[1-9]\d*)$/.test(token) ? Number(token) : -1;
      const item = node.items[index];
      if (!item) throw new Error(`${pointer}: the list item ${tokens.slice(0, i + 1).join("/")} does not exist`);
      if (last) return splice(profileText, item, written);
      node = item;
      continue;
    }
    if (node.kind === "scalar" && node.value === null) {
      // A null on the way stands for an absent object: replace it with the rest of the way.
      return splice(profileText, node, nest(tokens.slice(i), written));
    }
    if (node.kind !== "object") {
      throw new Error(`${pointer}: /${tokens.slice(0, i).join("/")} is not an object`);
    }
    const found = member(node, token);
    if (!found) return insert(profileText, node, token, nest(tokens.slice(i + 1), written));
    if (last) return splice(profileText, found.node, written);
    node = found.node;
  }
  throw new Error(`${pointer}: nothing to set`);
}

function nest(tokens, leaf) {
  return tokens.reduceRight((inner, key) => ({ [key]: inner }), leaf);
}

/** Replaces a value's text with `value`: a scalar as is, a record or list pretty-printed and
 * indented like the line it starts on. */
function splice(text, node, value) {
  const json = value !== null && typeof value === "object" ? serialise(value, indentAt(text, node.start)) : JSON.stringify(value);
  return text.slice(0, node.start) + json + text.slice(node.end);
}

/** Adds the member `key: value` at the end of an object, in the object's layout: on its own
 * line, indented like its other members, or on the same line when the object is written on one. */
function insert(text, object, key, value) {
  const keyJson = JSON.stringify(key);
  if (!object.members.length) {
    const indent = indentAt(text, object.start);
    const inner = `${indent}  `;
    return `${text.slice(0, object.start)}{\n${inner}${keyJson}: ${serialise(value, inner)}\n${indent}}${text.slice(object.end)}`;
  }
  const lastMember = object.members[object.members.length - 1];
  const firstKey = object.members[0].keyStart;
  const multiline = text.slice(object.start, firstKey).includes("\n");
  if (multiline) {
    const inner = indentAt(text, firstKey);
    return `${text.slice(0, lastMember.node.end)},\n${inner}${keyJson}: ${serialise(value, inner)}${text.slice(lastMember.node.end)}`;
  }
  return `${text.slice(0, lastMember.node.end)}, ${keyJson}: ${JSON.stringify(value)}${text.slice(lastMember.node.end)}`;
}
