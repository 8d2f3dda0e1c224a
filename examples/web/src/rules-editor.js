// The rules editor: one CodeMirror state per rule file, shown one at a time under a tab list.
// Everything it knows about the language comes from the language service (diagnostics and
// their fixes, completion, hover, definitions, formatting); highlighting from the TextMate
// grammar (lex-language.js).
import { EditorState, Facet } from "@codemirror/state";
import { EditorView, keymap, hoverTooltip } from "@codemirror/view";
import { autocompletion } from "@codemirror/autocomplete";
import { setDiagnostics } from "@codemirror/lint";
import { syntaxTree } from "@codemirror/language";
import grammar from "../../../editors/vscode/syntaxes/lexpact.tmLanguage.json";
import { lexLanguage } from "./lex-language.js";
import { baseExtensions, lintMessage } from "./editor-setup.js";
import { renderMarkdown, hoverTooltipOf } from "./markdown.js";

/** The name of the file a state holds. */
const fileName = Facet.define({ combine: (values) => values[0] ?? "" });

const COMPLETION_TYPES = {
  field: "property",
  fact: "variable",
  enum_value: "enum",
  definition: "function",
  obligation: "class",
  keyword: "keyword",
};

/**
 * Creates the editor.
 * - `tabs`, `parent`: the tab list element and the element the editor goes in;
 * - `files`: `[{ name, text }]`, in tab order;
 * - `service()`: the language service, or null while it loads;
 * - `onChange(name)`: after a file's text changed;
 * - `onOpen(name)`: after another file was shown;
 * - `announce(text)`: a message for the live region.
 */
export function createRulesEditor({ tabs, parent, files, service, onChange, onOpen, announce }) {
  const language = lexLanguage(grammar);
  const states = new Map();
  let diagnostics = [];
  let current = files[0]?.name;

  const svc = () => service();
  const nameOf = (state) => state.facet(fileName);

  const extensions = [
    baseExtensions(),
    language,
    EditorView.contentAttributes.compute([fileName], (state) => ({ "aria-label": `Rule file ${state.facet(fileName)}`, tabindex: "0" })),
    autocompletion({ override: [complete], icons: false }),
    hoverTooltip(hover, { hoverTime: 250 }),
    keymap.of([
      { key: "F12", run: (view) => goToDefinition(view.state.selection.main.head) },
      { key: "Shift-Alt-f", run: () => format(), preventDefault: true },
    ]),
    EditorView.domEventHandlers({
      mousedown(event, view) {
        if (!(event.ctrlKey || event.metaKey) || event.button !== 0) return false;
        const pos = view.posAtCoords({ x: event.clientX, y: event.clientY });
        if (pos == null) return false;
        event.preventDefault();
        return goToDefinition(pos);
      },
    }),
    EditorView.updateListener.of((update) => {
      if (!update.docChanged) return;
      const name = nameOf(update.state);
      states.set(name, update.state);
      syncEdits(name, update.changes);
      onChange(name);
    }),
  ];

  for (const file of files) states.set(file.name, makeState(file.name, file.text));
  const view = new EditorView({ state: states.get(current), parent });
  renderTabs();

  function makeState(name, text) {
    return EditorState.create({ doc: text, extensions: [extensions, fileName.of(name)] });
  }

  /** Tells the service about an edit, from the last change to the first so that each
   * range is in the text as the service has it. */
  function syncEdits(name, changes) {
    const s = svc();
    if (!s) return;
    const edits = [];
    changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => edits.push([fromA, toA, inserted.toString()]));
    try {
      for (const [from, to, text] of edits.reverse()) s.edit(name, from, to, text);
    } catch {
      s.setFile(name, text(name));
    }
  }

  function text(name) {
    return states.get(name)?.doc.toString();
  }

  /** Shows file `name` (its tab selected). */
  function open(name, { focusTab = false } = {}) {
    if (!states.has(name)) return false;
    if (name !== current) {
      states.set(current, view.state);
      current = name;
      view.setState(states.get(name));
      applyDiagnostics();
      onOpen?.(name);
    }
    renderTabs(focusTab);
    return true;
  }

  function renderTabs(focusTab = false) {
    tabs.replaceChildren();
    for (const file of files) {
      const tab = document.createElement("button");
      tab.type = "button";
      tab.role = "tab";
      tab.id = `tab-${file.name.replace(/[^\w-]/g, "-")}`;
      const selected = file.name === current;
      tab.setAttribute("aria-selected", String(selected));
      tab.setAttribute("aria-controls", parent.id);
      tab.tabIndex = selected ? 0 : -1;
      tab.dataset.file = file.name;
      tab.title = file.name;
      const errors = diagnostics.find((d) => d.file === file.name)?.diagnostics.filter((d) => d.level === "error").length ?? 0;
      tab.textContent = file.name.replace(/^[^/]*\//, "");
      if (errors) {
        tab.classList.add("has-error");
        const note = document.createElement("span");
        note.className = "visually-hidden";
        note.textContent = ` (${errors} error${errors === 1 ? "" : "s"})`;
        tab.append(note);
      }
      tab.addEventListener("click", () => open(file.name));
      tab.addEventListener("keydown", (event) => {
        const i = files.findIndex((f) => f.name === file.name);
        const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: files.length - 1 }[event.key];
        if (to === undefined) return;
        event.preventDefault();
        open(files[(to + files.length) % files.length].name, { focusTab: true });
      });
      tabs.append(tab);
      if (selected) {
        parent.setAttribute("aria-labelledby", tab.id);
        if (focusTab) tab.focus();
      }
    }
  }

  /** The service's diagnostics (`FileDiagnostics[]`), shown in the files they belong to. */
  function showDiagnostics(list) {
    diagnostics = list;
    applyDiagnostics();
    renderTabs(tabs.contains(document.activeElement));
  }

  function applyDiagnostics() {
    const s = svc();
    const mine = diagnostics.find((d) => d.file === current)?.diagnostics ?? [];
    const length = view.state.doc.length;
    const lint = mine.map(({ level, diagnostic: d }, i) => {
      const from = Math.min(d.span.start, length);
      const to = Math.min(Math.max(d.span.end, from), length);
      // Fixes for the first diagnostics only: each asks the service once.
      const actions = s && i < 50
        ? s.codeActions(current, d.span.start, d.span.end).filter((a) => a.fixes === d.code).map((a) => ({
          name: a.title,
          apply: () => applyEdits(a.edits),
        }))
        : [];
      return {
        from,
        to,
        severity: level,
        source: d.code,
        message: d.help ? `${d.message} (help: ${d.help})` : d.message,
        renderMessage: lintMessage(d.code, d.message, d.help),
        actions,
        markClass: `lint-${d.code}`,
      };
    });
    view.dispatch(setDiagnostics(view.state, lint));
  }

  /** Applies the service's `TextEdit[]`, in whatever files they are. */
  function applyEdits(edits) {
    const byFile = new Map();
    for (const e of edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
    for (const [name, list] of byFile) {
      const changes = list.slice().sort((a, b) => a.start - b.start).map((e) => ({ from: e.start, to: e.end, insert: e.new_text }));
      if (name === current) view.dispatch({ changes, userEvent: "edit" });
      else if (states.has(name)) {
        const tr = states.get(name).update({ changes });
        states.set(name, tr.state);
        syncEdits(name, tr.changes);
        onChange(name);
      }
    }
  }

  function complete(context) {
    const s = svc();
    if (!s) return null;
    const before = context.matchBefore(/[\w.]*/);
    if (!context.explicit && (!before || before.from === before.to || inProse(context.state, context.pos))) return null;
    const items = s.completion(current, context.pos);
    if (!items.length) return null;
    return {
      from: items[0].replace_start,
      options: items.map((c) => ({
        label: c.label,
        apply: c.insert,
        type: COMPLETION_TYPES[c.kind] ?? "text",
        detail: c.detail ?? undefined,
        info: c.documentation ? () => renderMarkdown(c.documentation) : undefined,
      })),
      validFor: /^\w*$/,
    };
  }

  /** Whether `pos` is in a comment or a string, where typing is prose, not code. */
  function inProse(state, pos) {
    const node = syntaxTree(state).resolveInner(pos, -1);
    return node.name === "comment" || node.name === "string";
  }

  function hover(_view, pos) {
    return hoverTooltipOf(svc()?.hover(current, pos));
  }

  /** Selects the declaration of the name at `pos`, in its own file. */
  function goToDefinition(pos) {
    const s = svc();
    const target = s?.definition(current, pos)?.[0];
    if (!target) {
      announce("No definition found here");
      return true;
    }
    open(target.file);
    view.dispatch({ selection: { anchor: target.start, head: target.end }, scrollIntoView: true });
    view.focus();
    announce(`Definition in ${target.file}`);
    return true;
  }

  /** Formats the file shown in the canonical style. */
  function format() {
    const s = svc();
    if (!s) return true;
    try {
      const edits = s.format(current);
      if (edits.length === 0) announce(`${current} is already formatted`);
      else {
        applyEdits(edits);
        announce(`Formatted ${current}`);
      }
    } catch {
      announce(`Format: ${current} does not parse`);
    }
    return true;
  }

  return {
    view,
    current: () => current,
    text,
    open,
    files: () => files.map((f) => ({ name: f.name, text: text(f.name) })),
    showDiagnostics,
    format,
    goToDefinition,
    /** Selects `start..end` of file `name` (showing it). */
    select(name, start, end) {
      open(name);
      view.dispatch({ selection: { anchor: start, head: end }, scrollIntoView: true });
      view.focus();
    },
  };
}
