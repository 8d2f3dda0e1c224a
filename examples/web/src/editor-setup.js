// What both editors share: the CodeMirror extensions of a plain code editor (no basicSetup,
// to keep the bundle to what is used) and a text-only lint message with its help line.
import { EditorView, keymap, lineNumbers, highlightActiveLineGutter, highlightSpecialChars, drawSelection, highlightActiveLine } from "@codemirror/view";
import { history, defaultKeymap, historyKeymap } from "@codemirror/commands";
import { indentOnInput, bracketMatching, syntaxHighlighting, HighlightStyle } from "@codemirror/language";
import { closeBrackets, closeBracketsKeymap, completionKeymap } from "@codemirror/autocomplete";
import { lintKeymap, lintGutter } from "@codemirror/lint";
import { searchKeymap, highlightSelectionMatches } from "@codemirror/search";
import { tags as t } from "@lezer/highlight";

/** Colours with at least 4.5:1 contrast on the editor's white (WCAG AA). */
export const highlightStyle = HighlightStyle.define([
  { tag: [t.lineComment, t.comment], color: "#5c6470", fontStyle: "italic" },
  { tag: t.processingInstruction, color: "#6b3fa0", fontStyle: "italic" },
  { tag: t.string, color: "#a31515" },
  { tag: t.escape, color: "#7a3e00" },
  { tag: [t.number, t.special(t.number), t.bool, t.null, t.atom], color: "#0b6b3a" },
  { tag: [t.keyword, t.operatorKeyword, t.moduleKeyword, t.definitionKeyword], color: "#7a1fa2", fontWeight: "600" },
  { tag: [t.definition(t.function(t.variableName)), t.function(t.variableName)], color: "#795e00" },
  { tag: t.definition(t.typeName), color: "#005f87", fontWeight: "600" },
  { tag: t.heading, color: "#a31515", fontWeight: "600" },
  { tag: t.propertyName, color: "#0b4f9c" },
  { tag: t.local(t.variableName), color: "#8a3b00" },
  { tag: t.variableName, color: "#1f3a5f" },
  { tag: t.labelName, color: "#0b6b3a" },
  { tag: t.invalid, color: "#b42318", textDecoration: "underline" },
]);

/** The extensions of a code editor labelled `label` (its role is a textbox; Tab moves focus,
 * as no key binding takes it). */
export function baseExtensions() {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    lintGutter(),
    syntaxHighlighting(highlightStyle),
    keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap]),
    EditorView.theme({ "&": { height: "100%" }, ".cm-scroller": { overflow: "auto" } }),
  ];
}

/** A lint message as DOM: the message, then its help (a did-you-mean) on a line of its own. */
export function lintMessage(code, message, help) {
  return () => {
    const box = document.createElement("div");
    box.className = "lint-message";
    const head = document.createElement("div");
    const codeEl = document.createElement("span");
    codeEl.className = "lint-code";
    codeEl.textContent = code;
    head.append(codeEl, document.createTextNode(" " + message));
    box.append(head);
    if (help) {
      const h = document.createElement("div");
      h.className = "lint-help";
      h.textContent = "help: " + help;
      box.append(h);
    }
    return box;
  };
}
