// The list of diagnostics under an editor (every rule file's, or the profile's), each with
// its place (`file:line:column`); one picked (click or Enter) is selected in the editor.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The engine's byte span (UTF-8) of diagnostic `d` as UTF-16 offsets `{ span }` of its
 * file's text (a whole line when it has no span). `files`: `[{ name, text }]`; `any`: use the
 * first file whatever `d.file` says (the profile). */
export function byteRange(files, d, any = false) {
  const file = any ? files[0] : files.find((f) => f.name === d.file);
  if (!file) return { span: { start: 0, end: 0 } };
  const text = file.text;
  if (d.span.end > d.span.start) {
    const bytes = encoder.encode(text);
    return { span: { start: decoder.decode(bytes.subarray(0, d.span.start)).length, end: decoder.decode(bytes.subarray(0, d.span.end)).length } };
  }
  if (d.line > 0) {
    const lines = text.split("\n");
    const start = lines.slice(0, d.line - 1).reduce((n, l) => n + l.length + 1, 0);
    const lineText = lines[d.line - 1] ?? "";
    return { span: { start: start + Math.min(Math.max(0, d.column - 1), lineText.length), end: start + lineText.length } };
  }
  return { span: { start: 0, end: 0 } };
}

/** Lists `diagnostics` in `list`; `fileCount` > 0 says "no problems in N files" when empty. */
export function listDiagnostics(list, diagnostics, fileCount, onPick) {
  list.replaceChildren();
  if (diagnostics.length === 0 && fileCount > 0) {
    const item = document.createElement("li");
    item.className = "clean";
    item.textContent = `No problems in ${fileCount} rule files.`;
    list.append(item);
    return;
  }
  for (const d of diagnostics) {
    const item = document.createElement("li");
    item.className = d.severity;
    item.dataset.code = d.code;
    const where = document.createElement("span");
    where.className = "where";
    where.textContent = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file || "input";
    const code = document.createElement("span");
    code.className = "code";
    code.textContent = `${d.severity} ${d.code}`;
    item.append(where, " ", code, " ", d.message);
    if (d.help) {
      const help = document.createElement("span");
      help.className = "help";
      help.textContent = `help: ${d.help}`;
      item.append(help);
    }
    if (onPick) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "go";
      button.textContent = "Show";
      button.setAttribute("aria-label", `Show ${where.textContent} in the editor`);
      button.addEventListener("click", () => onPick(d));
      item.append(button);
    }
    list.append(item);
  }
}
