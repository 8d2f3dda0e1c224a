// A small, safe markdown renderer for the language service's hovers and completion docs:
// paragraphs, bullet lists, block quotes, fenced code, and inline code spans, **strong** and
// *emphasis*. It builds DOM nodes with text content only: no markup of the input is ever
// parsed as HTML.

/** Renders `markdown` into a new `<div class="md">`. */
export function renderMarkdown(markdown) {
  const root = document.createElement("div");
  root.className = "md";
  const lines = String(markdown).replace(/\r\n?/g, "\n").split("\n");
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (/^\s*$/.test(line)) {
      i++;
    } else if (/^```/.test(line)) {
      const code = [];
      for (i++; i < lines.length && !/^```/.test(lines[i]); i++) code.push(lines[i]);
      i++;
      const pre = document.createElement("pre");
      const el = document.createElement("code");
      el.textContent = code.join("\n");
      pre.append(el);
      root.append(pre);
    } else if (/^\s*[-*+] /.test(line)) {
      const list = document.createElement("ul");
      while (i < lines.length && /^\s*[-*+] /.test(lines[i])) {
        const item = document.createElement("li");
        let text = lines[i].replace(/^\s*[-*+] /, "");
        // A continuation line of the item, indented.
        for (i++; i < lines.length && /^\s{2,}\S/.test(lines[i]) && !/^\s*[-*+] /.test(lines[i]); i++) text += " " + lines[i].trim();
        inline(item, text);
        list.append(item);
      }
      root.append(list);
    } else if (/^\s*>/.test(line)) {
      const quote = document.createElement("blockquote");
      const text = [];
      for (; i < lines.length && /^\s*>/.test(lines[i]); i++) text.push(lines[i].replace(/^\s*>\s?/, ""));
      const p = document.createElement("p");
      inline(p, text.join(" "));
      quote.append(p);
      root.append(quote);
    } else {
      const text = [];
      for (; i < lines.length && !/^\s*$/.test(lines[i]) && !/^(```|\s*[-*+] |\s*>)/.test(lines[i]); i++) text.push(lines[i].trim());
      const p = document.createElement("p");
      inline(p, text.join(" "));
      root.append(p);
    }
  }
  return root;
}

/** Appends `text`'s inline markdown to `parent`: code spans (nothing inside is markup),
 * **strong** and *emphasis* (which may hold code spans). The earliest construct wins. */
function inline(parent, text) {
  const re = /`([^`]+)`|\*\*(.+?)\*\*|\*(?![\s*])(.+?)\*|(?<!\w)_(?![\s_])(.+?)_(?!\w)/g;
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) parent.append(document.createTextNode(text.slice(at, m.index)));
    if (m[1] !== undefined) {
      const code = document.createElement("code");
      code.textContent = m[1];
      parent.append(code);
    } else {
      const el = document.createElement(m[2] !== undefined ? "strong" : "em");
      inline(el, m[2] ?? m[3] ?? m[4]);
      parent.append(el);
    }
    at = m.index + m[0].length;
  }
  if (at < text.length) parent.append(document.createTextNode(text.slice(at)));
}

/** A CodeMirror hover tooltip of a language-service `Hover` (`{ start, end, markdown }`), or
 * null without one: what both editors show. */
export function hoverTooltipOf(h) {
  if (!h) return null;
  return {
    pos: h.start,
    end: h.end,
    above: true,
    create: () => {
      const dom = renderMarkdown(h.markdown);
      dom.classList.add("hover");
      return { dom };
    },
  };
}
