// The profile editor: CodeMirror with JSON. Diagnostics, completion and hover come from the
// language service's profile support (`profileDiagnostics`, `profileCompletion`,
// `profileHover`) where the service has it; otherwise the diagnostics are those the
// evaluation gives for a profile it cannot read.
import { EditorState } from "@codemirror/state";
import { EditorView, hoverTooltip } from "@codemirror/view";
import { autocompletion, snippet } from "@codemirror/autocomplete";
import { setDiagnostics } from "@codemirror/lint";
import { json } from "@codemirror/lang-json";
import { baseExtensions, lintMessage } from "./editor-setup.js";
import { renderMarkdown, hoverTooltipOf } from "./markdown.js";

const COMPLETION_TYPES = { field: "property", enum_value: "enum", keyword: "keyword", fact: "variable" };

/**
 * - `parent`: where the editor goes; `text`: the profile; `name()`: its name for the service
 *   (`profile.json` or `profile.yaml`);
 * - `service()`: the language service or null; `onChange()`: after each edit.
 */
export function createProfileEditor({ parent, text, name, service, onChange }) {
  // The text the service has is brought up to date on the first question after an edit (one
  // copy per frame however many keys were typed, none in the keystroke's own handling).
  let stale = true;
  // The service, once loaded, with the profile's text up to date.
  const profileService = () => {
    const s = service();
    if (!s) return null;
    if (stale) {
      s.setProfile(name(), view.state.doc.toString());
      stale = false;
    }
    return s;
  };

  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        baseExtensions(),
        json(),
        EditorView.contentAttributes.of({ "aria-label": "Profile (JSON or YAML)", tabindex: "0" }),
        autocompletion({ override: [complete], icons: false }),
        hoverTooltip(hover, { hoverTime: 250 }),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged) return;
          stale = true;
          onChange();
        }),
      ],
    }),
  });

  function complete(context) {
    const s = profileService();
    if (!s) return null;
    const before = context.matchBefore(/[\w"-]*/);
    if (!context.explicit && (!before || before.from === before.to)) return null;
    const items = s.profileCompletion(name(), context.pos);
    if (!items.length) return null;
    const from = Math.min(...items.map((c) => c.replace_start));
    return {
      from,
      // Keys and strings are completed with their quotes: the text typed (from its opening
      // quote) is matched against what would be inserted.
      options: items.map((c) => ({
        label: c.insert.startsWith('"') ? c.insert.replace(/\$\{\d+:?([^}]*)\}/g, "$1") : c.label,
        displayLabel: c.label,
        type: COMPLETION_TYPES[c.kind] ?? "text",
        detail: c.detail ?? undefined,
        info: c.documentation ? () => renderMarkdown(c.documentation) : undefined,
        // The service's range covers the whole token (a closing quote after the cursor too).
        apply: (view, completion, _from, to) => {
          const range = [c.replace_start, Math.max(c.replace_end, to)];
          // An insertion with placeholders (`${1:…}`) is a snippet.
          if (/\$\{\d/.test(c.insert)) snippet(c.insert)(view, completion, ...range);
          else view.dispatch({ changes: { from: range[0], to: range[1], insert: c.insert }, selection: { anchor: range[0] + c.insert.length }, userEvent: "input.complete" });
        },
      })),
    };
  }

  function hover(_view, pos) {
    return hoverTooltipOf(profileService()?.profileHover(name(), pos));
  }

  return {
    view,
    get text() {
      return view.state.doc.toString();
    },
    /** Replaces the whole text (an example chosen, a question answered). */
    set text(value) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } });
    },
    /** Whether the service checks the profile itself. */
    hasService: () => profileService() !== null,
    /** Tells a newly loaded service about the profile. */
    attach() {
      stale = true;
    },
    /** Shows the service's diagnostics of the profile, or `fallback` (the evaluation's, as
     * `{ start, end, severity, code, message, help }` in UTF-16 offsets) without it. */
    showDiagnostics(fallback) {
      const s = profileService();
      const length = view.state.doc.length;
      const list = s
        ? s.profileDiagnostics(name()).map(({ level, diagnostic: d }) => ({
          start: d.span.start, end: d.span.end, severity: level, code: d.code, message: d.message, help: d.help,
        }))
        : fallback;
      view.dispatch(setDiagnostics(view.state, list.map((d) => {
        const from = Math.min(d.start, length);
        return {
          from,
          to: Math.min(Math.max(d.end, from), length),
          severity: d.severity,
          source: d.code,
          message: d.help ? `${d.message} (help: ${d.help})` : d.message,
          renderMessage: lintMessage(d.code, d.message, d.help),
        };
      })));
      return list;
    },
  };
}
